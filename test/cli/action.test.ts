/** action.yml and the example workflow: they parse, their inputs are wired, and the audit script passes them on. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  shell?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
  'working-directory'?: string;
}

interface Action {
  name: string;
  description: string;
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parseYaml(readFileSync('action.yml', 'utf8')) as Action;
const workflow = parseYaml(readFileSync('examples/github/smsec.yml', 'utf8')) as {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { 'runs-on': string; steps: Step[] }>;
};

const step = (id: string): Step => action.runs.steps.find((s) => s.id === id)!;

/** Runs a composite step's bash script with `env` and returns its exit code, GITHUB_OUTPUT lines and stdout. */
function runStep(s: Step, env: Record<string, string>): { code: number | null; outputs: Record<string, string>; stdout: string } {
  const dir = mkdtempSync(join(tmpdir(), 'smsec-action-'));
  const out = join(dir, 'github-output');
  writeFileSync(out, '');
  const r = spawnSync('bash', ['-e', '-c', s.run!], { encoding: 'utf8', env: { PATH: process.env.PATH, GITHUB_OUTPUT: out, ...env } });
  const outputs = Object.fromEntries(
    readFileSync(out, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
  return { code: r.status, outputs, stdout: r.stdout };
}

/** The environment an Actions runner would give the audit step, with inputs substituted. */
function auditEnv(inputs: Record<string, string>, bin: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(step('audit').env!)) {
    env[k] = v.replace(/\$\{\{ github\.action_path \}\}\/bin\/smsec\.js/, bin).replace(/\$\{\{ inputs\.([a-z-]+) \}\}/, (_m, name: string) => inputs[name] ?? action.inputs[name]!.default ?? '');
  }
  return env;
}

describe('action.yml', { timeout: 60_000 }, () => {
  it('is a composite action with the documented inputs', () => {
    expect(action.runs.using).toBe('composite');
    for (const input of ['regions', 'role-to-assume', 'fail-on', 'config', 'baseline', 'sarif-file']) {
      expect(action.inputs[input], input).toBeDefined();
      expect(action.inputs[input]!.description.length).toBeGreaterThan(10);
    }
    expect(action.inputs['role-to-assume']!.description).toContain('aws-actions/configure-aws-credentials');
  });

  it('uses every input, and only through step env or with (never pasted into a script)', () => {
    const text = JSON.stringify(action.runs.steps);
    for (const input of Object.keys(action.inputs)) expect(text, input).toContain(`inputs.${input}`);
    for (const s of action.runs.steps) if (s.run) expect(s.run).not.toMatch(/\$\{\{/);
  });

  it('installs with npm ci in the action folder (which builds through prepare) before auditing', () => {
    const install = action.runs.steps.findIndex((s) => s.run?.includes('npm ci'));
    expect(install).toBeGreaterThanOrEqual(0);
    expect(action.runs.steps[install]!['working-directory']).toBe('${{ github.action_path }}');
    expect(install).toBeLessThan(action.runs.steps.indexOf(step('audit')));
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.prepare).toContain('build');
    for (const s of action.runs.steps) if (s.run) expect(s.shell).toBe('bash');
  });

  it('assumes role-to-assume with configure-aws-credentials only when it is given', () => {
    const assume = action.runs.steps.find((s) => s.uses?.startsWith('aws-actions/configure-aws-credentials@'))!;
    expect(assume.if).toContain("inputs.role-to-assume != ''");
    expect(assume.with!['role-to-assume']).toBe('${{ inputs.role-to-assume }}');
    expect(assume.with!['aws-region']).toBe('${{ steps.region.outputs.region }}');
    expect(runStep(step('region'), { AWS_REGION_INPUT: '', REGIONS_INPUT: 'eu-west-1,us-east-1' }).outputs.region).toBe('eu-west-1');
    expect(runStep(step('region'), { AWS_REGION_INPUT: 'ap-south-1', REGIONS_INPUT: 'eu-west-1' }).outputs.region).toBe('ap-south-1');
    expect(runStep(step('region'), { AWS_REGION_INPUT: '', REGIONS_INPUT: '' }).outputs.region).toBe('us-east-1');
  });

  it('passes the inputs to smsec audit as flags and fails with its exit code', () => {
    // A stand-in for smsec that prints its arguments and exits 1 (failing findings).
    const dir = mkdtempSync(join(tmpdir(), 'smsec-fake-'));
    const fake = join(dir, 'fake-smsec.js');
    writeFileSync(fake, 'process.stdout.write(JSON.stringify(process.argv.slice(2))); process.exitCode = 1;\n');
    const inputs = { regions: 'us-east-1,eu-west-1', 'fail-on': 'high', config: 'ci/smsec.json', baseline: 'base line.json', 'sarif-file': 'out.sarif', 'json-file': 'out.json' };
    const r = runStep(step('audit'), auditEnv(inputs, fake));
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([
      'audit',
      '--regions',
      'us-east-1,eu-west-1',
      '--fail-on',
      'high',
      '--config',
      'ci/smsec.json',
      '--baseline',
      'base line.json',
      '--output',
      'sarif=out.sarif',
      '--output',
      'json=out.json',
    ]);
    expect(r.outputs).toEqual({ 'sarif-file': 'out.sarif', 'exit-code': '1' });
  });

  it('leaves out the flags of empty inputs (smsec then uses its config file and defaults)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smsec-fake-'));
    const fake = join(dir, 'fake-smsec.js');
    writeFileSync(fake, 'process.stdout.write(JSON.stringify(process.argv.slice(2)));\n');
    const r = runStep(step('audit'), auditEnv({}, fake));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(['audit', '--output', 'sarif=smsec.sarif']);
    expect(r.outputs['exit-code']).toBe('0');
  });
});

describe('examples/github/smsec.yml', () => {
  const job = Object.values(workflow.jobs)[0]!;

  it('runs on a schedule and on demand, with OIDC and code-scanning permissions', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect((workflow.on.schedule as { cron: string }[])[0]!.cron).toMatch(/^\S+ \S+ \S+ \S+ \S+$/);
    expect(workflow.permissions).toMatchObject({ 'id-token': 'write', 'security-events': 'write' });
  });

  it('gets OIDC credentials, runs the action, and uploads its SARIF even when the audit fails', () => {
    const names = job.steps.map((s) => s.uses ?? s.run ?? '');
    const creds = job.steps.findIndex((s) => s.uses?.startsWith('aws-actions/configure-aws-credentials@'));
    const audit = job.steps.findIndex((s) => s.uses?.includes('/smsec@'));
    const upload = job.steps.findIndex((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'));
    expect(creds, names.join()).toBeGreaterThanOrEqual(0);
    expect(job.steps[creds]!.with!['role-to-assume']).toBeTruthy();
    expect(creds).toBeLessThan(audit);
    expect(audit).toBeLessThan(upload);
    const smsec = job.steps[audit]!;
    for (const key of Object.keys(smsec.with!)) expect(action.inputs[key], `unknown action input ${key}`).toBeDefined();
    expect(job.steps[upload]!.if).toMatch(/\balways\(\)/);
    expect(job.steps[upload]!.with!.sarif_file).toBe(smsec.with!['sarif-file']);
  });
});
