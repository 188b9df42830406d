/** `smsec audit`: select checks, read the account (live or snapshot), evaluate, report, gate. */
import { writeFileSync } from 'node:fs';
import type { AnyCheck } from '../check-api/check.js';
import { runAudit } from '../engine/audit.js';
import { exitCodeFor } from '../engine/report.js';
import { selectChecks, splitList } from '../engine/select.js';
import { UsageError } from '../errors.js';
import { isSeverity, type Severity } from '../model.js';
import { renderJson } from '../reporters/json.js';
import { renderSarif } from '../reporters/sarif.js';
import { renderText } from '../reporters/text.js';
import { liveSource, parseRegions, snapshotSource, type Source } from './source.js';

export const FORMATS = ['text', 'json', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

export interface AuditOptions {
  snapshot?: string;
  regions?: string;
  profile?: string;
  checks?: string;
  skipChecks?: string;
  minSeverity?: string;
  format: string;
  output?: string;
  failOn: string;
  failOnError: boolean;
  verbose?: boolean;
}

export function parseSeverity(flag: string, value: string | undefined): Severity | undefined {
  if (value === undefined) return undefined;
  if (!isSeverity(value)) throw new UsageError(`${flag}: "${value}" is not a severity (critical, high, medium, low, info)`);
  return value;
}

function parseFormat(value: string): Format {
  if (!(FORMATS as readonly string[]).includes(value)) throw new UsageError(`--format: "${value}" is not one of ${FORMATS.join(', ')}`);
  return value as Format;
}

/** Colour only for a terminal, never with NO_COLOR (https://no-color.org), always with FORCE_COLOR. */
export function useColor(toFile: boolean): boolean {
  if (toFile) return false;
  if (process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0') return true;
  return Boolean(process.stdout.isTTY);
}

export async function auditCommand(catalogue: AnyCheck[], opts: AuditOptions): Promise<number> {
  // Validate everything the user gave before touching AWS.
  const format = parseFormat(opts.format);
  const failOn = opts.failOn === 'none' ? 'none' : parseSeverity('--fail-on', opts.failOn)!;
  const checks = selectChecks(catalogue, {
    checks: splitList(opts.checks),
    skipChecks: splitList(opts.skipChecks),
    minSeverity: parseSeverity('--min-severity', opts.minSeverity),
  });
  if (checks.length === 0) throw new UsageError('no checks selected');
  const regions = parseRegions(splitList(opts.regions));
  if (opts.snapshot && opts.profile) throw new UsageError('--profile reads a live account; it cannot be combined with --snapshot');

  const source: Source = opts.snapshot ? snapshotSource(opts.snapshot, regions) : await liveSource({ profile: opts.profile, regions });
  let report;
  try {
    report = await runAudit({ checks, access: source.access, account: source.account, source: source.source });
  } finally {
    source.close();
  }

  const rendered =
    format === 'json'
      ? renderJson(report)
      : format === 'sarif'
        ? renderSarif(report)
        : renderText(report, {
            color: useColor(Boolean(opts.output)),
            verbose: Boolean(opts.verbose),
            ...(!opts.output && process.stdout.isTTY && process.stdout.columns ? { width: Math.max(80, process.stdout.columns) } : {}),
          });
  if (opts.output) {
    try {
      writeFileSync(opts.output, rendered.endsWith('\n') ? rendered : `${rendered}\n`);
    } catch (err) {
      throw new UsageError(`cannot write ${opts.output}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
  } else {
    process.stdout.write(rendered.endsWith('\n') ? rendered : `${rendered}\n`);
  }
  return exitCodeFor(report.findings, { failOn, failOnError: opts.failOnError });
}
