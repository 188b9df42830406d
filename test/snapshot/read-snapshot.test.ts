/**
 * readSnapshot (streamed, parsed call by call) against loadSnapshot (one JSON.parse): the same snapshot, or the same
 * UsageError, for every layout and every way a file can be wrong.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDemoAccount } from '../../fixtures/demo/demo-account.js';
import type { Snapshot } from '../../src/snapshot/format.js';
import { loadSnapshot, readSnapshot, serializeSnapshot, splitSnapshot } from '../../src/snapshot/io.js';

const demo = JSON.parse(JSON.stringify(buildDemoAccount('0.1.0'))) as Snapshot;
const canonical = (s: unknown): string => `${JSON.stringify(s, null, 1)}\n`;
const dir = mkdtempSync(join(tmpdir(), 'smsec-read-snapshot-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Both loaders on the same file: equal snapshots (prototypes included), or equal errors. */
async function expectSameAsLoadSnapshot(name: string, content: string | Buffer): Promise<{ calls?: number; error?: string }> {
  const file = join(dir, name);
  writeFileSync(file, content);
  const outcome = async (load: () => Snapshot | Promise<Snapshot>) => {
    try {
      return { value: await load() };
    } catch (err) {
      return { error: `${(err as Error).constructor.name}: ${(err as Error).message}` };
    }
  };
  const [sync, streamed] = [await outcome(() => loadSnapshot(file)), await outcome(() => readSnapshot(file))];
  expect(streamed.error).toBe(sync.error);
  expect(isDeepStrictEqual(streamed.value, sync.value)).toBe(true);
  return sync.error !== undefined ? { error: sync.error } : { calls: sync.value!.calls.length };
}

describe('readSnapshot', () => {
  it('reads what serializeSnapshot writes, gzip or not', async () => {
    expect(await expectSameAsLoadSnapshot('demo.json.gz', serializeSnapshot(demo, 'demo.json.gz'))).toEqual({ calls: demo.calls.length });
    expect(await expectSameAsLoadSnapshot('demo.json', serializeSnapshot(demo, 'demo.json'))).toEqual({ calls: demo.calls.length });
    expect(await expectSameAsLoadSnapshot('empty.json', canonical({ ...demo, calls: [] }))).toEqual({ calls: 0 });
  });

  it('parses the layout serializeSnapshot writes call by call, and leaves other layouts to JSON.parse', async () => {
    for (const file of ['demo.json.gz', 'demo.json']) expect(await splitSnapshot(serializeSnapshot(demo, file))).toEqual(demo);
    expect(await splitSnapshot(gzipSync(JSON.stringify(demo)))).toBeUndefined();
    expect(await splitSnapshot(Buffer.from(JSON.stringify(demo, null, 2)))).toBeUndefined();
  });

  it('reads other layouts the way JSON.parse does', async () => {
    for (const [name, text] of [
      ['minified.json.gz', JSON.stringify(demo)],
      ['two-spaces.json.gz', JSON.stringify(demo, null, 2)],
      ['tabs.json.gz', JSON.stringify(demo, null, '\t')],
    ] as const) {
      expect(await expectSameAsLoadSnapshot(name, gzipSync(text))).toEqual({ calls: demo.calls.length });
    }
    const text = canonical(demo);
    // Several gzip members, cut in the middle of a call.
    const cut = text.indexOf('"operation"', text.length >> 1);
    expect(await expectSameAsLoadSnapshot('members.json.gz', Buffer.concat([gzipSync(text.slice(0, cut)), gzipSync(text.slice(cut))]))).toEqual({
      calls: demo.calls.length,
    });
    // A later "calls" key wins, as in JSON.parse; an earlier one loses.
    expect(await expectSameAsLoadSnapshot('calls-after.json', text.replace(/\n}\n$/, ',\n "calls": []\n}\n'))).toEqual({ calls: 0 });
    expect(await expectSameAsLoadSnapshot('calls-before.json', text.replace('{\n "format"', '{\n "calls": [],\n "format"'))).toEqual({
      calls: demo.calls.length,
    });
  });

  it('keeps strings that look like the layout, and any character', async () => {
    const odd = {
      ...demo,
      metadata: { ...demo.metadata, description: '\n "calls": [ é😀\u202e' },
      calls: demo.calls.map((c, i) => (i % 3 === 0 ? { ...c, input: { ...c.input, Odd: 'a\n  },\n  {"x": 1}\n ]\n}', Name: 'ü😀\u0000' } } : c)),
    };
    expect(await expectSameAsLoadSnapshot('odd.json.gz', gzipSync(canonical(odd)))).toEqual({ calls: demo.calls.length });
    const text = canonical(demo);
    const invalidUtf8 = Buffer.concat([Buffer.from(text.slice(0, 3000)), Buffer.from([0xff, 0xc3]), Buffer.from(text.slice(3000))]);
    expect(await expectSameAsLoadSnapshot('invalid-utf8.json', invalidUtf8)).toEqual({ calls: demo.calls.length });
  });

  it('fails exactly as loadSnapshot does', async () => {
    const text = canonical(demo);
    const cases: [string, string | Buffer, RegExp][] = [
      ['bom.json', `\ufeff${text}`, /not valid JSON/],
      ['truncated.json.gz', gzipSync(text).subarray(0, 5000), /not a readable gzip file/],
      ['truncated.json', text.slice(0, 20_000), /not valid JSON/],
      ['garbage.json.gz', Buffer.concat([gzipSync(text), Buffer.from('garbage')]), /not a readable gzip file/],
      ['missing-comma.json', text.replace('\n  },\n  {', '\n  }\n  {'), /not valid JSON/],
      ['trailing-comma.json', text.replace(/\n  }\n ]/, '\n  },\n ]'), /not valid JSON/],
      ['nested-calls.json', canonical({ ...demo, metadata: { ...demo.metadata, calls: demo.calls.slice(0, 2) }, calls: [] }).replace('\n  "calls": [', '\n "calls": ['), /invalid snapshot/],
      ['bad-call.json', canonical({ ...demo, calls: [{ service: 'sts' }] }), /invalid snapshot: \/calls\/0/],
      ['version.json', canonical({ ...demo, formatVersion: 2 }), /format version 2 is not supported/],
      ['array.json', '[1, 2]', /not an smsec snapshot/],
      ['empty.json', '', /not valid JSON/],
    ];
    for (const [name, content, message] of cases) {
      expect((await expectSameAsLoadSnapshot(name, content)).error).toMatch(message);
    }
    await expect(readSnapshot(join(dir, 'no-such-file.json'))).rejects.toThrow(/cannot read snapshot .*: no such file/);
  });
});
