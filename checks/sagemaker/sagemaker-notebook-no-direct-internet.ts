import { defineItemCheck, finding, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-notebook-no-direct-internet',
  title: 'SageMaker notebook instances have direct internet access disabled',
  severity: 'high',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::NotebookInstance',
  rationale:
    'With direct internet access enabled, SageMaker gives the notebook a network path to the internet that bypasses your VPC, ' +
    'its security groups, NAT and egress filtering, so data can leave and untrusted code can come in unobserved. ' +
    'This holds even when the notebook is attached to a VPC subnet. DirectInternetAccess defaults to Enabled when it is not set.',
  remediation: {
    console: [
      'Notebook instances cannot change this setting: create a replacement notebook instance.',
      'In Network, choose a VPC, subnet and security groups, and set Direct internet access to Disable.',
      'Give the subnet a route to the services the notebook needs through VPC endpoints or a controlled NAT, then migrate work and delete the old instance.',
    ],
    cli: 'aws sagemaker create-notebook-instance --notebook-instance-name NAME --instance-type ml.t3.medium --role-arn ROLE_ARN --subnet-id SUBNET --security-group-ids SG --direct-internet-access Disabled',
    cloudformation: 'AWS::SageMaker::NotebookInstance DirectInternetAccess: Disabled (with SubnetId and SecurityGroupIds)',
    terraform: 'aws_sagemaker_notebook_instance.direct_internet_access = "Disabled" (with subnet_id and security_groups)',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/dg/appendix-notebook-and-internet-access.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeNotebookInstance.html',
  ],
  compliance: [{ framework: 'AWS Security Hub', id: 'SageMaker.1' }],
};

/** A notebook instance with direct internet access can reach, and be reached from, the internet outside any VPC control. */
export default defineItemCheck({
  meta,
  each: 'notebookInstances',
  noun: 'notebook instance',
  evaluate: (nb, resource) => {
    // DirectInternetAccess is optional in the API and defaults to Enabled (CreateNotebookInstance reference).
    const value = nb.DirectInternetAccess ?? 'Enabled';
    const evidence = { DirectInternetAccess: nb.DirectInternetAccess ?? null, effective: value, SubnetId: nb.SubnetId ?? null };
    return value === 'Disabled'
      ? finding('pass', resource, `Notebook instance ${resource.name} has direct internet access disabled`, evidence)
      : finding('fail', resource, `Notebook instance ${resource.name} has direct internet access enabled${nb.DirectInternetAccess ? '' : ' (not set: the default is Enabled)'}`, evidence);
  },
});
