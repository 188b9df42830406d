import { defineItemCheck, lifecycleRiskFinding, notebookLifecycleScripts, RISKY_PATTERNS, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-notebook-lifecycle-no-risky-commands',
  title: 'SageMaker notebook instance lifecycle configurations run no risky commands',
  severity: 'high',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::NotebookInstanceLifecycleConfig',
  rationale:
    'Lifecycle scripts run as root with the credentials of the notebook execution role every time a notebook instance is created or started. ' +
    'A script that pipes a downloaded script into a shell, installs packages from plain-HTTP or --trusted-host indexes, or turns off TLS verification ' +
    'lets whoever controls that server or the network path run code as root with the role; world-writable files and "NOPASSWD: ALL" sudo rules ' +
    'hand root to every notebook user, undoing RootAccess Disabled; removing the auto-stop / idle-shutdown mechanism keeps idle instances and their credentials running. ' +
    `smsec decodes the OnCreate and OnStart scripts and reports each match by script, line and pattern (${RISKY_PATTERNS.map((p) => p.id).join(', ')}), never the text of the line. Comment lines are not evaluated.`,
  remediation: {
    console: [
      'In the Amazon SageMaker AI console choose Notebook, Lifecycle configurations, and open the configuration named in the finding.',
      'Replace each reported line: download scripts and packages over HTTPS from pinned versions (verify checksums), use a private package mirror with TLS, keep TLS verification on, grant only the sudo commands needed, and keep the auto-stop script.',
      'Save the configuration, then stop and start the notebook instances that use it.',
    ],
    cli: 'aws sagemaker update-notebook-instance-lifecycle-config --notebook-instance-lifecycle-config-name NAME --on-start Content=$(base64 -w0 on-start.sh)',
    cloudformation: 'AWS::SageMaker::NotebookInstanceLifecycleConfig OnStart/OnCreate Content',
    terraform: 'aws_sagemaker_notebook_instance_lifecycle_configuration.on_start / on_create',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/dg/notebook-lifecycle-config.html',
    'https://docs.aws.amazon.com/sagemaker/latest/dg/nbi-root-access.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeNotebookInstanceLifecycleConfig.html',
  ],
  compliance: [],
};

/** Lifecycle scripts run as root with the execution role: what they fetch and weaken matters. */
export default defineItemCheck({
  meta,
  each: 'notebookLifecycleConfigs',
  noun: 'notebook lifecycle configuration',
  evaluate: (cfg, resource) =>
    lifecycleRiskFinding(resource, 'Notebook lifecycle configuration', notebookLifecycleScripts(cfg)),
});
