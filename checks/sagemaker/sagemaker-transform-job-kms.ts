import { defineItemCheck, isSet, keyFinding, volumeKeyPart, type CheckMeta, type KeyPart } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-transform-job-kms',
  title: 'SageMaker batch transform jobs encrypt both their ML storage volumes and their output with KMS keys you specify',
  severity: 'medium',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::TransformJob',
  rationale:
    'A batch transform job loads the model and the records to score onto the ML storage volumes of its instances and writes the predictions to Amazon S3. ' +
    'Both keys are optional and unset by default: without TransformResources.VolumeKmsKeyId the volumes use a transient key SageMaker manages, ' +
    'and without TransformOutput.KmsKeyId SageMaker uses the default KMS key for Amazon S3 of the account (aws/s3), whose policy you cannot restrict. ' +
    'Instance types with local NVMe storage are encrypted in hardware and cannot take a volume key. Finished jobs are evaluated too.',
  remediation: {
    console: [
      'Transform jobs cannot be changed after they are created: fix the pipeline, notebook or template that launches the job.',
      'Set TransformResources.VolumeKmsKeyId (unless the instance type has local NVMe storage) and TransformOutput.KmsKeyId to customer managed AWS KMS keys.',
      'In the SageMaker Python SDK, pass volume_kms_key and output_kms_key to the Transformer; make sure the key policies allow the model execution role.',
    ],
    cli: 'aws sagemaker create-transform-job ... --transform-resources InstanceType=ml.m5.xlarge,InstanceCount=1,VolumeKmsKeyId=KMS_KEY_ARN --transform-output S3OutputPath=s3://BUCKET/PREFIX,KmsKeyId=KMS_KEY_ARN',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_TransformResources.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_TransformOutput.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeTransformJob.html',
    'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/InstanceStorage.html',
  ],
  compliance: [],
};

/** Records on volumes and predictions in S3 should both be under keys the account controls. */
export default defineItemCheck({
  meta,
  each: 'transformJobs',
  noun: 'transform job',
  evaluate: (job, resource) => {
    const tr = job.TransformResources;
    const types = tr?.InstanceType ? [tr.InstanceType] : [];
    const volume = volumeKeyPart('TransformResources.VolumeKmsKeyId', tr?.VolumeKmsKeyId, types);
    const output: KeyPart = {
      name: 'output',
      what: 'its output',
      key: job.TransformOutput?.KmsKeyId,
      withoutKey: 'TransformOutput.KmsKeyId not set: SageMaker uses the account default aws/s3 key',
    };
    return keyFinding(resource, `Transform job ${resource.name}`, [volume, output], {
      VolumeKmsKeyId: isSet(volume.key) ? volume.key : null,
      OutputKmsKeyId: isSet(output.key) ? output.key : null,
      InstanceType: tr?.InstanceType ?? null,
      S3OutputPath: job.TransformOutput?.S3OutputPath ?? null,
      TransformJobStatus: job.TransformJobStatus ?? null,
    });
  },
});
