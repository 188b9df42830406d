/**
 * toPlainResponse: an SDK output as the plain JSON a snapshot stores. It must give exactly what a JSON round trip
 * gives (the conversion it replaces), so live and replayed audits see the same responses.
 */
import { describe, expect, it } from 'vitest';
import { buildDemoAccount } from '../../fixtures/demo/demo-account.js';
import { toPlainResponse } from '../../src/collect/live.js';
import { toSdkOutput } from '../helpers/fake-aws-server.js';

/** What the previous implementation returned: `$metadata` dropped, then JSON.parse(JSON.stringify(…)). */
function roundTrip(output: unknown): unknown {
  const { $metadata: _drop, ...rest } = (output ?? {}) as Record<string, unknown>;
  void _drop;
  return JSON.parse(JSON.stringify(rest)) as unknown;
}

/** Deep equality that also tells own "__proto__" keys, -0 and prototypes apart (toStrictEqual does most of it). */
function expectSame(output: unknown): void {
  const got = toPlainResponse(output);
  const want = roundTrip(output);
  expect(got).toStrictEqual(want);
  expect(JSON.stringify(got)).toBe(JSON.stringify(want));
}

describe('toPlainResponse', () => {
  it('drops $metadata and turns Dates into ISO strings', () => {
    const out = toPlainResponse({
      $metadata: { httpStatusCode: 200, requestId: 'r' },
      CreationTime: new Date('2024-05-01T12:00:00.123Z'),
      Nested: { When: [new Date(0)], Name: 'x' },
    });
    expect(out).toStrictEqual({ CreationTime: '2024-05-01T12:00:00.123Z', Nested: { When: ['1970-01-01T00:00:00.000Z'], Name: 'x' } });
  });

  it('matches a JSON round trip on awkward values', () => {
    expectSame({
      $metadata: { attempts: 1 },
      undef: undefined,
      fn: () => 1,
      sym: Symbol('s'),
      nan: Number.NaN,
      inf: Number.POSITIVE_INFINITY,
      negZero: -0,
      nul: null,
      bool: false,
      arr: [undefined, () => 1, Symbol('s'), Number.NaN, -0, null, 'a', [1, [2]], new Date(5)],
      // A hole becomes null, as in JSON.
      sparse: [1, , 3],
      bytes: new Uint8Array([1, 2, 255]),
      buffer: Buffer.from('hi'),
      invalidDate: new Date(Number.NaN),
      map: new Map([['a', 1]]),
      set: new Set([1]),
      boxed: [Object(1), Object('s'), Object(true)],
      custom: { toJSON: (key: string) => ({ key, at: new Date(1) }) },
      ['__proto__']: { polluted: true },
      '10': 'ten',
      '2': 'two',
      z: 'last',
    });
    // An own "__proto__" key stays an own property and never becomes the prototype.
    const got = toPlainResponse(JSON.parse('{"__proto__": {"polluted": true}}'));
    expect(Object.getPrototypeOf(got)).toBe(Object.prototype);
    expect(Object.hasOwn(got, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('gives an empty object for no output, and throws on BigInt as JSON.stringify does', () => {
    expect(toPlainResponse(undefined)).toStrictEqual({});
    expect(toPlainResponse(null)).toStrictEqual({});
    expect(() => toPlainResponse({ n: 1n })).toThrow(TypeError);
  });

  it('matches a JSON round trip on every demo response as the SDK returns it', () => {
    const demo = buildDemoAccount('0.1.0');
    let n = 0;
    for (const c of demo.calls) {
      if (!c.response) continue;
      expectSame(toSdkOutput(c.service, c.operation, c.response));
      n++;
    }
    expect(n).toBeGreaterThan(50);
  });
});
