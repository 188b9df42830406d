import { describe, expect, it } from 'vitest';
import { renderText, summaryLine, wrapText } from '../../src/reporters/text.js';
import type { Finding } from '../../src/model.js';
import { CHECKS, cleanReport, emptyReport, makeFinding, makeReport, sampleReport } from '../helpers/report.js';

const ANSI = /\u001b/;

/** Table body rows: lines whose first cell holds a status label. */
function statusRows(out: string): string[] {
  return out.split('\n').filter((l) => /^│ (FAIL|ERROR|PASS|N\/A)\s+│/.test(l));
}

describe('renderText', () => {
  const report = sampleReport();

  it('has no ANSI codes at all with color off', () => {
    expect(renderText(report, { color: false })).not.toMatch(ANSI);
    expect(renderText(report, { color: false, verbose: true })).not.toMatch(ANSI);
    expect(renderText(cleanReport(), { color: false })).not.toMatch(ANSI);
  });

  it('uses colour with color on, and only SGR colour codes', () => {
    const out = renderText(report, { color: true, verbose: true });
    expect(out).toMatch(ANSI);
    const sequences = out.match(/\u001b[^a-zA-Z]*[a-zA-Z]?/g) ?? [];
    for (const s of sequences) expect(s).toMatch(/^\u001b\[\d+(;\d+)*m$/);
    // Stripped of colour it reads the same as the plain rendering.
    expect(out.replace(/\u001b\[\d+(;\d+)*m/g, '')).toBe(renderText(report, { color: false, verbose: true }));
  });

  it('prints a header with version, account, regions and source', () => {
    const lines = renderText(report, { color: false }).split('\n');
    expect(lines[0]).toContain('smsec 0.1.0');
    expect(lines[1]).toMatch(/Account:\s+111122223333 \(partition aws\)/);
    expect(lines[2]).toMatch(/Regions:\s+us-east-1, eu-west-1/);
    expect(lines[3]).toMatch(/Source:\s+snapshot demo-account\.json, recorded 2024-12-31T23:59:59\.000Z/);
    const live = renderText(cleanReport(), { color: false });
    expect(live).toMatch(/Source:\s+live AWS API, collected 2025-01-02T03:04:05\.000Z/);
  });

  it('shows fail and error rows by default, grouped by severity, in report order', () => {
    const out = renderText(report, { color: false });
    const rows = statusRows(out);
    const visible = report.findings.filter((f) => f.status === 'fail' || f.status === 'error');
    expect(rows).toHaveLength(visible.length);
    expect(rows.map((r) => r.split('│')[1]!.trim())).toEqual(visible.map((f) => (f.status === 'fail' ? 'FAIL' : 'ERROR')));
    expect(rows.map((r) => r.split('│')[2]!.trim())).toEqual(visible.map((f) => f.checkId));
    expect(out).not.toContain('nb-critical-ok');
    expect(out).not.toContain('nb-stopped');

    const headings = out.split('\n').filter((l) => /^(CRITICAL|HIGH|MEDIUM|LOW|INFO) \(/.test(l));
    expect(headings.map((h) => h.split(' ')[0])).toEqual(['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFO']);
    expect(headings[1]).toBe('HIGH (2 failed, 1 error)');
    expect(out).toContain('(3 passed and 2 not applicable findings not listed; verbose output lists them)');
  });

  it('groups by severity even when the findings are not sorted', () => {
    const f = [makeFinding(CHECKS.low, 'fail', 'nb-low'), makeFinding(CHECKS.critical, 'fail', 'nb-crit'), makeFinding(CHECKS.low, 'fail', 'nb-low-2')];
    const out = renderText(makeReport([CHECKS.low, CHECKS.critical], f), { color: false });
    expect(out.indexOf('nb-crit')).toBeLessThan(out.indexOf('nb-low'));
    expect(out.indexOf('nb-low')).toBeLessThan(out.indexOf('nb-low-2'));
  });

  it('labels unreadable data ERROR, not as a pass', () => {
    const out = renderText(report, { color: false, width: 400 });
    const errorRows = statusRows(out).filter((r) => r.startsWith('│ ERROR'));
    expect(errorRows).toHaveLength(2);
    expect(out).toContain('Could not read the notebook instances in eu-west-1');
  });

  it('shows pass and not_applicable rows with evidence when verbose', () => {
    const out = renderText(report, { color: false, verbose: true, width: 400 });
    expect(statusRows(out)).toHaveLength(report.findings.length);
    expect(out).toContain('nb-critical-ok');
    expect(statusRows(out).filter((r) => r.startsWith('│ N/A'))).toHaveLength(2);
    expect(out).toContain('evidence: DirectInternetAccess="Enabled", SubnetId=null');
    expect(out).not.toContain('not listed');
  });

  it('ends with the summary line', () => {
    const out = renderText(report, { color: false });
    const last = out.trimEnd().split('\n').pop();
    expect(last).toBe('12 failed (2 critical, 2 high, 2 medium, 5 low, 1 info), 2 errors, 3 passed, 2 not applicable — 19 findings from 5 checks');
    expect(out.endsWith('\n')).toBe(true);
  });

  it('summary line pluralises and omits empty severities', () => {
    const r = makeReport([CHECKS.high], [makeFinding(CHECKS.high, 'fail', 'a'), makeFinding(CHECKS.high, 'error', 'b')]);
    expect(summaryLine(r)).toBe('1 failed (1 high), 1 error, 0 passed, 0 not applicable — 2 findings from 1 check');
  });

  it('says clearly when nothing fails', () => {
    const out = renderText(cleanReport(), { color: false });
    expect(out).toContain('No failing findings: every check passed or did not apply.');
    expect(statusRows(out)).toHaveLength(0);
    expect(out).not.toContain('┌');
    expect(out.trimEnd().split('\n').pop()).toBe('0 failed, 0 errors, 1 passed, 1 not applicable — 2 findings from 2 checks');

    expect(renderText(emptyReport(), { color: false })).toContain('No failing findings: no resources were evaluated.');
  });

  it('does not call unreadable data a clean result', () => {
    const r = makeReport([CHECKS.high], [makeFinding(CHECKS.high, 'pass', 'a'), makeFinding(CHECKS.high, 'error', 'b')]);
    const out = renderText(r, { color: false });
    expect(out).toContain('No failing findings, but 1 finding could not be verified');
    expect(out).not.toContain('every check passed');
  });

  it('does not mention failures when there are some', () => {
    expect(renderText(report, { color: false })).not.toContain('No failing findings');
  });

  it('keeps lines within the requested width', () => {
    for (const width of [80, 120, 160]) {
      const out = renderText(report, { color: false, verbose: true, width });
      for (const line of out.split('\n').filter((l) => /^[│┌├└]/.test(l))) expect(Array.from(line).length).toBeLessThanOrEqual(width);
    }
  });

  it('wraps long untrusted values inside their cell', () => {
    const long: Finding = makeFinding(CHECKS.high, 'fail', 'n'.repeat(90), { message: `word `.repeat(60) });
    const out = renderText(makeReport([CHECKS.high], [long]), { color: false, width: 100 });
    expect(statusRows(out)).toHaveLength(1);
    expect(out.split('\n').filter((l) => l.startsWith('│')).length).toBeGreaterThan(3);
  });
});

describe('wrapText', () => {
  it('wraps on spaces and hard-breaks long words', () => {
    expect(wrapText('aa bb cc', 5)).toEqual(['aa bb', 'cc']);
    expect(wrapText('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapText('x abcdefgh', 4)).toEqual(['x', 'abcd', 'efgh']);
    expect(wrapText('', 4)).toEqual(['']);
  });
});
