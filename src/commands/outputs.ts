/**
 * Report destinations for one audit: repeatable `--output FORMAT=FILE` (each format to its file) and plain
 * `--output FILE` (the --format report to FILE instead of stdout). Files are written only once the whole audit has
 * succeeded, each through a temporary file renamed into place, so a failed audit never leaves partial reports.
 */
import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from '../errors.js';

export const REPORT_FORMATS = ['text', 'json', 'sarif', 'junit', 'markdown'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export function isReportFormat(v: string): v is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(v);
}

export interface OutputTarget {
  format: ReportFormat;
  file: string;
}

export interface OutputPlan {
  /** The --format report goes to stdout unless a plain `--output FILE` took its place. */
  stdout?: ReportFormat;
  files: OutputTarget[];
}

/** Parses the --output values. `FORMAT=FILE` needs a known format; anything else is a plain file name. */
export function planOutputs(specs: readonly string[], format: ReportFormat): OutputPlan {
  const files: OutputTarget[] = [];
  let redirected = false;
  for (const spec of specs) {
    const m = /^([a-z]+)=(.*)$/s.exec(spec);
    let target: OutputTarget;
    if (m) {
      const [, name, file] = m as unknown as [string, string, string];
      if (!isReportFormat(name)) {
        throw new UsageError(`--output: "${name}" is not a report format (${REPORT_FORMATS.join(', ')}); for a file whose name has "=", write ./${spec}`);
      }
      if (file === '') throw new UsageError(`--output: "${spec}" names no file`);
      target = { format: name, file };
    } else {
      if (spec === '') throw new UsageError('--output: expected a file name');
      target = { format, file: spec };
      redirected = true;
    }
    const dup = files.find((t) => resolve(t.file) === resolve(target.file));
    if (dup) throw new UsageError(`--output: ${target.file} is given twice`);
    files.push(target);
  }
  return { ...(redirected ? {} : { stdout: format }), files };
}

/** Fails early (before reading the account) when a report could not be written: its folder is missing. */
export function checkOutputFolders(plan: OutputPlan): void {
  for (const { file } of plan.files) {
    const dir = dirname(resolve(file));
    let isDir = false;
    try {
      isDir = statSync(dir).isDirectory();
    } catch {
      isDir = false;
    }
    if (!isDir) throw new UsageError(`cannot write ${file}: folder ${dirname(file)} does not exist`);
  }
}

/** Writes every file: all to temporary names first, then renamed into place. A failure removes the temporaries. */
export function writeOutputs(contents: { file: string; text: string }[]): void {
  const temps: { tmp: string; file: string }[] = [];
  try {
    for (const { file, text } of contents) {
      const tmp = `${resolve(file)}.smsec-${process.pid}.tmp`;
      temps.push({ tmp, file });
      writeFileSync(tmp, text.endsWith('\n') ? text : `${text}\n`);
    }
  } catch (err) {
    for (const t of temps) rmSync(t.tmp, { force: true });
    const file = temps.at(-1)?.file ?? '';
    throw new UsageError(`cannot write ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  for (const t of temps) {
    try {
      renameSync(t.tmp, t.file);
    } catch (err) {
      for (const rest of temps) rmSync(rest.tmp, { force: true });
      throw new UsageError(`cannot write ${t.file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
  }
}
