/** `smsec diff OLD NEW`: the failing findings that appeared, went away or stayed between two JSON reports. */
import { diffFindings } from '../engine/baseline.js';
import { UsageError } from '../errors.js';
import { renderDiffJson, renderDiffText, type DiffInput } from '../reporters/diff.js';
import { loadReportFile } from './report-file.js';

export interface DiffOptions {
  format: string;
  failOnNew?: boolean;
}

/** Returns the exit code: 1 with --fail-on-new when a new failing finding is not suppressed, else 0. */
export function diffCommand(oldFile: string, newFile: string, opts: DiffOptions, write: (text: string) => void = (t) => void process.stdout.write(t)): number {
  if (opts.format !== 'text' && opts.format !== 'json') throw new UsageError(`--format: "${opts.format}" is not one of text, json`);
  const oldReport = loadReportFile(oldFile, 'report');
  const newReport = loadReportFile(newFile, 'report');
  if (oldReport.account.id !== newReport.account.id) {
    throw new UsageError(`${oldFile} is a report of account ${oldReport.account.id} and ${newFile} of account ${newReport.account.id}: nothing to compare`);
  }
  const input: DiffInput = {
    account: newReport.account.id,
    old: { file: oldFile, collectedAt: oldReport.source.collectedAt },
    new: { file: newFile, collectedAt: newReport.source.collectedAt },
    diff: diffFindings(oldReport.findings, newReport.findings, newReport.checks.map((c) => c.id)),
  };
  write(opts.format === 'json' ? renderDiffJson(input) : renderDiffText(input));
  return opts.failOnNew && input.diff.new.some((f) => !f.suppression) ? 1 : 0;
}
