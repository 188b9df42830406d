/**
 * Report destinations for one audit: repeatable `--output FORMAT=FILE` (each format to its file) and plain
 * `--output FILE` (the --format report to FILE instead of stdout). Files are written only once the whole audit has
 * succeeded, each through a temporary file renamed into place, so a failed audit never leaves partial reports.
 */
import { closeSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
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

/** Pieces of text shorter than this are gathered before being written. */
const WRITE_BATCH = 64 * 1024;

/** Where pieces of up to SCRATCH_UNITS UTF-16 units are encoded: one buffer reused (a fresh one per piece costs page faults). */
const SCRATCH_UNITS = 1 << 20;
let scratch: Buffer | undefined;

/** Writes all of `text` as UTF-8 (a write may take less than it is given). */
function writeAll(fd: number, text: string): void {
  let bytes: Buffer;
  let length: number;
  if (text.length <= SCRATCH_UNITS) {
    // At most 3 bytes per UTF-16 unit.
    scratch ??= Buffer.allocUnsafe(3 * SCRATCH_UNITS);
    bytes = scratch;
    length = scratch.write(text, 0, 'utf8');
  } else {
    bytes = Buffer.from(text, 'utf8');
    length = bytes.length;
  }
  for (let done = 0; done < length; ) done += writeSync(fd, bytes, done, length - done);
}

/** Writes the pieces of text one after the other (never joined into one string), and a final newline if they lack one. */
function writeText(file: string, text: string | Iterable<string>): void {
  const pieces = typeof text === 'string' ? [text] : text;
  const fd = openSync(file, 'w');
  try {
    let pending = '';
    let last = '';
    for (const piece of pieces) {
      if (piece === '') continue;
      last = piece;
      if (piece.length >= WRITE_BATCH) {
        if (pending !== '') writeAll(fd, pending);
        pending = '';
        writeAll(fd, piece);
        continue;
      }
      pending += piece;
      if (pending.length >= WRITE_BATCH) {
        writeAll(fd, pending);
        pending = '';
      }
    }
    if (!last.endsWith('\n')) pending += '\n';
    if (pending !== '') writeAll(fd, pending);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes every file: all to temporary names first, then renamed into place. A failure removes the temporaries. A
 * file's text may come in pieces (a large report), written in order.
 */
export function writeOutputs(contents: { file: string; text: string | Iterable<string> }[]): void {
  const temps: { tmp: string; file: string }[] = [];
  try {
    for (const { file, text } of contents) {
      const tmp = `${resolve(file)}.smsec-${process.pid}.tmp`;
      temps.push({ tmp, file });
      writeText(tmp, text);
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
