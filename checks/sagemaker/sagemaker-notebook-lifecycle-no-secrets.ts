import { defineItemCheck, lifecycleSecretFinding, notebookLifecycleScripts, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-notebook-lifecycle-no-secrets',
  title: 'SageMaker notebook instance lifecycle configurations hold no secrets',
  severity: 'high',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::NotebookInstanceLifecycleConfig',
  rationale:
    'Lifecycle configuration scripts are stored base64-encoded, not encrypted: anyone allowed sagemaker:DescribeNotebookInstanceLifecycleConfig can read them, ' +
    'and they are copied into every notebook instance that uses them and into CloudWatch Logs when they echo. Access keys, tokens and passwords written into them ' +
    'cannot be rotated without editing every script. smsec decodes the OnCreate and OnStart scripts and reports the script, the line and the kind of secret found, never the value.',
  remediation: {
    console: [
      'Store the credential in AWS Secrets Manager (or use the notebook execution role instead of static keys) and rotate the exposed credential now.',
      'In the Amazon SageMaker AI console choose Notebook, Lifecycle configurations, open the configuration and edit the script to read the secret at run time (aws secretsmanager get-secret-value).',
      'Grant the notebook execution role secretsmanager:GetSecretValue on that secret only.',
    ],
    cli: 'aws sagemaker update-notebook-instance-lifecycle-config --notebook-instance-lifecycle-config-name NAME --on-start Content=$(base64 -w0 on-start.sh)',
    cloudformation: 'AWS::SageMaker::NotebookInstanceLifecycleConfig OnStart/OnCreate Content (read secrets at run time from Secrets Manager)',
    terraform: 'aws_sagemaker_notebook_instance_lifecycle_configuration.on_start / on_create',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/dg/notebook-lifecycle-config.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeNotebookInstanceLifecycleConfig.html',
    'https://docs.aws.amazon.com/secretsmanager/latest/userguide/intro.html',
  ],
  compliance: [],
};

/** Credentials in a lifecycle script are readable by anyone who can describe it. */
export default defineItemCheck({
  meta,
  each: 'notebookLifecycleConfigs',
  noun: 'notebook lifecycle configuration',
  evaluate: (cfg, resource) =>
    lifecycleSecretFinding(resource, 'Notebook lifecycle configuration', notebookLifecycleScripts(cfg)),
});
