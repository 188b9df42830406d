import { describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH, escapeJsonText, sanitizeMessage, sanitizeText, truncate } from '../../src/reporters/sanitize.js';
import { renderJson } from '../../src/reporters/json.js';
import { renderSarif, type SarifLog } from '../../src/reporters/sarif.js';
import { renderText } from '../../src/reporters/text.js';
import type { Report } from '../../src/engine/report.js';
import { CHECKS, HOSTILE, RAW_PAYLOADS, makeFinding, makeReport, sampleReport } from '../helpers/report.js';

describe('sanitizeText', () => {
  it('leaves ordinary text alone', () => {
    expect(sanitizeText('ml-research-nb (us-east-1) «ok» café 日本 🚀')).toBe('ml-research-nb (us-east-1) «ok» café 日本 🚀');
  });

  it('escapes ESC, so CSI and OSC sequences are inert', () => {
    expect(sanitizeText('a\u001b[2Jb')).toBe('a\\x1b[2Jb');
    expect(sanitizeText(HOSTILE.osc8)).toBe('nb-\\x1b]8;;https://evil.example/\\x07click-me\\x1b]8;;\\x07');
  });

  it('escapes C0, DEL and C1 controls', () => {
    expect(sanitizeText('\u0000\u0007\u0008\u007f\u0085\u009b\u009f')).toBe('\\x00\\x07\\x08\\x7f\\x85\\x9b\\x9f');
  });

  it('shows newlines, tabs and carriage returns as visible escapes', () => {
    expect(sanitizeText('a\nb\tc\rd')).toBe('a\\nb\\tc\\rd');
    expect(sanitizeText('a\u2028b\u2029c')).toBe('a\\u2028b\\u2029c');
  });

  it('escapes bidi overrides, embeddings and isolates', () => {
    for (const cp of [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x200e, 0x200f, 0x061c]) {
      const ch = String.fromCodePoint(cp);
      expect(sanitizeText(`x${ch}y`)).toBe(`x\\u${cp.toString(16).padStart(4, '0')}y`);
    }
  });

  it('escapes zero-width characters and the BOM', () => {
    expect(sanitizeText('a\u200bb\u200cc\u200dd\u2060e\ufeff')).toBe('a\\u200bb\\u200cc\\u200dd\\u2060e\\ufeff');
  });

  it('escapes astral format characters and lone surrogates', () => {
    expect(sanitizeText('a\u{e0041}b')).toBe('a\\u{e0041}b');
    expect(sanitizeText('a\ud800b\udc00')).toBe('a\\ud800b\\udc00');
  });

  it(`caps long values at ${MAX_TEXT_LENGTH} characters with an ellipsis`, () => {
    const out = sanitizeText('x'.repeat(2000));
    expect(Array.from(out)).toHaveLength(MAX_TEXT_LENGTH);
    expect(out.endsWith('x…')).toBe(true);
    expect(sanitizeText('x'.repeat(MAX_TEXT_LENGTH))).toBe('x'.repeat(MAX_TEXT_LENGTH));
    expect(sanitizeText('abcdef', 5)).toBe('abcd…');
    expect(sanitizeText('abcde', 5)).toBe('abcde');
  });

  it('never cuts an escape in half', () => {
    expect(sanitizeText('abc\u202e', 8)).toBe('abc…');
    expect(sanitizeText('ab\u202e', 8)).toBe('ab\\u202e');
    expect(Array.from(sanitizeText('\u001b'.repeat(300))).length).toBeLessThanOrEqual(MAX_TEXT_LENGTH);
  });

  it('sanitizeMessage escapes the same way without a cap', () => {
    expect(sanitizeMessage(`${'x'.repeat(1000)}\u001b`)).toBe(`${'x'.repeat(1000)}\\x1b`);
  });
});

describe('escapeJsonText', () => {
  it('escapes characters JSON.stringify leaves raw, losslessly', () => {
    const value = { s: 'a\u202eb\u200bc\u009bd\u007fe</script>&f\u2028g\u{e0041}h\u001bi', n: 1 };
    const text = escapeJsonText(JSON.stringify(value, null, 2));
    expect(text).not.toMatch(/[\u007f-\u009f\u200b\u202e\u2028<>&\u001b]/);
    expect(text).toContain('\\u202e');
    expect(text).toContain('\\udb40\\udc41');
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('truncate', () => {
  it('cuts to a UTF-16 length, never inside a surrogate pair', () => {
    expect(truncate('abc', 3)).toBe('abc');
    expect(truncate('abcd', 3)).toBe('ab…');
    expect(truncate('a🚀🚀', 4)).toBe('a🚀…');
    expect(truncate('ab🚀c', 4)).toBe('ab…');
  });
});

/** Every reporter, every mode. */
function outputs(report: Report): [string, string][] {
  return [
    ['text', renderText(report, { color: false })],
    ['text verbose', renderText(report, { color: false, verbose: true })],
    ['text color', renderText(report, { color: true, verbose: true })],
    ['json', renderJson(report)],
    ['sarif', renderSarif(report)],
  ];
}

describe('hostile account data in every reporter', () => {
  const report = sampleReport();

  it.each(outputs(report))('%s: no raw terminal escapes, bidi or zero-width characters', (_name, out) => {
    for (const payload of RAW_PAYLOADS) expect(out.includes(payload), `raw ${JSON.stringify(payload)} in output`).toBe(false);
    // The only ESC allowed anywhere is our own SGR colour code.
    expect(out.replace(/\u001b\[\d+(;\d+)*m/g, '')).not.toMatch(/\u001b/);
    expect(out).not.toMatch(/[\u0080-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/);
  });

  it('each hostile payload alone, as resource name, message and evidence, never reaches any output raw', () => {
    for (const payload of ['\u001b[2J', '\u001b]8;;https://evil.example/\u0007x\u001b]8;;\u0007', '\u202e', '\u2066', '\u009b1m']) {
      const name = `nb-${payload}-end`;
      const r = makeReport(
        [CHECKS.high],
        [makeFinding(CHECKS.high, 'fail', name, { message: `Notebook ${name} is open`, evidence: { Name: name, Tags: [name] } })],
        { source: { kind: 'snapshot', file: `snap-${payload}.json`, collectedAt: '2025-01-01T00:00:00Z' } },
      );
      for (const [which, out] of outputs(r)) expect(out.includes(payload), `${which} contains ${JSON.stringify(payload)}`).toBe(false);
    }
  });

  it('a newline in a name does not add a table row', () => {
    const single = makeReport([CHECKS.high], [makeFinding(CHECKS.high, 'fail', HOSTILE.newline, { message: `Notebook ${HOSTILE.newline} is open` })]);
    const out = renderText(single, { color: false, width: 400 });
    // Exactly one status cell, and the forged "│ FAIL │ forged-row" never starts a line.
    expect(out.split('\n').filter((l) => /^│ (FAIL|ERROR|PASS|N\/A)\s+│/.test(l))).toHaveLength(1);
    expect(out.split('\n').some((l) => l.startsWith('│ FAIL   │ forged-row'))).toBe(false);
    // cli-table3 draws a separator before every row: one separator = header + exactly one row.
    expect(out.split('\n').filter((l) => l.startsWith('├'))).toHaveLength(1);
    expect(out).toContain('nb-line1\\n│ FAIL   │ forged-row');
  });

  it('a quote or </script> in a name keeps JSON and SARIF parseable, the name exact', () => {
    const json = JSON.parse(renderJson(report)) as Report;
    expect(json.findings.map((f) => f.resource.name)).toContain(HOSTILE.quote);
    const sarif = JSON.parse(renderSarif(report)) as SarifLog;
    expect(sarif.runs[0].results.map((r) => r.locations[0].logicalLocations[0]!.name)).toContain(HOSTILE.quote);
    for (const out of [renderJson(report), renderSarif(report)]) {
      expect(out).not.toContain('</script>');
      expect(out).not.toContain('<script>');
    }
  });

  it('JSON keeps names and evidence lossless while messages are sanitized', () => {
    const json = JSON.parse(renderJson(report)) as Report;
    const bidi = json.findings.find((f) => f.resource.name === HOSTILE.bidi)!;
    expect(bidi.evidence).toEqual({ Names: [HOSTILE.bidi, HOSTILE.zeroWidth] });
    expect(bidi.message).toBe('Notebook instance nb-\\u202eexe.txt\\u202c-\\u2066iso\\u2069 is open');
    const sarif = JSON.parse(renderSarif(report)) as SarifLog;
    const r = sarif.runs[0].results.find((x) => x.locations[0].logicalLocations[0]!.name === HOSTILE.bidi)!;
    expect(r.message.text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(r.properties.evidence).toEqual({ Names: [HOSTILE.bidi, HOSTILE.zeroWidth] });
  });
});
