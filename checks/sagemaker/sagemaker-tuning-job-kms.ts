import {
  defineItemCheck,
  isDirectoryBucketUri,
  keyFinding,
  tuningCompute,
  tuningVolumeKey,
  volumeKeyPart,
  withTuningDefinitions,
  type CheckMeta,
  type KeyPart,
} from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-tuning-job-kms',
  title: 'SageMaker hyperparameter tuning jobs encrypt the volumes and output of every training job they launch with KMS keys you specify',
  severity: 'medium',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::HyperParameterTuningJob',
  rationale:
    'A tuning job launches many training jobs from its training job definitions (TrainingJobDefinition or TrainingJobDefinitions), each copying data to ML storage volumes and writing a model to Amazon S3. ' +
    'Every definition must set a volume key (ResourceConfig or HyperParameterTuningResourceConfig VolumeKmsKeyId) and an output key (OutputDataConfig.KmsKeyId); both are unset by default. ' +
    'Instance types with local NVMe storage cannot take a volume key, and output to S3 directory buckets cannot take a KMS key, so those parts are not required. Finished jobs are evaluated too.',
  remediation: {
    console: [
      'Tuning jobs cannot be changed after they are created: fix the pipeline, notebook or template that launches the job.',
      'In every training job definition, set the volume key (unless the instance types have local NVMe storage) and OutputDataConfig.KmsKeyId to customer managed AWS KMS keys.',
      'In the SageMaker Python SDK, pass volume_kms_key and output_kms_key to the Estimator given to the HyperparameterTuner.',
    ],
    cli: 'aws sagemaker create-hyper-parameter-tuning-job ... --training-job-definition file://definition.json (ResourceConfig.VolumeKmsKeyId and OutputDataConfig.KmsKeyId set)',
    terraform: 'aws_sagemaker_hyperparameter_tuning_job training_job_definition: resource_config.volume_kms_key_id and output_data_config.kms_key_id',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_HyperParameterTrainingJobDefinition.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_HyperParameterTuningResourceConfig.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeHyperParameterTuningJob.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_OutputDataConfig.html',
  ],
  compliance: [],
};

/** Every training job a tuning job launches should keep its data under keys the account controls. */
export default defineItemCheck({
  meta,
  each: 'tuningJobs',
  noun: 'hyperparameter tuning job',
  evaluate: (job, resource) =>
    withTuningDefinitions(job, resource, (defs, subject) => {
      const parts = defs.flatMap(({ label, definition: d }): KeyPart[] => {
        const field = d.ResourceConfig || !d.HyperParameterTuningResourceConfig ? 'ResourceConfig.VolumeKmsKeyId' : 'HyperParameterTuningResourceConfig.VolumeKmsKeyId';
        const owner = label === undefined ? 'its' : `definition ${label}'s`;
        return [
          volumeKeyPart(field, tuningVolumeKey(d), tuningCompute(d).types, label),
          {
            name: label === undefined ? 'output' : `${label} output`,
            what: `${owner} output artifacts`,
            key: d.OutputDataConfig?.KmsKeyId,
            exemption: isDirectoryBucketUri(d.OutputDataConfig?.S3OutputPath) ? `${owner} output in an S3 directory bucket, which takes no KMS key` : undefined,
            withoutKey: 'OutputDataConfig.KmsKeyId not set: S3 uses the account default aws/s3 key',
          },
        ];
      });
      return keyFinding(resource, subject, parts, {
        definitions: defs.map((d) => d.label ?? d.definition.DefinitionName ?? 'TrainingJobDefinition'),
        HyperParameterTuningJobStatus: job.HyperParameterTuningJobStatus ?? null,
      });
    }),
});
