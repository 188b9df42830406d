import {
  SAGEMAKER_SERVICE_PRINCIPAL,
  conditionPairs,
  defineCheck,
  describeError,
  eachExecutionRole,
  finding,
  trustStatementsFor,
  type CheckMeta,
  type PolicyStatement,
} from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'iam-sagemaker-role-trust-confused-deputy',
  title: 'SageMaker execution role trust policies limit SageMaker to this account (aws:SourceAccount or aws:SourceArn)',
  severity: 'medium',
  service: 'iam',
  resourceType: 'AWS::IAM::Role',
  rationale:
    'A trust policy that lets sagemaker.amazonaws.com assume the role without an aws:SourceAccount or aws:SourceArn condition trusts SageMaker acting for anyone. ' +
    'If a SageMaker resource in another account can be made to name this role (the cross-service confused deputy problem), SageMaker will assume it on that account\'s behalf. ' +
    'AWS recommends these global condition keys in the trust policies of service roles. A condition counts only with a positive operator on the key (not a Not… operator, not …IfExists, ' +
    'which lets requests without the key through) and a value other than "*"; conditions are evaluated per statement, so every statement trusting SageMaker needs one.',
  remediation: {
    console: [
      'Open the IAM console, choose Roles, select the execution role and open the Trust relationships tab.',
      'Choose Edit trust policy and add to each statement that trusts sagemaker.amazonaws.com a condition such as {"StringEquals": {"aws:SourceAccount": "ACCOUNT_ID"}} or {"ArnLike": {"aws:SourceArn": "arn:aws:sagemaker:REGION:ACCOUNT_ID:*"}}.',
      'Update the policy and confirm that notebooks and jobs using the role still start.',
    ],
    cli: 'aws iam update-assume-role-policy --role-name ROLE --policy-document \'{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"sagemaker.amazonaws.com"},"Action":"sts:AssumeRole","Condition":{"StringEquals":{"aws:SourceAccount":"ACCOUNT_ID"}}}]}\'',
    cloudformation: 'AWS::IAM::Role AssumeRolePolicyDocument: a Condition on aws:SourceAccount or aws:SourceArn in the sagemaker.amazonaws.com statement',
    terraform: 'aws_iam_role.assume_role_policy: a condition { test = "StringEquals", variable = "aws:SourceAccount", values = [ACCOUNT_ID] } in the SageMaker statement',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/dg/security-confused-deputy-prevention.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-sourceaccount',
  ],
  compliance: [],
};

const SOURCE_KEYS = ['aws:sourceaccount', 'aws:sourcearn'];

/** The source conditions that restrict a trust statement; empty when none does. */
function sourceConditions(s: PolicyStatement): string[] {
  return conditionPairs(s)
    .filter((p) => SOURCE_KEYS.includes(p.key) && !/Not|IfExists$/.test(p.operator) && p.values.length > 0 && !p.values.includes('*'))
    .map((p) => `${p.operator} ${p.key} ${p.values.join('|')}`);
}

/** Without a source condition, SageMaker acting for another account can be steered into assuming this role. */
export default defineCheck({
  meta,
  requires: ['mlReferences', 'iamAuthorization'],
  evaluate({ inventory, account }) {
    return eachExecutionRole(inventory.mlReferences, inventory.iamAuthorization, account, (role, resource, usedBy) => {
      if (!role.trustPolicy.ok) {
        return finding('error', resource, `Execution role ${role.name}: could not read its trust policy: ${describeError(role.trustPolicy.error)}`, { usedBy, errorCode: role.trustPolicy.error.code });
      }
      const trusting = trustStatementsFor(role, SAGEMAKER_SERVICE_PRINCIPAL);
      if (trusting.length === 0) {
        return finding('not_applicable', resource, `Execution role ${role.name} does not trust ${SAGEMAKER_SERVICE_PRINCIPAL}`, { usedBy });
      }
      const perStatement = trusting.map((s, i) => ({ label: typeof s.Sid === 'string' && s.Sid !== '' ? s.Sid : `statement #${i + 1}`, conditions: sourceConditions(s) }));
      const open = perStatement.filter((p) => p.conditions.length === 0).map((p) => p.label);
      const evidence = { usedBy, sourceConditions: perStatement.flatMap((p) => p.conditions), unrestrictedStatements: open };
      return open.length > 0
        ? finding('fail', resource, `Execution role ${role.name} trusts ${SAGEMAKER_SERVICE_PRINCIPAL} without an aws:SourceAccount or aws:SourceArn condition (${open.join(', ')})`, evidence)
        : finding('pass', resource, `Execution role ${role.name} trusts ${SAGEMAKER_SERVICE_PRINCIPAL} only with source conditions (${evidence.sourceConditions.join('; ')})`, evidence);
    });
  },
});
