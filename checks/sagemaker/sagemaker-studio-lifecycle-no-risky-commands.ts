import { defineItemCheck, lifecycleRiskFinding, RISKY_PATTERNS, studioLifecycleScripts, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-studio-lifecycle-no-risky-commands',
  title: 'SageMaker Studio lifecycle configurations run no risky commands',
  severity: 'high',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::StudioLifecycleConfig',
  rationale:
    'A Studio lifecycle configuration runs whenever an app it is attached to starts, with the execution role of the user or space. A script that pipes a ' +
    'downloaded script into a shell, installs packages from plain-HTTP or --trusted-host indexes, or turns off TLS verification lets whoever controls that ' +
    'server or network path run code with the role in every attached app; world-writable files and "NOPASSWD: ALL" sudo rules remove what separates users ' +
    'from root in the app; removing or disabling the idle-shutdown mechanism keeps idle apps and their credentials running. smsec decodes ' +
    `StudioLifecycleConfigContent and reports each match by line and pattern (${RISKY_PATTERNS.map((p) => p.id).join(', ')}), never the text of the line. Comment lines are not evaluated.`,
  remediation: {
    console: [
      'Studio lifecycle configurations cannot be edited: write a corrected script (HTTPS sources with pinned versions and checksums, TLS verification on, no broad sudo rules, idle shutdown kept).',
      'Create a new lifecycle configuration from it and attach it to the domain, user profiles and spaces in place of the old one.',
      'Delete the old lifecycle configuration and restart the affected apps.',
    ],
    cli: 'aws sagemaker create-studio-lifecycle-config --studio-lifecycle-config-name NAME-v2 --studio-lifecycle-config-app-type JupyterLab --studio-lifecycle-config-content $(base64 -w0 script.sh)',
    cloudformation: 'AWS::SageMaker::StudioLifecycleConfig StudioLifecycleConfigContent',
    terraform: 'aws_sagemaker_studio_lifecycle_config.studio_lifecycle_config_content',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/dg/studio-lifecycle-configurations.html',
    'https://docs.aws.amazon.com/sagemaker/latest/dg/studio-updated-idle-shutdown.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeStudioLifecycleConfig.html',
  ],
  compliance: [],
};

/** Studio lifecycle scripts run with the users' roles in every attached app: what they fetch and weaken matters. */
export default defineItemCheck({
  meta,
  each: 'studioLifecycleConfigs',
  noun: 'Studio lifecycle configuration',
  evaluate: (cfg, resource) =>
    lifecycleRiskFinding(resource, 'Studio lifecycle configuration', studioLifecycleScripts(cfg)),
});
