/** `smsec audit`: select checks, read the account (live or snapshot), evaluate, suppress, compare, report, gate. */
import type { AnyCheck } from '../check-api/check.js';
import { runAudit } from '../engine/audit.js';
import { exitCodeFor } from '../engine/report.js';
import { UsageError } from '../errors.js';
import { isSeverity, type Severity } from '../model.js';
import { checkBaselineAccount, resolveAuditSettings } from './audit-settings.js';
import { emitReports } from './emit.js';
import { REPORT_FORMATS, type ReportFormat } from './outputs.js';
import { Progress } from './progress.js';
import { DEFAULT_SINCE, parseSince } from './since.js';
import { liveOptions, liveSource, snapshotSource, type LiveFlags, type Source } from './source.js';

export const FORMATS = REPORT_FORMATS;
export type Format = ReportFormat;

export interface AuditOptions extends LiveFlags {
  snapshot?: string;
  regions?: string;
  profile?: string;
  checks?: string;
  skipChecks?: string;
  minSeverity?: string;
  format: string;
  /** Repeatable: FORMAT=FILE, or FILE for the --format report. */
  output?: string | string[];
  /** Default: the config's failOn, else info. */
  failOn?: string;
  failOnError: boolean;
  verbose?: boolean;
  /** --config FILE, or false for --no-config. */
  config?: string | false;
  baseline?: string;
  sarifIncludeSuppressed?: boolean;
}

export function parseSeverity(flag: string, value: string | undefined): Severity | undefined {
  if (value === undefined) return undefined;
  if (!isSeverity(value)) throw new UsageError(`${flag}: "${value}" is not a severity (critical, high, medium, low, info)`);
  return value;
}

/** Colour only for a terminal, never with NO_COLOR (https://no-color.org), always with FORCE_COLOR. */
export function useColor(toFile: boolean): boolean {
  if (toFile) return false;
  if (process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0') return true;
  return Boolean(process.stdout.isTTY);
}

export async function auditCommand(catalogue: AnyCheck[], opts: AuditOptions): Promise<number> {
  // Validate everything the user gave (flags, config file, baseline, output folders) before touching AWS.
  const settings = resolveAuditSettings(catalogue, opts);
  const { checks, regions } = settings;
  if (opts.snapshot) {
    for (const [flag, value] of [['--profile', opts.profile], ['--role-arn', opts.roleArn], ['--since', opts.since], ['--max-concurrency', opts.maxConcurrency]] as const) {
      if (value !== undefined) throw new UsageError(`${flag} applies to a live account; it cannot be combined with --snapshot (a snapshot replays what was recorded)`);
    }
  }
  const since = opts.snapshot ? undefined : parseSince(opts.since ?? DEFAULT_SINCE);

  const progress = new Progress(!opts.snapshot && Progress.wanted(opts.quiet));
  const source: Source = opts.snapshot
    ? await snapshotSource(opts.snapshot, regions)
    : await liveSource(liveOptions(opts, regions, progress));
  let report;
  try {
    checkBaselineAccount(settings.baseline, source.account.accountId);
    report = await runAudit({
      checks,
      access: source.access,
      account: source.account,
      source: source.source,
      suppressions: settings.suppressions,
      today: settings.today,
      ...(settings.baseline ? { baseline: settings.baseline } : {}),
      ...((since ?? source.since) ? { since: since ?? source.since } : {}),
    });
  } finally {
    progress.done();
    source.close();
  }

  emitReports(report, settings.outputs, {
    verbose: Boolean(opts.verbose),
    sarifIncludeSuppressed: Boolean(opts.sarifIncludeSuppressed),
    color: useColor(false),
    ...(process.stdout.isTTY && process.stdout.columns ? { width: Math.max(80, process.stdout.columns) } : {}),
    ...(process.env.GITHUB_STEP_SUMMARY ? { stepSummary: process.env.GITHUB_STEP_SUMMARY } : {}),
  });
  return exitCodeFor(report.findings, { failOn: settings.failOn, failOnError: opts.failOnError });
}
