/**
 * `npm pack` ships only what the CLI needs, and the packed tarball installs and runs on its own: packed into a temp
 * folder, installed into a temporary prefix from the local npm cache (filled by `npm ci`), then run from there.
 * Needs the build (`npm test` builds before vitest).
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const REPO = resolve('.');
const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { name: string; version: string };
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** npm without the variables `npm run`/`npm test` set for the outer package (they would point npm at the repo). */
function npmEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^npm_(package_|lifecycle_|config_(local_prefix|prefix|global|save|offline|prefer_offline)$)/i.test(k)) continue;
    env[k] = v;
  }
  return { ...env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
}

function run(cmd: string, args: string[], cwd: string, timeout = 120_000): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, { cwd, encoding: 'utf8', env: npmEnv(), timeout });
}

interface PackResult {
  filename: string;
  files: { path: string }[];
}

describe('npm pack', { timeout: 240_000 }, () => {
  const tmp = mkdtempSync(join(tmpdir(), 'smsec-pack-'));
  const prefix = join(tmp, 'prefix');
  let packed: PackResult;
  let tarball: string;

  beforeAll(() => {
    expect(existsSync(join(REPO, 'dist', 'src', 'cli.js')), 'run `npm run build` first').toBe(true);
    // --ignore-scripts: the build is already there; pack must not rebuild (or touch) the checkout.
    const r = run(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', tmp], REPO);
    expect(r.status, r.stderr).toBe(0);
    packed = (JSON.parse(r.stdout) as PackResult[])[0]!;
    tarball = join(tmp, packed.filename);
    // Dependencies come from the npm cache `npm ci` filled; fall back to the registry only if the cache misses one.
    let install = run(npm, ['install', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', tarball], tmp);
    if (install.status !== 0 && /ENOTCACHED/.test(install.stderr)) {
      install = run(npm, ['install', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', tarball], tmp);
    }
    expect(install.status, install.stderr).toBe(0);
  }, 240_000);

  it('ships the CLI, its compiled code, schemas, policy and README, and no tests, sources or source maps', () => {
    const files = packed.files.map((f) => f.path).sort();
    expect(files).toContain('bin/smsec.js');
    expect(files).toContain('dist/src/cli.js');
    expect(files).toContain('dist/checks/index.js');
    expect(files).toContain('schemas/report.schema.json');
    expect(files).toContain('schemas/config.schema.json');
    expect(files).toContain('schemas/snapshot.schema.json');
    expect(files).toContain('policy/smsec-readonly-policy.json');
    expect(files).toContain('README.md');
    expect(files).toContain('package.json');
    const unwanted = files.filter((f) => /^(test|dist\/test|fixtures|dist\/fixtures|src|checks|examples|\.ci)\//.test(f) || /\.(map|ts)$/.test(f));
    expect(unwanted).toEqual([]);
    expect(files.filter((f) => !/^(bin|dist\/src|dist\/checks|schemas|policy)\//.test(f))).toEqual(['README.md', 'package.json']);
  });

  it('the installed CLI prints its version', () => {
    const bin = join(prefix, 'node_modules', '.bin', 'smsec');
    const r = run(bin, ['--version'], tmp, 60_000);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });

  it('the installed CLI audits the demo snapshot', () => {
    const bin = join(prefix, 'node_modules', '.bin', 'smsec');
    const r = run(bin, ['audit', '--snapshot', join(REPO, 'fixtures', 'demo-account.json'), '--format', 'json', '--fail-on', 'none'], tmp, 60_000);
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { schemaVersion: number; tool: { version: string }; findings: unknown[] };
    expect(report.schemaVersion).toBe(1);
    expect(report.tool.version).toBe(pkg.version);
    expect(report.findings.length).toBeGreaterThan(0);
    // It runs the installed copy, not the checkout.
    expect(existsSync(join(prefix, 'node_modules', pkg.name, 'dist', 'src', 'cli.js'))).toBe(true);
    expect(existsSync(join(prefix, 'node_modules', pkg.name, 'test'))).toBe(false);
  });
});
