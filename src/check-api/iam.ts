/**
 * IAM for checks: the identity policies that apply to a principal, the SageMaker execution roles that resources
 * reference (joined to their authorization details), and the findings for references or details that could not be read.
 */
import type { Collected, FindingDraft, ResourceRef } from '../model.js';
import type { AccountContext, PolicyStatement } from '../inventory/types.js';
import type { IamAuthorization, IamPrincipal, IamRole } from '../inventory/iam-logging.js';
import type { MlReferences } from '../inventory/references.js';
import { describeIncomplete, incompleteRegions } from '../inventory/ml-buckets.js';
import { describeError, finding, unreadable } from './findings.js';
import { asArray, statements } from './policy.js';

export const IAM_ROLE_TYPE = 'AWS::IAM::Role';
export const SAGEMAKER_SERVICE_PRINCIPAL = 'sagemaker.amazonaws.com';

/** The ARN of an AWS managed policy, e.g. AdministratorAccess. */
export function awsManagedPolicyArn(partition: string, name: string): string {
  return `arn:${partition}:iam::aws:policy/${name}`;
}

/** The finding resource for an IAM user, group or role (IAM is global). */
export function principalResource(p: IamPrincipal): ResourceRef {
  const type = p.kind === 'user' ? 'AWS::IAM::User' : p.kind === 'group' ? 'AWS::IAM::Group' : IAM_ROLE_TYPE;
  return { arn: p.arn, type, region: 'global', name: p.name };
}

/** A statement with the policy it came from ("inline policy X", "managed policy Y", "group G: …"). */
export interface SourcedStatement {
  source: string;
  statement: PolicyStatement;
}

export interface PrincipalPolicies {
  statements: SourcedStatement[];
  /** ARNs of the managed policies attached (to the principal, or for a user to its groups). */
  attachedArns: string[];
  /** Policies that apply but could not be read, with the reason. */
  unreadable: string[];
}

/** AdministratorAccess grants every action on every resource; its document is known even when not returned. */
const ADMIN_STATEMENT: PolicyStatement = { Effect: 'Allow', Action: '*', Resource: '*' };

/** The identity policies that apply to a principal: its inline and attached policies and, for a user, its groups'. */
export function policiesOf(auth: IamAuthorization, principal: IamPrincipal, partition: string): PrincipalPolicies {
  const out: PrincipalPolicies = { statements: [], attachedArns: [], unreadable: [] };
  const index = new Map(auth.policies.map((p) => [p.arn, p]));
  const add = (prefix: string, p: IamPrincipal): void => {
    for (const ip of p.inlinePolicies) {
      const source = `${prefix}inline policy ${ip.name}`;
      if (ip.document.ok) out.statements.push(...statements(ip.document.value).map((statement) => ({ source, statement })));
      else out.unreadable.push(`${source}: ${describeError(ip.document.error)}`);
    }
    for (const ap of p.attachedPolicies) {
      const source = `${prefix}managed policy ${ap.name}`;
      out.attachedArns.push(ap.arn);
      const m = index.get(ap.arn);
      if (m?.document.ok) out.statements.push(...statements(m.document.value).map((statement) => ({ source, statement })));
      else if (ap.arn === awsManagedPolicyArn(partition, 'AdministratorAccess')) out.statements.push({ source, statement: ADMIN_STATEMENT });
      else out.unreadable.push(`${source}: ${m && !m.document.ok ? describeError(m.document.error) : 'its document was not returned by GetAccountAuthorizationDetails'}`);
    }
  };
  add('', principal);
  if (principal.kind === 'user') {
    for (const name of principal.groups) {
      const group = auth.groups.find((g) => g.name === name);
      if (group) add(`group ${name}: `, group);
      else out.unreadable.push(`group ${name}: not returned by GetAccountAuthorizationDetails`);
    }
  }
  return out;
}

/** The permissions boundary of a user or role: its statements, `undefined` without one, or the reason it is unreadable. */
export function boundaryOf(auth: IamAuthorization, principal: IamPrincipal, partition: string): { arn: string; statements: PolicyStatement[] | null; reason?: string } | undefined {
  if (principal.kind === 'group' || !principal.permissionsBoundaryArn) return undefined;
  const arn = principal.permissionsBoundaryArn;
  if (arn === awsManagedPolicyArn(partition, 'AdministratorAccess')) return { arn, statements: [ADMIN_STATEMENT] };
  const m = auth.policies.find((p) => p.arn === arn);
  if (m?.document.ok) return { arn, statements: statements(m.document.value) };
  return { arn, statements: null, reason: m && !m.document.ok ? describeError(m.document.error) : 'not returned by GetAccountAuthorizationDetails' };
}

/** An Allow of every action ("*" or "*:*") on every resource ("*"). */
export function isAdminStatement(s: PolicyStatement): boolean {
  return (
    s.Effect === 'Allow' &&
    s.Action !== undefined &&
    asArray(s.Action).some((a) => a === '*' || a === '*:*') &&
    s.Resource !== undefined &&
    asArray(s.Resource).includes('*')
  );
}

/** Why a principal is administrator-level: AdministratorAccess attached, or statements allowing "*" on "*". */
export function adminReasons(pol: PrincipalPolicies, partition: string): string[] {
  const reasons = new Set<string>();
  if (pol.attachedArns.includes(awsManagedPolicyArn(partition, 'AdministratorAccess'))) reasons.add('AdministratorAccess is attached');
  for (const s of pol.statements) if (isAdminStatement(s.statement)) reasons.add(`${s.source} allows "*" on "*"`);
  return [...reasons].sort();
}

/** Allow statements of a trust policy that let a service principal (e.g. sagemaker.amazonaws.com) assume the role. */
export function trustStatementsFor(role: IamRole, service: string): PolicyStatement[] {
  if (!role.trustPolicy.ok) return [];
  return statements(role.trustPolicy.value).filter((s) => {
    if (s.Effect !== 'Allow' || !s.Principal || typeof s.Principal !== 'object') return false;
    const services = asArray((s.Principal as Record<string, unknown>).Service as string | string[] | undefined);
    const assumes = s.Action === undefined || asArray(s.Action).some((a) => /^(sts:\*|\*|sts:AssumeRole)$/i.test(a));
    return assumes && services.some((v) => typeof v === 'string' && v.toLowerCase() === service);
  });
}

/** A role ARN referenced by SageMaker resources, with the role's details when it is in this account. */
export interface ExecutionRole {
  arn: string;
  role: IamRole | undefined;
  /** Names of the SageMaker resources that reference it. */
  usedBy: string[];
}

/** Each distinct role ARN in the references, joined to its details (exact ARN, then the role name, which IAM treats case-insensitively). */
export function executionRoles(refs: MlReferences, auth: IamAuthorization): ExecutionRole[] {
  const usedBy = new Map<string, Set<string>>();
  for (const r of refs.resources) for (const arn of r.roleArns) usedBy.set(arn, (usedBy.get(arn) ?? new Set()).add(r.name));
  return [...usedBy.keys()].sort().map((arn) => {
    const name = arn.split('/').pop()!.toLowerCase();
    const account = arn.split(':')[4];
    const role = auth.roles.find((r) => r.arn === arn) ?? auth.roles.find((r) => r.name.toLowerCase() === name && r.arn.split(':')[4] === account);
    return { arn, role, usedBy: [...usedBy.get(arn)!].sort() };
  });
}

const roleWildcard = (account: AccountContext, region: string, name: string): ResourceRef => ({
  arn: `arn:${account.partition}:iam::${account.accountId}:role/*`,
  type: IAM_ROLE_TYPE,
  region,
  name,
});

/**
 * Evaluates every execution role referenced by SageMaker resources. Regions whose references are incomplete yield an
 * `error` (roles used there may be missing); a role in another account yields an `error` (its policies cannot be read
 * from here); a role that no longer exists is `not_applicable`. `evaluate` sees roles whose details were read.
 */
export function eachExecutionRole(
  refs: MlReferences,
  auth: Collected<IamAuthorization> | undefined,
  account: AccountContext,
  evaluate: (role: IamRole, resource: ResourceRef, usedBy: string[], auth: IamAuthorization) => FindingDraft | FindingDraft[] | undefined,
): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const region of [...incompleteRegions(refs).keys()].sort()) {
    const resource = roleWildcard(account, region, `all execution roles referenced in ${region}`);
    out.push(finding('error', resource, `SageMaker execution roles in ${region} may be missing: could not read ${describeIncomplete(refs, region)}`, { errorCode: refs.incomplete.find((i) => i.region === region)!.error.code }));
  }
  const referenced = new Set(refs.resources.flatMap((r) => r.roleArns));
  if (referenced.size === 0) return out;
  if (!auth || !auth.ok) {
    const resource = roleWildcard(account, 'global', 'all execution roles');
    out.push(auth ? unreadable(resource, 'the IAM authorization details', auth.error) : finding('error', resource, 'The IAM authorization details were not collected', { errorCode: 'NotCollected' }));
    return out;
  }
  for (const er of executionRoles(refs, auth.value)) {
    const name = er.arn.split('/').pop()!;
    const resource: ResourceRef = { arn: er.arn, type: IAM_ROLE_TYPE, region: 'global', name };
    const evidence = { usedBy: er.usedBy };
    if (er.arn.split(':')[4] !== account.accountId) {
      out.push(finding('error', resource, `Execution role ${name} is in account ${er.arn.split(':')[4] ?? '?'}: its policies cannot be read from this account`, { ...evidence, errorCode: 'OtherAccount' }));
    } else if (!er.role) {
      out.push(finding('not_applicable', resource, `Execution role ${name} does not exist (deleted?); SageMaker resources that use it cannot assume it`, evidence));
    } else {
      const r = evaluate(er.role, { ...resource, arn: er.role.arn, name: er.role.name }, er.usedBy, auth.value);
      if (r) out.push(...(Array.isArray(r) ? r : [r]));
    }
  }
  return out;
}
