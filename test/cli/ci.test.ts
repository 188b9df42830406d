/** CI gating end to end: config file, suppressions, baselines, diff, several reports from one scan, job summary. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { githubRules } from '../helpers/sarif-rules.js';
import { officialSchema, schemaErrors } from '../helpers/sarif-schema.js';
import { elements, parseXml } from '../helpers/xml.js';

const DEMO = resolve('fixtures/demo-account.json');
const CHECK = 'sagemaker-notebook-no-direct-internet';
const RESEARCH = 'arn:aws:sagemaker:us-east-1:123456789012:notebook-instance/research-nb';
const ONE_CHECK = ['audit', '--snapshot', DEMO, '--checks', CHECK];

interface JsonReport {
  account: { id: string };
  findings: { checkId: string; status: string; resource: { arn: string }; suppression?: { reason: string; expires: string }; baseline?: string }[];
  suppressions: { state: string; matched: number }[];
  baseline?: { new: number; unchanged: number; fixed: number };
  summary: { suppressed: number };
}

/** A fresh working directory, optionally with a smsec.config.json. */
function workdir(config?: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'smsec-ci-'));
  if (config !== undefined) writeFileSync(join(dir, 'smsec.config.json'), typeof config === 'string' ? config : JSON.stringify(config, null, 2));
  return dir;
}

function expectUsageError(r: { code: number | null; stderr: string; stdout: string }, fragment: string): void {
  expect(r.code, r.stderr).toBe(2);
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^smsec: /);
  expect(r.stderr).toContain(fragment);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(r.stdout).toBe('');
}

const acceptAll = (fields: Record<string, unknown> = {}) => ({
  suppressions: [{ check: CHECK, reason: 'Lab account, no data', expires: '2030-01-31', ...fields }],
});

// Each test runs the CLI a few times; the default 30 s is tight on a busy machine.
const SLOW = { timeout: 120_000 };

describe('config file', SLOW, () => {
  it('is read from the working directory; a flag overrides it', () => {
    const dir = workdir({ failOn: 'critical' });
    expect(runCli(ONE_CHECK, {}, { cwd: dir }).code).toBe(0);
    expect(runCli([...ONE_CHECK, '--fail-on', 'high'], {}, { cwd: dir }).code).toBe(1);
    expect(runCli(ONE_CHECK, {}, { cwd: workdir() }).code).toBe(1);
  });

  it('--config FILE and --no-config', () => {
    const dir = workdir('{ broken');
    writeFileSync(join(dir, 'ci.json'), JSON.stringify({ failOn: 'none' }));
    expect(runCli([...ONE_CHECK, '--config', 'ci.json'], {}, { cwd: dir }).code).toBe(0);
    expect(runCli([...ONE_CHECK, '--no-config'], {}, { cwd: dir }).code).toBe(1);
    expectUsageError(runCli(ONE_CHECK, {}, { cwd: dir }), 'smsec.config.json: not valid JSON');
  });

  it.each([
    ['a missing reason', { suppressions: [{ check: CHECK, expires: '2030-01-01' }] }, 'smsec.config.json: $.suppressions[0].reason: required property is missing'],
    ['a bad date', acceptAll({ expires: '2030-13-01' }), 'smsec.config.json: $.suppressions[0].expires: must be a date YYYY-MM-DD'],
    ['an unknown check', { skipChecks: ['no-such-check'] }, 'smsec.config.json: $.skipChecks[0]: no check matches "no-such-check"'],
    ['an unknown override', { severityOverrides: { 'no-such-check': 'low' } }, 'smsec.config.json: $.severityOverrides["no-such-check"]: unknown check'],
    ['an unknown key', { fail_on: 'high' }, 'smsec.config.json: $: unknown property "fail_on"'],
  ])('%s is one line and exit 2', (_name, config, message) => {
    expectUsageError(runCli(ONE_CHECK, {}, { cwd: workdir(config) }), message);
  });

  it('a missing --config file is exit 2', () => {
    expectUsageError(runCli([...ONE_CHECK, '--config', 'nope.json'], {}, { cwd: workdir() }), 'cannot read config nope.json: no such file');
  });

  it('severity overrides change the finding severity, the gate and the SARIF rule', () => {
    const dir = workdir({ severityOverrides: { [CHECK]: 'low' } });
    const json = JSON.parse(runCli([...ONE_CHECK, '--format', 'json', '--fail-on', 'none'], {}, { cwd: dir }).stdout) as { findings: { severity: string }[]; checks: { severity: string }[] };
    expect(new Set(json.findings.map((f) => f.severity))).toEqual(new Set(['low']));
    expect(json.checks[0]!.severity).toBe('low');
    expect(runCli([...ONE_CHECK, '--fail-on', 'medium'], {}, { cwd: dir }).code).toBe(0);
    const sarif = JSON.parse(runCli([...ONE_CHECK, '--format', 'sarif', '--fail-on', 'none'], {}, { cwd: dir }).stdout) as {
      runs: { tool: { driver: { rules: { defaultConfiguration: { level: string }; properties: Record<string, string> }[] } } }[];
    };
    expect(sarif.runs[0]!.tool.driver.rules[0]!.defaultConfiguration.level).toBe('note');
    expect(sarif.runs[0]!.tool.driver.rules[0]!.properties['security-severity']).toBe('2.0');
  });
});

describe('suppressions', SLOW, () => {
  it('a suppressed finding keeps its status, carries the reason in JSON, and does not gate', () => {
    const dir = workdir(acceptAll());
    expect(runCli(ONE_CHECK, {}, { cwd: dir }).code).toBe(0);
    const r = runCli([...ONE_CHECK, '--format', 'json'], {}, { cwd: dir });
    const report = JSON.parse(r.stdout) as JsonReport;
    const problems = report.findings.filter((f) => f.status === 'fail' || f.status === 'error');
    expect(problems.length).toBe(3);
    for (const f of problems) expect(f.suppression).toEqual({ reason: 'Lab account, no data', expires: '2030-01-31' });
    expect(report.summary.suppressed).toBe(3);
    expect(report.suppressions).toMatchObject([{ state: 'active', matched: 3 }]);
    expect(r.stderr).toBe('');
  });

  it('narrowed to one ARN, the other failures still gate', () => {
    const dir = workdir(acceptAll({ resources: [RESEARCH] }));
    const r = runCli([...ONE_CHECK, '--format', 'json'], {}, { cwd: dir });
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as JsonReport).findings.filter((f) => f.suppression).map((f) => f.resource.arn)).toEqual([RESEARCH]);
  });

  it('an expired suppression no longer applies: the report and stderr say so', () => {
    const dir = workdir(acceptAll());
    const r = runCli(ONE_CHECK, { SMSEC_TODAY: '2030-02-01' }, { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`Suppression expired on 2030-01-31 (check ${CHECK}, resources *): no longer applied; it matches 3 findings.`);
    expect(r.stderr.trimEnd().split('\n')).toEqual([`smsec: warning: suppression (check ${CHECK}, resources *) expired on 2030-01-31: no longer applied to its 3 findings`]);
    // On the expiry day itself it still applies.
    expect(runCli(ONE_CHECK, { SMSEC_TODAY: '2030-01-31' }, { cwd: dir }).code).toBe(0);
  });

  it('a suppression that matches nothing is reported as stale', () => {
    const dir = workdir(acceptAll({ resources: ['arn:aws:sagemaker:*:*:notebook-instance/deleted-nb'] }));
    const r = runCli([...ONE_CHECK, '--format', 'json', '--output', 'text=report.txt'], {}, { cwd: dir });
    expect((JSON.parse(r.stdout) as JsonReport).suppressions).toMatchObject([{ state: 'stale', matched: 0 }]);
    expect(r.stderr).toContain('is stale: it matched no failing finding');
    expect(readFileSync(join(dir, 'report.txt'), 'utf8')).toContain('Stale suppression');
  });

  it('a bad SMSEC_TODAY is exit 2', () => {
    expectUsageError(runCli(ONE_CHECK, { SMSEC_TODAY: '2030-02-30' }, { cwd: workdir() }), 'SMSEC_TODAY');
  });

  it('SARIF leaves suppressed findings out unless --sarif-include-suppressed, which warns', () => {
    const dir = workdir(acceptAll({ resources: [RESEARCH] }));
    const plain = runCli([...ONE_CHECK, '--format', 'sarif'], {}, { cwd: dir });
    const arns = (out: string) =>
      (JSON.parse(out) as { runs: { results: { properties: { resourceArn: string }; suppressions?: unknown[] }[] }[] }).runs[0]!.results;
    expect(arns(plain.stdout).map((x) => x.properties.resourceArn)).not.toContain(RESEARCH);
    expect(plain.stderr).toBe('');
    const incl = runCli([...ONE_CHECK, '--format', 'sarif', '--sarif-include-suppressed'], {}, { cwd: dir });
    const research = arns(incl.stdout).find((x) => x.properties.resourceArn === RESEARCH)!;
    expect(research.suppressions).toEqual([{ kind: 'external', justification: 'Lab account, no data (until 2030-01-31)' }]);
    expect(incl.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(incl.stderr).toContain('GitHub code scanning ignores SARIF suppressions and shows suppressed results as open alerts');
  });
});

describe('one scan, several reports', SLOW, () => {
  it('writes each FORMAT=FILE and still prints the --format report on stdout', () => {
    const dir = workdir();
    const r = runCli(
      ['audit', '--snapshot', DEMO, '--output', 'sarif=out.sarif', '--output', 'json=out.json', '--output', 'junit=out.xml', '--output', 'markdown=out.md', '--output', 'text=out.txt'],
      {},
      { cwd: dir },
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^smsec .* — Amazon SageMaker security posture audit/);
    const json = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as JsonReport;
    const failing = json.findings.filter((f) => f.status === 'fail' || f.status === 'error').length;
    const sarif = JSON.parse(readFileSync(join(dir, 'out.sarif'), 'utf8')) as { runs: { results: unknown[] }[] };
    expect(sarif.runs[0]!.results).toHaveLength(failing);
    expect(schemaErrors(officialSchema, sarif)).toEqual([]);
    expect(githubRules(sarif)).toEqual([]);
    const junit = parseXml(readFileSync(join(dir, 'out.xml'), 'utf8'));
    expect(elements(junit, 'testcase')).toHaveLength(json.findings.length);
    expect(readFileSync(join(dir, 'out.md'), 'utf8')).toContain(`### Failing findings (${failing})`);
    expect(readFileSync(join(dir, 'out.txt'), 'utf8')).toBe(r.stdout);
    expect(readdirSync(dir).sort()).toEqual(['out.json', 'out.md', 'out.sarif', 'out.txt', 'out.xml']);
  });

  it('a plain --output FILE takes the --format report off stdout', () => {
    const dir = workdir();
    const r = runCli(['audit', '--snapshot', DEMO, '--format', 'json', '--output', 'report.json', '--output', 'sarif=report.sarif'], {}, { cwd: dir });
    expect(r.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'))).toHaveProperty('schemaVersion', 1);
    expect(JSON.parse(readFileSync(join(dir, 'report.sarif'), 'utf8'))).toHaveProperty('version', '2.1.0');
  });

  it('--format junit and --format markdown print to stdout', () => {
    expect(elements(parseXml(runCli([...ONE_CHECK, '--format', 'junit']).stdout), 'failure')).toHaveLength(2);
    expect(runCli([...ONE_CHECK, '--format', 'markdown']).stdout).toMatch(/^## smsec/);
  });

  it('writes nothing when the audit fails', () => {
    const dir = workdir();
    const r = runCli(['audit', '--snapshot', join(dir, 'missing.json'), '--output', 'json=out.json', '--output', 'sarif=out.sarif'], {}, { cwd: dir });
    expectUsageError(r, 'no such file');
    const bad = runCli(['audit', '--snapshot', DEMO, '--output', 'json=out.json', '--regions', 'ap-south-1'], {}, { cwd: dir });
    expectUsageError(bad, 'ap-south-1');
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each([
    ['an unknown format', ['--output', 'html=out.html'], '"html" is not a report format'],
    ['the same file twice', ['--output', 'json=a.json', '--output', 'sarif=./a.json'], 'a.json is given twice'],
    ['a missing folder', ['--output', 'json=no/such/dir/out.json'], 'folder no/such/dir does not exist'],
    ['no file name', ['--output', 'json='], 'names no file'],
  ])('%s is exit 2 before the audit', (_name, args, fragment) => {
    const dir = workdir();
    expectUsageError(runCli([...ONE_CHECK, ...args], {}, { cwd: dir }), fragment);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('GitHub job summary', SLOW, () => {
  it('appends the Markdown summary to $GITHUB_STEP_SUMMARY', () => {
    const dir = workdir();
    const summary = join(dir, 'summary.md');
    writeFileSync(summary, '# Earlier step\n');
    const r = runCli([...ONE_CHECK, '--format', 'json'], { GITHUB_STEP_SUMMARY: summary }, { cwd: dir });
    expect(r.code).toBe(1);
    const text = readFileSync(summary, 'utf8');
    expect(text.startsWith('# Earlier step\n## smsec: SageMaker security posture')).toBe(true);
    expect(text).toContain('### Failing findings (3)');
    expect(JSON.parse(r.stdout)).toHaveProperty('schemaVersion', 1);
  });

  it('an unwritable summary file is a warning, not a failure', () => {
    const dir = workdir();
    mkdirSync(join(dir, 'a-folder'));
    const r = runCli([...ONE_CHECK, '--fail-on', 'none'], { GITHUB_STEP_SUMMARY: join(dir, 'a-folder') }, { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^smsec: warning: cannot append to GITHUB_STEP_SUMMARY: EISDIR\n$/);
  });
});

describe('baselines and diff', SLOW, () => {
  const dir = workdir();
  const base = join(dir, 'base.json');
  const full = runCli(['audit', '--snapshot', DEMO, '--format', 'json', '--output', base]);
  const baseReport = JSON.parse(readFileSync(base, 'utf8')) as JsonReport & Record<string, unknown>;
  // An older report that did not yet have the research-nb failure.
  const older = join(dir, 'older.json');
  writeFileSync(older, JSON.stringify({ ...baseReport, findings: baseReport.findings.filter((f) => !(f.checkId === CHECK && f.resource.arn === RESEARCH)) }));

  it('the full audit fails without a baseline', () => {
    expect(full.code).toBe(1);
  });

  it('with its own report as baseline nothing is new, so nothing gates', () => {
    const r = runCli(['audit', '--snapshot', DEMO, '--baseline', base, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as JsonReport;
    expect(report.baseline).toMatchObject({ new: 0, fixed: 0 });
    for (const f of report.findings.filter((x) => x.status === 'fail' || x.status === 'error')) expect(f.baseline).toBe('unchanged');
    for (const f of report.findings.filter((x) => x.status === 'pass')) expect(f.baseline).toBeUndefined();
  });

  it('gates on a finding that is not in the baseline, and marks it new', () => {
    const r = runCli(['audit', '--snapshot', DEMO, '--baseline', older]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/Baseline .*older\.json .*: 1 new, \d+ unchanged, 0 fixed failing findings; only new ones gate\./);
    const json = JSON.parse(runCli(['audit', '--snapshot', DEMO, '--baseline', older, '--format', 'json']).stdout) as JsonReport;
    expect(json.findings.filter((f) => f.baseline === 'new').map((f) => f.resource.arn)).toEqual([RESEARCH]);
    // The new finding is high: --fail-on critical lets it through.
    expect(runCli(['audit', '--snapshot', DEMO, '--baseline', older, '--fail-on', 'critical']).code).toBe(0);
  });

  it('the SARIF of a baseline audit carries baselineState', () => {
    const r = runCli(['audit', '--snapshot', DEMO, '--baseline', older, '--format', 'sarif']);
    const results = (JSON.parse(r.stdout) as { runs: { results: { baselineState: string; properties: { resourceArn: string } }[] }[] }).runs[0]!.results;
    expect(results.filter((x) => x.baselineState === 'new').map((x) => x.properties.resourceArn)).toEqual([RESEARCH]);
    expect(githubRules(JSON.parse(r.stdout))).toEqual([]);
  });

  it.each([
    ['missing', () => join(dir, 'nope.json'), 'cannot read baseline'],
    ['not JSON', () => write('bad.json', '{'), 'not valid JSON'],
    ['a SARIF file', () => write('x.sarif', JSON.stringify({ version: '2.1.0', runs: [] })), 'this is SARIF'],
    ['an invalid report', () => write('inv.json', JSON.stringify({ ...baseReport, findings: [{ checkId: 'x' }] })), "$.findings[0].severity: required property is missing"],
    ['of another account', () => write('other.json', JSON.stringify({ ...baseReport, account: { id: '999999999999', partition: 'aws' } })), 'account 999999999999'],
  ])('a baseline that is %s is exit 2', (_name, make, fragment) => {
    expectUsageError(runCli(['audit', '--snapshot', DEMO, '--baseline', make()]), fragment);
  });

  function write(name: string, content: string): string {
    writeFileSync(join(dir, name), content);
    return join(dir, name);
  }

  it('smsec diff lists new, fixed and unchanged failing findings', () => {
    const r = runCli(['diff', older, base]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^New failing findings \(1\)\n {2}FAIL {2}high {5}sagemaker-notebook-no-direct-internet {2}arn:aws:sagemaker:us-east-1:123456789012:notebook-instance\/research-nb$/m);
    expect(r.stdout).toMatch(/^Fixed \(0\)$/m);
    expect(r.stdout).toMatch(/^1 new, 0 fixed, \d+ unchanged$/m);
    const reverse = JSON.parse(runCli(['diff', base, older, '--format', 'json']).stdout) as {
      summary: { new: number; fixed: number };
      findings: { fixed: { resource: { arn: string } }[] };
    };
    expect(reverse.summary).toMatchObject({ new: 0, fixed: 1 });
    expect(reverse.findings.fixed.map((f) => f.resource.arn)).toEqual([RESEARCH]);
  });

  it('smsec diff --fail-on-new exits 1 only when there are new failing findings', () => {
    expect(runCli(['diff', older, base, '--fail-on-new']).code).toBe(1);
    expect(runCli(['diff', base, older, '--fail-on-new']).code).toBe(0);
    expect(runCli(['diff', base, base, '--fail-on-new']).code).toBe(0);
  });

  it('smsec diff with a bad file is exit 2', () => {
    expectUsageError(runCli(['diff', base, join(dir, 'nope.json')]), 'cannot read report');
    expectUsageError(runCli(['diff', base, base, '--format', 'xml']), 'xml');
  });

  it('never writes report files into the working directory by itself', () => {
    expect(existsSync('out.json')).toBe(false);
  });
});
