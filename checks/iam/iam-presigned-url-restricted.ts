import {
  conditionPairs,
  defineCheck,
  finding,
  statementCoversAction,
  statementLabel,
  statements,
  unreadable,
  type CheckMeta,
  type FindingDraft,
  type IamDocument,
  type PolicyStatement,
  type ResourceRef,
} from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'iam-presigned-url-restricted',
  title: 'Policies granting SageMaker presigned URLs restrict them to known networks (aws:SourceIp or aws:SourceVpce)',
  severity: 'medium',
  service: 'iam',
  resourceType: 'AWS::IAM::ManagedPolicy',
  rationale:
    'sagemaker:CreatePresignedNotebookInstanceUrl and sagemaker:CreatePresignedDomainUrl return URLs that sign the bearer into a notebook instance or Studio, with the notebook\'s execution role, ' +
    'from any browser that holds the URL. Anyone with stolen credentials of a principal holding these permissions can open the notebooks from anywhere. ' +
    'AWS documents limiting them with an aws:SourceIp (corporate ranges) or aws:SourceVpce (the SageMaker API interface endpoint) condition; this check looks for such a condition on the granting ' +
    'statement, or a Deny in the same policy for requests from elsewhere (NotIpAddress, StringNotEquals). Grants through sagemaker:*, "*" or sagemaker:CreatePresigned* count. ' +
    'Customer managed and inline policies are evaluated (AWS managed policies such as AmazonSageMakerFullAccess cannot carry the condition: replace them); a Deny in another policy or an SCP is not seen here.',
  remediation: {
    console: [
      'Open the IAM console and select the policy (or the user, group or role holding the inline policy).',
      'Edit the statement that allows sagemaker:CreatePresignedNotebookInstanceUrl or sagemaker:CreatePresignedDomainUrl and add a condition, e.g. {"IpAddress": {"aws:SourceIp": ["203.0.113.0/24"]}} or {"StringEquals": {"aws:SourceVpce": ["vpce-0123456789abcdef0"]}}.',
      'Alternatively add a Deny statement for these actions with {"NotIpAddress": {"aws:SourceIp": [...]}} or {"StringNotEquals": {"aws:SourceVpce": [...]}}.',
    ],
    cli: 'aws iam create-policy-version --policy-arn POLICY_ARN --set-as-default --policy-document file://policy-with-source-condition.json',
    cloudformation: 'AWS::IAM::ManagedPolicy PolicyDocument: Condition IpAddress aws:SourceIp or StringEquals aws:SourceVpce on the CreatePresigned* statement',
    terraform: 'aws_iam_policy.policy: condition { test = "IpAddress", variable = "aws:SourceIp", values = [...] } on the CreatePresigned* statement',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/dg/security_iam_id-based-policy-examples.html',
    'https://docs.aws.amazon.com/sagemaker/latest/dg/notebook-interface-endpoint.html',
    'https://docs.aws.amazon.com/sagemaker/latest/dg/studio-interface-endpoint.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreatePresignedNotebookInstanceUrl.html',
  ],
  compliance: [],
};

const ACTIONS = ['sagemaker:CreatePresignedNotebookInstanceUrl', 'sagemaker:CreatePresignedDomainUrl'];
const SOURCE_KEYS = ['aws:sourceip', 'aws:sourcevpce'];

/** Conditions that limit an Allow to known sources (positive operators only; …IfExists would let keyless requests through). */
const allowRestrictions = (s: PolicyStatement): string[] =>
  conditionPairs(s)
    .filter((p) => SOURCE_KEYS.includes(p.key) && !/Not|IfExists$/.test(p.operator) && p.values.length > 0 && !p.values.includes('*'))
    .map((p) => `${p.operator} ${p.key}`);

/** Conditions that make a Deny apply to requests from other sources. */
const denyRestrictions = (s: PolicyStatement): string[] =>
  conditionPairs(s)
    .filter((p) => SOURCE_KEYS.includes(p.key) && /Not/.test(p.operator))
    .map((p) => `Deny ${p.operator} ${p.key}`);

/** One policy: `undefined` when it grants neither action. */
function evaluatePolicy(resource: ResourceRef, kind: string, document: IamDocument): FindingDraft | undefined {
  if (!document.ok) return unreadable(resource, `${kind} ${resource.name}`, document.error);
  const list = statements(document.value);
  const denies = list.filter((s) => s.Effect === 'Deny');
  const unrestricted: string[] = [];
  const restrictions = new Set<string>();
  const granted = new Set<string>();
  list.forEach((s, i) => {
    if (s.Effect !== 'Allow') return;
    for (const action of ACTIONS.filter((a) => statementCoversAction(s, a))) {
      granted.add(action);
      const own = allowRestrictions(s);
      const viaDeny = denies.filter((d) => statementCoversAction(d, action)).flatMap(denyRestrictions);
      [...own, ...viaDeny].forEach((r) => restrictions.add(r));
      if (own.length === 0 && viaDeny.length === 0) unrestricted.push(`${statementLabel(s, i)} (${action.split(':')[1]})`);
    }
  });
  if (granted.size === 0) return undefined;
  const evidence = { kind, grantedActions: [...granted], unrestrictedStatements: [...new Set(unrestricted)], restrictions: [...restrictions] };
  return unrestricted.length > 0
    ? finding('fail', resource, `${kind} ${resource.name} grants presigned SageMaker URLs without an aws:SourceIp or aws:SourceVpce restriction: ${evidence.unrestrictedStatements.join(', ')}`, evidence)
    : finding('pass', resource, `${kind} ${resource.name} grants presigned SageMaker URLs only from known sources (${evidence.restrictions.join(', ')})`, evidence);
}

/** A presigned URL works from any browser; only a source condition on the grant keeps stolen credentials from using it anywhere. */
export default defineCheck({
  meta,
  requires: ['iamAuthorization'],
  evaluate({ inventory, account }) {
    const auth = inventory.iamAuthorization;
    if (!auth.ok) {
      const resource: ResourceRef = { arn: `arn:${account.partition}:iam::${account.accountId}:policy/*`, type: meta.resourceType, region: 'global', name: 'all IAM policies' };
      return [unreadable(resource, 'the IAM authorization details', auth.error)];
    }
    const out: FindingDraft[] = [];
    const push = (f: FindingDraft | undefined) => f && out.push(f);
    for (const p of auth.value.policies) {
      if (p.awsManaged) continue;
      push(evaluatePolicy({ arn: p.arn, type: meta.resourceType, region: 'global', name: p.name }, 'customer managed policy', p.document));
    }
    const principals = [
      ...auth.value.users.map((p) => ({ p, type: 'AWS::IAM::UserPolicy' })),
      ...auth.value.groups.map((p) => ({ p, type: 'AWS::IAM::GroupPolicy' })),
      ...auth.value.roles.map((p) => ({ p, type: 'AWS::IAM::RolePolicy' })),
    ];
    for (const { p, type } of principals) {
      for (const ip of p.inlinePolicies) {
        push(evaluatePolicy({ arn: p.arn, type, region: 'global', name: `${p.name}/${ip.name}` }, `inline policy of ${p.kind}`, ip.document));
      }
    }
    return out;
  },
});
