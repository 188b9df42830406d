import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/reporters/markdown.js';
import { markdownCell } from '../../src/reporters/sanitize.js';
import { CHECKS, HOSTILE, RAW_PAYLOADS, ciReport, cleanReport, makeFinding, makeReport, sampleReport } from '../helpers/report.js';

/** Table rows of the section under `heading` (header and separator excluded). */
function tableRows(md: string, heading: string): string[] {
  const lines = md.split('\n');
  const start = lines.findIndex((l) => l.startsWith(heading));
  expect(start, `no heading ${heading}`).toBeGreaterThanOrEqual(0);
  const first = lines.findIndex((l, i) => i > start && l.startsWith('|'));
  const end = lines.findIndex((l, i) => i > first && !l.startsWith('|'));
  return lines.slice(first, end === -1 ? undefined : end).slice(2);
}

/** Splits a GFM table row on unescaped pipes. */
function cells(row: string): string[] {
  return row
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

describe('renderMarkdown', () => {
  const report = sampleReport();
  const md = renderMarkdown(report);

  it('has a summary table with counts per severity and status, and a total', () => {
    const rows = tableRows(md, '## smsec').map(cells);
    expect(rows.map((r) => r[0])).toEqual(['critical', 'high', 'medium', 'low', 'info', '**total**']);
    const total = rows.at(-1)!;
    const s = report.summary.byStatus;
    expect(total.slice(1)).toEqual([s.fail, s.error, s.pass, s.not_applicable, 0].map(String));
    const high = rows[1]!;
    expect(high.slice(1, 3)).toEqual([String(report.summary.failBySeverity.high), String(report.summary.errorBySeverity.high)]);
  });

  it('lists every failing and unreadable finding, one row each, with 6 cells whatever the names contain', () => {
    const rows = tableRows(md, '### Failing findings');
    const problems = report.findings.filter((f) => f.status === 'fail' || f.status === 'error');
    expect(md).toContain(`### Failing findings (${problems.length})`);
    expect(rows).toHaveLength(problems.length);
    for (const row of rows) expect(cells(row)).toHaveLength(6);
  });

  it('escapes pipes, backticks, HTML and Markdown syntax in cells; no raw control characters anywhere', () => {
    for (const payload of RAW_PAYLOADS) expect(md.includes(payload), JSON.stringify(payload)).toBe(false);
    expect(md).not.toContain('<script>');
    expect(md).toContain('&lt;/script&gt;&lt;script&gt;alert(1)');
    expect(markdownCell('a|b`c`<img src=x onerror=alert(1)>*d*_e_[l](http://x)~s~\\')).toBe(
      'a\\|b\\`c\\`&lt;img src=x onerror=alert(1)&gt;\\*d\\*\\_e\\_\\[l\\](http://x)\\~s\\~\\\\',
    );
    // A newline in a name is shown as "\n" and cannot start a new row.
    expect(md.split('\n').some((l) => l.startsWith('│ FAIL'))).toBe(false);
  });

  it('caps the findings table at maxRows and says how many more there are', () => {
    const capped = renderMarkdown(report, { maxRows: 2 });
    expect(tableRows(capped, '### Failing findings')).toHaveLength(2);
    const problems = report.findings.filter((f) => f.status === 'fail' || f.status === 'error').length;
    expect(capped).toContain(`… and ${problems - 2} more`);
  });

  it('a clean report says so and has no findings table', () => {
    const clean = renderMarkdown(cleanReport());
    expect(clean).toContain('No failing findings.');
    expect(clean).not.toContain('### Failing findings');
  });

  it('leaves suppressed findings out of the findings table, counts them, and lists expired and stale suppressions', () => {
    const ci = renderMarkdown(ciReport());
    const rows = tableRows(ci, '### Failing findings');
    expect(rows).toHaveLength(2); // nb-new-critical and nb-old; nb-accepted and nb-denied are suppressed
    expect(rows.map((r) => cells(r)[6])).toEqual(['new', 'unchanged']);
    expect(tableRows(ci, '## smsec').map(cells).at(-1)!.at(-1)).toBe('2');
    expect(ci).toContain('2 suppressed findings');
    expect(ci).toMatch(/- \*\*Expired\*\* on 2024-01-31 \(check test-\\\*, resources .*nb-old\)/);
    expect(ci).toMatch(/- \*\*Stale\*\* \(check test-medium-check, resources arn:aws:s3:::gone-\\\*\)/);
    expect(ci).toContain('Baseline previous.json (collected 2024-12-01T00:00:00.000Z): **1 new**, 3 unchanged, 2 fixed.');
  });

  it('when every failing finding is suppressed, says so', () => {
    const r = makeReport([CHECKS.high], [{ ...makeFinding(CHECKS.high, 'fail', 'nb-a'), suppression: { reason: 'ok', expires: '2030-01-01' } }]);
    expect(renderMarkdown(r)).toContain('No open failing findings: every one is suppressed.');
  });

  it('a hostile snapshot file name stays on its line', () => {
    const r = makeReport([CHECKS.high], [], { source: { kind: 'snapshot', file: `x|y\n## Injected ${HOSTILE.clearScreen}`, collectedAt: '2025-01-01T00:00:00Z' } });
    const out = renderMarkdown(r);
    expect(out).not.toMatch(/^## Injected/m);
    expect(out).toContain('x\\|y\\\\n## Injected');
  });
});
