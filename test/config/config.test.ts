import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_FILE_NAME, loadConfig, parseConfig } from '../../src/config/config.js';
import { jsonPath, pointerSegments } from '../../src/config/schema-errors.js';
import { resolveAuditSettings, todayFrom } from '../../src/commands/audit-settings.js';
import { applySeverityOverrides } from '../../src/engine/overrides.js';
import { UsageError } from '../../src/errors.js';
import { defineCheck, type AnyCheck } from '../../src/check-api/check.js';
import { CHECKS, makeCheck } from '../helpers/report.js';

const IDS = ['s3-bucket-versioning-enabled', 's3-bucket-tls', 'sagemaker-notebook-no-direct-internet'];
const FILE = 'smsec.config.json';

function parse(config: unknown): ReturnType<typeof parseConfig> {
  return parseConfig(typeof config === 'string' ? config : JSON.stringify(config), FILE, IDS);
}

/** The UsageError message parse throws. */
function error(config: unknown): string {
  try {
    parse(config);
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    return (err as Error).message;
  }
  throw new Error('expected a UsageError');
}

const suppression = { check: 's3-*', reason: 'accepted', expires: '2030-01-31' };

describe('parseConfig', () => {
  it('accepts every documented field', () => {
    const config = {
      $schema: './node_modules/smsec/schemas/config.schema.json',
      checks: ['s3-*', 'sagemaker-notebook-no-direct-internet'],
      skipChecks: ['s3-bucket-tls'],
      severityOverrides: { 's3-bucket-versioning-enabled': 'high' },
      failOn: 'medium',
      regions: ['us-east-1', 'eu-west-1'],
      suppressions: [
        { ...suppression, resources: ['arn:aws:s3:::ml-*'], tags: { env: 'sandbox' } },
        { check: 'sagemaker-notebook-no-direct-internet', reason: 'lab', expires: '2024-02-29' },
      ],
    };
    const { $schema: _s, ...rest } = config;
    expect(parse(config)).toEqual(rest);
    expect(parse({})).toEqual({});
  });

  it.each([
    ['malformed JSON', '{"failOn": ', `${FILE}: not valid JSON`],
    ['not an object', '[]', `${FILE}: $: must be an object`],
    ['an unknown top-level key', { failon: 'high' }, `${FILE}: $: unknown property "failon"`],
    ['an unknown suppression key', { suppressions: [{ ...suppression, resource: ['x'] }] }, `${FILE}: $.suppressions[0]: unknown property "resource"`],
    ['a missing reason', { suppressions: [{ check: 's3-*', expires: '2030-01-01' }] }, `${FILE}: $.suppressions[0].reason: required property is missing`],
    ['an empty reason', { suppressions: [{ ...suppression, reason: '' }] }, `${FILE}: $.suppressions[0].reason: must not be empty`],
    ['a blank reason', { suppressions: [{ ...suppression, reason: '   ' }] }, `${FILE}: $.suppressions[0].reason: must not be blank`],
    ['a missing expiry', { suppressions: [{ check: 's3-*', reason: 'r' }] }, `${FILE}: $.suppressions[0].expires: required property is missing`],
    ['a badly written date', { suppressions: [suppression, { ...suppression, expires: '31/01/2030' }] }, `${FILE}: $.suppressions[1].expires: must be a date YYYY-MM-DD`],
    ['an impossible date', { suppressions: [{ ...suppression, expires: '2030-02-30' }] }, `${FILE}: $.suppressions[0].expires: must be a date YYYY-MM-DD`],
    ['an empty resource list', { suppressions: [{ ...suppression, resources: [] }] }, `${FILE}: $.suppressions[0].resources: must not be an empty list`],
    ['a non-string tag value', { suppressions: [{ ...suppression, tags: { env: 1 } }] }, `${FILE}: $.suppressions[0].tags.env: must be a string`],
    ['a bad failOn', { failOn: 'severe' }, `${FILE}: $.failOn: must be one of critical, high, medium, low, info, none`],
    ['a bad override severity', { severityOverrides: { 's3-bucket-tls': 'urgent' } }, `${FILE}: $.severityOverrides["s3-bucket-tls"]: must be one of critical, high, medium, low, info`],
    ['a bad region', { regions: ['us-east-1', 'mars-1'] }, `${FILE}: $.regions[1]: must be a region name such as us-east-1`],
    ['a string instead of a list', { checks: 's3-*' }, `${FILE}: $.checks: must be an array`],
    ['an unknown check', { checks: ['s3-*', 'no-such-check'] }, `${FILE}: $.checks[1]: no check matches "no-such-check"`],
    ['an unknown skipped glob', { skipChecks: ['iam-*'] }, `${FILE}: $.skipChecks[0]: no check matches "iam-*"`],
    ['an unknown overridden check', { severityOverrides: { 'no-such-check': 'low' } }, `${FILE}: $.severityOverrides["no-such-check"]: unknown check "no-such-check"`],
    ['an invalid override key', { severityOverrides: { 'Not An Id': 'low' } }, `${FILE}: $.severityOverrides: "Not An Id" is not a valid check id`],
    ['an unknown suppressed check', { suppressions: [suppression, { ...suppression, check: 'kms-*' }] }, `${FILE}: $.suppressions[1].check: no check matches "kms-*"`],
  ])('rejects %s with one line naming the file and JSON path', (_name, config, message) => {
    const m = error(config);
    expect(m.startsWith(message), m).toBe(true);
    expect(m).not.toContain('\n');
  });
});

describe('loadConfig', () => {
  const dir = mkdtempSync(join(tmpdir(), 'smsec-config-'));
  const withConfig = join(dir, 'with');
  const without = join(dir, 'without');
  mkdirSync(withConfig);
  mkdirSync(without);
  writeFileSync(join(withConfig, CONFIG_FILE_NAME), JSON.stringify({ failOn: 'high' }));
  writeFileSync(join(dir, 'other.json'), JSON.stringify({ failOn: 'low' }));

  it('finds smsec.config.json in the working directory', () => {
    expect(loadConfig(undefined, withConfig, IDS)).toEqual({ file: CONFIG_FILE_NAME, config: { failOn: 'high' } });
  });

  it('has no config when the working directory has none', () => {
    expect(loadConfig(undefined, without, IDS)).toBeUndefined();
  });

  it('--config FILE wins over the working directory, relative to it', () => {
    expect(loadConfig('../other.json', withConfig, IDS)).toEqual({ file: '../other.json', config: { failOn: 'low' } });
  });

  it('--no-config ignores smsec.config.json', () => {
    expect(loadConfig(false, withConfig, IDS)).toBeUndefined();
  });

  it('a missing --config file is a usage error', () => {
    expect(() => loadConfig('nope.json', dir, IDS)).toThrow(new UsageError('cannot read config nope.json: no such file'));
  });
});

describe('flags over config', () => {
  const check = (id: string, severity: 'high' | 'medium' | 'low'): AnyCheck =>
    defineCheck({ meta: makeCheck(id, severity), requires: ['notebookInstances'], evaluate: () => [] });
  const catalogue = [check('s3-bucket-versioning-enabled', 'medium'), check('s3-bucket-tls', 'high'), check('sagemaker-notebook-no-direct-internet', 'high')];
  const dir = mkdtempSync(join(tmpdir(), 'smsec-settings-'));
  writeFileSync(
    join(dir, CONFIG_FILE_NAME),
    JSON.stringify({
      checks: ['s3-*'],
      failOn: 'high',
      regions: ['eu-west-1'],
      severityOverrides: { 's3-bucket-versioning-enabled': 'low' },
      suppressions: [suppression],
    }),
  );
  const settings = (flags: Record<string, string>) => resolveAuditSettings(catalogue, { format: 'text', ...flags }, {}, dir);

  it('uses the config when no flag is given', () => {
    const s = settings({});
    expect(s.checks.map((c) => c.meta.id)).toEqual(['s3-bucket-versioning-enabled', 's3-bucket-tls']);
    expect(s.failOn).toBe('high');
    expect(s.regions).toEqual(['eu-west-1']);
    expect(s.suppressions).toEqual([suppression]);
    expect(s.checks[0]!.meta.severity).toBe('low');
  });

  it('each flag overrides its config value', () => {
    const s = settings({ checks: 'sagemaker-*', failOn: 'none', regions: 'us-east-1' });
    expect(s.checks.map((c) => c.meta.id)).toEqual(['sagemaker-notebook-no-direct-internet']);
    expect(s.failOn).toBe('none');
    expect(s.regions).toEqual(['us-east-1']);
  });

  it('--min-severity sees the overridden severity', () => {
    expect(settings({ minSeverity: 'medium' }).checks.map((c) => c.meta.id)).toEqual(['s3-bucket-tls']);
  });

  it('defaults to --fail-on info without a config', () => {
    expect(resolveAuditSettings(catalogue, { format: 'text', config: false }, {}, dir).failOn).toBe('info');
  });
});

describe('severity overrides', () => {
  it('replace the severity of the named checks only, without touching the originals', () => {
    const a = defineCheck({ meta: CHECKS.high, requires: ['notebookInstances'], evaluate: () => [] });
    const b = defineCheck({ meta: CHECKS.low, requires: ['notebookInstances'], evaluate: () => [] });
    const out = applySeverityOverrides([a, b], { [CHECKS.high.id]: 'critical' });
    expect(out.map((c) => c.meta.severity)).toEqual(['critical', 'low']);
    expect(a.meta.severity).toBe('high');
    expect(out[1]).toBe(b);
  });
});

describe('SMSEC_TODAY', () => {
  it('defaults to the UTC date and accepts only real dates', () => {
    expect(todayFrom({}, new Date('2025-01-02T03:04:05Z'))).toBe('2025-01-02');
    expect(todayFrom({ SMSEC_TODAY: '2024-02-29' })).toBe('2024-02-29');
    expect(() => todayFrom({ SMSEC_TODAY: '2023-02-29' })).toThrow(UsageError);
    expect(() => todayFrom({ SMSEC_TODAY: 'tomorrow' })).toThrow(/SMSEC_TODAY/);
  });
});

describe('JSON paths', () => {
  it('render pointers readably', () => {
    expect(jsonPath(pointerSegments(''))).toBe('$');
    expect(jsonPath(pointerSegments('/suppressions/0/tags/env'))).toBe('$.suppressions[0].tags.env');
    expect(jsonPath(pointerSegments('/severityOverrides/s3-x~1y'))).toBe('$.severityOverrides["s3-x/y"]');
  });
});
