import { describe, expect, it } from 'vitest';
import { applyBaseline, diffFindings } from '../../src/engine/baseline.js';
import { exitCodeFor } from '../../src/engine/report.js';
import type { Finding } from '../../src/model.js';
import { CHECKS, makeFinding, makeReport, nbArn } from '../helpers/report.js';

const ids = Object.values(CHECKS).map((c) => c.id);
const arns = (list: Finding[]): string[] => list.map((f) => `${f.checkId} ${f.resource.name}`);

const before = makeReport(Object.values(CHECKS), [
  makeFinding(CHECKS.high, 'fail', 'nb-old'),
  makeFinding(CHECKS.high, 'error', 'nb-unreadable'),
  makeFinding(CHECKS.high, 'fail', 'nb-fixed'),
  makeFinding(CHECKS.high, 'pass', 'nb-regressed'),
  makeFinding(CHECKS.medium, 'fail', 'nb-medium'),
  makeFinding(CHECKS.critical, 'fail', 'nb-critical-old'),
]);

const now = [
  makeFinding(CHECKS.high, 'fail', 'nb-old', { message: 'Reworded message: it does not matter' }),
  makeFinding(CHECKS.high, 'fail', 'nb-unreadable'), // error before, fail now: same (check, ARN)
  makeFinding(CHECKS.high, 'pass', 'nb-fixed'),
  makeFinding(CHECKS.high, 'fail', 'nb-regressed'),
  makeFinding(CHECKS.high, 'fail', 'nb-brand-new'),
  makeFinding(CHECKS.low, 'fail', 'nb-medium'), // same resource, other check: new
  makeFinding(CHECKS.high, 'pass', 'nb-ok'),
];

describe('diffFindings', () => {
  it('matches by (check id, ARN), never by message', () => {
    const d = diffFindings(before.findings, now, ids);
    expect(arns(d.unchanged)).toEqual(['test-high-check nb-old', 'test-high-check nb-unreadable']);
    expect(arns(d.new)).toEqual(['test-high-check nb-regressed', 'test-high-check nb-brand-new', 'test-low-check nb-medium']);
    expect(arns(d.fixed)).toEqual(['test-high-check nb-fixed', 'test-medium-check nb-medium', 'test-critical-check nb-critical-old']);
  });

  it('counts as fixed only problems of checks that ran in the new report', () => {
    const d = diffFindings(before.findings, now, [CHECKS.high.id, CHECKS.low.id]);
    expect(arns(d.fixed)).toEqual(['test-high-check nb-fixed']);
  });

  it('a reworded message alone is not a change', () => {
    const old = [makeFinding(CHECKS.high, 'fail', 'nb-a', { message: 'old wording' })];
    const cur = [makeFinding(CHECKS.high, 'fail', 'nb-a', { message: 'new wording' })];
    expect(diffFindings(old, cur, ids)).toMatchObject({ new: [], fixed: [] });
  });

  it('a different ARN with the same message is a new finding', () => {
    const old = [makeFinding(CHECKS.high, 'fail', 'nb-a', { message: 'same' })];
    const cur = [makeFinding(CHECKS.high, 'fail', 'nb-b', { message: 'same' })];
    const d = diffFindings(old, cur, ids);
    expect(arns(d.new)).toEqual(['test-high-check nb-b']);
    expect(arns(d.fixed)).toEqual(['test-high-check nb-a']);
  });
});

describe('applyBaseline', () => {
  const { findings, info } = applyBaseline(now, before, 'previous.json', ids);

  it('marks fail and error findings new or unchanged, and nothing else', () => {
    expect(findings.find((f) => f.resource.arn === nbArn('nb-old'))!.baseline).toBe('unchanged');
    expect(findings.find((f) => f.resource.arn === nbArn('nb-brand-new'))!.baseline).toBe('new');
    expect(findings.find((f) => f.resource.arn === nbArn('nb-ok'))!.baseline).toBeUndefined();
    expect(info).toEqual({ file: 'previous.json', collectedAt: before.source.collectedAt, new: 3, unchanged: 2, fixed: 3 });
  });

  it('gates only on new findings', () => {
    const gate = { failOn: 'high' as const, failOnError: true };
    expect(exitCodeFor(findings, gate)).toBe(1); // nb-regressed and nb-brand-new are new high failures
    const onlyOld = applyBaseline(now.filter((f) => ['nb-old', 'nb-unreadable', 'nb-fixed', 'nb-ok'].includes(f.resource.name)), before, 'p', ids);
    expect(exitCodeFor(onlyOld.findings, gate)).toBe(0);
    expect(exitCodeFor(onlyOld.findings.map(({ baseline: _b, ...f }) => f), gate)).toBe(1); // without the baseline they gate
  });

  it('new error findings gate per failOnError', () => {
    const cur = applyBaseline([makeFinding(CHECKS.high, 'error', 'nb-new-error')], before, 'p', ids).findings;
    expect(cur[0]!.baseline).toBe('new');
    expect(exitCodeFor(cur, { failOn: 'info', failOnError: true })).toBe(1);
    expect(exitCodeFor(cur, { failOn: 'info', failOnError: false })).toBe(0);
  });
});
