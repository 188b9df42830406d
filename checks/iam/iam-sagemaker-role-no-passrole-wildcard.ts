import {
  asArray,
  conditionPairs,
  defineCheck,
  eachExecutionRole,
  finding,
  patternCoversPrefix,
  policiesOf,
  statementCoversAction,
  type CheckMeta,
} from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'iam-sagemaker-role-no-passrole-wildcard',
  title: 'SageMaker execution roles cannot pass every role (no iam:PassRole on "*")',
  severity: 'high',
  service: 'iam',
  resourceType: 'AWS::IAM::Role',
  rationale:
    'iam:PassRole decides which roles a principal may hand to an AWS service. An execution role allowed to pass every role ("*", or every role ARN of the account) ' +
    'lets code in a notebook or job start new SageMaker jobs, Lambda functions or EC2 instances under any role, including administrator roles, ' +
    'and so escalate beyond its own permissions. Granted through iam:PassRole, iam:* or "*" (or a NotAction that leaves it in); an iam:PassedToService condition narrows ' +
    'the services, not the roles, and does not make a wildcard safe. Pass roles should be listed by ARN.',
  remediation: {
    console: [
      'Open the IAM console, choose Roles and select the execution role.',
      'Edit the policies that allow iam:PassRole (or iam:*, or "*") on "*": set Resource to the ARNs of the roles the workload must pass, and add an iam:PassedToService condition.',
      'If the statement comes from an AWS managed policy such as AmazonSageMakerFullAccess, replace that policy with a scoped customer managed policy.',
    ],
    cli: 'aws iam put-role-policy --role-name ROLE --policy-name pass-role --policy-document \'{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:PassRole","Resource":"arn:aws:iam::ACCOUNT:role/NAMED_ROLE","Condition":{"StringEquals":{"iam:PassedToService":"sagemaker.amazonaws.com"}}}]}\'',
    cloudformation: 'AWS::IAM::Role Policies: iam:PassRole statements with Resource set to specific role ARNs',
    terraform: 'aws_iam_role_policy.policy: iam:PassRole statements with resources = [specific role ARNs]',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html',
    'https://docs.aws.amazon.com/sagemaker/latest/dg/sagemaker-roles.html',
  ],
  compliance: [],
};

/** A wildcard PassRole in a workload role is a ready-made privilege escalation path. */
export default defineCheck({
  meta,
  requires: ['mlReferences', 'iamAuthorization'],
  evaluate({ inventory, account }) {
    const everyRole = `arn:${account.partition}:iam::${account.accountId}:role/`;
    return eachExecutionRole(inventory.mlReferences, inventory.iamAuthorization, account, (role, resource, usedBy, auth) => {
      const pol = policiesOf(auth, role, account.partition);
      const wildcards = pol.statements.filter(
        ({ statement: s }) =>
          s.Effect === 'Allow' &&
          statementCoversAction(s, 'iam:PassRole') &&
          (s.Resource !== undefined ? asArray(s.Resource).some((r) => patternCoversPrefix(r, everyRole, false)) : s.NotResource !== undefined),
      );
      const conditions = [...new Set(wildcards.flatMap(({ statement }) => conditionPairs(statement).map((p) => `${p.operator} ${p.key} ${p.values.join('|')}`)))];
      const evidence = { usedBy, wildcardPassRole: [...new Set(wildcards.map((w) => w.source))], conditions, unreadablePolicies: pol.unreadable };
      if (wildcards.length > 0) {
        const narrowed = conditions.length > 0 ? ` (only under conditions: ${conditions.join('; ')})` : '';
        return finding('fail', resource, `Execution role ${role.name} may pass every role: ${evidence.wildcardPassRole.join(', ')}${narrowed}`, evidence);
      }
      if (pol.unreadable.length > 0) {
        return finding('error', resource, `Execution role ${role.name}: could not read every policy: ${pol.unreadable.join('; ')}`, { ...evidence, errorCode: 'UnreadablePolicy' });
      }
      return finding('pass', resource, `Execution role ${role.name} cannot pass every role`, evidence);
    });
  },
});
