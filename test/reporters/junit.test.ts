import { describe, expect, it } from 'vitest';
import { renderJunit } from '../../src/reporters/junit.js';
import { stripInvalidXml, xmlText } from '../../src/reporters/sanitize.js';
import { CHECKS, HOSTILE, RAW_PAYLOADS, ciReport, emptyReport, makeFinding, makeReport, nbArn, sampleReport } from '../helpers/report.js';
import { elements, parseXml, type XmlElement } from '../helpers/xml.js';

describe('renderJunit', () => {
  const report = sampleReport();
  const xml = renderJunit(report);
  const doc = parseXml(xml);
  const cases = elements(doc, 'testcase');

  it('is well-formed XML 1.0 with an XML declaration and a <testsuites> root', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
    expect(doc.name).toBe('testsuites');
    expect(xml.endsWith('</testsuites>\n')).toBe(true);
  });

  it('has one suite per check and one test case per (check, resource): classname = check id, name = ARN', () => {
    expect(elements(doc, 'testsuite').map((s) => s.attributes.name)).toEqual(report.checks.map((c) => c.id));
    expect(cases).toHaveLength(report.findings.length);
    expect(cases.map((c) => [c.attributes.classname, c.attributes.name])).toEqual(
      report.findings.map((f) => [f.checkId, xmlTextDecoded(f.resource.arn)]),
    );
  });

  it('maps fail to <failure>, error to <error>, not_applicable to <skipped>, pass to a plain test case', () => {
    const kinds = cases.map((c) => c.children.map((x) => x.name).join(',') || 'pass');
    expect(kinds).toEqual(report.findings.map((f) => ({ fail: 'failure', error: 'error', not_applicable: 'skipped', pass: 'pass' })[f.status]));
  });

  it('counts tests, failures, errors and skipped on the root and on each suite', () => {
    const count = (s: string) => report.findings.filter((f) => f.status === s).length;
    expect(doc.attributes).toMatchObject({
      tests: String(report.findings.length),
      failures: String(count('fail')),
      errors: String(count('error')),
      skipped: String(count('not_applicable')),
    });
    for (const suite of elements(doc, 'testsuite')) {
      const own = report.findings.filter((f) => f.checkId === suite.attributes.name);
      expect(suite.attributes.tests).toBe(String(own.length));
      expect(suite.attributes.failures).toBe(String(own.filter((f) => f.status === 'fail').length));
    }
  });

  it('a failure carries the message, severity as type, and details with the ARN and evidence', () => {
    const failure = elements(doc, 'failure')[0]!;
    expect(failure.attributes.type).toBe('critical');
    expect(failure.attributes.message).toBe(report.findings[0]!.message);
    expect(failure.text).toContain(`Resource: ${nbArn('nb-critical-open')}`);
    expect(failure.text).toContain('DirectInternetAccess: "Enabled"');
    expect(failure.text).toContain(`smsec explain ${CHECKS.critical.id}`);
    expect(elements(doc, 'error')[0]!.attributes.message).toMatch(/^Could not verify: /);
  });

  it('hostile names and messages are escaped: no raw terminal, bidi or zero-width characters, and the XML still parses', () => {
    for (const payload of RAW_PAYLOADS) expect(xml.includes(payload), JSON.stringify(payload)).toBe(false);
    expect(xml).not.toContain('<script>');
    const quoted = cases.find((c) => c.attributes.name === 'arn:aws:s3:::quote-bucket')!;
    expect(quoted.children[0]!.attributes.message).toBe(`Bucket ${HOSTILE.quote} is public`);
    // A newline in a name is shown as a visible "\n", so it cannot fake another line of the failure text.
    const forged = cases.find((c) => c.attributes.name === 'arn:aws:s3:::weird-bucket')!;
    expect(forged.children[0]!.attributes.message).toContain('nb-line1\\n│ FAIL');
    expect(forged.children[0]!.text.split('\n').filter((l) => l.startsWith('│ FAIL'))).toEqual([]);
  });

  it('removes characters XML 1.0 forbids (which would make the file unparseable)', () => {
    const evil = 'nb-\u0000nul-\u0001-\ufffe-\uffff-\ud800-end';
    const r = makeReport([CHECKS.high], [makeFinding(CHECKS.high, 'fail', evil, { message: `Notebook ${evil}`, arn: nbArn(evil), evidence: { Name: evil } })]);
    const out = renderJunit(r);
    expect(() => parseXml(out)).not.toThrow();
    expect(out).not.toMatch(/[\u0000\u0001\ufffe\uffff]/);
    expect(stripInvalidXml('a\u0000b\ufffec\ud800d\u{1f680}\t\n')).toBe('abcd\u{1f680}\t\n');
    // Without stripping, saxes rejects the same document: the helper really checks legality.
    expect(() => parseXml(`<a b="\ufffe"/>`)).toThrow();
  });

  it('a suppressed finding is skipped with its reason; unchanged baseline findings still fail', () => {
    const ci = ciReport();
    const d = parseXml(renderJunit(ci));
    const byName: Record<string, XmlElement> = Object.fromEntries(elements(d, 'testcase').map((c) => [c.attributes.name ?? '', c]));
    const accepted = byName[nbArn('nb-accepted')]!;
    expect(accepted.children.map((c) => c.name)).toEqual(['skipped']);
    expect(accepted.children[0]!.attributes.message).toMatch(/^suppressed until 2030-06-30: Sandbox \| accepted by `sec` <b>team<\/b> nb-\\u202e/);
    expect(byName[nbArn('nb-denied')]!.children.map((c) => c.name)).toEqual(['skipped']);
    expect(byName[nbArn('nb-old')]!.children.map((c) => c.name)).toEqual(['failure']);
    expect(byName[nbArn('nb-old')]!.children[0]!.text).toContain('Baseline: unchanged');
    expect(d.attributes).toMatchObject({ tests: '6', failures: '2', errors: '0', skipped: '3' });
  });

  it('an empty report is a valid document with empty suites', () => {
    const d = parseXml(renderJunit(emptyReport()));
    expect(d.attributes.tests).toBe('0');
    expect(elements(d, 'testsuite')).toHaveLength(1);
  });

  it('xmlText escapes markup and quotes', () => {
    expect(xmlText(`a&b<c>"d'`)).toBe('a&amp;b&lt;c&gt;&quot;d&apos;');
  });
});

/** What a parser returns for an attribute we wrote from `value`. */
function xmlTextDecoded(value: string): string {
  return parseXml(`<x v="${xmlText(value)}"/>`).attributes.v!;
}
