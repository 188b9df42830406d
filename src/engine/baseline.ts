/**
 * Comparing findings with an earlier report: by (check id, resource ARN) only — never by message text, which may be
 * reworded in any release. A "problem" is a fail or error finding. Used by `audit --baseline` (gate only on new
 * problems) and by `smsec diff`.
 */
import type { Finding } from '../model.js';
import type { Report } from './report.js';

/** The baseline an audit was compared with, as reported. */
export interface BaselineInfo {
  /** The baseline file as given. */
  file: string;
  /** When the baseline's data was read (its source.collectedAt). */
  collectedAt: string;
  /** Problems (fail/error) not in the baseline: the only ones that gate. */
  new: number;
  /** Problems the baseline already had. */
  unchanged: number;
  /** Baseline problems of checks that ran this time that are no longer problems. */
  fixed: number;
}

export function isProblem(f: Finding): boolean {
  return f.status === 'fail' || f.status === 'error';
}

/** The identity of a finding across reports. */
export function findingKey(f: Pick<Finding, 'checkId' | 'resource'>): string {
  return `${f.checkId}\u0000${f.resource.arn}`;
}

export interface FindingDiff {
  /** Problems in the new report that the old one did not have (new report's findings). */
  new: Finding[];
  /** Problems of the old report that are gone, for checks the new report ran (old report's findings). */
  fixed: Finding[];
  /** Problems in both (new report's findings). */
  unchanged: Finding[];
}

/** New, fixed and unchanged problems between two reports' findings. Order follows each input. */
export function diffFindings(oldFindings: Finding[], newFindings: Finding[], newCheckIds: readonly string[]): FindingDiff {
  const oldKeys = new Set(oldFindings.filter(isProblem).map(findingKey));
  const newProblems = newFindings.filter(isProblem);
  const newKeys = new Set(newProblems.map(findingKey));
  const ran = new Set(newCheckIds);
  const seenFixed = new Set<string>();
  const fixed = oldFindings.filter((f) => {
    const key = findingKey(f);
    if (!isProblem(f) || !ran.has(f.checkId) || newKeys.has(key) || seenFixed.has(key)) return false;
    seenFixed.add(key);
    return true;
  });
  return {
    new: newProblems.filter((f) => !oldKeys.has(findingKey(f))),
    fixed,
    unchanged: newProblems.filter((f) => oldKeys.has(findingKey(f))),
  };
}

/** Marks each fail/error finding `new` or `unchanged` against the baseline report (input untouched). */
export function applyBaseline(findings: Finding[], baseline: Report, file: string, checkIds: readonly string[]): { findings: Finding[]; info: BaselineInfo } {
  const diff = diffFindings(baseline.findings, findings, checkIds);
  const unchanged = new Set(diff.unchanged);
  const marked = findings.map((f): Finding => (isProblem(f) ? { ...f, baseline: unchanged.has(f) ? 'unchanged' : 'new' } : f));
  return {
    findings: marked,
    info: { file, collectedAt: baseline.source.collectedAt, new: diff.new.length, unchanged: diff.unchanged.length, fixed: diff.fixed.length },
  };
}
