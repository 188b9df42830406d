/**
 * After the audit: render every requested report (pure reporters), write the files, print the stdout report, append
 * the GitHub job summary, and say on stderr what the reports cannot say themselves (expired and stale
 * suppressions, SARIF results dropped for GitHub's limit, suppressed SARIF results shown as open alerts).
 */
import { appendFileSync } from 'node:fs';
import type { Report } from '../engine/report.js';
import { jsonPieces } from '../reporters/json.js';
import { renderJunit } from '../reporters/junit.js';
import { renderMarkdown } from '../reporters/markdown.js';
import { sanitizeText } from '../reporters/sanitize.js';
import { MAX_RESULTS, renderSarifWithInfo, type SarifInfo } from '../reporters/sarif.js';
import { renderText } from '../reporters/text.js';
import { writeOutputs, type OutputPlan, type ReportFormat } from './outputs.js';

export interface EmitOptions {
  verbose?: boolean;
  sarifIncludeSuppressed?: boolean;
  /** Colour for the text report on stdout (files never get colour). */
  color: boolean;
  /** Terminal width for the text report on stdout. */
  width?: number;
  /** GITHUB_STEP_SUMMARY: a file the Markdown summary is appended to. */
  stepSummary?: string;
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
}

/** Rows in the job summary's findings table (GitHub caps a step summary at 1 MiB). */
export const STEP_SUMMARY_MAX_ROWS = 500;

/** The report's pieces, ending with a newline. */
function withNewline(pieces: string[]): string[] {
  const last = pieces.findLast((p) => p !== '');
  return last === undefined || !last.endsWith('\n') ? [...pieces, '\n'] : pieces;
}

/** One-line warnings about suppressions that did not apply as written. */
export function suppressionWarnings(report: Report): string[] {
  return (report.suppressions ?? [])
    .filter((s) => s.state !== 'active')
    .map((s) => {
      const what = sanitizeText(`check ${s.check}, resources ${s.resources.join(', ')}`, 200);
      return s.state === 'expired'
        ? `suppression (${what}) expired on ${sanitizeText(s.expires)}: no longer applied to its ${s.matched} finding${s.matched === 1 ? '' : 's'}`
        : `suppression (${what}) is stale: it matched no failing finding`;
    });
}

export function emitReports(report: Report, plan: OutputPlan, options: EmitOptions): void {
  const out = options.stdout ?? ((t: string) => void process.stdout.write(t));
  const err = options.stderr ?? ((t: string) => void process.stderr.write(t));
  let sarifInfo: SarifInfo | undefined;

  // A report's text, in pieces (the JSON report of a large account is made piece by piece as it is written, never
  // into one string).
  const render = (format: ReportFormat, toStdout: boolean): Iterable<string> => {
    switch (format) {
      case 'json':
        return jsonPieces(report);
      case 'sarif': {
        const r = renderSarifWithInfo(report, { includeSuppressed: Boolean(options.sarifIncludeSuppressed) });
        sarifInfo = r.info;
        return [r.text];
      }
      case 'junit':
        return [renderJunit(report)];
      case 'markdown':
        return [renderMarkdown(report)];
      case 'text':
        return [
          renderText(report, {
            color: toStdout && options.color,
            verbose: Boolean(options.verbose),
            ...(toStdout && options.width ? { width: options.width } : {}),
          }),
        ];
    }
  };

  // Nothing is written unless every report could be produced: stdout's report is rendered first, and files are written
  // under temporary names (removed if anything fails) and renamed into place only when all are complete. Each file
  // ends with a newline (writeOutputs adds it when its text lacks one).
  const stdoutText = plan.stdout ? withNewline([...render(plan.stdout, true)]).join('') : undefined;
  const files = plan.files.map((t) => ({ file: t.file, text: render(t.format, false) }));
  writeOutputs(files);
  if (stdoutText !== undefined) out(stdoutText);

  if (options.stepSummary) {
    try {
      appendFileSync(options.stepSummary, `${renderMarkdown(report, { maxRows: STEP_SUMMARY_MAX_ROWS })}\n`);
    } catch (e) {
      err(`smsec: warning: cannot append to GITHUB_STEP_SUMMARY: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    }
  }

  for (const w of suppressionWarnings(report)) err(`smsec: warning: ${w}\n`);
  const info = sarifInfo as SarifInfo | undefined;
  if (info && info.dropped > 0) {
    err(
      `smsec: warning: SARIF holds the ${info.results} most severe results; ${info.dropped} less severe ones were left out (GitHub accepts at most ${MAX_RESULTS} per run; the JSON report has them all)\n`,
    );
  }
  if (info && options.sarifIncludeSuppressed) {
    err('smsec: warning: --sarif-include-suppressed: GitHub code scanning ignores SARIF suppressions and shows suppressed results as open alerts\n');
  }
}
