import { defineItemCheck, secretsFinding, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-transform-job-no-secrets',
  title: 'SageMaker batch transform jobs hold no secrets in their environment',
  severity: 'high',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::TransformJob',
  rationale:
    'The Environment of a transform job is stored with the job and returned in plain text by DescribeTransformJob to anyone allowed to call it, for as long as the job record exists. ' +
    'Pass credentials through AWS Secrets Manager or the model execution role instead. Findings name the variable and the kind of secret, never the value.',
  remediation: {
    console: [
      'Rotate every credential named in the finding: it has been readable by anyone allowed to describe the job.',
      'Store the secret in AWS Secrets Manager, allow the model execution role to read it, and have the inference code fetch it at run time.',
      'Change the pipeline, notebook or template that launches the job so the secret is no longer passed as an environment variable.',
    ],
    cli: 'aws secretsmanager create-secret --name ml/transform/SECRET_NAME --secret-string file://secret.txt',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeTransformJob.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateTransformJob.html',
    'https://docs.aws.amazon.com/secretsmanager/latest/userguide/intro.html',
  ],
  compliance: [],
};

/** Secrets belong in a secret store, not in the settings of a job anyone with describe rights can read. */
export default defineItemCheck({
  meta,
  each: 'transformJobs',
  noun: 'transform job',
  evaluate: (job, resource) =>
    secretsFinding(resource, `Transform job ${resource.name}`, [{ label: 'Environment', entries: job.Environment }]),
});
