/** Human-readable terminal report: a header, findings grouped by severity in tables, and a one-line summary. */
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { SEVERITIES, type Evidence, type Finding, type Severity, type Status } from '../model.js';
import type { Report } from '../engine/report.js';
import { sanitizeText } from './sanitize.js';

export interface TextOptions {
  /** ANSI colours on or off. The CLI decides (TTY, NO_COLOR, --no-color); with false the output has no escape codes. */
  color: boolean;
  /** Also list pass and not_applicable findings, with their evidence. */
  verbose?: boolean;
  /** Target line width used to wrap table cells (default 120). */
  width?: number;
}

const DEFAULT_WIDTH = 120;

const STATUS_LABEL: Record<Status, string> = { fail: 'FAIL', error: 'ERROR', pass: 'PASS', not_applicable: 'N/A' };

/** Caps for the narrow columns; the message column takes the rest of the width. */
const CHECK_MAX = 40;
const RESOURCE_MAX = 36;
const REGION_MAX = 16;
const MESSAGE_MIN = 30;
/** Five columns: a border before each plus one at the end, and one space of padding on each side. */
const TABLE_OVERHEAD = 5 * 3 + 1;

function statusStyle(c: ChalkInstance, s: Status): (t: string) => string {
  switch (s) {
    case 'fail':
      return c.red.bold;
    case 'error':
      return c.magenta.bold;
    case 'pass':
      return c.green;
    case 'not_applicable':
      return c.gray;
  }
}

function severityStyle(c: ChalkInstance, s: Severity): (t: string) => string {
  switch (s) {
    case 'critical':
      return c.red.bold.underline;
    case 'high':
      return c.red.bold;
    case 'medium':
      return c.yellow.bold;
    case 'low':
      return c.blue.bold;
    case 'info':
      return c.gray.bold;
  }
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Code-point length (close enough to display width for wrapping; cli-table3 measures real widths itself). */
function len(s: string): number {
  return Array.from(s).length;
}

/** Wraps already-sanitized text to `width` columns, on spaces where possible, hard-breaking longer words. */
export function wrapText(text: string, width: number): string[] {
  const w = Math.max(1, width);
  const lines: string[] = [];
  let line: string[] = [];
  const flush = (): void => {
    lines.push(line.join(''));
    line = [];
  };
  for (const word of text.split(' ')) {
    let rest = Array.from(word);
    const needed = (line.length > 0 ? 1 : 0) + rest.length;
    if (line.length > 0 && line.length + needed > w) flush();
    if (line.length > 0) line.push(' ');
    while (line.length + rest.length > w) {
      const room = w - line.length;
      line.push(...rest.slice(0, room));
      rest = rest.slice(room);
      flush();
    }
    line.push(...rest);
  }
  flush();
  return lines;
}

/** Strings quoted (not JSON-escaped: sanitizeText escapes them like every other value), the rest as is. */
function formatEvidenceValue(v: Evidence[string]): string {
  if (Array.isArray(v)) return `[${v.map((x) => `"${x}"`).join(', ')}]`;
  if (typeof v === 'string') return `"${v}"`;
  return String(v);
}

/** `key=value, …` for verbose rows; keys and values are account data, so the whole line is sanitized. */
function formatEvidence(e: Evidence): string {
  return sanitizeText(
    Object.entries(e)
      .map(([k, v]) => `${k}=${formatEvidenceValue(v)}`)
      .join(', '),
  );
}

function renderHeader(report: Report, c: ChalkInstance): string[] {
  const s = (v: string): string => sanitizeText(v);
  const source =
    report.source.kind === 'snapshot'
      ? `snapshot ${report.source.file !== undefined ? s(report.source.file) : '(unnamed)'}, recorded ${s(report.source.collectedAt)}`
      : `live AWS API, collected ${s(report.source.collectedAt)}`;
  const label = (t: string): string => c.bold(t.padEnd(9));
  return [
    c.bold(`${s(report.tool.name)} ${s(report.tool.version)} — Amazon SageMaker security posture audit`),
    `${label('Account:')}${s(report.account.id)} (partition ${s(report.account.partition)})`,
    `${label('Regions:')}${report.regions.length > 0 ? report.regions.map(s).join(', ') : '(none)'}`,
    `${label('Source:')}${source}`,
    ...historyLines(report, label),
  ];
}

/** The job-history window and what it left out: jobs the audit did not see are said, not hidden. */
function historyLines(report: Report, label: (t: string) => string): string[] {
  const scope = report.collection;
  if (!scope?.since) return [];
  const lines = [`${label('Jobs:')}finished jobs created since ${sanitizeText(scope.since.slice(0, 10))} and every running job (--since)`];
  for (const o of scope.omitted) {
    lines.push(`${' '.repeat(9)}${o.atLeast ? 'at least ' : ''}${o.count} older finished job(s) not audited: ${sanitizeText(o.key)} in ${sanitizeText(o.region)}`);
  }
  return lines;
}

/**
 * Column widths within `budget`: the narrow columns at their natural width (capped), the message column the rest,
 * at least MESSAGE_MIN; when that does not fit, the widest of check/resource shrinks first, then region, then the
 * message, each down to a floor (so a very narrow terminal still gets a readable, if wider, table).
 */
function fitColumns(budget: number, natural: { checkW: number; resourceW: number; regionW: number }) {
  let { checkW, resourceW, regionW } = natural;
  let messageW = Math.max(MESSAGE_MIN, budget - checkW - resourceW - regionW);
  while (checkW + resourceW + regionW + messageW > budget) {
    if (Math.max(checkW, resourceW) > 14) {
      if (checkW >= resourceW) checkW--;
      else resourceW--;
    } else if (regionW > 9) regionW--;
    else if (messageW > 16) messageW--;
    else break;
  }
  return { checkW, resourceW, regionW, messageW };
}

function renderGroup(severity: Severity, rows: Finding[], c: ChalkInstance, options: TextOptions): string[] {
  const width = options.width ?? DEFAULT_WIDTH;
  const cells = rows.map((f) => ({
    status: STATUS_LABEL[f.status],
    style: statusStyle(c, f.status),
    check: sanitizeText(f.checkId),
    resource: sanitizeText(f.resource.name),
    region: sanitizeText(f.resource.region),
    message: sanitizeText(f.suppression ? `${f.message} [suppressed until ${f.suppression.expires}: ${f.suppression.reason}]` : f.message),
    isNew: f.baseline === 'new',
    evidence: options.verbose && Object.keys(f.evidence).length > 0 ? formatEvidence(f.evidence) : undefined,
  }));
  const colWidth = (pick: (x: (typeof cells)[number]) => string, header: string, max: number): number =>
    Math.min(max, Math.max(len(header), ...cells.map((x) => len(pick(x)))));
  const statusW = colWidth((x) => x.status, 'Status', 6);
  const { checkW, resourceW, regionW, messageW } = fitColumns(width - TABLE_OVERHEAD - statusW, {
    checkW: colWidth((x) => x.check, 'Check', CHECK_MAX),
    resourceW: colWidth((x) => x.resource, 'Resource', RESOURCE_MAX),
    regionW: colWidth((x) => x.region, 'Region', REGION_MAX),
  });

  // No colours from cli-table3 itself: colour comes only from our Chalk instance.
  const table = new Table({
    head: ['Status', 'Check', 'Resource', 'Region', 'Message'].map((h) => c.bold(h)),
    style: { head: [], border: [] },
  });
  for (const x of cells) {
    const message = [...wrapText(x.message, messageW), ...(x.evidence ? wrapText(`evidence: ${x.evidence}`, messageW).map((l) => c.dim(l)) : [])];
    table.push([
      x.isNew ? `${x.style(x.status)}\n${c.bold('new')}` : x.style(x.status),
      wrapText(x.check, checkW).join('\n'),
      wrapText(x.resource, resourceW).join('\n'),
      wrapText(x.region, regionW).join('\n'),
      message.join('\n'),
    ]);
  }
  const counts = (['fail', 'error', 'pass', 'not_applicable'] as const)
    .map((s) => [s, rows.filter((f) => f.status === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => statusCountText(s, n));
  return [severityStyle(c, severity)(severity.toUpperCase()) + ` (${counts.join(', ')})`, table.toString()];
}

function statusCountText(s: Status, n: number): string {
  switch (s) {
    case 'fail':
      return `${n} failed`;
    case 'error':
      return plural(n, 'error');
    case 'pass':
      return `${n} passed`;
    case 'not_applicable':
      return `${n} not applicable`;
  }
}

/** "12 failed (2 critical, 5 high), 1 error, 30 passed, 3 not applicable — 46 findings from 13 checks" */
export function summaryLine(report: Report): string {
  const { byStatus, failBySeverity } = report.summary;
  const bySeverity = SEVERITIES.filter((s) => failBySeverity[s] > 0).map((s) => `${failBySeverity[s]} ${s}`);
  const failed = `${byStatus.fail} failed${bySeverity.length > 0 ? ` (${bySeverity.join(', ')})` : ''}`;
  const suppressed = report.summary.suppressed ?? 0;
  return (
    `${failed}, ${plural(byStatus.error, 'error')}, ${byStatus.pass} passed, ${byStatus.not_applicable} not applicable` +
    ` — ${plural(report.findings.length, 'finding')} from ${plural(report.checks.length, 'check')}` +
    (suppressed > 0 ? `; ${suppressed} of them suppressed` : '')
  );
}

/** One line per suppression that did not apply as written: expired (no longer applied) or stale (matched nothing). */
function suppressionNotes(report: Report, c: ChalkInstance): string[] {
  return (report.suppressions ?? [])
    .filter((s) => s.state !== 'active')
    .map((s) => {
      const what = sanitizeText(`check ${s.check}, resources ${s.resources.join(', ')}${s.tags ? `, tags ${Object.entries(s.tags).map(([k, v]) => `${k}=${v}`).join(', ')}` : ''}`);
      return s.state === 'expired'
        ? c.yellow(`Suppression expired on ${sanitizeText(s.expires)} (${what}): no longer applied; it matches ${plural(s.matched, 'finding')}.`)
        : c.yellow(`Stale suppression (${what}): it matched no failing finding; remove it or fix its patterns.`);
    });
}

function baselineNotes(report: Report, c: ChalkInstance): string[] {
  const b = report.baseline;
  if (!b) return [];
  return [
    c.bold(
      `Baseline ${sanitizeText(b.file)} (collected ${sanitizeText(b.collectedAt)}): ${b.new} new, ${b.unchanged} unchanged, ${b.fixed} fixed failing findings; only new ones gate.`,
    ),
  ];
}

/** Renders the report for a terminal. Pure: colour and verbosity come from `options`. */
export function renderText(report: Report, options: TextOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const shown = new Set<Status>(options.verbose ? ['fail', 'error', 'pass', 'not_applicable'] : ['fail', 'error']);
  const out: string[] = [...renderHeader(report, c), ''];

  for (const severity of SEVERITIES) {
    const rows = report.findings.filter((f) => f.severity === severity && shown.has(f.status) && (options.verbose || !f.suppression));
    if (rows.length > 0) out.push(...renderGroup(severity, rows, c, options), '');
  }

  const { byStatus } = report.summary;
  const suppressed = report.summary.suppressed ?? 0;
  if (!options.verbose && byStatus.pass + byStatus.not_applicable + suppressed > 0) {
    const hidden = [`${byStatus.pass} passed`, `${byStatus.not_applicable} not applicable`, ...(suppressed > 0 ? [`${suppressed} suppressed`] : [])];
    out.push(c.dim(`(${hidden.slice(0, -1).join(', ')} and ${hidden.at(-1)!} findings not listed; verbose output lists them)`), '');
  }

  const notes = [...suppressionNotes(report, c), ...baselineNotes(report, c)];
  if (notes.length > 0) out.push(...notes, '');

  const openFail = report.findings.filter((f) => f.status === 'fail' && !f.suppression).length;
  const openError = report.findings.filter((f) => f.status === 'error' && !f.suppression).length;
  if (openFail === 0) {
    if (openError > 0) {
      out.push(
        c.magenta.bold(
          `No failing findings, but ${plural(openError, 'finding')} could not be verified (ERROR rows): unreadable data is not a pass.`,
        ),
      );
    } else if (suppressed > 0) {
      out.push(c.green.bold(`No failing findings except ${plural(suppressed, 'suppressed one')}.`));
    } else if (report.findings.length === 0) {
      out.push(c.green.bold('No failing findings: no resources were evaluated.'));
    } else {
      out.push(c.green.bold('No failing findings: every check passed or did not apply.'));
    }
  }
  out.push(c.bold(summaryLine(report)));
  return out.join('\n') + '\n';
}
