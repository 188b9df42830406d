import {
  defineItemCheck,
  isSet,
  keyFinding,
  processingCompute,
  volumeKeyPart,
  type CheckMeta,
  type KeyPart,
} from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-processing-job-kms',
  title: 'SageMaker processing jobs encrypt both their ML storage volumes and their outputs with KMS keys you specify',
  severity: 'medium',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::ProcessingJob',
  rationale:
    'A processing job copies its inputs to the ML storage volumes of its instances and uploads its results to Amazon S3. ' +
    'Both keys are optional and unset by default: without ProcessingResources.ClusterConfig.VolumeKmsKeyId the volumes use a transient key SageMaker manages, ' +
    'and without ProcessingOutputConfig.KmsKeyId (applied to all outputs) the results get only the default encryption of the destination. ' +
    'Instance types with local NVMe storage are encrypted in hardware and cannot take a volume key; a job with no outputs has no output half. Finished jobs are evaluated too.',
  remediation: {
    console: [
      'Processing jobs cannot be changed after they are created: fix the pipeline, notebook or template that launches the job.',
      'Set ProcessingResources.ClusterConfig.VolumeKmsKeyId (unless the instance type has local NVMe storage) and ProcessingOutputConfig.KmsKeyId to customer managed AWS KMS keys.',
      'In the SageMaker Python SDK, pass volume_kms_key and output_kms_key to the Processor; make sure the key policies allow the job execution role.',
    ],
    cli: 'aws sagemaker create-processing-job ... --processing-resources ClusterConfig={InstanceCount=1,InstanceType=ml.m5.xlarge,VolumeSizeInGB=30,VolumeKmsKeyId=KMS_KEY_ARN} --processing-output-config Outputs=[...],KmsKeyId=KMS_KEY_ARN',
    cloudformation: 'AWS::SageMaker::ProcessingJob ProcessingResources.ClusterConfig.VolumeKmsKeyId and ProcessingOutputConfig.KmsKeyId',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ProcessingClusterConfig.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ProcessingOutputConfig.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeProcessingJob.html',
    'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/InstanceStorage.html',
  ],
  compliance: [],
};

/** Intermediate data on volumes and results in S3 should both be under keys the account controls. */
export default defineItemCheck({
  meta,
  each: 'processingJobs',
  noun: 'processing job',
  evaluate: (job, resource) => {
    const cc = job.ProcessingResources?.ClusterConfig;
    const { types } = processingCompute(cc);
    const volume = volumeKeyPart('ProcessingResources.ClusterConfig.VolumeKmsKeyId', cc?.VolumeKmsKeyId, types);
    const outputs = job.ProcessingOutputConfig?.Outputs ?? [];
    const output: KeyPart = {
      name: 'output',
      what: 'its outputs',
      key: job.ProcessingOutputConfig?.KmsKeyId,
      exemption: outputs.length === 0 ? 'no outputs to encrypt (ProcessingOutputConfig lists none)' : undefined,
      withoutKey: 'ProcessingOutputConfig.KmsKeyId not set: outputs get only the default encryption of their destination',
    };
    return keyFinding(resource, `Processing job ${resource.name}`, [volume, output], {
      VolumeKmsKeyId: isSet(volume.key) ? volume.key : null,
      OutputKmsKeyId: isSet(output.key) ? output.key : null,
      instanceTypes: types,
      outputs: outputs.length,
      ProcessingJobStatus: job.ProcessingJobStatus ?? null,
    });
  },
});
