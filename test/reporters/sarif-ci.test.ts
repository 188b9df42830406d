/** SARIF for CI: suppressed findings, baseline state and GitHub's result limit. */
import { describe, expect, it } from 'vitest';
import { renderSarifWithInfo, toSarif, toSarifWithInfo } from '../../src/reporters/sarif.js';
import type { Finding, Severity } from '../../src/model.js';
import { githubRules } from '../helpers/sarif-rules.js';
import { codeqlSchema, officialSchema, schemaErrors } from '../helpers/sarif-schema.js';
import { CHECKS, ciReport, makeFinding, makeReport, nbArn } from '../helpers/report.js';

const arnsOf = (log: ReturnType<typeof toSarif>): string[] => log.runs[0].results.map((r) => r.properties.resourceArn);

describe('suppressed findings in SARIF', () => {
  const report = ciReport();

  it('are left out by default, so GitHub does not show accepted risks as open alerts', () => {
    const log = toSarif(report);
    expect(arnsOf(log)).toEqual([nbArn('nb-new-critical'), nbArn('nb-old')]);
    expect(githubRules(log)).toEqual([]);
    expect(schemaErrors(officialSchema, log)).toEqual([]);
  });

  it('with includeSuppressed, are results with an external suppression and its justification', () => {
    const log = toSarif(report, { includeSuppressed: true });
    expect(arnsOf(log)).toEqual([nbArn('nb-new-critical'), nbArn('nb-accepted'), nbArn('nb-denied'), nbArn('nb-old')]);
    const accepted = log.runs[0].results[1]!;
    expect(accepted.suppressions).toHaveLength(1);
    expect(accepted.suppressions![0]!.kind).toBe('external');
    expect(accepted.suppressions![0]!.justification).toMatch(/^Sandbox \| accepted by `sec` <b>team<\/b> nb-\\u202e.*\(until 2030-06-30\)$/);
    expect(log.runs[0].results[0]!.suppressions).toBeUndefined();
    expect(schemaErrors(officialSchema, log)).toEqual([]);
    expect(schemaErrors(codeqlSchema, log)).toEqual([]);
    // The one GitHub rule they break is the documented one: GitHub ignores suppressions.
    const problems = githubRules(log);
    expect(problems).toHaveLength(2);
    for (const p of problems) expect(p).toMatch(/suppressions: GitHub ignores suppressions/);
  });

  it('carry the baseline state', () => {
    const results = toSarif(report, { includeSuppressed: true }).runs[0].results;
    expect(results.map((r) => r.baselineState)).toEqual(['new', 'unchanged', 'unchanged', 'unchanged']);
    const noBaseline = toSarif(makeReport([CHECKS.high], [makeFinding(CHECKS.high, 'fail', 'a')])).runs[0].results[0]!;
    expect('baselineState' in noBaseline).toBe(false);
  });

  it('a run whose only failures are suppressed still has results: []', () => {
    const r = makeReport([CHECKS.high], [{ ...makeFinding(CHECKS.high, 'fail', 'a'), suppression: { reason: 'ok', expires: '2030-01-01' } }]);
    const { text, info } = renderSarifWithInfo(r);
    expect(JSON.parse(text).runs[0].results).toEqual([]);
    expect(text).toContain('"results": []');
    expect(info).toEqual({ results: 0, dropped: 0 });
  });
});

describe('GitHub result limit', () => {
  const sev: Severity[] = ['low', 'critical', 'medium', 'high', 'info', 'high'];
  const checkFor = (s: Severity) => Object.values(CHECKS).find((c) => c.severity === s)!;
  const findings: Finding[] = sev.flatMap((s, i) => [makeFinding(checkFor(s), 'fail', `nb-${i}-${s}`), makeFinding(checkFor(s), 'error', `nb-${i}-${s}-err`)]);
  const report = makeReport(Object.values(CHECKS), findings);

  it('keeps the most severe results (fail before error at equal severity), in report order, and says how many were dropped', () => {
    const { log, info } = toSarifWithInfo(report, { maxResults: 5 });
    expect(info).toEqual({ results: 5, dropped: 7 });
    expect(log.runs[0].results.map((r) => r.locations[0].logicalLocations[0]!.name)).toEqual([
      'nb-1-critical',
      'nb-1-critical-err',
      'nb-3-high',
      'nb-3-high-err',
      'nb-5-high',
    ]);
    expect(githubRules(log)).toEqual([]);
  });

  it('drops nothing under the limit, and defaults to GitHub’s 25,000', () => {
    expect(toSarifWithInfo(report).info).toEqual({ results: 12, dropped: 0 });
    const many = makeReport(
      [CHECKS.low],
      Array.from({ length: 25_003 }, (_, i) => makeFinding(CHECKS.low, 'fail', `nb-${i}`)),
    );
    const { log, info } = toSarifWithInfo(many);
    expect(info).toEqual({ results: 25_000, dropped: 3 });
    expect(log.runs[0].results).toHaveLength(25_000);
    expect(githubRules(log)).toEqual([]);
  });
});
