import { defineItemCheck, secretsFinding, withTuningDefinitions, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-tuning-job-no-secrets',
  title: 'SageMaker hyperparameter tuning jobs hold no secrets in their static hyperparameters or environment',
  severity: 'high',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::HyperParameterTuningJob',
  rationale:
    'StaticHyperParameters and Environment of every training job definition are stored with the tuning job, returned in plain text by DescribeHyperParameterTuningJob, ' +
    'and copied into every training job the tuning job launches, multiplying where the secret can be read. Pass credentials through AWS Secrets Manager or the execution role instead. ' +
    'Findings name the setting and the kind of secret, never the value.',
  remediation: {
    console: [
      'Rotate every credential named in the finding: it has been readable by anyone allowed to describe the tuning job or its training jobs.',
      'Store the secret in AWS Secrets Manager, allow the execution role to read it, and have the training code fetch it at run time.',
      'Change the pipeline, notebook or template that launches the tuning job so the secret is no longer a static hyperparameter or environment variable.',
    ],
    cli: 'aws secretsmanager create-secret --name ml/tuning/SECRET_NAME --secret-string file://secret.txt',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_HyperParameterTrainingJobDefinition.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeHyperParameterTuningJob.html',
    'https://docs.aws.amazon.com/secretsmanager/latest/userguide/intro.html',
  ],
  compliance: [],
};

/** Secrets belong in a secret store, not in settings copied into every launched training job. */
export default defineItemCheck({
  meta,
  each: 'tuningJobs',
  noun: 'hyperparameter tuning job',
  evaluate: async (job, resource) =>
    withTuningDefinitions(job, resource, (defs, subject) => {
      const prefix = (label: string | undefined) => (label === undefined ? '' : `${label} `);
      return secretsFinding(
        resource,
        subject,
        defs.flatMap((d) => [
          { label: `${prefix(d.label)}StaticHyperParameters`, entries: d.definition.StaticHyperParameters },
          { label: `${prefix(d.label)}Environment`, entries: d.definition.Environment },
        ]),
      );
    }),
});
