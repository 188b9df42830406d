/** Reading IAM-style policy documents (bucket policies, key policies): statements, principals, wildcards. */
import type { PolicyDocument, PolicyStatement } from '../inventory/types.js';

export function asArray<T>(v: T | T[] | undefined | null): T[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

/** The statements of a policy document (a single statement object counts as a list of one). */
export function statements(doc: PolicyDocument | null | undefined): PolicyStatement[] {
  return asArray(doc?.Statement).filter((s): s is PolicyStatement => typeof s === 'object' && s !== null);
}

/** Compiled wildcard patterns (checks match the same policy patterns against many names). */
const wildcardCache = new Map<string, RegExp>();
const WILDCARD_CACHE_LIMIT = 10_000;

/** IAM wildcard match (`*` any run, `?` one character), case-insensitive as IAM action names are. */
export function wildcardMatch(pattern: string, value: string, caseInsensitive = true): boolean {
  const key = `${caseInsensitive ? 'i' : 's'}${pattern}`;
  let re = wildcardCache.get(key);
  if (!re) {
    re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, caseInsensitive ? 'i' : '');
    if (wildcardCache.size >= WILDCARD_CACHE_LIMIT) wildcardCache.clear();
    wildcardCache.set(key, re);
  }
  return re.test(value);
}

/** True when the statement's Action (or the complement of its NotAction) includes `action`. */
export function statementCoversAction(s: PolicyStatement, action: string): boolean {
  if (s.Action !== undefined) return asArray(s.Action).some((a) => wildcardMatch(a, action));
  if (s.NotAction !== undefined) return !asArray(s.NotAction).some((a) => wildcardMatch(a, action));
  return false;
}

/** True when the statement's Resource (or the complement of its NotResource) includes `arn`. ARNs match case-sensitively. */
export function statementCoversResource(s: PolicyStatement, arn: string): boolean {
  if (s.Resource !== undefined) return asArray(s.Resource).some((r) => wildcardMatch(r, arn, false));
  if (s.NotResource !== undefined) return !asArray(s.NotResource).some((r) => wildcardMatch(r, arn, false));
  return false;
}

/** True when the principal is everyone: "*" or {"AWS": "*"} (alone or in a list). */
export function isEveryone(principal: unknown): boolean {
  if (principal === '*') return true;
  if (principal && typeof principal === 'object') {
    const aws = (principal as Record<string, unknown>).AWS;
    return asArray(aws as string | string[] | undefined).includes('*');
  }
  return false;
}

/**
 * The values a condition tests for a key, across the given operators (e.g. Bool / BoolIfExists on
 * aws:SecureTransport). Condition keys are case-insensitive; values are returned as strings.
 */
export function conditionValues(s: PolicyStatement, operators: string[], key: string): string[] {
  const out: string[] = [];
  for (const [op, body] of Object.entries(s.Condition ?? {})) {
    if (!operators.includes(op) || !body || typeof body !== 'object') continue;
    for (const [k, v] of Object.entries(body)) {
      if (k.toLowerCase() === key.toLowerCase()) out.push(...asArray(v as unknown).map((x) => String(x)));
    }
  }
  return out;
}
