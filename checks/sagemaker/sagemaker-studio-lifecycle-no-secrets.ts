import { defineItemCheck, lifecycleSecretFinding, studioLifecycleScripts, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-studio-lifecycle-no-secrets',
  title: 'SageMaker Studio lifecycle configurations hold no secrets',
  severity: 'high',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::StudioLifecycleConfig',
  rationale:
    'A Studio lifecycle configuration script is stored base64-encoded, not encrypted: anyone allowed sagemaker:DescribeStudioLifecycleConfig can read it, and ' +
    'it runs in every app of every user and space it is attached to, where it often ends up in logs. Access keys, tokens and passwords written into it are ' +
    'disclosed to all of them and cannot be rotated without editing the script. smsec decodes StudioLifecycleConfigContent and reports the line and the kind ' +
    'of secret found, never the value.',
  remediation: {
    console: [
      'Rotate the exposed credential, then store it in AWS Secrets Manager (or rely on the execution role instead of static keys).',
      'Studio lifecycle configurations cannot be edited: create a new one that reads the secret at run time (aws secretsmanager get-secret-value) and attach it to the domain, user profiles and spaces in place of the old one.',
      'Delete the old lifecycle configuration.',
    ],
    cli: 'aws sagemaker create-studio-lifecycle-config --studio-lifecycle-config-name NAME-v2 --studio-lifecycle-config-app-type JupyterLab --studio-lifecycle-config-content $(base64 -w0 script.sh)',
    cloudformation: 'AWS::SageMaker::StudioLifecycleConfig StudioLifecycleConfigContent (read secrets at run time from Secrets Manager)',
    terraform: 'aws_sagemaker_studio_lifecycle_config.studio_lifecycle_config_content',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/dg/studio-lifecycle-configurations.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeStudioLifecycleConfig.html',
    'https://docs.aws.amazon.com/secretsmanager/latest/userguide/intro.html',
  ],
  compliance: [],
};

/** Credentials in a Studio lifecycle script are readable by anyone who can describe it. */
export default defineItemCheck({
  meta,
  each: 'studioLifecycleConfigs',
  noun: 'Studio lifecycle configuration',
  evaluate: (cfg, resource) =>
    lifecycleSecretFinding(resource, 'Studio lifecycle configuration', studioLifecycleScripts(cfg)),
});
