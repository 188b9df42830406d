/**
 * What an audit runs with: the config file (smsec.config.json or --config) merged with the flags — a flag, when
 * given, wins over the config value — plus the baseline report and the output plan. Everything here is validated
 * before the account is read, so bad input fails fast with one line (exit 2).
 */
import type { AnyCheck } from '../check-api/check.js';
import { loadConfig, type LoadedConfig } from '../config/config.js';
import type { Report } from '../engine/report.js';
import { applySeverityOverrides } from '../engine/overrides.js';
import { selectChecks, splitList } from '../engine/select.js';
import { utcToday, type SuppressionRule } from '../engine/suppress.js';
import { UsageError } from '../errors.js';
import { isSeverity, type Severity } from '../model.js';
import { checkOutputFolders, isReportFormat, planOutputs, REPORT_FORMATS, type OutputPlan } from './outputs.js';
import { loadReportFile } from './report-file.js';
import { parseRegions } from './source.js';

/** The audit flags this module reads (commander's option names). */
export interface SettingsOptions {
  config?: string | false;
  checks?: string;
  skipChecks?: string;
  minSeverity?: string;
  regions?: string;
  failOn?: string;
  baseline?: string;
  format: string;
  output?: string | string[];
}

export interface AuditSettings {
  config?: LoadedConfig;
  /** The selected checks, with severity overrides applied. */
  checks: AnyCheck[];
  failOn: Severity | 'none';
  /** Regions from --regions or the config (empty: the default). */
  regions: string[];
  suppressions: SuppressionRule[];
  today: string;
  baseline?: { report: Report; file: string };
  outputs: OutputPlan;
}

export const DEFAULT_FAIL_ON: Severity = 'info';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** YYYY-MM-DD that is a real calendar date. */
export function isDate(value: string): boolean {
  if (!DATE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

/** Today for suppression expiry: SMSEC_TODAY (YYYY-MM-DD) when set, to preview or reproduce a run; else UTC today. */
export function todayFrom(env: NodeJS.ProcessEnv, now: Date = new Date()): string {
  const v = env.SMSEC_TODAY;
  if (v === undefined || v === '') return utcToday(now);
  if (!isDate(v)) throw new UsageError(`SMSEC_TODAY: "${v}" is not a date YYYY-MM-DD`);
  return v;
}

function parseSeverityFlag(flag: string, value: string): Severity {
  if (!isSeverity(value)) throw new UsageError(`${flag}: "${value}" is not a severity (critical, high, medium, low, info)`);
  return value;
}

/** Resolves flags and config into settings; reads the config and baseline files, never the account. */
export function resolveAuditSettings(
  catalogue: AnyCheck[],
  opts: SettingsOptions,
  env: NodeJS.ProcessEnv = process.env,
  cwd: string = process.cwd(),
): AuditSettings {
  if (!isReportFormat(opts.format)) throw new UsageError(`--format: "${opts.format}" is not one of ${REPORT_FORMATS.join(', ')}`);
  const outputs = planOutputs(opts.output === undefined ? [] : Array.isArray(opts.output) ? opts.output : [opts.output], opts.format);
  checkOutputFolders(outputs);

  const loaded = loadConfig(opts.config, cwd, catalogue.map((c) => c.meta.id));
  const config = loaded?.config ?? {};

  const failOnValue = opts.failOn ?? config.failOn ?? DEFAULT_FAIL_ON;
  const failOn = failOnValue === 'none' ? 'none' : parseSeverityFlag('--fail-on', failOnValue);

  const effective = applySeverityOverrides(catalogue, config.severityOverrides);
  const checks = selectChecks(effective, {
    checks: opts.checks !== undefined ? splitList(opts.checks) : config.checks,
    skipChecks: opts.skipChecks !== undefined ? splitList(opts.skipChecks) : config.skipChecks,
    minSeverity: opts.minSeverity === undefined ? undefined : parseSeverityFlag('--min-severity', opts.minSeverity),
  });
  if (checks.length === 0) throw new UsageError('no checks selected');

  const regions = parseRegions(opts.regions !== undefined ? splitList(opts.regions) : (config.regions ?? []));
  const today = todayFrom(env);
  const baseline = opts.baseline === undefined ? undefined : { report: loadReportFile(opts.baseline, 'baseline'), file: opts.baseline };

  return {
    ...(loaded ? { config: loaded } : {}),
    checks,
    failOn,
    regions,
    suppressions: config.suppressions ?? [],
    today,
    ...(baseline ? { baseline } : {}),
    outputs,
  };
}

/** A baseline from another account would mark every finding new: refuse it. */
export function checkBaselineAccount(baseline: AuditSettings['baseline'], accountId: string): void {
  if (baseline && baseline.report.account.id !== accountId) {
    throw new UsageError(`baseline ${baseline.file}: it is a report of account ${baseline.report.account.id}, not of the audited account ${accountId}`);
  }
}
