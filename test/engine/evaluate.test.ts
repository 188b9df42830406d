/** The engine's evaluation: evidence lists are capped so that a report grows with findings, not findings × resources. */
import { describe, expect, it } from 'vitest';
import { defineCheck } from '../../src/check-api/check.js';
import { MAX_EVIDENCE_ITEMS, capEvidence, evaluateChecks } from '../../src/engine/evaluate.js';
import type { AccountContext } from '../../src/inventory/types.js';

const account: AccountContext = { accountId: '111122223333', partition: 'aws', regions: ['us-east-1'] };

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
