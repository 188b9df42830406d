/** Snapshot files: JSON and gzip round trips, and every way a file can be wrong (a one-line UsageError naming it). */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoAccount } from '../../fixtures/demo/demo-account.js';
import { UsageError } from '../../src/errors.js';
import type { Snapshot } from '../../src/snapshot/format.js';
import { loadSnapshot, parseSnapshot, saveSnapshot, serializeSnapshot } from '../../src/snapshot/io.js';

const demo = buildDemoAccount('0.1.0');
const stored = JSON.parse(JSON.stringify(demo)) as Snapshot;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'smsec-io-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function usageError(fn: () => unknown): UsageError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    const e = err as UsageError;
    expect(e.message).not.toContain('\n');
    return e;
  }
  throw new Error('expected a UsageError');
}

describe('round trips', () => {
  it('gzip: a .json.gz file is gzip and loads back to the same snapshot', () => {
    const file = join(dir, 'demo.json.gz');
    saveSnapshot(demo, file);
    const bytes = readFileSync(file);
    expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]);
    expect(loadSnapshot(file)).toEqual(stored);
  });

  it('plain JSON: a .json file is readable JSON and loads back to the same snapshot', () => {
    const file = join(dir, 'demo.json');
    saveSnapshot(demo, file);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(stored);
    expect(loadSnapshot(file)).toEqual(stored);
  });

  it('is byte-for-byte stable, and gzip content is detected by its magic bytes, not the file name', () => {
    expect(serializeSnapshot(demo, 'a.json').equals(serializeSnapshot(demo, 'b.json'))).toBe(true);
    const gz = serializeSnapshot(demo, 'x.json.gz');
    expect(parseSnapshot(gz, 'misnamed.json')).toEqual(stored);
    expect(parseSnapshot(gzipSync(serializeSnapshot(demo, 'x.json')), 'x.bin')).toEqual(stored);
  });
});

describe('bad files', () => {
  const file = (name: string, content: string | Buffer): string => {
    const p = join(dir, name);
    writeFileSync(p, content);
    return p;
  };
  const variant = (patch: (s: Record<string, unknown>) => void): string => {
    const s = JSON.parse(JSON.stringify(demo)) as Record<string, unknown>;
    patch(s);
    return JSON.stringify(s);
  };

  it('malformed JSON', () => {
    const p = file('bad.json', '{"format": "smsec-snapshot", ');
    expect(usageError(() => loadSnapshot(p)).message).toMatch(new RegExp(`^${escape(p)}: not valid JSON \\(`));
    expect(usageError(() => loadSnapshot(file('empty.json', ''))).message).toContain('not valid JSON');
  });

  it('corrupt gzip', () => {
    const p = file('bad.json.gz', Buffer.from([0x1f, 0x8b, 8, 0, 1, 2, 3]));
    expect(usageError(() => loadSnapshot(p)).message).toMatch(new RegExp(`^${escape(p)}: not a readable gzip file`));
  });

  it.each([
    ['another tool', { hello: 1 }],
    ['a JSON array', [1, 2]],
    ['null', null],
  ])('not a snapshot: %s', (_name, content) => {
    const p = file('other.json', JSON.stringify(content));
    expect(usageError(() => loadSnapshot(p)).message).toBe(`${p}: not an smsec snapshot (expected "format": "smsec-snapshot")`);
  });

  it.each([
    [2, 'snapshot format version 2 is not supported (this smsec reads version 1)'],
    ['1', 'snapshot format version "1" is not supported'],
    [undefined, 'snapshot format version undefined is not supported'],
  ])('wrong formatVersion %j', (version, message) => {
    const p = file('version.json', variant((s) => (s.formatVersion = version)));
    const e = usageError(() => loadSnapshot(p));
    expect(e.message.startsWith(`${p}: `)).toBe(true);
    expect(e.message).toContain(message);
  });

  it.each([
    ['a bad account id', (s: Record<string, unknown>) => ((s.metadata as Record<string, unknown>).accountId = 'abc'), '/metadata/accountId'],
    ['a malformed service name', (s: Record<string, unknown>) => ((s.calls as Record<string, unknown>[])[0]!.service = 'Sage Maker'), '/calls/0/service'],
    ['a malformed operation name', (s: Record<string, unknown>) => ((s.calls as Record<string, unknown>[])[0]!.operation = 'listModels'), '/calls/0/operation'],
    ['a call with neither response nor error', (s: Record<string, unknown>) => delete (s.calls as Record<string, unknown>[])[0]!.response, '/calls/0'],
    ['a call with both response and error', (s: Record<string, unknown>) => ((s.calls as Record<string, unknown>[])[0]!.error = { name: 'X', message: 'y' }), '/calls/0'],
    ['an unknown top-level field', (s: Record<string, unknown>) => (s.extra = true), '(top level)'],
    ['no calls', (s: Record<string, unknown>) => delete s.calls, '(top level)'],
    ['a bad recording time', (s: Record<string, unknown>) => ((s.metadata as Record<string, unknown>).recordedAt = 'yesterday'), '/metadata/recordedAt'],
  ])('schema violation: %s', (_name, patch, where) => {
    const p = file('invalid.json', variant(patch));
    const e = usageError(() => loadSnapshot(p));
    expect(e.message.startsWith(`${p}: invalid snapshot: ${where} `)).toBe(true);
  });

  it('a missing file, and a directory', () => {
    const missing = join(dir, 'nope.json');
    expect(usageError(() => loadSnapshot(missing)).message).toBe(`cannot read snapshot ${missing}: no such file`);
    const d = join(dir, 'a-dir.json');
    mkdirSync(d);
    expect(usageError(() => loadSnapshot(d)).message).toBe(`cannot read snapshot ${d}: EISDIR`);
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
