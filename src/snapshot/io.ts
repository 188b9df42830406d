/** Reading and writing snapshot files: JSON or gzip-compressed JSON, validated against the schema on load. */
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createGunzip, gunzipSync, gzipSync, type ZlibOptions } from 'node:zlib';
import { Ajv, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { UsageError } from '../errors.js';
import { packageFile } from '../paths.js';
import { SNAPSHOT_FORMAT, SNAPSHOT_FORMAT_VERSION, type Snapshot } from './format.js';

// ajv-formats is CommonJS; its default export arrives wrapped under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

let validator: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null } | undefined;

function validate(data: unknown): ErrorObject[] {
  if (!validator) {
    const schema = JSON.parse(readFileSync(packageFile('schemas', 'snapshot.schema.json'), 'utf8')) as object;
    const ajv = new Ajv({ allErrors: false, strict: true, strictRequired: false });
    addFormats(ajv);
    validator = ajv.compile(schema);
  }
  return validator(data) ? [] : (validator.errors ?? []);
}

function describeSchemaError(e: ErrorObject): string {
  const where = e.instancePath || '(top level)';
  return `${where} ${e.message ?? 'is invalid'}`;
}

/** Output buffer size bounds for gunzip (a JavaScript string, which the text becomes, holds at most 2^29 - 24 characters). */
const MIN_CHUNK = 64 * 1024;
const MAX_CHUNK = 512 * 1024 * 1024;

/**
 * Decompresses gzip bytes. The gzip trailer gives the uncompressed size (modulo 2^32, of the last member): with an
 * output buffer that large, zlib inflates into one buffer instead of thousands of 16 KiB pieces joined afterwards.
 * A wrong size only costs speed: zlib still allocates more buffers as needed.
 */
function gunzip(bytes: Buffer): Buffer {
  const size = bytes.length >= 18 ? bytes.readUInt32LE(bytes.length - 4) : 0;
  return gunzipSync(bytes, { chunkSize: Math.min(MAX_CHUNK, Math.max(MIN_CHUNK, size + 1)) });
}

function isGzip(bytes: Buffer): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Parses and validates snapshot bytes. Any problem is a UsageError naming the file. */
export function parseSnapshot(bytes: Buffer, file: string): Snapshot {
  let text: string;
  try {
    text = isGzip(bytes) ? gunzip(bytes).toString('utf8') : bytes.toString('utf8');
  } catch (err) {
    throw new UsageError(`${file}: not a readable gzip file (${(err as Error).message})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new UsageError(`${file}: not valid JSON (${(err as Error).message})`);
  }
  return checkSnapshot(data, file);
}

/** The parsed JSON of a snapshot file as a Snapshot, once its format, version and schema are checked. */
function checkSnapshot(data: unknown, file: string): Snapshot {
  const d = data as Partial<Snapshot> | null;
  if (!d || typeof d !== 'object' || d.format !== SNAPSHOT_FORMAT) {
    throw new UsageError(`${file}: not an smsec snapshot (expected "format": "${SNAPSHOT_FORMAT}")`);
  }
  if (d.formatVersion !== SNAPSHOT_FORMAT_VERSION) {
    throw new UsageError(
      `${file}: snapshot format version ${JSON.stringify(d.formatVersion)} is not supported (this smsec reads version ${SNAPSHOT_FORMAT_VERSION})`,
    );
  }
  const errors = validate(data);
  if (errors.length > 0) throw new UsageError(`${file}: invalid snapshot: ${describeSchemaError(errors[0]!)}`);
  return data as Snapshot;
}

function readSnapshotBytes(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read snapshot ${file}: ${code === 'ENOENT' ? 'no such file' : (code ?? (err as Error).message)}`);
  }
}

/** Loads a snapshot file; a missing, unreadable or invalid file is a UsageError. */
export function loadSnapshot(file: string): Snapshot {
  return parseSnapshot(readSnapshotBytes(file), file);
}

/**
 * Loads a snapshot file as loadSnapshot does (same result, same errors), faster and in less memory for large files:
 * the text is decompressed in the background while the calls that have arrived are parsed one by one, and it never
 * becomes one string. That works for the layout serializeSnapshot writes; any other layout, or any problem at all,
 * is left to loadSnapshot's way.
 */
export async function readSnapshot(file: string): Promise<Snapshot> {
  const bytes = readSnapshotBytes(file);
  const data = await splitSnapshot(bytes);
  return data === undefined ? parseSnapshot(bytes, file) : checkSnapshot(data, file);
}

/** The snapshot JSON of `bytes` (gzip or not) parsed call by call, or undefined where CallSplitter cannot (exported for tests). */
export function splitSnapshot(bytes: Buffer): Promise<unknown> {
  const splitter = new CallSplitter();
  if (!isGzip(bytes)) {
    splitter.push(bytes);
    return Promise.resolve(splitter.finish());
  }
  return new Promise((resolve) => {
    // A large readable buffer lets zlib (on a libuv thread) run ahead of the parsing.
    const gz = createGunzip({ chunkSize: 1 << 20, readableHighWaterMark: 64 << 20 } as ZlibOptions);
    gz.on('data', (chunk: Buffer) => {
      splitter.push(chunk);
      if (splitter.failed) {
        gz.destroy();
        resolve(undefined);
      }
    });
    gz.on('end', () => resolve(splitter.finish()));
    gz.on('error', () => resolve(undefined));
    gz.end(bytes);
  });
}

const WHITESPACE = new Set([0x20, 0x0a, 0x0d, 0x09]);
/** Where serializeSnapshot's layout (JSON.stringify with one space of indentation) opens the list of calls. */
const CALLS_OPEN = Buffer.from('\n "calls": [');
/** Where that layout closes each call: at two spaces of indentation, which only the calls' own braces have. */
const CALL_CLOSE = Buffer.from('\n  }');
/** The calls list should start within this many bytes (the metadata is small); otherwise the layout is not ours. */
const MAX_HEAD = 16 << 20;

/**
 * Cuts the text of a snapshot into the calls, as bytes arrive, and parses each call on its own. Each piece must parse
 * as one complete JSON value and the pieces must be separated by commas (and whitespace) only, so the list they make
 * is exactly the list JSON.parse would read; the rest of the document is parsed with a unique placeholder in the
 * list's place, which must come out as the top-level "calls". Anything unexpected sets `failed`.
 */
class CallSplitter {
  failed = false;
  private readonly calls: unknown[] = [];
  private readonly buffer = new ByteQueue();
  private phase: 'head' | 'open' | 'call' | 'separator' | 'tail' = 'head';
  /** Where the next marker search starts, relative to the unread bytes (none can end before it). */
  private scanFrom = 0;
  private head = '';
  private readonly tail: Buffer[] = [];

  push(chunk: Buffer): void {
    if (this.failed || chunk.length === 0) return;
    if (this.phase === 'tail') {
      this.tail.push(chunk);
      return;
    }
    this.buffer.append(chunk);
    try {
      this.consume();
    } catch {
      this.failed = true;
    }
    if (this.failed) this.buffer.clear();
  }

  /** The whole document, or undefined. */
  finish(): unknown {
    if (this.failed || this.phase !== 'tail') return undefined;
    try {
      const placeholder = `smsec-calls-${randomUUID()}`;
      const doc = JSON.parse(`${this.head}${JSON.stringify(placeholder)}${Buffer.concat(this.tail).toString('utf8')}`) as unknown;
      if (!doc || typeof doc !== 'object' || Array.isArray(doc) || (doc as Record<string, unknown>).calls !== placeholder) return undefined;
      (doc as Record<string, unknown>).calls = this.calls;
      return doc;
    } catch {
      return undefined;
    }
  }

  private consume(): void {
    const view = this.buffer.view();
    let pos = 0;
    for (;;) {
      if (this.phase === 'head') {
        const at = view.indexOf(CALLS_OPEN, this.scanFrom);
        if (at < 0) {
          if (view.length > MAX_HEAD) this.failed = true;
          this.scanFrom = Math.max(0, view.length - CALLS_OPEN.length + 1);
          return;
        }
        // The head ends with `"calls": ` (the placeholder takes the list's place).
        this.head = view.toString('utf8', 0, at + CALLS_OPEN.length - 1);
        pos = at + CALLS_OPEN.length;
        this.phase = 'open';
      } else if (this.phase === 'open' || this.phase === 'separator') {
        let i = pos;
        while (i < view.length && WHITESPACE.has(view[i]!)) i++;
        if (i === view.length) break;
        if (view[i] === 0x5d /* ] */) {
          this.phase = 'tail';
          this.tail.push(Buffer.from(view.subarray(i + 1)));
          this.buffer.clear();
          return;
        }
        if (this.phase === 'separator') {
          if (view[i] !== 0x2c /* , */) {
            this.failed = true;
            return;
          }
          i++;
        }
        pos = i;
        this.phase = 'call';
        this.scanFrom = 0;
      } else if (this.phase === 'call') {
        const end = view.indexOf(CALL_CLOSE, Math.max(pos, this.scanFrom));
        if (end < 0) {
          this.scanFrom = Math.max(pos, view.length - CALL_CLOSE.length + 1) - pos;
          break;
        }
        this.calls.push(JSON.parse(view.toString('utf8', pos, end + CALL_CLOSE.length)));
        pos = end + CALL_CLOSE.length;
        this.phase = 'separator';
        this.scanFrom = 0;
      } else {
        return;
      }
    }
    this.buffer.consume(pos);
  }
}

/**
 * Bytes received and not yet used. A chunk is taken as is; what is left of it when the next one arrives (the start of a
 * call) is copied with it into one buffer that is reused and grown as needed, so a call spanning many chunks is not
 * copied again and again, and no buffer is allocated per chunk.
 */
class ByteQueue {
  private store: Buffer = Buffer.alloc(0);
  private start = 0;
  private end = 0;
  /** Our own buffer (`store` is either it or a chunk taken as is). */
  private own: Buffer = Buffer.alloc(0);

  append(chunk: Buffer): void {
    const length = this.end - this.start;
    if (length === 0) {
      this.store = chunk;
      this.start = 0;
      this.end = chunk.length;
      return;
    }
    const needed = length + chunk.length;
    if (this.store === this.own && this.start + needed <= this.own.length) {
      chunk.copy(this.own, this.end);
      this.end += chunk.length;
      return;
    }
    const target = needed <= this.own.length ? this.own : Buffer.allocUnsafe(Math.max(2 * needed, 1 << 20));
    // copy() handles the overlap when the unread bytes move to the front of the same buffer.
    this.store.copy(target, 0, this.start, this.end);
    chunk.copy(target, length);
    this.own = target;
    this.store = target;
    this.start = 0;
    this.end = needed;
  }

  view(): Buffer {
    return this.store.subarray(this.start, this.end);
  }

  consume(n: number): void {
    this.start += n;
  }

  clear(): void {
    this.store = this.own = Buffer.alloc(0);
    this.start = this.end = 0;
  }
}

/** Serialises a snapshot; gzip when the file name ends in .gz. */
export function serializeSnapshot(snapshot: Snapshot, file: string): Buffer {
  const json = Buffer.from(`${JSON.stringify(snapshot, null, 1)}\n`, 'utf8');
  return file.endsWith('.gz') ? gzipSync(json) : json;
}

export function saveSnapshot(snapshot: Snapshot, file: string): void {
  writeFileSync(file, serializeSnapshot(snapshot, file));
}
