/** Reading and writing snapshot files: JSON or gzip-compressed JSON, validated against the schema on load. */
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
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

/** Parses and validates snapshot bytes. Any problem is a UsageError naming the file. */
export function parseSnapshot(bytes: Buffer, file: string): Snapshot {
  let text: string;
  try {
    text = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
  } catch (err) {
    throw new UsageError(`${file}: not a readable gzip file (${(err as Error).message})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new UsageError(`${file}: not valid JSON (${(err as Error).message})`);
  }
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

/** Loads a snapshot file; a missing, unreadable or invalid file is a UsageError. */
export function loadSnapshot(file: string): Snapshot {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read snapshot ${file}: ${code === 'ENOENT' ? 'no such file' : (code ?? (err as Error).message)}`);
  }
  return parseSnapshot(bytes, file);
}

/** Serialises a snapshot; gzip when the file name ends in .gz. */
export function serializeSnapshot(snapshot: Snapshot, file: string): Buffer {
  const json = Buffer.from(`${JSON.stringify(snapshot, null, 1)}\n`, 'utf8');
  return file.endsWith('.gz') ? gzipSync(json) : json;
}

export function saveSnapshot(snapshot: Snapshot, file: string): void {
  writeFileSync(file, serializeSnapshot(snapshot, file));
}
