import { defineItemCheck, finding, type CheckMeta } from '../../src/check-api/index.js';

/**
 * Notebook instance platforms and their support status, from "Amazon Linux 2 notebook instances"
 * (https://docs.aws.amazon.com/sagemaker/latest/dg/nbi-al2.html, AL2 and AL1 maintenance phase plans) and Security Hub
 * control SageMaker.8 (supported identifiers: notebook-al2023-v1), as read on 2026-11-20. Update this table when AWS
 * adds or retires a platform; identifiers missing from it are reported as errors, never as passes.
 */
export const NOTEBOOK_PLATFORMS: Record<string, { supported: boolean; note: string }> = {
  'notebook-al1-v1': { supported: false, note: 'Amazon Linux 1: end of life on notebook instances since 2024-03-31 (no security updates)' },
  'notebook-al2-v1': { supported: false, note: 'Amazon Linux 2 with JupyterLab 1: deprecated 2025-06-30; Amazon Linux 2 end of support 2026-06-30' },
  'notebook-al2-v2': { supported: false, note: 'Amazon Linux 2 with JupyterLab 3: deprecated 2025-06-30; Amazon Linux 2 end of support 2026-06-30' },
  'notebook-al2-v3': { supported: false, note: 'Amazon Linux 2 with JupyterLab 4: Amazon Linux 2 end of support 2026-06-30 (no security updates; cannot be restarted from 2026-07-01)' },
  'notebook-al2023-v1': { supported: true, note: 'Amazon Linux 2023: supported (the default platform since 2026-05-15)' },
};

const meta: CheckMeta = {
  id: 'sagemaker-notebook-supported-platform',
  title: 'SageMaker notebook instances run on a supported platform',
  severity: 'medium',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::NotebookInstance',
  rationale:
    'A notebook instance on a platform past its end of support gets no more security patches or bug fixes, yet it keeps its execution role, its network access ' +
    'and its data. Amazon Linux 1 notebook instances reached end of life on 2024-03-31 and every Amazon Linux 2 platform (notebook-al2-v1, -v2, -v3) on 2026-06-30; ' +
    'notebook-al2023-v1 is the supported platform. smsec keeps this list in the check, with its source and date; a platform identifier it does not know is reported ' +
    'as an error, so a new platform never passes unseen. A notebook instance that reports no PlatformIdentifier is reported as an error as well.',
  remediation: {
    console: [
      'Stop the notebook instance in the Amazon SageMaker AI console (AL2 instances; AL1 instances must be replaced by a new instance).',
      'Choose Edit and set the Platform identifier to notebook-al2023-v1, then save.',
      'Start the instance and check that lifecycle scripts still work (AL2023 uses dnf instead of yum).',
    ],
    cli: 'aws sagemaker stop-notebook-instance --notebook-instance-name NAME && aws sagemaker update-notebook-instance --notebook-instance-name NAME --platform-identifier notebook-al2023-v1',
    cloudformation: 'AWS::SageMaker::NotebookInstance PlatformIdentifier: notebook-al2023-v1',
    terraform: 'aws_sagemaker_notebook_instance.platform_identifier = "notebook-al2023-v1"',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/dg/nbi-al2.html',
    'https://docs.aws.amazon.com/sagemaker/latest/dg/nbi-al2023.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html#sagemaker-8',
  ],
  compliance: [{ framework: 'AWS Security Hub', id: 'SageMaker.8' }],
};

/** An unsupported platform runs unpatched with the notebook's role and data. */
export default defineItemCheck({
  meta,
  each: 'notebookInstances',
  noun: 'notebook instance',
  evaluate: (nb, resource) => {
    const platform = nb.PlatformIdentifier;
    const evidence = { PlatformIdentifier: platform ?? null };
    if (!platform) {
      return finding('error', resource, `Notebook instance ${resource.name} reports no PlatformIdentifier, so its platform cannot be verified`, evidence);
    }
    const known = Object.hasOwn(NOTEBOOK_PLATFORMS, platform) ? NOTEBOOK_PLATFORMS[platform] : undefined;
    if (!known) {
      return finding('error', resource, `Notebook instance ${resource.name} runs platform ${platform}, which smsec's list of notebook platforms does not know: verify it is supported`, evidence);
    }
    return known.supported
      ? finding('pass', resource, `Notebook instance ${resource.name} runs supported platform ${platform} (${known.note})`, { ...evidence, status: known.note })
      : finding('fail', resource, `Notebook instance ${resource.name} runs unsupported platform ${platform} (${known.note})`, { ...evidence, status: known.note });
  },
});
