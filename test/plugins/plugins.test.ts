import { describe, expect, it } from 'vitest';
import { BUILTIN_CHECKS } from '../../checks/index.js';
import { checkProblem, loadPlugins } from '../../src/plugins/load.js';
import { runCli } from '../helpers/cli.js';

const GOOD = 'test/fixtures/plugins/good-plugin.mjs';

describe('plugin loading', () => {
  it('loads a conforming module', async () => {
    const checks = await loadPlugins([GOOD], BUILTIN_CHECKS);
    expect(checks.map((c) => c.meta.id)).toEqual(['acme-notebook-has-owner-tag']);
  });

  it('accepts every built-in check as conforming', () => {
    for (const c of BUILTIN_CHECKS) expect(checkProblem(c)).toBeUndefined();
  });

  it.each([
    ['a module without the check interface', 'test/fixtures/plugins/bad-plugin.mjs', 'meta.service'],
    ['a check requiring an unknown inventory key', 'test/fixtures/plugins/unknown-key-plugin.mjs', 'spaceships'],
    ['a missing module', 'test/fixtures/plugins/nope.mjs', 'no such file'],
  ])('rejects %s', async (_name, spec, fragment) => {
    await expect(loadPlugins([spec], BUILTIN_CHECKS)).rejects.toThrow(fragment);
  });

  it('rejects an item check whose `each` does not match what it requires', () => {
    const item = BUILTIN_CHECKS.find((c) => c.each)!;
    expect(checkProblem({ ...item, each: { ...item.each, key: 'models' } })).toContain('each must come from defineItemCheck');
    expect(checkProblem({ ...item, each: { key: item.each!.key, noun: 'x' } })).toContain('each must come from defineItemCheck');
    expect(checkProblem({ ...item, each: null })).toContain('each must come from defineItemCheck');
    expect(checkProblem(item)).toBeUndefined();
  });

  it('rejects an id that is already defined', async () => {
    await expect(loadPlugins([GOOD, GOOD], BUILTIN_CHECKS)).rejects.toThrow('already defined');
  });
});

describe('--plugin on the command line', () => {
  it('lists, explains and runs plugin checks', () => {
    expect(runCli(['--plugin', GOOD, 'checks']).stdout).toContain('acme-notebook-has-owner-tag');
    expect(runCli(['--plugin', GOOD, 'explain', 'acme-notebook-has-owner-tag']).stdout).toContain('ACME limits');
    const r = runCli(['--plugin', GOOD, 'audit', '--snapshot', 'fixtures/demo-account.json', '--checks', 'acme-*', '--format', 'json', '--fail-on', 'none']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { findings: { checkId: string; status: string; resource: { name: string } }[] };
    const byName = Object.fromEntries(report.findings.map((f) => [f.resource.name, f.status]));
    expect(byName['secure-nb']).toBe('pass');
    expect(byName['research-nb']).toBe('fail');
  });

  it('rejects a non-conforming plugin with one line and exit 2', () => {
    const r = runCli(['--plugin', 'test/fixtures/plugins/bad-plugin.mjs', 'checks']);
    expect(r.code).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('bad-plugin.mjs');
  });
});
