/** The README's CI examples, run or parsed as written. */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { BUILTIN_CHECKS } from '../../checks/index.js';
import { parseConfig } from '../../src/config/config.js';
import { runCli } from '../helpers/cli.js';
import { parseXml } from '../helpers/xml.js';

const README = readFileSync('README.md', 'utf8');
const DEMO = resolve('fixtures/demo-account.json');

/** The fenced code block right after `<!-- example: NAME -->`. */
function example(name: string): string {
  const m = new RegExp(`<!-- example: ${name} -->\\n\`\`\`[a-z]*\\n([\\s\\S]*?)\\n\`\`\``).exec(README);
  if (!m) throw new Error(`README has no example "${name}"`);
  return m[1]!;
}

/** A shell command as arguments: continuation lines joined, the program name dropped, `#` comments cut. */
function argsOf(command: string, program: RegExp): string[] {
  const line = command.replace(/\\\n\s*/g, ' ').replace(/\s+#.*$/, '').trim();
  expect(line).toMatch(program);
  return line.replace(program, '').trim().split(/\s+/);
}

const tmp = (): string => mkdtempSync(join(tmpdir(), 'smsec-readme-'));

describe('README examples', { timeout: 120_000 }, () => {
  it('the config example is valid and does what the README says on the demo account', () => {
    const text = example('config');
    expect(() => parseConfig(text, 'smsec.config.json', BUILTIN_CHECKS.map((c) => c.meta.id))).not.toThrow();
    const dir = tmp();
    writeFileSync(join(dir, 'smsec.config.json'), text);
    // Dates as of a day before both expiries, so the example does not rot.
    const r = runCli(['audit', '--snapshot', DEMO, '--format', 'json'], { SMSEC_TODAY: '2027-01-15' }, { cwd: dir });
    const report = JSON.parse(r.stdout) as {
      checks: { id: string; severity: string }[];
      findings: { checkId: string; status: string; severity: string; resource: { arn: string }; suppression?: { reason: string } }[];
      suppressions: { state: string }[];
    };
    expect(report.checks.map((c) => c.id)).not.toContain('guardduty-enabled');
    expect(report.checks.find((c) => c.id === 's3-bucket-versioning-enabled')!.severity).toBe('high');
    const suppressed = report.findings.filter((f) => f.suppression);
    expect(suppressed.map((f) => f.resource.arn)).toEqual(['arn:aws:sagemaker:us-east-1:123456789012:notebook-instance/research-nb']);
    // The tag-scoped suppression cannot match (no tags are collected yet): stale, as documented.
    expect(report.suppressions.map((s) => s.state)).toEqual(['active', 'stale']);
    expect(r.stderr).toContain('is stale');
    // failOn high: the exit code is 1 exactly when an unsuppressed high or critical finding fails or is unreadable.
    const gating = report.findings.filter((f) => ['fail', 'error'].includes(f.status) && ['critical', 'high'].includes(f.severity) && !f.suppression);
    expect(r.code).toBe(gating.length > 0 ? 1 : 0);
    // After the first suppression's expiry date it no longer applies.
    const later = runCli(['audit', '--snapshot', DEMO, '--format', 'json'], { SMSEC_TODAY: '2027-07-01' }, { cwd: dir });
    expect((JSON.parse(later.stdout) as typeof report).suppressions.map((s) => s.state)).toEqual(['expired', 'stale']);
  });

  it('the config error shown in the README is what smsec prints', () => {
    const shown = /```\n(smsec: smsec\.config\.json: .*)\n```/.exec(README)![1]!;
    const dir = tmp();
    writeFileSync(join(dir, 'smsec.config.json'), example('config').replace('"2027-06-30"', '"30/06/2027"'));
    const r = runCli(['audit', '--snapshot', DEMO], {}, { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${shown}\n`);
  });

  it('the several-reports command writes every report', () => {
    const dir = tmp();
    const args = argsOf(example('demo-outputs'), /^node bin\/smsec\.js /).map((a) => (a === 'fixtures/demo-account.json' ? DEMO : a));
    const r = runCli(args, {}, { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    for (const f of ['smsec.sarif', 'smsec.json', 'smsec-junit.xml', 'smsec.md']) expect(existsSync(join(dir, f)), f).toBe(true);
    expect(() => parseXml(readFileSync(join(dir, 'smsec-junit.xml'), 'utf8'))).not.toThrow();
    expect(r.stdout).toContain('Amazon SageMaker security posture audit');
  });

  it('the diff example runs on two reports', () => {
    const dir = tmp();
    for (const file of ['baseline.json', 'smsec.json']) {
      expect(runCli(['audit', '--snapshot', DEMO, '--format', 'json', '--output', file, '--fail-on', 'none'], {}, { cwd: dir }).code).toBe(0);
    }
    const r = runCli(argsOf(example('diff'), /^smsec /), {}, { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^0 new, 0 fixed, \d+ unchanged$/m);
  });

  it('the GitLab job keeps the JUnit report smsec writes, also when the audit fails', () => {
    const job = (parseYaml(example('gitlab')) as Record<string, { script: string[]; artifacts: { when: string; reports: { junit: string } } }>).smsec!;
    const audit = job.script.find((l) => l.startsWith('smsec audit'))!;
    const junit = /--output junit=(\S+)/.exec(audit)![1];
    expect(job.artifacts.reports.junit).toBe(junit);
    expect(job.artifacts.when).toBe('always');
  });

  it('the GitHub steps upload the SARIF file the action writes, even after a failing audit', () => {
    const doc = parseYaml(example('github-steps')) as { permissions: Record<string, string>; steps: { uses?: string; if?: string; with?: Record<string, string> }[] };
    expect(doc.permissions).toMatchObject({ 'id-token': 'write', 'security-events': 'write' });
    const smsec = doc.steps.find((s) => s.uses?.includes('/smsec@'))!;
    const upload = doc.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
    expect(upload.if).toMatch(/always\(\)/);
    expect(upload.with!.sarif_file).toBe(smsec.with!['sarif-file']);
  });
});
