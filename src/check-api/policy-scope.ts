/**
 * How far a resource policy (VPC endpoint policy, KMS key policy) reaches: whether a statement opens access to
 * everyone, and whether its conditions pin down who calls (or, for endpoints, which resources are reached).
 */
import type { PolicyDocument, PolicyStatement } from '../inventory/types.js';
import { conditionPairs, statementCoversAllActions, statementLabel } from './buckets.js';
import { isEveryone, statements } from './policy.js';

/** Condition keys that identify the caller: its account, organization, principal, or the network it comes from. */
export const CALLER_CONDITION_KEYS: readonly string[] = [
  'aws:principalaccount',
  'aws:principalarn',
  'aws:principalorgid',
  'aws:principalorgpaths',
  'aws:userid',
  'aws:sourceaccount',
  'aws:sourcearn',
  'aws:sourceowner',
  'aws:sourcevpc',
  'aws:sourcevpce',
  'aws:sourceip',
  'kms:calleraccount',
];

/** Condition keys that identify the resource reached (data perimeter on the resource side). */
export const RESOURCE_CONDITION_KEYS: readonly string[] = ['aws:resourceaccount', 'aws:resourceorgid', 'aws:resourceorgpaths', 's3:resourceaccount'];

const POSITIVE = /^(ForAnyValue:)?(StringEquals|StringEqualsIgnoreCase|StringLike|ArnEquals|ArnLike|IpAddress)$/;
const NEGATIVE = /^(ForAnyValue:)?(StringNotEquals|StringNotEqualsIgnoreCase|StringNotLike|ArnNotEquals|ArnNotLike|NotIpAddress)(IfExists)?$/;

/** A value that matches anything: "*", only wildcards, or the whole IPv4/IPv6 space. */
function matchesAnything(v: string): boolean {
  return /^[*?]*$/.test(v) || v === '0.0.0.0/0' || v === '::/0';
}

/**
 * The conditions (as "Operator key") that narrow the statement to known callers (and resources, when `keys` includes
 * them). For an Allow, a positive operator on such a key with specific values narrows it; "IfExists" and negated
 * operators do not (they also match requests that lack the key or come from elsewhere). For a Deny, a negated
 * operator narrows who is spared (the deny applies to everyone else).
 */
export function restrictingConditions(s: PolicyStatement, keys: readonly string[]): string[] {
  const pattern = s.Effect === 'Deny' ? NEGATIVE : POSITIVE;
  return conditionPairs(s)
    .filter((p) => keys.includes(p.key) && pattern.test(p.operator) && p.values.length > 0 && !p.values.some(matchesAnything))
    .map((p) => `${p.operator} ${p.key}`);
}

/** True when the statement applies to every principal: Principal "*" / {"AWS": "*"}, or any NotPrincipal. */
export function appliesToEveryone(s: PolicyStatement): boolean {
  return s.NotPrincipal !== undefined || isEveryone(s.Principal);
}

/** True when Resource covers every resource ("*"), or NotResource is used (everything but a few). */
export function coversAllResources(s: PolicyStatement): boolean {
  if (s.NotResource !== undefined) return true;
  const r = s.Resource;
  return (Array.isArray(r) ? r : r === undefined ? [] : [r]).some((v) => typeof v === 'string' && /^[*]+$/.test(v));
}

export interface PolicyOpenness {
  /** Allow statements open to everyone with no narrowing condition. */
  open: string[];
  /** Deny statements for everyone that spare only known callers (they close what `open` opens). */
  perimeter: string[];
}

/**
 * Which statements open the policy to everyone. `service` is the IAM prefix used to decide "every action" (e.g. "s3",
 * "kms"); with `requireAll`, an Allow counts only when it covers every action and every resource (full access).
 */
export function policyOpenness(doc: PolicyDocument | null | undefined, service: string, keys: readonly string[], requireAll: boolean): PolicyOpenness {
  const open: string[] = [];
  const perimeter: string[] = [];
  statements(doc).forEach((s, i) => {
    if (!appliesToEveryone(s)) return;
    const narrowed = restrictingConditions(s, keys).length > 0;
    if (s.Effect === 'Allow' && !narrowed && (!requireAll || (statementCoversAllActions(s, service) && coversAllResources(s)))) open.push(statementLabel(s, i));
    if (s.Effect === 'Deny' && narrowed && statementCoversAllActions(s, service) && coversAllResources(s)) perimeter.push(statementLabel(s, i));
  });
  return { open, perimeter };
}
