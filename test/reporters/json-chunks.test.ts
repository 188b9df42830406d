/**
 * The fast paths of the JSON report give exactly the text of the straightforward versions: the report in pieces
 * (jsonPieces) is escapeJsonText(JSON.stringify(toJsonReport(report), null, 2)) + "\n", the pieces are written
 * as that text, and escapeJsonText and sanitizeText match their one-regex definitions on every code point.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeOutputs } from '../../src/commands/outputs.js';
import type { Report } from '../../src/engine/report.js';
import type { Evidence, Finding } from '../../src/model.js';
import { jsonPieces, renderJson, toJsonReport } from '../../src/reporters/json.js';
import { escapeJsonText, sanitizeText } from '../../src/reporters/sanitize.js';
import { CHECKS, HOSTILE, emptyReport, makeFinding, makeReport, sampleReport } from '../helpers/report.js';

/** escapeJsonText as first written: one unicode regex over the whole text. */
function referenceEscape(json: string): string {
  return json.replace(/[\u007f-\u009f\p{Cf}\p{Zl}\p{Zp}<>&]/gu, (ch) => {
    let out = '';
    for (let i = 0; i < ch.length; i++) out += `\\u${ch.charCodeAt(i).toString(16).padStart(4, '0')}`;
    return out;
  });
}

/** renderJson as first written. */
function referenceRender(report: Report): string {
  return `${referenceEscape(JSON.stringify(toJsonReport(report), null, 2))}\n`;
}

/** Every code point up to U+2FFFF, then a sample of the rest, and lone and paired surrogates in odd orders. */
function everyCharacter(): string {
  let s = '';
  for (let cp = 0; cp < 0x110000; cp += cp < 0x30000 ? 1 : 97) if (cp < 0xd800 || cp > 0xdfff) s += String.fromCodePoint(cp);
  return `${s}\ud800x\udc00\ud800\ud800\udc00\udfff\udbff`;
}

function manyFindings(n: number): Finding[] {
  const names = Object.values(HOSTILE);
  return Array.from({ length: n }, (_, i) =>
    makeFinding(i % 2 ? CHECKS.high : CHECKS.low, i % 3 ? 'fail' : 'pass', `nb-${i}-${names[i % names.length]!.slice(0, 40)}`, {
      // Wider than the Evidence type: the rendering must not depend on it.
      evidence: { i, list: [i, `x${i}`, null], nested: { deep: { deeper: ['é', '😀', '\u2028'] } }, empty: {}, none: [] } as unknown as Evidence,
      message: i % 7 === 0 ? `Notebook ${names[i % names.length]} …` : `Notebook nb-${i} is open`,
    }),
  );
}

const dir = mkdtempSync(join(tmpdir(), 'smsec-json-chunks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('jsonPieces', () => {
  it('joins to the text of the single-string rendering', () => {
    const reports: Report[] = [
      sampleReport(),
      emptyReport(),
      makeReport([CHECKS.high], []),
      makeReport([CHECKS.high, CHECKS.low], manyFindings(1)),
      makeReport([CHECKS.high, CHECKS.low], manyFindings(511)),
      makeReport([CHECKS.high, CHECKS.low], manyFindings(1025)),
      { ...makeReport([CHECKS.high], manyFindings(3)), extra: { x: [1, { y: 'z' }] }, nothing: undefined, fn: () => 1 } as unknown as Report,
      { ...makeReport([CHECKS.high], manyFindings(2)), suppressions: [], collection: { since: null, omitted: [] } } as Report,
      { findings: manyFindings(2) } as unknown as Report,
      {} as unknown as Report,
    ];
    for (const r of reports) {
      const text = referenceRender(r);
      expect([...jsonPieces(r)].join('')).toBe(text);
      expect(renderJson(r)).toBe(text);
    }
  });

  it('is written to a file as that same text', () => {
    const r = makeReport([CHECKS.high, CHECKS.low], manyFindings(1500));
    const file = join(dir, 'report.json');
    writeOutputs([{ file, text: jsonPieces(r) }]);
    expect(readFileSync(file, 'utf8')).toBe(referenceRender(r));
    // A final newline is added when the pieces lack one, as for a single string.
    writeOutputs([{ file, text: ['{', '', '"a": 1}'] }]);
    expect(readFileSync(file, 'utf8')).toBe('{"a": 1}\n');
    writeOutputs([{ file, text: [] }]);
    expect(readFileSync(file, 'utf8')).toBe('\n');
  });
});

describe('escapeJsonText and sanitizeText', () => {
  it('escapeJsonText matches its one-regex definition on every character', () => {
    const all = everyCharacter();
    expect(escapeJsonText(all)).toBe(referenceEscape(all));
    expect(escapeJsonText(JSON.stringify({ all }))).toBe(referenceEscape(JSON.stringify({ all })));
    expect(escapeJsonText('plain ascii')).toBe('plain ascii');
  });

  it('sanitizeText gives what its character-by-character definition gives, with and without a limit', () => {
    const all = everyCharacter();
    const samples = ['', 'abc', 'x'.repeat(500), 'x'.repeat(501), 'é'.repeat(499), '😀'.repeat(300), ...Object.values(HOSTILE), all.slice(0, 3000), all.slice(0x2000, 0x2100)];
    for (const limit of [1, 2, 5, 500, Number.POSITIVE_INFINITY]) {
      for (const v of samples) {
        // The definition: escapes for unsafe code points, cut (with "…") past the limit.
        const points = Array.from(v);
        let expected = '';
        let length = 0;
        for (let i = 0; i < points.length; i++) {
          const ch = points[i]!;
          const token = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u.test(ch) ? sanitizeText(ch, 100) : ch;
          const tokenLength = token === ch ? 1 : token.length;
          if (length + tokenLength > (i === points.length - 1 ? limit : limit - 1)) {
            expected += '…';
            break;
          }
          expected += token;
          length += tokenLength;
        }
        expect(sanitizeText(v, limit)).toBe(expected);
      }
    }
  });
});
