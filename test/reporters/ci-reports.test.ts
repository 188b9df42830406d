/** JSON and text reports of audits with suppressions and a baseline. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Ajv, type AnySchemaObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { renderJson } from '../../src/reporters/json.js';
import { renderText } from '../../src/reporters/text.js';
import type { Report } from '../../src/engine/report.js';
import { HOSTILE, RAW_PAYLOADS, ciReport, nbArn } from '../helpers/report.js';

const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;
const schema = JSON.parse(readFileSync(new URL('../../schemas/report.schema.json', import.meta.url), 'utf8')) as AnySchemaObject;

/** additionalProperties:false on every object schema that lists properties: a field missing from the schema fails. */
function closed(s: unknown): unknown {
  if (Array.isArray(s)) return s.map(closed);
  if (typeof s !== 'object' || s === null) return s;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s)) out[k] = k === 'properties' ? Object.fromEntries(Object.entries(v as object).map(([p, ps]) => [p, closed(ps)])) : closed(v);
  if ('properties' in out && !('additionalProperties' in out)) out.additionalProperties = false;
  return out;
}

function compile(s: AnySchemaObject): ValidateFunction {
  const ajv = new Ajv({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv.compile(s);
}

const errors = (v: ValidateFunction, doc: unknown): string[] => (v(doc) ? [] : (v.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`));

describe('JSON report with suppressions and a baseline', () => {
  const report = ciReport();
  const text = renderJson(report);
  const parsed = JSON.parse(text) as Report;

  it('validates against the schema, every new field documented', () => {
    expect(errors(compile(schema), parsed)).toEqual([]);
    expect(errors(compile(closed(schema) as AnySchemaObject), parsed)).toEqual([]);
  });

  it('the schema rejects a bad suppression state, baseline mark or expiry date', () => {
    const bad = JSON.parse(text) as Record<string, unknown> & { suppressions: Record<string, unknown>[]; findings: Record<string, unknown>[] };
    bad.suppressions[0]!.state = 'ignored';
    bad.findings[0]!.baseline = 'old';
    bad.findings[1]!.suppression = { reason: 'x', expires: 'soon' };
    const e = errors(compile(schema), bad).join('\n');
    expect(e).toMatch(/\/suppressions\/0\/state/);
    expect(e).toMatch(/\/findings\/0\/baseline/);
    expect(e).toMatch(/\/findings\/1\/suppression\/expires/);
  });

  it('includes suppressed findings with their reason, tags exact, and the suppression states', () => {
    const accepted = parsed.findings.find((f) => f.resource.arn === nbArn('nb-accepted'))!;
    expect(accepted.status).toBe('fail');
    expect(accepted.suppression).toEqual(report.findings[1]!.suppression);
    expect(accepted.resource.tags).toEqual({ env: 'sandbox', owner: HOSTILE.clearScreen });
    expect(accepted.baseline).toBe('unchanged');
    expect(parsed.suppressions!.map((s) => s.state)).toEqual(['active', 'active', 'expired', 'stale']);
    expect(parsed.baseline).toEqual(report.baseline);
    expect(parsed.summary.suppressed).toBe(2);
  });

  it('puts the new keys in a fixed place', () => {
    expect(Object.keys(parsed)).toEqual(['schemaVersion', 'tool', 'source', 'account', 'regions', 'checks', 'findings', 'suppressions', 'baseline', 'summary']);
    expect(Object.keys(parsed.findings[1]!)).toEqual(['checkId', 'severity', 'account', 'status', 'resource', 'message', 'evidence', 'suppression', 'baseline']);
    expect(Object.keys(parsed.findings[1]!.resource)).toEqual(['arn', 'type', 'region', 'name', 'tags']);
    expect(Object.keys(parsed.summary)).toEqual(['byStatus', 'failBySeverity', 'errorBySeverity', 'suppressed']);
  });

  it('no raw terminal escapes, bidi or zero-width characters from tags or reasons', () => {
    for (const payload of RAW_PAYLOADS) expect(text.includes(payload), JSON.stringify(payload)).toBe(false);
  });
});

describe('text report with suppressions and a baseline', () => {
  const report = ciReport();
  const plain = renderText(report, { color: false, width: 200 });
  const verbose = renderText(report, { color: false, width: 400, verbose: true });

  it('does not list suppressed findings by default, but counts them', () => {
    expect(plain).not.toContain('nb-accepted');
    expect(plain).not.toContain('nb-denied');
    expect(plain).toContain('nb-old');
    expect(plain).toMatch(/1 passed, 1 not applicable and 2 suppressed findings not listed/);
    expect(plain).toMatch(/; 2 of them suppressed$/m);
  });

  it('lists them when verbose, with the expiry and reason (sanitized)', () => {
    expect(verbose).toContain('nb-accepted');
    expect(verbose).toMatch(/\[suppressed until 2030-06-30: Sandbox \| accepted by `sec` <b>team<\/b> nb-\\u202e/);
  });

  it('has a line for each expired and each stale suppression', () => {
    expect(plain).toContain(`Suppression expired on 2024-01-31 (check test-*, resources ${nbArn('nb-old')}): no longer applied; it matches 1 finding.`);
    expect(plain).toContain('Stale suppression (check test-medium-check, resources arn:aws:s3:::gone-*): it matched no failing finding');
    expect(plain.match(/^(Suppression expired|Stale suppression)/gm)).toHaveLength(2);
  });

  it('marks new findings and summarises the baseline', () => {
    expect(plain).toContain('Baseline previous.json (collected 2024-12-01T00:00:00.000Z): 1 new, 3 unchanged, 2 fixed failing findings; only new ones gate.');
    const lines = plain.split('\n');
    const critical = lines.findIndex((l) => l.includes('nb-new-critical'));
    expect(lines[critical + 1]).toMatch(/^│ new\s+│/);
    const old = lines.findIndex((l) => l.includes('nb-old') && l.startsWith('│ FAIL'));
    expect(lines[old + 1] ?? '').not.toMatch(/^│ new/);
  });

  it('no raw control characters', () => {
    for (const out of [plain, verbose]) for (const payload of RAW_PAYLOADS) expect(out.includes(payload), JSON.stringify(payload)).toBe(false);
  });
});
