import { defineItemCheck, secretsFinding, type CheckMeta, type SettingsSource } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-model-no-secrets-in-environment',
  title: 'SageMaker model containers hold no secrets in their environment variables',
  severity: 'high',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::Model',
  rationale:
    'The environment variables of a model container (PrimaryContainer.Environment, Containers[].Environment) are returned in plain text by DescribeModel to ' +
    'anyone allowed to describe models, for as long as the model exists, and a model cannot be changed, so a secret put there stays until the model is deleted. ' +
    'Tokens, API keys, database passwords and access keys should be read at run time from AWS Secrets Manager or come from the execution role. smsec reports the ' +
    'container, the variable name and the kind of secret, never the value.',
  remediation: {
    console: [
      'Rotate the exposed credential and store its replacement in AWS Secrets Manager.',
      'Create a new model whose container reads the secret at run time (environment variables then hold only the secret name or ARN) and grant the execution role secretsmanager:GetSecretValue on it.',
      'Point endpoint configurations and transform jobs at the new model and delete the old one.',
    ],
    cli: 'aws sagemaker create-model --model-name NEW_NAME --execution-role-arn ROLE_ARN --primary-container \'Image=IMAGE_URI,Environment={DB_SECRET_ARN=arn:aws:secretsmanager:REGION:ACCOUNT:secret:NAME}\'',
    cloudformation: 'AWS::SageMaker::Model PrimaryContainer.Environment (secret names or ARNs only)',
    terraform: 'aws_sagemaker_model.primary_container.environment (secret names or ARNs only)',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ContainerDefinition.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeModel.html',
    'https://docs.aws.amazon.com/secretsmanager/latest/userguide/intro.html',
  ],
  compliance: [],
};

/** Anything in a model's container environment is readable by everyone who can describe the model. */
export default defineItemCheck({
  meta,
  each: 'models',
  noun: 'model',
  evaluate: (m, resource) => {
    const sources: SettingsSource[] = [];
    if (m.PrimaryContainer) sources.push({ label: 'PrimaryContainer.Environment', entries: m.PrimaryContainer.Environment });
    (m.Containers ?? []).forEach((c, i) => sources.push({ label: `Containers[${i}].Environment`, entries: c.Environment }));
    return secretsFinding(resource, `Model ${resource.name}`, sources);
  },
});
