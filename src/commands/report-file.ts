/** Reading a JSON report written by `smsec audit --format json` (for --baseline and `smsec diff`), validated. */
import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describeSchemaError } from '../config/schema-errors.js';
import type { Report } from '../engine/report.js';
import { UsageError } from '../errors.js';
import { packageFile } from '../paths.js';

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

let validator: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null } | undefined;

function schemaErrors(data: unknown): ErrorObject[] {
  if (!validator) {
    const schema = JSON.parse(readFileSync(packageFile('schemas', 'report.schema.json'), 'utf8')) as object;
    const ajv = new Ajv({ allErrors: false, strict: true, strictRequired: false });
    addFormats(ajv);
    validator = ajv.compile(schema);
  }
  return validator(data) ? [] : (validator.errors ?? []);
}

/** Parses and validates report text; `what` names the role in errors ("baseline", "report"). */
export function parseReportFile(text: string, file: string, what: string): Report {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new UsageError(`${what} ${file}: not valid JSON (${(err as Error).message})`);
  }
  const d = data as { schemaVersion?: unknown; version?: unknown; runs?: unknown } | null;
  if (!d || typeof d !== 'object' || Array.isArray(d)) throw new UsageError(`${what} ${file}: not an smsec JSON report (expected an object)`);
  if (d.schemaVersion === undefined) {
    const hint = d.version === '2.1.0' && Array.isArray(d.runs) ? ' (this is SARIF: use a report written with --format json)' : ' (write one with --format json)';
    throw new UsageError(`${what} ${file}: not an smsec JSON report${hint}`);
  }
  if (d.schemaVersion !== 1) {
    throw new UsageError(`${what} ${file}: report schemaVersion ${JSON.stringify(d.schemaVersion)} is not supported (this smsec reads version 1)`);
  }
  const errors = schemaErrors(data);
  if (errors.length > 0) throw new UsageError(`${what} ${file}: invalid report: ${describeSchemaError(errors[0]!)}`);
  return data as Report;
}

export function loadReportFile(file: string, what: string): Report {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${what} ${file}: ${code === 'ENOENT' ? 'no such file' : (code ?? (err as Error).message)}`);
  }
  return parseReportFile(text, file, what);
}
