import { describe, expect, it } from 'vitest';
import { exitCodeFor, gatingFindings, summarize } from '../../src/engine/report.js';
import { applySuppressions, utcToday, type SuppressionRule } from '../../src/engine/suppress.js';
import type { Finding } from '../../src/model.js';
import { CHECKS, makeFinding, nbArn } from '../helpers/report.js';

const TODAY = '2025-06-15';
const rule = (fields: Partial<SuppressionRule> = {}): SuppressionRule => ({
  check: CHECKS.high.id,
  reason: 'Accepted by the platform team (RISK-42)',
  expires: '2025-12-31',
  ...fields,
});

const failing = makeFinding(CHECKS.high, 'fail', 'nb-open');
const otherFailing = makeFinding(CHECKS.high, 'fail', 'nb-other');
const passing = makeFinding(CHECKS.high, 'pass', 'nb-ok');
const unreadable = makeFinding(CHECKS.high, 'error', 'nb-denied');
const mediumFailing = makeFinding(CHECKS.medium, 'fail', 'bucket-a', { arn: 'arn:aws:s3:::bucket-a', type: 'AWS::S3::Bucket' });
const findings = [failing, otherFailing, passing, unreadable, mediumFailing];

function run(rules: SuppressionRule[], today = TODAY, checkIds?: string[]) {
  return applySuppressions(findings, rules, { today, ...(checkIds ? { checkIds } : {}) });
}

const suppressedArns = (list: Finding[]): string[] => list.filter((f) => f.suppression).map((f) => f.resource.arn);

describe('applySuppressions', () => {
  it('suppresses the fail and error findings of the check, keeping their status, with reason and expiry', () => {
    const { findings: out, suppressions } = run([rule()]);
    expect(suppressedArns(out)).toEqual([nbArn('nb-open'), nbArn('nb-other'), nbArn('nb-denied')]);
    const f = out.find((x) => x.resource.arn === nbArn('nb-open'))!;
    expect(f.status).toBe('fail');
    expect(f.suppression).toEqual({ reason: 'Accepted by the platform team (RISK-42)', expires: '2025-12-31' });
    expect(out.find((x) => x.status === 'pass')!.suppression).toBeUndefined();
    expect(suppressions).toEqual([
      { check: CHECKS.high.id, resources: ['*'], reason: 'Accepted by the platform team (RISK-42)', expires: '2025-12-31', state: 'active', matched: 3 },
    ]);
  });

  it('does not modify its input', () => {
    run([rule()]);
    expect(failing.suppression).toBeUndefined();
  });

  it('narrows by resource ARN globs', () => {
    const { findings: out, suppressions } = run([rule({ resources: ['arn:aws:sagemaker:*:*:notebook-instance/nb-o*'] })]);
    expect(suppressedArns(out)).toEqual([nbArn('nb-open'), nbArn('nb-other')]);
    expect(suppressions[0]).toMatchObject({ state: 'active', matched: 2, resources: ['arn:aws:sagemaker:*:*:notebook-instance/nb-o*'] });
  });

  it('matches check ids by glob, and ARNs exactly (case-sensitive) without wildcards', () => {
    expect(suppressedArns(run([rule({ check: 'test-*-check', resources: ['arn:aws:s3:::bucket-a'] })]).findings)).toEqual(['arn:aws:s3:::bucket-a']);
    expect(suppressedArns(run([rule({ check: 'test-*-check', resources: ['arn:aws:s3:::BUCKET-A'] })]).findings)).toEqual([]);
    expect(suppressedArns(run([rule({ check: 'test-*', resources: ['arn:aws:s3:::bucket-?'] })]).findings)).toEqual(['arn:aws:s3:::bucket-a']);
  });

  it('never suppresses a pass: a rule for a fixed resource is stale', () => {
    const { findings: out, suppressions } = run([rule({ resources: [nbArn('nb-ok')] })]);
    expect(suppressedArns(out)).toEqual([]);
    expect(suppressions[0]).toMatchObject({ state: 'stale', matched: 0 });
  });

  it('applies up to and including the expiry day, and not after it', () => {
    expect(run([rule({ expires: TODAY })]).suppressions[0]!.state).toBe('active');
    expect(suppressedArns(run([rule({ expires: TODAY })]).findings)).toHaveLength(3);
    const expired = run([rule({ expires: '2025-06-14' })]);
    expect(suppressedArns(expired.findings)).toEqual([]);
    expect(expired.suppressions[0]).toMatchObject({ state: 'expired', matched: 3 });
  });

  it('"today" decides: the same rule is active before its expiry and expired after', () => {
    expect(run([rule()], '2025-12-31').suppressions[0]!.state).toBe('active');
    expect(run([rule()], '2026-01-01').suppressions[0]!.state).toBe('expired');
  });

  it('an expired rule that matches nothing is reported as expired (expiry comes first)', () => {
    expect(run([rule({ resources: ['arn:aws:none'], expires: '2020-01-01' })]).suppressions[0]).toMatchObject({ state: 'expired', matched: 0 });
  });

  it('the first in-date rule gives the reason; every matching rule counts the match, so none is stale', () => {
    const { findings: out, suppressions } = run([
      rule({ reason: 'expired one', expires: '2020-01-01', resources: [nbArn('nb-open')] }),
      rule({ reason: 'first', resources: [nbArn('nb-open')] }),
      rule({ reason: 'second' }),
    ]);
    expect(out.find((f) => f.resource.arn === nbArn('nb-open'))!.suppression!.reason).toBe('first');
    expect(out.find((f) => f.resource.arn === nbArn('nb-other'))!.suppression!.reason).toBe('second');
    expect(suppressions.map((s) => [s.state, s.matched])).toEqual([
      ['expired', 1],
      ['active', 1],
      ['active', 3],
    ]);
  });

  it('matches tags only on resources whose tags were collected', () => {
    const tagged: Finding = { ...failing, resource: { ...failing.resource, tags: { env: 'sandbox', team: 'ml' } } };
    const wrongValue: Finding = { ...otherFailing, resource: { ...otherFailing.resource, tags: { env: 'prod' } } };
    const input = [tagged, wrongValue, unreadable];
    const r = applySuppressions(input, [rule({ tags: { env: 'sandbox' } })], { today: TODAY });
    expect(suppressedArns(r.findings)).toEqual([nbArn('nb-open')]);
    expect(r.suppressions[0]).toMatchObject({ tags: { env: 'sandbox' }, matched: 1, state: 'active' });
    // Every tag must match.
    expect(suppressedArns(applySuppressions(input, [rule({ tags: { env: 'sandbox', team: 'data' } })], { today: TODAY }).findings)).toEqual([]);
    // Untagged (not collected) resources never match a tag-scoped rule.
    expect(applySuppressions([failing], [rule({ tags: { env: 'sandbox' } })], { today: TODAY }).suppressions[0]!.state).toBe('stale');
  });

  it('a tag key inherited from Object.prototype does not match', () => {
    const tagged: Finding = { ...failing, resource: { ...failing.resource, tags: {} } };
    expect(suppressedArns(applySuppressions([tagged], [rule({ tags: { constructor: 'function Object() { [native code] }' } })], { today: TODAY }).findings)).toEqual([]);
  });

  it('leaves out rules for checks that did not run (they could not match anything)', () => {
    const r = run([rule({ check: CHECKS.critical.id }), rule()], TODAY, [CHECKS.high.id, CHECKS.medium.id]);
    expect(r.suppressions.map((s) => s.check)).toEqual([CHECKS.high.id]);
  });

  it('suppressed findings are counted, keep their status in the summary, and do not gate', () => {
    const { findings: out } = run([rule()]);
    const summary = summarize(out);
    expect(summary.suppressed).toBe(3);
    expect(summary.byStatus.fail).toBe(3);
    const gate = { failOn: 'info' as const, failOnError: true };
    expect(gatingFindings(out, gate).map((f) => f.resource.arn)).toEqual(['arn:aws:s3:::bucket-a']);
    expect(exitCodeFor(out, { failOn: 'high', failOnError: true })).toBe(0);
    expect(exitCodeFor(findings, { failOn: 'high', failOnError: true })).toBe(1);
  });

  it('utcToday is the UTC calendar date', () => {
    expect(utcToday(new Date('2025-03-01T23:30:00-05:00'))).toBe('2025-03-02');
  });
});
