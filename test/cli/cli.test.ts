import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { githubRules } from '../helpers/sarif-rules.js';
import { codeqlSchema, officialSchema, schemaErrors } from '../helpers/sarif-schema.js';

const DEMO = 'fixtures/demo-account.json';
const tmp = mkdtempSync(join(tmpdir(), 'smsec-cli-'));

function write(name: string, content: string | Buffer): string {
  const file = join(tmp, name);
  writeFileSync(file, content);
  return file;
}

const demo = JSON.parse(readFileSync(DEMO, 'utf8')) as { formatVersion: number; metadata: Record<string, unknown>; calls: unknown[] };

/** One line on stderr, no stack trace, exit 2. */
function expectUsageError(r: { code: number | null; stderr: string; stdout: string }, fragment: string): void {
  expect(r.code).toBe(2);
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^smsec: /);
  expect(r.stderr).toContain(fragment);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stdout).toBe('');
}

describe('smsec audit on the demo snapshot', () => {
  it('exits 1 when findings fail, and lists them grouped by severity with a summary', () => {
    const r = runCli(['audit', '--snapshot', DEMO]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^HIGH \(/m);
    expect(r.stdout).toContain('research-nb');
    expect(r.stdout).toMatch(/\d+ failed .*\d+ errors?, \d+ passed, \d+ not applicable/);
    expect(r.stdout).not.toMatch(/\u001b\[/); // NO_COLOR
  });

  it('exits 0 with --fail-on none', () => {
    expect(runCli(['audit', '--snapshot', DEMO, '--fail-on', 'none']).code).toBe(0);
  });

  it('gates on severity: exit 1 only when a failing or unreadable finding is at or above --fail-on', () => {
    const report = JSON.parse(runCli(['audit', '--snapshot', DEMO, '--format', 'json', '--fail-on', 'none']).stdout) as {
      findings: { status: string; severity: string }[];
    };
    const order = ['critical', 'high', 'medium', 'low', 'info'];
    for (const threshold of ['critical', 'high', 'low']) {
      const gating = report.findings.some(
        (f) => (f.status === 'fail' || f.status === 'error') && order.indexOf(f.severity) <= order.indexOf(threshold),
      );
      expect(runCli(['audit', '--snapshot', DEMO, '--fail-on', threshold]).code, threshold).toBe(gating ? 1 : 0);
    }
    // A check that passes everywhere in the demo gates nothing, whatever the threshold.
    expect(runCli(['audit', '--snapshot', DEMO, '--checks', 'cloudtrail-multi-region-trail-logging', '--fail-on', 'info']).code).toBe(0);
  }, 120_000);

  it('counts unreadable data as failing unless --no-fail-on-error', () => {
    // In eu-west-1 the demo auditor may not list training jobs: the only finding is an error.
    const args = ['audit', '--snapshot', DEMO, '--regions', 'eu-west-1', '--checks', 'sagemaker-training-job-kms'];
    const report = JSON.parse(runCli([...args, '--format', 'json', '--fail-on', 'none']).stdout) as { findings: { status: string }[] };
    expect(report.findings.map((f) => f.status)).toEqual(['error']);
    expect(runCli(args).code).toBe(1);
    expect(runCli([...args, '--no-fail-on-error']).code).toBe(0);
  });

  it('writes JSON with a schema version, check metadata and every finding', () => {
    const r = runCli(['audit', '--snapshot', DEMO, '--format', 'json', '--fail-on', 'none']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as {
      schemaVersion: number;
      tool: { name: string };
      account: { id: string };
      checks: { id: string }[];
      findings: { checkId: string; status: string; resource: { arn: string }; severity: string }[];
    };
    expect(report.schemaVersion).toBe(1);
    expect(report.tool.name).toBe('smsec');
    expect(report.account.id).toBe('123456789012');
    const statuses = new Set(report.findings.map((f) => f.status));
    expect([...statuses].sort()).toEqual(['error', 'fail', 'not_applicable', 'pass']);
    for (const f of report.findings) {
      expect(report.checks.map((c) => c.id)).toContain(f.checkId);
      expect(f.resource.arn).toMatch(/^arn:aws:/);
    }
  });

  it('is deterministic', () => {
    const a = runCli(['audit', '--snapshot', DEMO, '--format', 'json', '--fail-on', 'none']).stdout;
    const b = runCli(['audit', '--snapshot', DEMO, '--format', 'json', '--fail-on', 'none']).stdout;
    expect(a).toBe(b);
  });

  it('writes SARIF to --output and keeps stdout empty', () => {
    const out = join(tmp, 'out.sarif');
    const r = runCli(['audit', '--snapshot', DEMO, '--format', 'sarif', '--output', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const sarif = JSON.parse(readFileSync(out, 'utf8')) as { version: string; runs: { results: unknown[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs).toHaveLength(1);
    expect(sarif.runs[0]!.results.length).toBeGreaterThan(0);
    expect(schemaErrors(officialSchema, sarif)).toEqual([]);
    expect(schemaErrors(codeqlSchema, sarif)).toEqual([]);
    expect(githubRules(sarif)).toEqual([]);
  });

  it('writes a valid SARIF run with an empty results array when nothing fails', () => {
    const out = join(tmp, 'clean.sarif');
    const r = runCli(['audit', '--snapshot', DEMO, '--checks', 'cloudtrail-multi-region-trail-logging', '--format', 'sarif', '--output', out]);
    expect(r.code).toBe(0);
    const sarif = JSON.parse(readFileSync(out, 'utf8')) as { runs: { results: unknown[] }[] };
    expect(sarif.runs[0]!.results).toEqual([]);
    expect(schemaErrors(officialSchema, sarif)).toEqual([]);
    expect(githubRules(sarif)).toEqual([]);
  });

  it('reads a gzip snapshot', () => {
    const gz = write('demo.json.gz', gzipSync(readFileSync(DEMO)));
    const plain = runCli(['audit', '--snapshot', DEMO, '--format', 'json']).stdout;
    const zipped = runCli(['audit', '--snapshot', gz, '--format', 'json']).stdout;
    const strip = (s: string) => JSON.stringify((JSON.parse(s) as { findings: unknown }).findings);
    expect(strip(zipped)).toBe(strip(plain));
  });

  it('audits only the chosen regions', () => {
    const report = JSON.parse(runCli(['audit', '--snapshot', DEMO, '--regions', 'eu-west-1', '--format', 'json']).stdout) as {
      regions: string[];
      findings: { resource: { region: string; arn: string } }[];
    };
    expect(report.regions).toEqual(['eu-west-1']);
    // Regional resources come from eu-west-1 only; buckets are account-wide and all audited whatever --regions says.
    const regional = report.findings.filter((f) => /^arn:aws:(sagemaker|guardduty):/.test(f.resource.arn));
    expect(regional.length).toBeGreaterThan(0);
    for (const f of regional) expect(f.resource.region).toBe('eu-west-1');
    expect(report.findings.some((f) => f.resource.arn === 'arn:aws:s3:::sagemaker-us-east-1-123456789012')).toBe(true);
  });

  it('selects checks by glob and by minimum severity', () => {
    const byGlob = JSON.parse(runCli(['audit', '--snapshot', DEMO, '--checks', 's3-*', '--format', 'json']).stdout) as { checks: { id: string }[] };
    expect(byGlob.checks.length).toBeGreaterThan(1);
    for (const c of byGlob.checks) expect(c.id).toMatch(/^s3-/);
    const high = JSON.parse(runCli(['audit', '--snapshot', DEMO, '--min-severity', 'high', '--format', 'json']).stdout) as { checks: { severity: string }[] };
    for (const c of high.checks) expect(['critical', 'high']).toContain(c.severity);
  });
});

describe('bad input: one line, exit 2', () => {
  it.each([
    ['an unknown flag', ['audit', '--snapshot', DEMO, '--frobnicate'], 'unknown option'],
    ['an unknown command', ['frobnicate'], 'unknown command'],
    ['an unknown check id', ['audit', '--snapshot', DEMO, '--checks', 'no-such-check'], 'no-such-check'],
    ['an unknown skipped check', ['audit', '--snapshot', DEMO, '--skip-checks', 'nope-*'], 'nope-*'],
    ['a bad --fail-on', ['audit', '--snapshot', DEMO, '--fail-on', 'severe'], 'severe'],
    ['a bad --format', ['audit', '--snapshot', DEMO, '--format', 'xml'], 'xml'],
    ['a bad region name', ['audit', '--snapshot', DEMO, '--regions', 'mars-1'], 'mars-1'],
    ['a region the snapshot lacks', ['audit', '--snapshot', DEMO, '--regions', 'ap-south-1'], 'ap-south-1'],
    ['a missing snapshot file', ['audit', '--snapshot', join(tmp, 'missing.json')], 'no such file'],
    ['explain of an unknown check', ['explain', 'no-such-check'], 'no-such-check'],
    ['record without --output', ['record'], '--output'],
  ])('%s', (_name, args, fragment) => {
    expectUsageError(runCli(args), fragment);
  });

  it.each([
    ['malformed JSON', () => write('bad.json', '{"format": "smsec-snapshot", '), 'not valid JSON'],
    ['not a snapshot', () => write('other.json', '{"hello": 1}'), 'not an smsec snapshot'],
    ['a future format version', () => write('v9.json', JSON.stringify({ ...demo, formatVersion: 9 })), 'version 9'],
    ['a schema violation', () => write('noacct.json', JSON.stringify({ ...demo, metadata: { ...demo.metadata, accountId: 'abc' } })), '/metadata/accountId'],
    ['a corrupt gzip', () => write('bad.json.gz', Buffer.from([0x1f, 0x8b, 1, 2, 3])), 'gzip'],
    ['an empty file', () => write('empty.json', ''), 'not valid JSON'],
  ])('a snapshot that is %s', (_name, make, fragment) => {
    expectUsageError(runCli(['audit', '--snapshot', make()]), fragment);
  });

  it('a live audit without credentials or region fails before scanning with one line', () => {
    const r = runCli(['audit'], {
      AWS_REGION: undefined,
      AWS_DEFAULT_REGION: undefined,
      AWS_CONFIG_FILE: write('empty-config', ''),
      AWS_SHARED_CREDENTIALS_FILE: write('empty-credentials', ''),
      AWS_EC2_METADATA_DISABLED: 'true',
    });
    expectUsageError(r, 'region');
  });
});

describe('smsec checks and explain', () => {
  it('lists every check, as text and JSON', () => {
    const text = runCli(['checks']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('sagemaker-notebook-no-direct-internet');
    const json = JSON.parse(runCli(['checks', '--format', 'json']).stdout) as { id: string; requires: string[]; remediation: object }[];
    expect(json.length).toBeGreaterThanOrEqual(13);
    expect(text.stdout).toContain(`${json.length} checks`);
    for (const c of json) expect(c.requires.length).toBeGreaterThan(0);
  });

  it('explains a check with rationale, remediation and references', () => {
    const r = runCli(['explain', 'sagemaker-notebook-root-access-disabled']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Why it matters');
    expect(r.stdout).toContain('How to fix');
    expect(r.stdout).toContain('https://docs.aws.amazon.com/');
  });

  it('prints its version', () => {
    const r = runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version);
  });
});
