import { awsManagedPolicyArn, defineCheck, eachExecutionRole, finding, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'iam-sagemaker-role-no-full-access-policy',
  title: 'SageMaker execution roles do not use the AmazonSageMakerFullAccess managed policy',
  severity: 'high',
  service: 'iam',
  resourceType: 'AWS::IAM::Role',
  rationale:
    'AmazonSageMakerFullAccess is written for people administering SageMaker, not for the workloads SageMaker runs. Attached to an execution role, it lets any code in a notebook or job ' +
    'call almost every SageMaker action on every resource (create notebooks, training and processing jobs, endpoints, and presigned URLs that open notebooks and Studio), ' +
    'pass any role in the account to SageMaker (iam:PassRole with only an iam:PassedToService condition), which turns a notebook foothold into the permissions of the most privileged role that trusts SageMaker, ' +
    'read and write every bucket whose name contains "sagemaker", and manage network interfaces and VPC endpoints. Execution roles should be scoped to the buckets, keys and repositories their workload uses.',
  remediation: {
    console: [
      'Open the IAM console, choose Roles and select the execution role.',
      'On the Permissions tab, detach AmazonSageMakerFullAccess.',
      'Attach a policy scoped to the workload (SageMaker Role Manager personas, or a customer managed policy naming its buckets, keys and repositories), and test the notebooks and jobs that use the role.',
    ],
    cli: 'aws iam detach-role-policy --role-name ROLE --policy-arn arn:aws:iam::aws:policy/AmazonSageMakerFullAccess',
    cloudformation: 'AWS::IAM::Role ManagedPolicyArns without arn:aws:iam::aws:policy/AmazonSageMakerFullAccess',
    terraform: 'do not create aws_iam_role_policy_attachment with policy_arn = "arn:aws:iam::aws:policy/AmazonSageMakerFullAccess" for execution roles',
  },
  references: [
    'https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AmazonSageMakerFullAccess.html',
    'https://docs.aws.amazon.com/sagemaker/latest/dg/security-iam-awsmanpol.html',
    'https://docs.aws.amazon.com/sagemaker/latest/dg/role-manager.html',
  ],
  compliance: [],
};

/** The SageMaker administrator policy on a workload role gives every notebook the means to escalate. */
export default defineCheck({
  meta,
  requires: ['mlReferences', 'iamAuthorization'],
  evaluate({ inventory, account }) {
    const fullAccess = awsManagedPolicyArn(account.partition, 'AmazonSageMakerFullAccess');
    return eachExecutionRole(inventory.mlReferences, inventory.iamAuthorization, account, (role, resource, usedBy) => {
      const attached = role.attachedPolicies.map((p) => p.arn);
      const evidence = { usedBy, attachedPolicies: attached };
      return attached.includes(fullAccess)
        ? finding('fail', resource, `Execution role ${role.name} has AmazonSageMakerFullAccess attached`, evidence)
        : finding('pass', resource, `Execution role ${role.name} does not have AmazonSageMakerFullAccess attached`, evidence);
    });
  },
});
