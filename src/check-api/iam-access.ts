/**
 * A deliberately conservative reading of what identity policies allow, for privilege-escalation checks.
 * Allows are read in the worst case: conditions are ignored (a conditional Allow counts as granted), except
 * iam:PassedToService on iam:PassRole, which is honoured. Denies count only when they certainly apply
 * (no condition). Permissions boundaries are applied when their document is readable. Not modelled:
 * service control policies, resource control policies, session policies and resource-based policies.
 */
import type { PolicyStatement } from '../inventory/types.js';
import type { SourcedStatement } from './iam.js';
import { asArray, conditionValues, statementCoversAction, statementCoversResource, wildcardMatch } from './policy.js';

/** True when wildcard pattern `p` matches every string that pattern `q` matches (q's wildcards read literally). */
export function patternSubsumes(p: string, q: string, caseInsensitive: boolean): boolean {
  const body = p.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '[^*]');
  return new RegExp(`^${body}$`, caseInsensitive ? 'i' : '').test(q);
}

/** True when two action patterns may name a common action (generous: compares the literal text before the first wildcard). */
export function actionsMayOverlap(a: string, b: string): boolean {
  const head = (x: string) => x.toLowerCase().split(/[*?]/)[0]!;
  const [ha, hb] = [head(a), head(b)];
  if (!/[*?]/.test(a) && !/[*?]/.test(b)) return ha === hb;
  return ha.startsWith(hb) || hb.startsWith(ha);
}

const hasCondition = (s: PolicyStatement): boolean => Object.keys(s.Condition ?? {}).length > 0;

/** Whether an iam:PassRole statement's iam:PassedToService conditions (if any) admit the service. */
export function admitsPassedToService(s: PolicyStatement, service: string): boolean {
  for (const [op, body] of Object.entries(s.Condition ?? {})) {
    if (!body || typeof body !== 'object') continue;
    for (const key of Object.keys(body)) {
      if (key.toLowerCase() !== 'iam:passedtoservice') continue;
      const values = conditionValues(s, [op], key);
      const match = values.some((v) => wildcardMatch(v, service));
      if (/Not/.test(op) ? match : !match) return false;
    }
  }
  return true;
}

/** The only conditions on the statement are iam:PassedToService ones. */
const onlyPassedToService = (s: PolicyStatement): boolean =>
  Object.values(s.Condition ?? {}).every((body) => body && typeof body === 'object' && Object.keys(body).every((k) => k.toLowerCase() === 'iam:passedtoservice'));

export interface Target {
  action: string;
  /** The resource ARN; undefined = a resource of the principal's choosing (any statement Resource will do). */
  resource?: string;
  /** For a resource of the principal's choosing: a Deny blocks it only when its Resource subsumes this ARN pattern (default "*"). */
  scopePattern?: string;
  /** For iam:PassRole: the service the role is passed to. */
  passedTo?: string;
}

function allowMatches(s: PolicyStatement, t: Target): boolean {
  if (s.Effect !== 'Allow' || !statementCoversAction(s, t.action)) return false;
  if (t.resource !== undefined ? !statementCoversResource(s, t.resource) : s.Resource === undefined && s.NotResource === undefined) return false;
  return t.passedTo === undefined || admitsPassedToService(s, t.passedTo);
}

function denyApplies(s: PolicyStatement, t: Target): boolean {
  if (s.Effect !== 'Deny' || !statementCoversAction(s, t.action)) return false;
  if (hasCondition(s) && !(t.passedTo !== undefined && onlyPassedToService(s) && admitsPassedToService(s, t.passedTo))) return false;
  if (t.resource !== undefined) return statementCoversResource(s, t.resource);
  return s.Resource !== undefined && asArray(s.Resource).some((r) => patternSubsumes(r, t.scopePattern ?? '*', false));
}

/** Who grants the target (sources of the Allow statements), or why not; Deny wins; a readable boundary must allow it too. */
export function grants(list: SourcedStatement[], t: Target, boundary?: PolicyStatement[] | null): { allowed: boolean; via: string[]; deniedBy: string[] } {
  const via = [...new Set(list.filter((s) => allowMatches(s.statement, t)).map((s) => s.source))];
  const deniedBy = [...new Set(list.filter((s) => denyApplies(s.statement, t)).map((s) => s.source))];
  const boundaryAllows = !boundary || (boundary.some((s) => allowMatches(s, t)) && !boundary.some((s) => denyApplies(s, t)));
  return { allowed: via.length > 0 && deniedBy.length === 0 && boundaryAllows, via, deniedBy };
}

/**
 * The (action on resource) pairs that `granted` allows and `holder` does not: a pair is held when an Allow of the
 * holder subsumes both its action and its resource pattern and no unconditional Deny of the holder may touch the action.
 * A NotAction Allow of the granted set is broader than anything but an administrator's, and is reported as such.
 */
export function permissionsLacking(granted: PolicyStatement[], holder: PolicyStatement[]): string[] {
  const allows = holder.filter((s) => s.Effect === 'Allow');
  const denies = holder.filter((s) => s.Effect === 'Deny' && !hasCondition(s));
  const holdsAction = (s: PolicyStatement, a: string): boolean =>
    s.Action !== undefined
      ? asArray(s.Action).some((p) => patternSubsumes(p, a, true))
      : s.NotAction !== undefined && !asArray(s.NotAction).some((n) => actionsMayOverlap(n, a));
  const holdsResource = (s: PolicyStatement, r: string): boolean => s.Resource !== undefined && asArray(s.Resource).some((p) => patternSubsumes(p, r, false));
  const deniedAction = (a: string): boolean =>
    denies.some((d) => (d.Action !== undefined ? asArray(d.Action).some((p) => actionsMayOverlap(p, a)) : true));
  const lacking: string[] = [];
  for (const g of granted) {
    if (g.Effect !== 'Allow') continue;
    const resources = g.Resource !== undefined ? asArray(g.Resource) : ['*'];
    if (g.Action === undefined) {
      const adminHolder = allows.some((s) => s.Action !== undefined && asArray(s.Action).some((a) => a === '*') && holdsResource(s, '*'));
      if (!adminHolder || denies.length > 0) lacking.push(`every action except ${asArray(g.NotAction).join(', ')} on ${resources.join(', ')}`);
      continue;
    }
    for (const a of asArray(g.Action)) {
      for (const r of resources) {
        if (deniedAction(a) || !allows.some((s) => holdsAction(s, a) && holdsResource(s, r))) lacking.push(`${a} on ${r}`);
      }
    }
  }
  return [...new Set(lacking)];
}
