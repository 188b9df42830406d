import {
  defineItemCheck,
  isDirectoryBucketUri,
  isSet,
  keyFinding,
  trainingCompute,
  volumeKeyPart,
  type CheckMeta,
  type KeyPart,
} from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-training-job-kms',
  title: 'SageMaker training jobs encrypt both their ML storage volumes and their output artifacts with KMS keys you specify',
  severity: 'medium',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::TrainingJob',
  rationale:
    'A training job copies its training data, checkpoints and intermediate state to the ML storage volumes of its instances, and writes the trained model to Amazon S3. ' +
    'Both keys are optional and unset by default: without ResourceConfig.VolumeKmsKeyId the volumes use a transient key SageMaker manages, and without OutputDataConfig.KmsKeyId the artifacts use the account default aws/s3 key, whose policy you cannot restrict. ' +
    'Instance types with local NVMe storage are encrypted in hardware and cannot take a volume key, and output to S3 directory buckets (S3 Express One Zone) cannot take a KMS key, so those halves are not required.',
  remediation: {
    console: [
      'Training jobs cannot be changed after they are created: fix the pipeline, notebook or template that launches the job.',
      'In the Amazon SageMaker AI console, choose Training, Training jobs, select the job and choose Clone.',
      'Under Resource configuration, set Encryption key to a customer managed AWS KMS key (unless the instance type has local NVMe storage); under Output data configuration, set Encryption key as well.',
      'Make sure the key policies allow the training job execution role to use the keys, then create the job.',
    ],
    cli: 'aws sagemaker create-training-job ... --resource-config InstanceType=ml.m5.xlarge,InstanceCount=1,VolumeSizeInGB=50,VolumeKmsKeyId=KMS_KEY_ARN --output-data-config S3OutputPath=s3://BUCKET/PREFIX,KmsKeyId=KMS_KEY_ARN',
    cloudformation: 'AWS::SageMaker::TrainingJob ResourceConfig.VolumeKmsKeyId and OutputDataConfig.KmsKeyId: <KMS key ARN>',
    terraform: 'aws_sagemaker_training_job.resource_config.volume_kms_key_id and aws_sagemaker_training_job.output_data_config.kms_key_id (SageMaker Python SDK Estimator: volume_kms_key and output_kms_key)',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeTrainingJob.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ResourceConfig.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_OutputDataConfig.html',
    'https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest-nbi.html',
    'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/InstanceStorage.html',
  ],
  compliance: [],
};

/** Training data on instance volumes and the trained model in S3 should both be under keys the account controls. */
export default defineItemCheck({
  meta,
  each: 'trainingJobs',
  noun: 'training job',
  evaluate: (job, resource) => {
    const rc = job.ResourceConfig;
    const { types } = trainingCompute(rc);
    const volume = volumeKeyPart('ResourceConfig.VolumeKmsKeyId', rc?.VolumeKmsKeyId, types);
    const output: KeyPart = {
      name: 'output',
      what: 'its output artifacts',
      key: job.OutputDataConfig?.KmsKeyId,
      exemption: isDirectoryBucketUri(job.OutputDataConfig?.S3OutputPath) ? 'its output in an S3 directory bucket, which takes no KMS key' : undefined,
      withoutKey: 'OutputDataConfig.KmsKeyId not set: S3 uses the account default aws/s3 key',
    };
    return keyFinding(resource, `Training job ${resource.name}`, [volume, output], {
      VolumeKmsKeyId: isSet(volume.key) ? volume.key : null,
      OutputKmsKeyId: isSet(output.key) ? output.key : null,
      InstanceType: rc?.InstanceType ?? rc?.SelectedInstanceType ?? null,
      instanceTypes: types,
      volumeRequiresKey: !volume.exemption,
      outputRequiresKey: !output.exemption,
      S3OutputPath: job.OutputDataConfig?.S3OutputPath ?? null,
    });
  },
});
