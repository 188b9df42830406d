import { defineItemCheck, finding, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-notebook-in-vpc',
  title: 'SageMaker notebook instances are launched in a subnet of your VPC',
  severity: 'high',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::NotebookInstance',
  rationale:
    'A notebook instance created without SubnetId has only the network interface SageMaker places in its own service VPC: none of your security groups, ' +
    'network ACLs, VPC endpoints, endpoint policies or flow logs apply to its traffic, and it always has direct internet access. ' +
    'SubnetId is optional and unset by default (CreateNotebookInstance), and it can only be chosen when the instance is created. ' +
    'A subnet alone does not remove direct internet access; sagemaker-notebook-no-direct-internet checks that setting.',
  remediation: {
    console: [
      'The network of a notebook instance cannot be changed: create a replacement notebook instance.',
      'In Network, choose a VPC, a private subnet and security groups, and set Direct internet access to Disable.',
      'Give the subnet VPC endpoints (or a controlled NAT) for the services the notebook uses, migrate the work, then delete the old instance.',
    ],
    cli: 'aws sagemaker create-notebook-instance --notebook-instance-name NAME --instance-type ml.t3.medium --role-arn ROLE_ARN --subnet-id SUBNET --security-group-ids SG --direct-internet-access Disabled',
    cloudformation: 'AWS::SageMaker::NotebookInstance SubnetId and SecurityGroupIds',
    terraform: 'aws_sagemaker_notebook_instance.subnet_id and security_groups',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/dg/appendix-notebook-and-internet-access.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeNotebookInstance.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html#sagemaker-2',
  ],
  compliance: [{ framework: 'AWS Security Hub', id: 'SageMaker.2' }],
};

/** A notebook outside your VPC escapes every network control you own. */
export default defineItemCheck({
  meta,
  each: 'notebookInstances',
  noun: 'notebook instance',
  evaluate: (nb, resource) => {
    // SubnetId is returned only for notebooks launched in a VPC subnet (DescribeNotebookInstance).
    const subnet = typeof nb.SubnetId === 'string' && nb.SubnetId.trim() !== '' ? nb.SubnetId : null;
    const evidence = { SubnetId: subnet, SecurityGroups: nb.SecurityGroups ?? [], NetworkInterfaceId: nb.NetworkInterfaceId ?? null };
    return subnet
      ? finding('pass', resource, `Notebook instance ${resource.name} is launched in subnet ${subnet}`, evidence)
      : finding('fail', resource, `Notebook instance ${resource.name} is not launched in a VPC subnet (no SubnetId): its traffic bypasses your VPC controls`, evidence);
  },
});
