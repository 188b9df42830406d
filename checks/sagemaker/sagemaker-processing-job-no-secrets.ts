import { argumentEntries, defineItemCheck, secretsFinding, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-processing-job-no-secrets',
  title: 'SageMaker processing jobs hold no secrets in their environment or container arguments',
  severity: 'high',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::ProcessingJob',
  rationale:
    'Environment, ContainerEntrypoint and ContainerArguments are stored with the processing job and returned in plain text by DescribeProcessingJob to anyone allowed to call it, ' +
    'for as long as the job record exists. Database URLs and API tokens for data sources often end up there. Pass credentials through AWS Secrets Manager or the execution role instead. ' +
    'Findings name the setting and the kind of secret, never the value.',
  remediation: {
    console: [
      'Rotate every credential named in the finding: it has been readable by anyone allowed to describe the job.',
      'Store the secret in AWS Secrets Manager, allow the job execution role to read it, and have the processing script fetch it at run time.',
      'Change the pipeline, notebook or template that launches the job so the secret is no longer passed as an environment variable or argument.',
    ],
    cli: 'aws secretsmanager create-secret --name ml/processing/SECRET_NAME --secret-string file://secret.txt',
    cloudformation: 'AWS::SecretsManager::Secret for the value; AWS::SageMaker::ProcessingJob Environment without it',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeProcessingJob.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_AppSpecification.html',
    'https://docs.aws.amazon.com/secretsmanager/latest/userguide/intro.html',
  ],
  compliance: [],
};

/** Secrets belong in a secret store, not in the settings of a job anyone with describe rights can read. */
export default defineItemCheck({
  meta,
  each: 'processingJobs',
  noun: 'processing job',
  evaluate: (job, resource) =>
    secretsFinding(resource, `Processing job ${resource.name}`, [
      { label: 'Environment', entries: job.Environment },
      { label: 'ContainerEntrypoint', entries: argumentEntries(job.AppSpecification?.ContainerEntrypoint) },
      { label: 'ContainerArguments', entries: argumentEntries(job.AppSpecification?.ContainerArguments) },
    ]),
});
