/**
 * The AWS SDK is loaded only when a live account is read: `smsec audit --snapshot` never loads an @aws-sdk package,
 * and the collector's command table loads a client package when that service is first used. Run against the built
 * CLI (dist/), with a preload that lists, at exit, the @aws-sdk modules in the module cache (the client packages are
 * CommonJS: an ES module import of them goes through the same cache).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.js';

const DEMO = fileURLToPath(new URL('../../fixtures/demo-account.json', import.meta.url));
const COMMANDS = pathToFileURL(fileURLToPath(new URL('../../dist/src/collect/commands.js', import.meta.url))).href;
const tmp = mkdtempSync(join(tmpdir(), 'smsec-lazy-sdk-'));
const PRELOAD = join(tmp, 'preload.cjs');
writeFileSync(
  PRELOAD,
  `const Module = require('node:module');
process.on('exit', () => {
  const loaded = Object.keys(Module._cache).filter((f) => /[\\\\/]node_modules[\\\\/]@aws-sdk[\\\\/]/.test(f));
  require('node:fs').writeFileSync(process.env.SMSEC_TEST_LOADED, JSON.stringify(loaded));
});
`,
);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The @aws-sdk packages (e.g. "client-sts") a node process with these arguments had loaded when it exited. */
function sdkPackagesLoaded(name: string, args: string[]): { code: number | null; stderr: string; packages: string[] } {
  const out = join(tmp, `${name}.json`);
  const r = spawnSync(process.execPath, ['--require', PRELOAD, ...args], {
    encoding: 'utf8',
    timeout: 90_000,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', SMSEC_TEST_LOADED: out },
  });
  const files = JSON.parse(readFileSync(out, 'utf8')) as string[];
  const packages = [...new Set(files.map((f) => /[\\/]@aws-sdk[\\/]([^\\/]+)/.exec(f)![1]!))].sort();
  return { code: r.status, stderr: r.stderr, packages };
}

describe('the AWS SDK is loaded lazily', () => {
  it('smsec audit --snapshot loads no @aws-sdk package', () => {
    const report = join(tmp, 'report.json');
    const r = sdkPackagesLoaded('audit', [BIN, 'audit', '--snapshot', DEMO, '--format', 'json', '--output', report, '--fail-on', 'none']);
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(readFileSync(report, 'utf8')) as { findings: unknown[] }).findings.length).toBeGreaterThan(0);
    expect(r.packages).toEqual([]);
  });

  it('the command table loads a client package when its service is first used, and only that one', () => {
    const script = `const { SERVICES, allOperations } = await import(${JSON.stringify(COMMANDS)});
if (allOperations().length < 50) throw new Error('operations missing');
if (typeof SERVICES.sts.commands.GetCallerIdentity !== 'function') throw new Error('no command class');`;
    const r = sdkPackagesLoaded('sts', ['--input-type=module', '-e', script]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.packages).toContain('client-sts');
    expect(r.packages.filter((p) => p.startsWith('client-'))).toEqual(['client-sts']);
  });
});
