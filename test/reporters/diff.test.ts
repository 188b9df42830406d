import { describe, expect, it } from 'vitest';
import { diffFindings } from '../../src/engine/baseline.js';
import { renderDiffJson, renderDiffText, type DiffInput } from '../../src/reporters/diff.js';
import { RAW_PAYLOADS, makeReport, sampleReport } from '../helpers/report.js';

describe('diff reporters', () => {
  const now = sampleReport();
  // The earlier report had none of the low-severity problems and one extra failure.
  const before = makeReport(now.checks, [
    ...now.findings.filter((f) => f.severity !== 'low'),
    { ...now.findings[0]!, resource: { ...now.findings[0]!.resource, arn: 'arn:aws:sagemaker:us-east-1:111122223333:notebook-instance/gone', name: 'gone' } },
  ]);
  const input: DiffInput = {
    account: now.account.id,
    old: { file: 'old.json', collectedAt: before.source.collectedAt },
    new: { file: 'new\u001b[2J.json', collectedAt: now.source.collectedAt },
    diff: diffFindings(before.findings, now.findings, now.checks.map((c) => c.id)),
  };

  it('text: sections with counts, hostile values escaped, one line per field', () => {
    const text = renderDiffText(input);
    const lowProblems = now.findings.filter((f) => f.severity === 'low' && f.status === 'fail').length;
    expect(text).toContain(`New failing findings (${lowProblems})`);
    expect(text).toContain('Fixed (1)');
    expect(text).toMatch(new RegExp(`^${lowProblems} new, 1 fixed, \\d+ unchanged$`, 'm'));
    for (const payload of RAW_PAYLOADS) expect(text.includes(payload), JSON.stringify(payload)).toBe(false);
    expect(text).toContain('new\\x1b[2J.json');
  });

  it('JSON: parses, keeps ARNs exact, no raw control characters', () => {
    const json = renderDiffJson(input);
    for (const payload of RAW_PAYLOADS) expect(json.includes(payload), JSON.stringify(payload)).toBe(false);
    const doc = JSON.parse(json) as { summary: { new: number; fixed: number }; findings: { fixed: { resource: { arn: string } }[]; new: { resource: { name: string } }[] } };
    expect(doc.summary.fixed).toBe(1);
    expect(doc.findings.fixed[0]!.resource.arn).toBe('arn:aws:sagemaker:us-east-1:111122223333:notebook-instance/gone');
    expect(doc.findings.new.map((f) => f.resource.name)).toEqual(now.findings.filter((f) => f.severity === 'low' && f.status === 'fail').map((f) => f.resource.name));
  });
});
