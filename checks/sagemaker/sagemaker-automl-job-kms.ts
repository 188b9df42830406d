import { defineItemCheck, isSet, keyFinding, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-automl-job-kms',
  title: 'SageMaker AutoML jobs encrypt both the volumes of the jobs they launch and their output with KMS keys you specify',
  severity: 'medium',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::AutoMLJob',
  rationale:
    'An AutoML (Autopilot) job launches processing, training and transform jobs on instances it chooses, copying the dataset to their storage volumes, and writes candidates, models and reports to Amazon S3. ' +
    'SecurityConfig.VolumeKmsKeyId and OutputDataConfig.KmsKeyId are optional and unset by default, leaving that data under keys you do not control. ' +
    'Jobs created with CreateAutoMLJob and CreateAutoMLJobV2 are both read with DescribeAutoMLJobV2. Finished jobs are evaluated too.',
  remediation: {
    console: [
      'AutoML jobs cannot be changed after they are created: fix the pipeline, notebook or template that launches the job.',
      'Set SecurityConfig.VolumeKmsKeyId and OutputDataConfig.KmsKeyId to customer managed AWS KMS keys whose policies allow the job execution role.',
      'In the SageMaker Python SDK, pass volume_kms_key and output_kms_key to AutoMLV2.',
    ],
    cli: 'aws sagemaker create-auto-ml-job-v2 ... --security-config VolumeKmsKeyId=KMS_KEY_ARN --output-data-config S3OutputPath=s3://BUCKET/PREFIX,KmsKeyId=KMS_KEY_ARN',
    cloudformation: 'AWS::SageMaker::AutoMLJob SecurityConfig.VolumeKmsKeyId and OutputDataConfig.KmsKeyId',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_AutoMLSecurityConfig.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_AutoMLOutputDataConfig.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeAutoMLJobV2.html',
  ],
  compliance: [],
};

/** The dataset on volumes and the candidates in S3 should both be under keys the account controls. */
export default defineItemCheck({
  meta,
  each: 'autoMLJobs',
  noun: 'AutoML job',
  evaluate: (job, resource) => {
    // AutoML chooses the instances of the jobs it launches and always accepts a volume key (AutoMLSecurityConfig reference).
    const volumeKey = job.SecurityConfig?.VolumeKmsKeyId;
    const outputKey = job.OutputDataConfig?.KmsKeyId;
    return keyFinding(
      resource,
      `AutoML job ${resource.name}`,
      [
        { name: 'volume', what: 'the storage volumes of the jobs it launches', key: volumeKey, withoutKey: 'SecurityConfig.VolumeKmsKeyId not set: SageMaker uses a key it manages' },
        { name: 'output', what: 'its output', key: outputKey, withoutKey: 'OutputDataConfig.KmsKeyId not set: objects get only the default encryption of the bucket' },
      ],
      {
        VolumeKmsKeyId: isSet(volumeKey) ? volumeKey : null,
        OutputKmsKeyId: isSet(outputKey) ? outputKey : null,
        AutoMLJobStatus: job.AutoMLJobStatus ?? null,
      },
    );
  },
});
