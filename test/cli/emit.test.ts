/** The CLI's report step in-process: what goes to stdout, files and stderr. */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emitReports } from '../../src/commands/emit.js';
import { planOutputs } from '../../src/commands/outputs.js';
import { CHECKS, ciReport, makeFinding, makeReport } from '../helpers/report.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t) } };
}

describe('emitReports', () => {
  it('prints one stderr line when SARIF had to leave results out, naming how many', () => {
    const many = makeReport([CHECKS.low], Array.from({ length: 25_002 }, (_, i) => makeFinding(CHECKS.low, 'fail', `nb-${i}`)));
    const c = capture();
    emitReports(many, planOutputs([], 'sarif'), { color: false, ...c.io });
    expect(JSON.parse(c.out.join('')).runs[0].results).toHaveLength(25_000);
    expect(c.err).toEqual([
      'smsec: warning: SARIF holds the 25000 most severe results; 2 less severe ones were left out (GitHub accepts at most 25000 per run; the JSON report has them all)\n',
    ]);
  }, 60_000);

  it('warns about expired and stale suppressions, and about --sarif-include-suppressed only when SARIF is written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smsec-emit-'));
    const c = capture();
    emitReports(ciReport(), planOutputs([`json=${join(dir, 'r.json')}`], 'text'), { color: false, sarifIncludeSuppressed: true, ...c.io });
    expect(c.err).toHaveLength(2);
    expect(c.err[0]).toMatch(/^smsec: warning: suppression \(check test-\*, resources .*nb-old\) expired on 2024-01-31: no longer applied to its 1 finding\n$/);
    expect(c.err[1]).toMatch(/^smsec: warning: suppression \(check test-medium-check, resources arn:aws:s3:::gone-\*\) is stale/);
    expect(c.out.join('')).toContain('Amazon SageMaker security posture audit');
    expect(readdirSync(dir)).toEqual(['r.json']);

    const s = capture();
    emitReports(ciReport(), planOutputs([`sarif=${join(dir, 'r.sarif')}`], 'text'), { color: false, sarifIncludeSuppressed: true, ...s.io });
    expect(s.err.at(-1)).toMatch(/--sarif-include-suppressed: GitHub code scanning ignores SARIF suppressions/);
    expect(JSON.parse(readFileSync(join(dir, 'r.sarif'), 'utf8')).runs[0].results.some((r: { suppressions?: unknown }) => r.suppressions)).toBe(true);
  });

  it('colours only the text report on stdout, never a text file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smsec-emit-'));
    const c = capture();
    const report = makeReport([CHECKS.high], [makeFinding(CHECKS.high, 'fail', 'nb-a')]);
    emitReports(report, planOutputs([`text=${join(dir, 'r.txt')}`], 'text'), { color: true, ...c.io });
    expect(c.out.join('')).toMatch(/\u001b\[/);
    expect(readFileSync(join(dir, 'r.txt'), 'utf8')).not.toMatch(/\u001b\[/);
  });

  it('leaves no temporary files behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smsec-emit-'));
    const c = capture();
    emitReports(ciReport(), planOutputs([`json=${join(dir, 'a.json')}`, `junit=${join(dir, 'b.xml')}`, join(dir, 'c.md')], 'markdown'), { color: false, ...c.io });
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'b.xml', 'c.md']);
    expect(c.out).toEqual([]);
    expect(readFileSync(join(dir, 'c.md'), 'utf8')).toMatch(/^## smsec/);
  });
});
