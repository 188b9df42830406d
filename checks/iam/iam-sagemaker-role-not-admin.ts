import { adminReasons, defineCheck, eachExecutionRole, finding, policiesOf, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'iam-sagemaker-role-not-admin',
  title: 'SageMaker execution roles do not have administrator access',
  severity: 'critical',
  service: 'iam',
  resourceType: 'AWS::IAM::Role',
  rationale:
    'Code in a notebook, training container, processing script or model server runs with the execution role\'s credentials, and anyone who can change that code, ' +
    'its dependencies or its input data (a poisoned package, a malicious model artifact) can use them. An execution role with AdministratorAccess, ' +
    'or a statement allowing every action ("*" or "*:*") on every resource, turns any such foothold into control of the whole account. ' +
    'Policies are read as written: conditions on an administrator statement are not taken as limiting it.',
  remediation: {
    console: [
      'Open the IAM console, choose Roles and select the execution role.',
      'On the Permissions tab, detach AdministratorAccess and remove statements that allow "*" on "*".',
      'Attach a policy scoped to what the SageMaker workload needs (its buckets, keys, ECR repositories, CloudWatch Logs); SageMaker Role Manager can generate one.',
    ],
    cli: 'aws iam detach-role-policy --role-name ROLE --policy-arn arn:aws:iam::aws:policy/AdministratorAccess  # then: aws iam put-role-policy --role-name ROLE --policy-name scoped --policy-document file://scoped.json',
    cloudformation: 'AWS::IAM::Role ManagedPolicyArns without AdministratorAccess; Policies with statements scoped to the workload\'s resources',
    terraform: 'aws_iam_role_policy_attachment: do not attach arn:aws:iam::aws:policy/AdministratorAccess; aws_iam_role_policy.policy scoped to the workload',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/dg/sagemaker-roles.html',
    'https://docs.aws.amazon.com/sagemaker/latest/dg/role-manager.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
  ],
  compliance: [],
};

/** An execution role's credentials are in every container and notebook that uses it; admin there is admin everywhere. */
export default defineCheck({
  meta,
  requires: ['mlReferences', 'iamAuthorization'],
  evaluate({ inventory, account }) {
    return eachExecutionRole(inventory.mlReferences, inventory.iamAuthorization, account, (role, resource, usedBy, auth) => {
      const pol = policiesOf(auth, role, account.partition);
      const reasons = adminReasons(pol, account.partition);
      const evidence = { usedBy, adminReasons: reasons, attachedPolicies: pol.attachedArns, unreadablePolicies: pol.unreadable };
      if (reasons.length > 0) {
        return finding('fail', resource, `Execution role ${role.name} has administrator access: ${reasons.join('; ')}`, evidence);
      }
      if (pol.unreadable.length > 0) {
        return finding('error', resource, `Execution role ${role.name}: could not read every policy: ${pol.unreadable.join('; ')}`, { ...evidence, errorCode: 'UnreadablePolicy' });
      }
      return finding('pass', resource, `Execution role ${role.name} has no administrator policy or "*" on "*" statement`, evidence);
    });
  },
});
