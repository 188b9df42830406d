/**
 * Suppressions: accepted risks from the config file, applied after evaluation. A suppressed finding keeps its
 * status (it still fails) and carries `suppression: { reason, expires }`; it does not gate. Only `fail` and `error`
 * findings can be suppressed: a suppression that matches no such finding is stale (the resource was fixed, removed,
 * or the pattern is wrong). A suppression past its expiry date no longer applies.
 */
import type { Finding } from '../model.js';
import { globToRegExp } from './select.js';

/** One `suppressions[]` entry of the config file. */
export interface SuppressionRule {
  /** Check id or glob. */
  check: string;
  /** ARN globs; absent = every resource. */
  resources?: string[];
  /** Tags the resource must have (all of them, exact values); only resources whose tags were collected can match. */
  tags?: Record<string, string>;
  reason: string;
  /** Last day the suppression applies, YYYY-MM-DD. */
  expires: string;
}

export type SuppressionStateName = 'active' | 'expired' | 'stale';

/** A suppression as reported: the rule, whether it applied, and how many fail/error findings it matched. */
export interface SuppressionState {
  check: string;
  resources: string[];
  tags?: Record<string, string>;
  reason: string;
  expires: string;
  /** active: applied; expired: past `expires`, not applied; stale: in date but matched nothing. */
  state: SuppressionStateName;
  /** The fail/error findings it matches (for an expired one: would match). */
  matched: number;
}

export interface SuppressOptions {
  /** Today's date, YYYY-MM-DD (UTC by default in the CLI). A suppression applies up to and including `expires`. */
  today: string;
  /** Ids of the checks that ran: rules for checks that did not run are left out (they could not match anything). */
  checkIds?: readonly string[];
}

/** Today's date in UTC, YYYY-MM-DD. */
export function utcToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

interface CompiledRule {
  rule: SuppressionRule;
  check: RegExp;
  resources: RegExp[] | undefined;
}

function compile(rule: SuppressionRule): CompiledRule {
  return { rule, check: globToRegExp(rule.check), resources: rule.resources?.map(globToRegExp) };
}

function matches(c: CompiledRule, f: Finding): boolean {
  if (f.status !== 'fail' && f.status !== 'error') return false;
  if (!c.check.test(f.checkId)) return false;
  if (c.resources && !c.resources.some((re) => re.test(f.resource.arn))) return false;
  const wanted = c.rule.tags;
  if (wanted) {
    const tags = f.resource.tags;
    if (!tags) return false;
    for (const [k, v] of Object.entries(wanted)) if (!Object.hasOwn(tags, k) || tags[k] !== v) return false;
  }
  return true;
}

/**
 * Applies the rules to the findings. Returns new finding objects (input untouched): each fail/error finding that an
 * in-date rule matches gets the first such rule's reason and expiry. Every rule for a check that ran is reported
 * with its state and match count, in config order.
 */
export function applySuppressions(
  findings: Finding[],
  rules: readonly SuppressionRule[],
  options: SuppressOptions,
): { findings: Finding[]; suppressions: SuppressionState[] } {
  const relevant = rules
    .map(compile)
    .filter((c) => options.checkIds === undefined || options.checkIds.some((id) => c.check.test(id)));
  const counts = relevant.map(() => 0);
  const out = findings.map((f) => {
    let applied: SuppressionRule | undefined;
    relevant.forEach((c, i) => {
      if (!matches(c, f)) return;
      counts[i]!++;
      if (!applied && c.rule.expires >= options.today) applied = c.rule;
    });
    return applied ? { ...f, suppression: { reason: applied.reason, expires: applied.expires } } : f;
  });
  const suppressions = relevant.map((c, i): SuppressionState => {
    const matched = counts[i]!;
    const state = c.rule.expires < options.today ? 'expired' : matched === 0 ? 'stale' : 'active';
    return {
      check: c.rule.check,
      resources: c.rule.resources ? [...c.rule.resources] : ['*'],
      ...(c.rule.tags ? { tags: { ...c.rule.tags } } : {}),
      reason: c.rule.reason,
      expires: c.rule.expires,
      state,
      matched,
    };
  });
  return { findings: out, suppressions };
}
