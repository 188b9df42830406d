/**
 * External check modules (`--plugin <file or package>`): same interface as built-in checks. A module's default
 * export (or its `checks` export) is one check or an array of checks. Anything that does not conform is
 * rejected with a one-line UsageError naming the module and the problem.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AnyCheck } from '../check-api/check.js';
import { UsageError } from '../errors.js';
import { REQUIREMENT_KEYS } from '../inventory/types.js';
import { isSeverity } from '../model.js';

const ID_RE = /^[a-z0-9]+(-[a-z0-9]+)+$/;

/** Why `value` is not a check, or undefined when it is one. */
export function checkProblem(value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return 'not a check object';
  const c = value as Partial<AnyCheck>;
  const m = c.meta as unknown as Record<string, unknown> | undefined;
  if (!m || typeof m !== 'object') return 'missing meta';
  if (typeof m.id !== 'string' || !ID_RE.test(m.id)) return `meta.id ${JSON.stringify(m.id)} is not a kebab-case id`;
  for (const field of ['title', 'service', 'resourceType', 'rationale'] as const) {
    if (typeof m[field] !== 'string' || (m[field] as string).trim() === '') return `${m.id}: meta.${field} must be a non-empty string`;
  }
  if (typeof m.severity !== 'string' || !isSeverity(m.severity)) return `${m.id}: meta.severity must be one of critical, high, medium, low, info`;
  const r = m.remediation as Record<string, unknown> | undefined;
  if (!r || !Array.isArray(r.console) || !r.console.every((s) => typeof s === 'string')) return `${m.id}: meta.remediation.console must be a list of steps`;
  if (!Array.isArray(m.references) || !m.references.every((s) => typeof s === 'string')) return `${m.id}: meta.references must be a list of URLs`;
  if (!Array.isArray(m.compliance)) return `${m.id}: meta.compliance must be a list`;
  if (!Array.isArray(c.requires) || c.requires.length === 0) return `${m.id}: requires must list inventory keys`;
  const unknown = c.requires.filter((k) => !(REQUIREMENT_KEYS as readonly string[]).includes(k as string));
  if (unknown.length) return `${m.id}: requires unknown inventory key(s) ${unknown.join(', ')} (known: ${REQUIREMENT_KEYS.join(', ')})`;
  if (typeof c.evaluate !== 'function') return `${m.id}: evaluate must be a function`;
  if (c.each !== undefined) {
    // An item check (defineItemCheck) is evaluated resource by resource through `each`: it must be whole.
    const e = c.each as Partial<NonNullable<AnyCheck['each']>> | null;
    if (!e || typeof e !== 'object' || typeof e.evaluate !== 'function' || typeof e.noun !== 'string' || c.requires.length !== 1 || e.key !== c.requires[0]) {
      return `${m.id}: each must come from defineItemCheck (its key the one required key, a noun and an evaluate function)`;
    }
  }
  return undefined;
}

/** Resolves a plugin argument: an existing file path, else a package name resolved from the working directory. */
function resolveSpecifier(spec: string, cwd: string): string {
  const asPath = resolve(cwd, spec);
  if (existsSync(asPath)) return pathToFileURL(asPath).href;
  try {
    return pathToFileURL(createRequire(resolve(cwd, 'package.json')).resolve(spec)).href;
  } catch {
    throw new UsageError(`--plugin ${spec}: no such file or installed package`);
  }
}

/** Loads plugin modules and returns their checks; ids must not collide with each other or with `existing`. */
export async function loadPlugins(specs: string[], existing: readonly AnyCheck[], cwd = process.cwd()): Promise<AnyCheck[]> {
  const ids = new Set(existing.map((c) => c.meta.id));
  const loaded: AnyCheck[] = [];
  for (const spec of specs) {
    const url = resolveSpecifier(spec, cwd);
    let mod: Record<string, unknown>;
    try {
      mod = (await import(url)) as Record<string, unknown>;
    } catch (err) {
      throw new UsageError(`--plugin ${spec}: cannot load module (${(err as Error).message.split('\n')[0]})`);
    }
    const exported = mod.checks ?? mod.default;
    const list = Array.isArray(exported) ? exported : [exported];
    if (exported === undefined || list.length === 0) throw new UsageError(`--plugin ${spec}: exports no checks (default export or \`checks\`)`);
    for (const candidate of list) {
      const problem = checkProblem(candidate);
      if (problem) throw new UsageError(`--plugin ${spec}: ${problem}`);
      const check = candidate as AnyCheck;
      if (ids.has(check.meta.id)) throw new UsageError(`--plugin ${spec}: check id ${check.meta.id} is already defined`);
      ids.add(check.meta.id);
      loaded.push(check);
    }
  }
  return loaded;
}
