/**
 * Who a resource-based policy lets in from outside the account: everyone (a wildcard principal without a condition
 * that pins the caller's account or organization), or named principals of other accounts. Only Allow statements
 * grant access; Deny statements are not credited as fences (a conservative reading: it can only over-report).
 */
import type { PolicyDocument, PolicyStatement } from '../inventory/types.js';
import { asArray, statements } from './policy.js';

/** Condition keys that, tested positively, restrict who the caller is or acts for (IAM global condition keys). */
const ACCOUNT_KEYS = ['aws:principalaccount', 'aws:sourceaccount', 'aws:sourceowner'];
const ARN_KEYS = ['aws:principalarn', 'aws:sourcearn'];
const ORG_KEYS = ['aws:principalorgid', 'aws:principalorgpaths', 'aws:sourceorgid', 'aws:sourceorgpaths'];
/** Operators that require the key to be present and to match (…IfExists and negated operators do not restrict). */
const POSITIVE_OPERATORS = new Set(
  ['StringEquals', 'StringEqualsIgnoreCase', 'StringLike', 'ArnEquals', 'ArnLike', 'ForAnyValue:StringEquals', 'ForAnyValue:StringLike', 'ForAnyValue:StringEqualsIgnoreCase'].map((o) => o.toLowerCase()),
);

export interface PolicyGrantees {
  /** Labels of statements that allow anyone (with the reason). */
  publicStatements: string[];
  /** Account ids (or unresolvable principal ids) outside the audited account that are allowed in. */
  externalAccounts: string[];
  /** Labels of statements that grant to other accounts. */
  externalStatements: string[];
  /** Labels of statements open to a whole AWS Organizations organization or path. */
  organizationStatements: string[];
}

const isWild = (v: string) => /[*?]/.test(v);

/** The account of an AWS principal ("123456789012", "arn:aws:iam::123456789012:role/x"), "*" for wildcards, undefined when not account-shaped. */
function accountOf(principal: string): string | undefined {
  if (principal === '*') return '*';
  if (/^\d{12}$/.test(principal)) return principal;
  const parts = principal.split(':');
  if (parts[0] === 'arn' && parts.length >= 6) {
    const acct = parts[4] ?? '';
    if (acct === '' || isWild(acct)) return '*';
    return acct;
  }
  return undefined;
}

/** Values a statement's positive conditions require for any of `keys` (lower-case keys). */
function positiveValues(s: PolicyStatement, keys: string[]): string[] | undefined {
  let found: string[] | undefined;
  for (const [op, body] of Object.entries(s.Condition ?? {})) {
    if (!POSITIVE_OPERATORS.has(op.toLowerCase()) || !body || typeof body !== 'object') continue;
    for (const [k, v] of Object.entries(body)) {
      if (!keys.includes(k.toLowerCase())) continue;
      const values = asArray(v as unknown).map((x) => String(x));
      // A condition whose every value is a bare wildcard matches everyone: it restricts nothing.
      if (values.length > 0 && !values.every((x) => /^[*?]+$/.test(x))) found = [...(found ?? []), ...values];
    }
  }
  return found;
}

function label(s: PolicyStatement, i: number): string {
  return typeof s.Sid === 'string' && s.Sid !== '' ? s.Sid : `statement #${i + 1}`;
}

/** Analyses the Allow statements of a resource policy for grants outside `accountId`. */
export function policyGrantees(doc: PolicyDocument | null | undefined, accountId: string): PolicyGrantees {
  const out: PolicyGrantees = { publicStatements: [], externalAccounts: [], externalStatements: [], organizationStatements: [] };
  const external = new Set<string>();
  statements(doc).forEach((s, i) => {
    if (s.Effect !== 'Allow') return;
    const name = label(s, i);
    const accounts = new Set<string>();
    // Why the statement applies to everyone, when it does.
    let everyone: string | undefined;
    if (s.NotPrincipal !== undefined) everyone = 'Allow with NotPrincipal'; // grants to everyone not listed
    const p = s.Principal;
    if (p === '*') everyone = 'principal "*"';
    else if (p && typeof p === 'object') {
      for (const v of asArray((p as Record<string, unknown>).AWS as string | string[] | undefined)) {
        const acct = accountOf(String(v));
        if (acct === '*') everyone ??= String(v) === '*' ? 'principal {"AWS": "*"}' : `principal ${String(v)} (a wildcard account)`;
        else accounts.add(acct ?? String(v)); // an unrecognised id (e.g. the unique id of a deleted role) is not this account
      }
      // Service, Federated and CanonicalUser principals are not accounts; a service acts on behalf of a caller that IAM checks.
    }
    const pinnedAccounts = positiveValues(s, ACCOUNT_KEYS);
    const pinnedArns = positiveValues(s, ARN_KEYS);
    const pinnedOrg = positiveValues(s, ORG_KEYS);
    if (everyone) {
      if (pinnedAccounts || pinnedArns) {
        for (const v of pinnedAccounts ?? []) accounts.add(isWild(v) ? '*' : v);
        for (const v of pinnedArns ?? []) accounts.add(accountOf(v) ?? v);
      } else if (pinnedOrg) {
        out.organizationStatements.push(`${name} (${pinnedOrg.join(', ')})`);
        return;
      } else {
        out.publicStatements.push(`${name}: ${everyone} without a condition on the caller's account or organization`);
        return;
      }
    }
    if (accounts.has('*')) {
      out.publicStatements.push(`${name}: a wildcard account in the principal or its conditions`);
      accounts.delete('*');
    }
    const others = [...accounts].filter((a) => a !== accountId);
    if (others.length > 0) {
      out.externalStatements.push(name);
      for (const a of others) external.add(a);
    }
  });
  out.externalAccounts = [...external].sort();
  return out;
}
