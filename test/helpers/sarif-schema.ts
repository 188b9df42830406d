/** The SARIF schemas (copied into test/fixtures/sarif) compiled once, for reporter and CLI tests. */
import { readFileSync } from 'node:fs';
import Ajv04Module from 'ajv-draft-04';
import Ajv2020Module from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { AnySchemaObject, ValidateFunction } from 'ajv';

// CommonJS modules: their default export may arrive wrapped under ESM.
type Ctor = new (opts: Record<string, unknown>) => { compile(schema: AnySchemaObject): ValidateFunction };
const unwrap = <T>(m: unknown): T => ((m as { default?: unknown }).default ?? m) as T;
const Ajv04 = unwrap<Ctor>(Ajv04Module);
const Ajv2020 = unwrap<Ctor>(Ajv2020Module);
const addFormats = unwrap<(ajv: unknown) => unknown>(addFormatsModule);

export const fixture = (name: string): string => readFileSync(new URL(`../fixtures/sarif/${name}`, import.meta.url), 'utf8');
export const json = (name: string): unknown => JSON.parse(fixture(name));

/** The official OASIS schema (draft-04), compiled as the shared README prescribes. */
export const officialSchema: ValidateFunction = (() => {
  const ajv = new Ajv04({ strict: true, strictRequired: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(json('sarif-schema-2.1.0.json') as AnySchemaObject);
})();

/** The codeql-action copy: 2020-12 header over a draft-04 body; Ajv needs validateSchema:false and non-strict mode. */
export const codeqlSchema: ValidateFunction = (() => {
  const ajv = new Ajv2020({ strict: false, validateSchema: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(json('github-codeql-action-sarif-schema-2.1.0.json') as AnySchemaObject);
})();

export function schemaErrors(v: ValidateFunction, doc: unknown): string[] {
  return v(doc) ? [] : (v.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

