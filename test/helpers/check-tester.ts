/**
 * RuleTester-style tables for checks: each case gives the inventory (only the keys the check requires) and the
 * findings expected. Every finding must have a message naming its resource and an ARN. The check sees its
 * inventory through the same restricting proxy as in the engine, so reading an undeclared key fails the test.
 */
import { describe, expect, it } from 'vitest';
import type { AnyCheck } from '../../src/check-api/index.js';
import { compareFindings, completeFinding, restrictInventory } from '../../src/engine/evaluate.js';
import { streamEvaluation } from '../../src/engine/stream.js';
import type { AccountContext, Inventory, Item, Regional, RequirementKey } from '../../src/inventory/types.js';
import type { Evidence, Finding, FindingDraft, Status } from '../../src/model.js';
import { ACCOUNT } from './inventory.js';

export interface ExpectedFinding {
  status: Status;
  /** Resource name (or a fragment of the ARN) the finding is about. */
  resource: string;
  /** Fragments the message must contain. */
  message?: string | string[];
  /** Evidence fields that must have these values. */
  evidence?: Evidence;
}

export interface CheckCase {
  name: string;
  inventory: Partial<Inventory>;
  account?: AccountContext;
  /** The findings, in any order; exactly these and no others. */
  expect: ExpectedFinding[];
  /** Strings no output field may contain (e.g. a secret value). */
  mustNotContain?: string[];
}

export interface CheckCases {
  pass: CheckCase[];
  fail: CheckCase[];
  error: CheckCase[];
  notApplicable?: CheckCase[];
  /** An inventory with no resources at all: the check must report nothing (and in particular no pass). */
  empty?: Partial<Inventory>;
}

async function run(check: AnyCheck, c: { inventory: Partial<Inventory>; account?: AccountContext }): Promise<FindingDraft[]> {
  for (const k of Object.keys(c.inventory)) {
    if (!check.requires.includes(k as RequirementKey)) throw new Error(`test inventory has key ${k} the check does not require`);
  }
  const view = restrictInventory(c.inventory, check.requires, check.meta.id);
  return await check.evaluate({ inventory: view, account: c.account ?? ACCOUNT });
}

/**
 * An item check evaluated the way the engine streams it (each item as the collector hands it over, the inventory keeping
 * the item without its answer), completed into report findings and in report order.
 */
async function runStreamed(check: AnyCheck, c: { inventory: Partial<Inventory>; account?: AccountContext }): Promise<Finding[]> {
  const account = c.account ?? ACCOUNT;
  const key = check.each!.key;
  const streamed = streamEvaluation([check], account);
  const stream = streamed.streams.get(key);
  expect(stream, `an item check of ${key} is streamed`).toBeDefined();
  const regional = (c.inventory[key] ?? {}) as Regional<Item<unknown>[]>;
  const kept: Regional<Item<unknown>[]> = {};
  for (const [region, list] of Object.entries(regional)) {
    kept[region] = list.ok ? { ok: true, value: await Promise.all(list.value.map((item) => stream!.item(item))) } : list;
  }
  await stream!.end();
  const { findings, rest } = streamed.finish({ [key]: kept });
  expect(rest).toEqual([]);
  return findings.sort(compareFindings);
}

async function assertCase(check: AnyCheck, c: CheckCase): Promise<void> {
  const findings = await run(check, c);
  if (check.each) {
    // Streamed, the check gives exactly the findings it gives over the whole key.
    const account = c.account ?? ACCOUNT;
    const whole = findings.map((d) => completeFinding(check, account, d)).sort(compareFindings);
    expect(await runStreamed(check, c)).toEqual(whole);
  }
  for (const f of findings) {
    expect(f.resource.arn, 'finding without ARN').toMatch(/^arn:/);
    expect(f.resource.type, 'finding without resource type').toMatch(/^AWS::/);
    expect(f.resource.region, 'finding without region').not.toBe('');
    expect(f.message.length, 'empty message').toBeGreaterThan(0);
    if (f.status !== 'error' || !f.resource.name.startsWith('all ')) {
      expect(f.message, 'message must name its resource').toContain(f.resource.name);
    }
  }
  const summary = findings.map((f) => `${f.status} ${f.resource.name} ${f.resource.arn}`).sort();
  expect(findings.length, `findings: ${JSON.stringify(summary)}`).toBe(c.expect.length);
  const remaining = [...findings];
  for (const e of c.expect) {
    const idx = remaining.findIndex(
      (f) => f.status === e.status && (f.resource.name === e.resource || f.resource.arn.includes(e.resource)),
    );
    expect(idx, `expected ${e.status} for ${e.resource}; got ${JSON.stringify(summary)}`).toBeGreaterThanOrEqual(0);
    const [f] = remaining.splice(idx, 1) as [FindingDraft];
    for (const frag of e.message === undefined ? [] : Array.isArray(e.message) ? e.message : [e.message]) {
      expect(f.message).toContain(frag);
    }
    if (e.evidence) expect(f.evidence).toMatchObject(e.evidence);
  }
  for (const secret of c.mustNotContain ?? []) {
    expect(JSON.stringify(findings)).not.toContain(secret);
  }
}

/** Declares one test per case, grouped by the outcome the group is about. */
export function testCheck(check: AnyCheck, cases: CheckCases): void {
  describe(check.meta.id, () => {
    const groups: [string, Status, CheckCase[]][] = [
      ['pass', 'pass', cases.pass],
      ['fail', 'fail', cases.fail],
      ['error (data could not be read)', 'error', cases.error],
      ['not applicable', 'not_applicable', cases.notApplicable ?? []],
    ];
    for (const [label, status, list] of groups) {
      if (list.length === 0) continue;
      describe(label, () => {
        for (const c of list) {
          it(c.name, async () => {
            // A case in a group must produce at least one finding of that group's status.
            expect(c.expect.some((e) => e.status === status), `case "${c.name}" expects no ${status} finding`).toBe(true);
            await assertCase(check, c);
          });
        }
      });
    }
    it('has pass, fail and error cases', () => {
      expect(cases.pass.length).toBeGreaterThan(0);
      expect(cases.fail.length).toBeGreaterThan(0);
      expect(cases.error.length).toBeGreaterThan(0);
    });
    if (cases.empty) {
      const empty = cases.empty;
      it('reports nothing (never a pass) when there are no resources', async () => {
        expect(await run(check, { inventory: empty })).toEqual([]);
      });
    }
  });
}
