import { defineCheck, eachItem, finding, hasInstanceStorage, type CheckMeta, type TrainingJob } from '../../src/check-api/index.js';

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

type ResourceConfig = NonNullable<TrainingJob['ResourceConfig']>;

function isSet(v: string | undefined): v is string {
  return typeof v === 'string' && v.trim() !== '';
}

/** The instance types whose volumes the job uses: instance groups, the single type, or the instance preferences. */
function instanceTypesOf(rc: ResourceConfig | undefined): string[] {
  if (rc?.InstanceGroups?.length) return rc.InstanceGroups.map((g) => g.InstanceType ?? '');
  const single = rc?.InstanceType ?? rc?.SelectedInstanceType;
  if (single) return [single];
  // Before SageMaker selects a type from InstancePreferences, any of them may run the job.
  return (rc?.InstancePreferences ?? []).map((p) => p.InstanceType ?? '');
}

/** S3 directory buckets (S3 Express One Zone) are named "<base>--<zone-id>--x-s3" and take no SSE-KMS key from SageMaker. */
function isDirectoryBucketUri(uri: string | undefined): boolean {
  return /^s3:\/\/[^/]+--x-s3(\/|$)/.test(uri ?? '');
}

/** Training data on instance volumes and the trained model in S3 should both be under keys the account controls. */
export default defineCheck({
  meta,
  requires: ['trainingJobs'],
  evaluate({ inventory, account }) {
    return eachItem(inventory.trainingJobs, account, meta.resourceType, 'training job', (job, resource) => {
      const rc = job.ResourceConfig;
      const types = instanceTypesOf(rc);
      // The volume needs a key unless every instance it runs on has local NVMe storage (ResourceConfig.VolumeKmsKeyId
      // reference). No known instance type (e.g. not reported) means the key is required: the exception is never assumed.
      const volumeRequiresKey = types.length === 0 || !types.every((t) => hasInstanceStorage(t));
      const outputRequiresKey = !isDirectoryBucketUri(job.OutputDataConfig?.S3OutputPath);
      const volumeKey = isSet(rc?.VolumeKmsKeyId) ? rc?.VolumeKmsKeyId : null;
      const outputKey = isSet(job.OutputDataConfig?.KmsKeyId) ? job.OutputDataConfig?.KmsKeyId : null;
      const evidence = {
        VolumeKmsKeyId: volumeKey,
        OutputKmsKeyId: outputKey,
        InstanceType: rc?.InstanceType ?? rc?.SelectedInstanceType ?? null,
        instanceTypes: types,
        volumeRequiresKey,
        outputRequiresKey,
        S3OutputPath: job.OutputDataConfig?.S3OutputPath ?? null,
      };
      const name = `Training job ${resource.name}`;
      if (!volumeRequiresKey && !outputRequiresKey) {
        return finding(
          'not_applicable',
          resource,
          `${name} can take no KMS key: its instances (${types.join(', ')}) use local NVMe storage and its output goes to an S3 directory bucket`,
          evidence,
        );
      }
      const volumeMissing = volumeRequiresKey && !volumeKey;
      const outputMissing = outputRequiresKey && !outputKey;
      const volumeDesc = 'its ML storage volume (ResourceConfig.VolumeKmsKeyId not set: SageMaker uses a transient key it manages)';
      const outputDesc = 'its output artifacts (OutputDataConfig.KmsKeyId not set: S3 uses the account default aws/s3 key)';
      if (volumeMissing && outputMissing) {
        return finding('fail', resource, `${name} has no KMS key for both halves: ${volumeDesc} and ${outputDesc}`, evidence);
      }
      if (volumeMissing) return finding('fail', resource, `${name} has no KMS key for the volume half: ${volumeDesc}`, evidence);
      if (outputMissing) return finding('fail', resource, `${name} has no KMS key for the output half: ${outputDesc}`, evidence);
      const volumePart = volumeRequiresKey
        ? `ML storage volume encrypted with KMS key ${volumeKey}`
        : `ML storage on local NVMe instance storage (${types.join(', ')}), hardware-encrypted and needing no key`;
      const outputPart = outputRequiresKey
        ? `output artifacts encrypted with KMS key ${outputKey}`
        : 'output in an S3 directory bucket, which takes no KMS key';
      return finding('pass', resource, `${name} has its ${volumePart}, and its ${outputPart}`, evidence);
    });
  },
});
