import {
  SAGEMAKER_SERVICE_PRINCIPAL,
  adminReasons,
  boundaryOf,
  defineCheck,
  finding,
  grants,
  permissionsLacking,
  policiesOf,
  principalResource,
  trustStatementsFor,
  unreadable,
  type CheckMeta,
  type FindingDraft,
  type IamPrincipal,
  type IamRole,
  type PrincipalPolicies,
  type ResourceRef,
} from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'iam-sagemaker-privilege-escalation',
  title: 'No IAM principal can escalate privileges by passing a more privileged role to SageMaker',
  severity: 'high',
  service: 'iam',
  resourceType: 'AWS::IAM::User',
  rationale:
    'A principal that may call iam:PassRole on a role trusting sagemaker.amazonaws.com, and may create a notebook instance (and open it with CreatePresignedNotebookInstanceUrl), ' +
    'a training job or a processing job, can run code of its choosing under that role and act with its permissions. When the role holds more than the principal, that is privilege escalation. ' +
    'A role counts as more privileged when it is administrator-level (AdministratorAccess, or "*" on "*") or allows an action on a resource that none of the principal\'s Allow statements covers. ' +
    'Reading is worst case: Allow conditions are ignored (iam:PassedToService is honoured), Deny statements count only without conditions, resource scoping of the create actions is ignored ' +
    '(the principal names the new resource), users include their groups\' policies, and readable permissions boundaries of the principal are applied. ' +
    'Not modelled: service control and resource control policies, session policies, the passed role\'s own boundary, and other services that accept passed roles.',
  remediation: {
    console: [
      'Open the IAM console and select the user, group or role named in the finding.',
      'Limit iam:PassRole to the specific execution roles the principal needs (Resource: their ARNs, Condition iam:PassedToService sagemaker.amazonaws.com), none more privileged than the principal.',
      'Alternatively remove sagemaker:CreateNotebookInstance / CreatePresignedNotebookInstanceUrl / CreateTrainingJob / CreateProcessingJob from the principal, or scope down the passed role.',
    ],
    cli: 'aws iam put-user-policy --user-name USER --policy-name pass-ml-role --policy-document \'{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:PassRole","Resource":"arn:aws:iam::ACCOUNT:role/ScopedExecutionRole","Condition":{"StringEquals":{"iam:PassedToService":"sagemaker.amazonaws.com"}}}]}\'',
    cloudformation: 'AWS::IAM::Policy / AWS::IAM::ManagedPolicy: iam:PassRole statements with Resource set to specific, scoped execution role ARNs',
    terraform: 'aws_iam_policy.policy: iam:PassRole with resources = [scoped execution role ARNs] and condition iam:PassedToService = sagemaker.amazonaws.com',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_passrole.html',
    'https://docs.aws.amazon.com/sagemaker/latest/dg/sagemaker-roles.html',
    'https://docs.aws.amazon.com/sagemaker/latest/dg/security_iam_id-based-policy-examples.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html',
  ],
  compliance: [],
};

/** Ways to run code under a passed role: each needs all its actions. */
const VECTORS = [
  { name: 'notebook instance', actions: ['sagemaker:CreateNotebookInstance', 'sagemaker:CreatePresignedNotebookInstanceUrl'] },
  { name: 'training job', actions: ['sagemaker:CreateTrainingJob'] },
  { name: 'processing job', actions: ['sagemaker:CreateProcessingJob'] },
];

const isServiceLinked = (r: IamRole): boolean => r.path.startsWith('/aws-service-role/');
const KIND = { user: 'User', group: 'Group', role: 'Role' } as const;

/** Passing a role to a job you control is acting as that role: the role must not hold more than you. */
export default defineCheck({
  meta,
  requires: ['iamAuthorization'],
  evaluate({ inventory, account }) {
    const auth = inventory.iamAuthorization;
    if (!auth.ok) {
      const resource: ResourceRef = { arn: `arn:${account.partition}:iam::${account.accountId}:user/*`, type: meta.resourceType, region: 'global', name: 'all IAM principals' };
      return [unreadable(resource, 'the IAM authorization details', auth.error)];
    }
    const { partition } = account;
    const candidates = auth.value.roles.filter((r) => !isServiceLinked(r) && trustStatementsFor(r, SAGEMAKER_SERVICE_PRINCIPAL).length > 0);
    const cache = new Map<string, { pol: PrincipalPolicies; admin: string[] }>();
    const roleInfo = (r: IamRole) => {
      let info = cache.get(r.arn);
      if (!info) {
        const pol = policiesOf(auth.value, r, partition);
        info = { pol, admin: adminReasons(pol, partition) };
        cache.set(r.arn, info);
      }
      return info;
    };
    const principals: IamPrincipal[] = [...auth.value.users, ...auth.value.groups, ...auth.value.roles.filter((r) => !isServiceLinked(r))];
    const out: FindingDraft[] = [];
    for (const p of principals) {
      const resource = principalResource(p);
      const label = `${KIND[p.kind]} ${p.name}`;
      const pol = p.kind === 'role' ? roleInfo(p).pol : policiesOf(auth.value, p, partition);
      const boundary = boundaryOf(auth.value, p, partition);
      const limit = boundary?.statements ?? undefined;
      const vectors = VECTORS.filter((v) => v.actions.every((action) => grants(pol.statements, { action, scopePattern: `arn:${partition}:sagemaker:*:*:*` }, limit).allowed)).map((v) => v.name);
      const evidence = {
        launch: vectors,
        permissionsBoundary: boundary ? `${boundary.arn}${boundary.statements ? '' : ` (not applied: ${boundary.reason ?? 'unreadable'})`}` : null,
        unreadablePolicies: pol.unreadable,
      };
      if (vectors.length === 0) {
        if (pol.unreadable.length > 0 && candidates.length > 0) {
          out.push(finding('error', resource, `${label}: could not tell whether it can launch SageMaker workloads: ${pol.unreadable.join('; ')}`, { ...evidence, errorCode: 'UnreadablePolicy' }));
        }
        continue;
      }
      const own = adminReasons(pol, partition);
      if (own.length > 0 && !limit) {
        out.push(finding('pass', resource, `${label} is already administrator-level (${own[0]}); passing a role to SageMaker gains it nothing`, { ...evidence, passable: [], escalation: [] }));
        continue;
      }
      const passable: string[] = [];
      const escalation: string[] = [];
      const unknown: string[] = [];
      for (const r of candidates) {
        if (r.arn === p.arn) continue;
        if (!grants(pol.statements, { action: 'iam:PassRole', resource: r.arn, passedTo: SAGEMAKER_SERVICE_PRINCIPAL }, limit).allowed) continue;
        passable.push(r.name);
        const info = roleInfo(r);
        if (info.admin.length > 0) {
          escalation.push(`${r.name} (administrator: ${info.admin[0]})`);
          continue;
        }
        const granted = info.pol.statements.map((s) => s.statement);
        const lacking = [...new Set([...permissionsLacking(granted, pol.statements.map((s) => s.statement)), ...(limit ? permissionsLacking(granted, limit) : [])])];
        if (lacking.length > 0) escalation.push(`${r.name} (${lacking.length} permission(s) ${p.name} lacks, e.g. ${lacking.slice(0, 3).join(', ')})`);
        else if (info.pol.unreadable.length > 0) unknown.push(`${r.name} (${info.pol.unreadable.join('; ')})`);
      }
      const full = { ...evidence, passable, escalation };
      if (escalation.length > 0) {
        out.push(finding('fail', resource, `${label} can launch a SageMaker ${vectors.join(' / ')} and pass it a more privileged role: ${escalation.join('; ')}`, full));
      } else if (unknown.length > 0 || pol.unreadable.length > 0) {
        const why = [...unknown.map((u) => `policies of passable role ${u}`), ...pol.unreadable].join('; ');
        out.push(finding('error', resource, `${label} can launch a SageMaker ${vectors.join(' / ')}; could not compare privileges: ${why}`, { ...full, errorCode: 'UnreadablePolicy' }));
      } else {
        const detail = passable.length > 0 ? `every role it may pass to SageMaker (${passable.join(', ')}) holds no more than it does` : 'it may not pass any role trusting SageMaker';
        out.push(finding('pass', resource, `${label} can launch a SageMaker ${vectors.join(' / ')}, but ${detail}`, full));
      }
    }
    return out;
  },
});
