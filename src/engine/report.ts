/** The report every reporter renders: what ran, against what, and every finding. */
import { SEVERITIES, STATUSES, atLeast, type CheckMeta, type Finding, type Severity, type Status } from '../model.js';
import type { BaselineInfo } from './baseline.js';
import type { SuppressionState } from './suppress.js';

export const REPORT_SCHEMA_VERSION = 1;

export interface ReportSource {
  kind: 'live' | 'snapshot';
  /** Snapshot file name, for snapshot audits. */
  file?: string;
  /** When the data was read: now for live audits, the recording time for snapshots. */
  collectedAt: string;
}

export interface Summary {
  byStatus: Record<Status, number>;
  /** Failing findings (fail) per severity. */
  failBySeverity: Record<Severity, number>;
  /** Unreadable findings (error) per severity. */
  errorBySeverity: Record<Severity, number>;
  /** Findings an active suppression applies to (they keep their status, counted above, but do not gate). */
  suppressed: number;
}

export interface Report {
  schemaVersion: number;
  tool: { name: 'smsec'; version: string };
  source: ReportSource;
  account: { id: string; partition: string };
  regions: string[];
  checks: CheckMeta[];
  findings: Finding[];
  /** Each configured suppression for a check that ran, with its state (audits always set it). */
  suppressions?: SuppressionState[];
  /** The baseline report compared against (--baseline). */
  baseline?: BaselineInfo;
  /** The job-history window and what it left out (audits always set it). */
  collection?: CollectionScope;
  summary: Summary;
}

/** What the collection covered: finished jobs older than `since` are history and were not listed. */
export interface CollectionScope {
  /** Start of the job-history window (ISO), or null when every job was listed. */
  since: string | null;
  /** Per list operation and region: finished jobs created before `since` that were left out. */
  omitted: { key: string; region: string; count: number; atLeast: boolean }[];
}

export function summarize(findings: Finding[]): Summary {
  const zeroStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  const zeroSev = (): Record<Severity, number> => Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  const summary: Summary = { byStatus: zeroStatus, failBySeverity: zeroSev(), errorBySeverity: zeroSev(), suppressed: 0 };
  for (const f of findings) {
    summary.byStatus[f.status]++;
    if (f.suppression) summary.suppressed++;
    if (f.status === 'fail') summary.failBySeverity[f.severity]++;
    if (f.status === 'error') summary.errorBySeverity[f.severity]++;
  }
  return summary;
}

export interface GateOptions {
  /** Findings at or above this severity gate; "none" never gates. */
  failOn: Severity | 'none';
  /** Whether unreadable (error) findings gate like failing ones. Unknown is not safe, so the default is yes. */
  failOnError: boolean;
}

/** The findings that make the audit fail. Suppressed findings and, with a baseline, unchanged ones never gate. */
export function gatingFindings(findings: Finding[], gate: GateOptions): Finding[] {
  if (gate.failOn === 'none') return [];
  const threshold = gate.failOn;
  return findings.filter(
    (f) =>
      (f.status === 'fail' || (gate.failOnError && f.status === 'error')) &&
      atLeast(f.severity, threshold) &&
      f.suppression === undefined &&
      f.baseline !== 'unchanged',
  );
}

/** Exit code 0 = nothing gates, 1 = at least one gating finding. (2, usage errors, is set by the CLI.) */
export function exitCodeFor(findings: Finding[], gate: GateOptions): 0 | 1 {
  return gatingFindings(findings, gate).length > 0 ? 1 : 0;
}
