/**
 * A Markdown summary for pull-request comments and GitHub job summaries: counts per severity and status, the
 * failing and unreadable findings, and suppression and baseline notes. Every value from the account goes through
 * {@link markdownCell}: one line, no HTML, no table-breaking pipes or code-opening backticks.
 */
import { SEVERITIES, type Finding, type Severity } from '../model.js';
import type { Report } from '../engine/report.js';
import { markdownCell } from './sanitize.js';

export interface MarkdownOptions {
  /** At most this many rows in the findings table (the rest are counted); default: all. */
  maxRows?: number;
}

const STATUS_LABEL = { fail: 'FAIL', error: 'ERROR', pass: 'PASS', not_applicable: 'N/A' } as const;

/** A cell from trusted-shaped but still report-borne text (ids, regions, dates): escaped all the same. */
const cell = (v: string, max?: number): string => markdownCell(v, max);

function countRow(label: string, findings: Finding[]): string {
  const n = (pred: (f: Finding) => boolean): number => findings.filter(pred).length;
  return `| ${label} | ${n((f) => f.status === 'fail')} | ${n((f) => f.status === 'error')} | ${n((f) => f.status === 'pass')} | ${n((f) => f.status === 'not_applicable')} | ${n((f) => f.suppression !== undefined)} |`;
}

function sourceLine(report: Report): string {
  const s = report.source;
  const where = s.kind === 'snapshot' ? `snapshot ${cell(s.file ?? '(unnamed)')}, recorded ${cell(s.collectedAt)}` : `live, collected ${cell(s.collectedAt)}`;
  const regions = report.regions.length > 0 ? report.regions.map((r) => cell(r)).join(', ') : '(none)';
  return `Account ${cell(report.account.id)} (${cell(report.account.partition)}) · regions ${regions} · ${where} · smsec ${cell(report.tool.version)}`;
}

/** The report as GitHub-flavoured Markdown. Pure. */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const out: string[] = ['## smsec: SageMaker security posture', '', sourceLine(report), ''];

  out.push('| Severity | Fail | Error | Pass | N/A | Suppressed |', '| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const s of SEVERITIES) out.push(countRow(s, report.findings.filter((f) => f.severity === s)));
  out.push(countRow('**total**', report.findings), '');

  if (report.baseline) {
    const b = report.baseline;
    out.push(
      `Baseline ${cell(b.file)} (collected ${cell(b.collectedAt)}): **${b.new} new**, ${b.unchanged} unchanged, ${b.fixed} fixed. Only new findings gate.`,
      '',
    );
  }

  const problems = report.findings.filter((f) => (f.status === 'fail' || f.status === 'error') && !f.suppression);
  if (problems.length === 0) {
    out.push(report.summary.byStatus.fail + report.summary.byStatus.error > 0 ? 'No open failing findings: every one is suppressed.' : 'No failing findings.', '');
  } else {
    const max = Math.max(0, options.maxRows ?? Number.POSITIVE_INFINITY);
    const shown = problems.slice(0, max);
    const withBaseline = report.baseline !== undefined;
    out.push(`### Failing findings (${problems.length})`, '');
    out.push(
      `| Severity | Status | Check | Resource | Region | Message |${withBaseline ? ' Baseline |' : ''}`,
      `| --- | --- | --- | --- | --- | --- |${withBaseline ? ' --- |' : ''}`,
    );
    for (const f of shown) {
      const resource = `${cell(f.resource.name, 120)}<br>${cell(f.resource.arn, 300)}`;
      out.push(
        `| ${cell(f.severity as Severity)} | ${STATUS_LABEL[f.status]} | ${cell(f.checkId)} | ${resource} | ${cell(f.resource.region)} | ${cell(f.message)} |${withBaseline ? ` ${f.baseline ?? ''} |` : ''}`,
      );
    }
    if (shown.length < problems.length) out.push('', `… and ${problems.length - shown.length} more (see the JSON or SARIF report).`);
    out.push('');
  }

  const notes = (report.suppressions ?? []).filter((s) => s.state !== 'active');
  const suppressed = report.summary.suppressed ?? 0;
  if (suppressed > 0 || notes.length > 0) {
    out.push('### Suppressions', '');
    if (suppressed > 0) out.push(`${suppressed} suppressed finding${suppressed === 1 ? '' : 's'} (accepted risks; they do not gate).`, '');
    for (const s of notes) {
      const what = `check ${cell(s.check)}, resources ${s.resources.map((r) => cell(r, 200)).join(', ')}`;
      out.push(
        s.state === 'expired'
          ? `- **Expired** on ${cell(s.expires)} (${what}): no longer applied; it matches ${s.matched} finding${s.matched === 1 ? '' : 's'}.`
          : `- **Stale** (${what}): matched no failing finding; remove it.`,
      );
    }
    out.push('');
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}
