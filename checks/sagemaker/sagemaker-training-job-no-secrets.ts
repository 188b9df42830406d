import { argumentEntries, defineItemCheck, secretsFinding, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-training-job-no-secrets',
  title: 'SageMaker training jobs hold no secrets in their hyperparameters, environment or container arguments',
  severity: 'high',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::TrainingJob',
  rationale:
    'HyperParameters, Environment and the container entrypoint and arguments are stored with the job and returned in plain text by DescribeTrainingJob to anyone allowed to call it, ' +
    'for as long as the job record exists (finished jobs cannot be deleted), and they are copied into logs, experiments and model lineage. ' +
    'The CreateTrainingJob reference warns against security-sensitive values in hyperparameters. Pass credentials through AWS Secrets Manager or the execution role instead. ' +
    'Findings name the setting and the kind of secret, never the value.',
  remediation: {
    console: [
      'Rotate every credential named in the finding: it has been readable by anyone allowed to describe the job.',
      'Store the secret in AWS Secrets Manager, allow the job execution role to read it, and have the training code fetch it at run time.',
      'Change the pipeline, notebook or template that launches the job so the secret is no longer passed as a hyperparameter, environment variable or argument.',
    ],
    cli: 'aws secretsmanager create-secret --name ml/training/SECRET_NAME --secret-string file://secret.txt',
    cloudformation: 'AWS::SecretsManager::Secret for the value; AWS::SageMaker::TrainingJob HyperParameters/Environment without it',
    terraform: 'aws_secretsmanager_secret + aws_secretsmanager_secret_version for the value, referenced by name from the training code',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateTrainingJob.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeTrainingJob.html',
    'https://docs.aws.amazon.com/secretsmanager/latest/userguide/intro.html',
  ],
  compliance: [],
};

/** Secrets belong in a secret store, not in the settings of a job anyone with describe rights can read. */
export default defineItemCheck({
  meta,
  each: 'trainingJobs',
  noun: 'training job',
  evaluate: (job, resource) =>
    secretsFinding(resource, `Training job ${resource.name}`, [
      { label: 'HyperParameters', entries: job.HyperParameters },
      { label: 'Environment', entries: job.Environment },
      { label: 'ContainerEntrypoint', entries: argumentEntries(job.AlgorithmSpecification?.ContainerEntrypoint) },
      { label: 'ContainerArguments', entries: argumentEntries(job.AlgorithmSpecification?.ContainerArguments) },
    ]),
});
