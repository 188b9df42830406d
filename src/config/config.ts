/**
 * The config file: `smsec.config.json` in the working directory, or `--config FILE`. Validated against
 * schemas/config.schema.json, then against the check catalogue (every id or glob must name a check). Any problem is
 * a UsageError naming the file and the JSON path, so the CLI prints one line and exits 2.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { UsageError } from '../errors.js';
import type { Severity } from '../model.js';
import type { SuppressionRule } from '../engine/suppress.js';
import { globToRegExp } from '../engine/select.js';
import { packageFile } from '../paths.js';
import { describeSchemaError, jsonPath, type PatternHints } from './schema-errors.js';

// ajv-formats is CommonJS; its default export arrives wrapped under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

/** The default config file name, looked up in the working directory. */
export const CONFIG_FILE_NAME = 'smsec.config.json';

export interface Config {
  checks?: string[];
  skipChecks?: string[];
  severityOverrides?: Record<string, Severity>;
  failOn?: Severity | 'none';
  regions?: string[];
  suppressions?: SuppressionRule[];
}

export interface LoadedConfig {
  /** The file as the user would name it (the --config value, or smsec.config.json). */
  file: string;
  config: Config;
}

const HINTS: PatternHints = {
  expires: 'must be a date YYYY-MM-DD',
  regions: 'must be a region name such as us-east-1',
  reason: 'must not be blank',
  checks: 'must be a check id or glob (letters, digits, -, * and ?)',
  skipChecks: 'must be a check id or glob (letters, digits, -, * and ?)',
  check: 'must be a check id or glob (letters, digits, -, * and ?)',
  'severityOverrides:key': 'check id',
};

let validator: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null } | undefined;

function schemaErrors(data: unknown): ErrorObject[] {
  if (!validator) {
    const schema = JSON.parse(readFileSync(packageFile('schemas', 'config.schema.json'), 'utf8')) as object;
    const ajv = new Ajv({ allErrors: false, strict: true, strictRequired: false });
    addFormats(ajv);
    validator = ajv.compile(schema);
  }
  return validator(data) ? [] : (validator.errors ?? []);
}

/** Check ids and globs must name at least one check, like --checks; severity overrides take exact ids. */
function checkIds(config: Config, file: string, catalogueIds: readonly string[]): void {
  const fail = (path: (string | number)[], what: string): never => {
    throw new UsageError(`${file}: ${jsonPath(path)}: ${what} (run "smsec checks" to list them)`);
  };
  const known = (pattern: string): boolean => {
    const re = globToRegExp(pattern);
    return catalogueIds.some((id) => re.test(id));
  };
  for (const key of ['checks', 'skipChecks'] as const) {
    config[key]?.forEach((p, i) => {
      if (!known(p)) fail([key, i], `no check matches "${p}"`);
    });
  }
  for (const id of Object.keys(config.severityOverrides ?? {})) {
    if (!catalogueIds.includes(id)) fail(['severityOverrides', id], `unknown check "${id}"`);
  }
  config.suppressions?.forEach((s, i) => {
    if (!known(s.check)) fail(['suppressions', i, 'check'], `no check matches "${s.check}"`);
  });
}

/** Parses and validates config text. */
export function parseConfig(text: string, file: string, catalogueIds: readonly string[]): Config {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new UsageError(`${file}: not valid JSON (${(err as Error).message})`);
  }
  const errors = schemaErrors(data);
  if (errors.length > 0) throw new UsageError(`${file}: ${describeSchemaError(errors[0]!, HINTS)}`);
  const config = data as Config & { $schema?: string };
  checkIds(config, file, catalogueIds);
  const { $schema: _schema, ...rest } = config;
  return rest;
}

/**
 * The config to use: `explicit` (a --config value) must exist; `false` (--no-config) means none; otherwise
 * smsec.config.json in `cwd` when it exists.
 */
export function loadConfig(explicit: string | false | undefined, cwd: string, catalogueIds: readonly string[]): LoadedConfig | undefined {
  if (explicit === false) return undefined;
  let file: string;
  let path: string;
  if (explicit !== undefined) {
    if (explicit === '') throw new UsageError('--config: expected a file name');
    file = explicit;
    path = resolve(cwd, explicit);
  } else {
    path = join(cwd, CONFIG_FILE_NAME);
    if (!existsSync(path)) return undefined;
    file = CONFIG_FILE_NAME;
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read config ${file}: ${code === 'ENOENT' ? 'no such file' : (code ?? (err as Error).message)}`);
  }
  return { file, config: parseConfig(text, file, catalogueIds) };
}
