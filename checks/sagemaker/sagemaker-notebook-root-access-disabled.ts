import { defineItemCheck, finding, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-notebook-root-access-disabled',
  title: 'SageMaker notebook instances have root access disabled for their users',
  severity: 'high',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::NotebookInstance',
  rationale:
    'A notebook user with root access is an administrator of the instance: they can read and change every file on it, ' +
    'replace system software and tamper with the agents and settings that constrain the notebook, and act with its execution role unhindered. ' +
    'RootAccess defaults to Enabled when it is not set; lifecycle configuration scripts keep running as root either way.',
  remediation: {
    console: [
      'Open the Amazon SageMaker AI console and choose Notebook instances, then select the notebook instance.',
      'Stop the notebook instance and wait until its status is Stopped.',
      'Choose Edit, set Root access to Disable - Don\'t give users root access to the notebook, and choose Update notebook instance.',
      'Start the notebook instance again.',
    ],
    cli: 'aws sagemaker stop-notebook-instance --notebook-instance-name NAME && aws sagemaker update-notebook-instance --notebook-instance-name NAME --root-access Disabled',
    cloudformation: 'AWS::SageMaker::NotebookInstance RootAccess: Disabled',
    terraform: 'aws_sagemaker_notebook_instance.root_access = "Disabled"',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/dg/nbi-root-access.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeNotebookInstance.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdateNotebookInstance.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html',
  ],
  compliance: [{ framework: 'AWS Security Hub', id: 'SageMaker.3' }],
};

/** A notebook whose users have root access lets anyone who can open it administer the instance. */
export default defineItemCheck({
  meta,
  each: 'notebookInstances',
  noun: 'notebook instance',
  evaluate: (nb, resource) => {
    // RootAccess is optional and defaults to Enabled (CreateNotebookInstance / UpdateNotebookInstance reference).
    const value = nb.RootAccess ?? 'Enabled';
    const evidence = { RootAccess: nb.RootAccess ?? null, effective: value };
    return value === 'Disabled'
      ? finding('pass', resource, `Notebook instance ${resource.name} has root access disabled for its users`, evidence)
      : finding('fail', resource, `Notebook instance ${resource.name} gives its users root access${nb.RootAccess ? '' : ' (not set: the default is Enabled)'}`, evidence);
  },
});
