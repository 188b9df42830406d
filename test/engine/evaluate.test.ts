/** The engine's evaluation: evidence lists are capped so that a report grows with findings, not findings × resources. */
import { describe, expect, it } from 'vitest';
import { defineCheck } from '../../src/check-api/check.js';
import { MAX_EVIDENCE_ITEMS, capEvidence, evaluateChecks } from '../../src/engine/evaluate.js';
import type { AccountContext } from '../../src/inventory/types.js';
import { keptList } from '../../src/model.js';

const account: AccountContext = { accountId: '111122223333', partition: 'aws', regions: ['us-east-1'] };

describe('keptList', () => {
  it('keeps equal short lists as one frozen list, and never changes or shares the list it is given', () => {
    const a = ['subnet-1', 'subnet-2'];
    const b = ['subnet-1', 'subnet-2'];
    const kept = keptList(a);
    expect(kept).toEqual(a);
    expect(kept).not.toBe(a);
    expect(keptList(b)).toBe(kept);
    expect(Object.isFrozen(kept)).toBe(true);
    expect(Object.isFrozen(a)).toBe(false);
    // Items are told apart whatever they contain: ["a:b"] is not ["a", "b"].
    expect(keptList(['1:a', 'b'])).not.toBe(keptList(['1:a1:b']));
    expect(keptList(['ab', 'c'])).not.toBe(keptList(['a', 'bc']));
    expect(keptList([])).toBe(keptList([]));
  });

  it('copies long lists and lists of long items without sharing them', () => {
    const long = Array.from({ length: 9 }, (_, i) => `sg-${i}`);
    expect(keptList(long)).toEqual(long);
    expect(keptList(long)).not.toBe(keptList([...long]));
    const policy = ['x'.repeat(300)];
    expect(keptList(policy)).not.toBe(keptList([...policy]));
    expect(Object.isFrozen(keptList(long))).toBe(true);
  });
});

describe('capEvidence', () => {
  it('cuts long lists to their first items and records their length; leaves the rest as it is', () => {
    const users = Array.from({ length: 45 }, (_, i) => `job-${i}`);
    const short = ['a', 'b'];
    const out = capEvidence({ usedBy: users, short, KeyState: 'Enabled', count: 3 });
    expect(out).toEqual({ usedBy: users.slice(0, MAX_EVIDENCE_ITEMS), usedByTotal: 45, short, KeyState: 'Enabled', count: 3 });
    expect(users).toHaveLength(45);
  });

  it('copies the rest field for field, in order, an own "__proto__" field included, and leaves the original alone', () => {
    const list = Array.from({ length: MAX_EVIDENCE_ITEMS }, (_, i) => String(i));
    const evidence = JSON.parse('{"list":["x"],"__proto__":"tag value","b":null}') as Record<string, string[] | string | null>;
    evidence.list = list;
    const out = capEvidence(evidence);
    expect(out).not.toBe(evidence);
    expect(Object.keys(out)).toEqual(['list', '__proto__', 'b']);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(JSON.stringify(out)).toBe(JSON.stringify(evidence));
    // Lists are kept as exact-size copies; empty ones as the one shared (frozen) empty list.
    expect(out.list).toEqual(list);
    expect(out.list).not.toBe(list);
    const a = capEvidence({ none: [] });
    const b = capEvidence({ alsoNone: [] });
    expect(a.none).toEqual([]);
    expect(a.none).toBe(b.alsoNone);
    expect(Object.isFrozen(a.none)).toBe(true);
  });

  it('keeps equal evidence as one frozen object, but never confuses values JSON cannot tell apart', () => {
    const a = capEvidence({ KmsKeyId: 'alias/ml', types: ['ml.m5.xlarge'], count: 2 });
    const b = capEvidence({ KmsKeyId: 'alias/ml', types: ['ml.m5.xlarge'], count: 2 });
    expect(b).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(capEvidence({ KmsKeyId: 'alias/other', types: ['ml.m5.xlarge'], count: 2 })).not.toBe(a);
    expect(capEvidence({ count: 2, KmsKeyId: 'alias/ml', types: ['ml.m5.xlarge'] })).toEqual(a);
    const nan = capEvidence({ ratio: NaN });
    expect(nan.ratio).toBeNaN();
    expect(capEvidence({ ratio: null }).ratio).toBeNull();
    expect(Object.is(capEvidence({ delta: -0 }).delta, -0)).toBe(true);
    expect(Object.is(capEvidence({ delta: 0 }).delta, 0)).toBe(true);
  });

  it('is applied to every finding a check returns', async () => {
    const check = defineCheck({
      meta: {
        id: 'test-evidence-cap',
        title: 'Evidence cap',
        severity: 'low',
        resourceType: 'AWS::KMS::Key',
        service: 'kms',
        rationale: 'r',
        remediation: { console: ['c'] },
        references: ['https://example.com'],
        compliance: [],
      },
      requires: [],
      evaluate: () => [
        {
          status: 'pass',
          resource: { arn: 'arn:aws:kms:us-east-1:111122223333:key/k', type: 'AWS::KMS::Key', region: 'us-east-1', name: 'k' },
          message: 'used by many',
          evidence: { usedBy: Array.from({ length: 1000 }, (_, i) => `job-${i}`) },
        },
      ],
    });
    const [finding] = await evaluateChecks([check as never], {}, account);
    expect(finding!.evidence.usedBy).toHaveLength(MAX_EVIDENCE_ITEMS);
    expect(finding!.evidence.usedByTotal).toBe(1000);
  });
});
