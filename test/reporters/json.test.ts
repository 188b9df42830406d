import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Ajv, type AnySchemaObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { renderJson, toJsonReport } from '../../src/reporters/json.js';
import type { Report } from '../../src/engine/report.js';
import { CHECKS, HOSTILE, emptyReport, makeFinding, makeReport, sampleReport } from '../helpers/report.js';

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

const schema = JSON.parse(readFileSync(new URL('../../schemas/report.schema.json', import.meta.url), 'utf8')) as AnySchemaObject;

function compile(s: AnySchemaObject): ValidateFunction {
  const ajv = new Ajv({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv.compile(s);
}

/** The schema with additionalProperties:false on every object that lists its properties: catches undocumented fields. */
function closed(s: unknown): unknown {
  if (Array.isArray(s)) return s.map(closed);
  if (typeof s !== 'object' || s === null) return s;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s)) out[k] = k === 'properties' ? Object.fromEntries(Object.entries(v as object).map(([p, ps]) => [p, closed(ps)])) : closed(v);
  if ('properties' in out && !('additionalProperties' in out)) out.additionalProperties = false;
  return out;
}

const validate = compile(schema);
const validateClosed = compile(closed(schema) as AnySchemaObject);

function errors(v: ValidateFunction, doc: unknown): string[] {
  return v(doc) ? [] : (v.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

describe('renderJson', () => {
  const report = sampleReport();
  const text = renderJson(report);
  const parsed = JSON.parse(text) as Report;

  it('validates against schemas/report.schema.json, using only documented fields', () => {
    expect(errors(validate, parsed)).toEqual([]);
    expect(errors(validateClosed, parsed)).toEqual([]);
    expect(errors(validateClosed, JSON.parse(renderJson(emptyReport())))).toEqual([]);
  });

  it('the schema rejects broken reports', () => {
    const bad = JSON.parse(text) as Record<string, unknown> & { findings: Record<string, unknown>[] };
    bad.schemaVersion = 2;
    bad.findings[0]!.status = 'ok';
    delete bad.findings[1]!.evidence;
    const e = errors(validate, bad).join('\n');
    expect(e).toMatch(/\/schemaVersion/);
    expect(e).toMatch(/\/findings\/0\/status/);
    expect(e).toMatch(/\/findings\/1 must have required property 'evidence'/);
  });

  it('is 2-space indented with a trailing newline and contains schemaVersion 1', () => {
    expect(text.startsWith('{\n  "schemaVersion": 1,\n  "tool": {\n    "name": "smsec"')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('keeps every data field exact (names, ARNs, evidence) and the summary', () => {
    expect(parsed.findings.map((f) => f.resource)).toEqual(report.findings.map((f) => f.resource));
    expect(parsed.findings.map((f) => f.evidence)).toEqual(report.findings.map((f) => f.evidence));
    expect(parsed.checks).toEqual(report.checks);
    expect(parsed.summary).toEqual(report.summary);
    expect(parsed.source).toEqual(report.source);
  });

  it('has a stable key order, as in the Report type, whatever order the input was built in', () => {
    const shuffled = (o: Record<string, unknown>): Record<string, unknown> => Object.fromEntries(Object.entries(o).reverse());
    const r = sampleReport();
    const scrambled = {
      ...shuffled(r as unknown as Record<string, unknown>),
      findings: r.findings.map((f) => ({ ...shuffled({ ...f, resource: shuffled(f.resource as unknown as Record<string, unknown>) }) })),
      summary: shuffled(r.summary as unknown as Record<string, unknown>),
    } as unknown as Report;
    expect(renderJson(scrambled)).toBe(renderJson(r));
    expect(Object.keys(parsed)).toEqual(['schemaVersion', 'tool', 'source', 'account', 'regions', 'checks', 'findings', 'summary']);
    expect(Object.keys(parsed.findings[0]!)).toEqual(['checkId', 'severity', 'account', 'status', 'resource', 'message', 'evidence']);
    expect(Object.keys(parsed.findings[0]!.resource)).toEqual(['arn', 'type', 'region', 'name']);
    expect(Object.keys(parsed.checks[0]!)).toEqual(['id', 'title', 'severity', 'service', 'resourceType', 'rationale', 'remediation', 'references', 'compliance']);
    expect(Object.keys(parsed.summary.byStatus)).toEqual(['fail', 'error', 'pass', 'not_applicable']);
    expect(Object.keys(parsed.summary.failBySeverity)).toEqual(['critical', 'high', 'medium', 'low', 'info']);
  });

  it('keeps fields it does not know, after the known ones', () => {
    const r = { ...makeReport([CHECKS.high], [makeFinding(CHECKS.high, 'fail', 'a')]), extra: { x: 1 } } as Report;
    const keys = Object.keys(toJsonReport(r));
    expect(keys.at(-1)).toBe('extra');
  });

  it('sanitizes message text but not names', () => {
    const f = parsed.findings.find((x) => x.resource.name === HOSTILE.clearScreen)!;
    expect(f.message).toBe('Notebook instance nb-\\x1b[2J\\x1b[H-cleared is open');
  });
});
