/**
 * Streamed evaluation. An item check (defineItemCheck) looks at one listed resource at a time, so it can run on each
 * training job (or other listed resource) as soon as the collector has described it, and the inventory then keeps the
 * item without its Describe answer (name, ARN, region and what it references). On an account with 40,000 training
 * jobs in the --since window, that is the difference between holding every answer while the findings are made and
 * holding a batch of answers.
 *
 * A key is streamed when every selected check that requires it is an item check of that key: one check reading the
 * whole key needs the answers kept. The findings are exactly those of evaluating the whole key afterwards: a region
 * whose listing failed gives its one region error and none for the items described before the failure (as `eachItem`
 * drops them), and a check that throws on any item gives its one CheckCrashed finding and nothing else. A collector
 * that does not stream its key (it never calls `end`) leaves the answers in the inventory, and those checks are then
 * evaluated the ordinary way.
 */
import type { AnyCheck, ItemEvaluation } from '../check-api/check.js';
import { itemFindings, itemResource, regionFindings, type ItemResult } from '../check-api/findings.js';
import type { ItemStream } from '../collect/context.js';
import { releasedItem } from '../inventory/references.js';
import type { AccountContext, Inventory, Item, Regional, RequirementKey } from '../inventory/types.js';
import type { Finding, ResourceRef } from '../model.js';
import { completeFinding, crashFinding } from './evaluate.js';

/**
 * Items evaluated together. Batches keep the answers held while waiting bounded, and give the secret scanner (which
 * lints together every text asked for in one turn of the event loop) batches of a useful size. A batch is evaluated in
 * one turn of the event loop, during which no answer is read and no request sent, so it must stay short: in a live
 * audit of the 50k-resource benchmark account, going from 256 to 64 items cut the event loop's 99th-percentile delay
 * from 23 to 14 ms, and the time it spent delayed by more than 5 ms from 18 to 10 s, leaving SageMaker's few request
 * slots idle less.
 */
export const STREAM_BATCH = 64;
/**
 * Items handed over and not yet evaluated past which the collector waits before describing more (`ready`): when
 * answers arrive faster than checks evaluate them (a snapshot answers at once), they wait unread instead of piling up.
 */
export const STREAM_HIGH_WATER = 4 * STREAM_BATCH;

interface StreamedCheck {
  check: AnyCheck;
  each: ItemEvaluation;
  /** Findings per region (a region whose listing fails keeps none of them). */
  byRegion: Map<string, Finding[]>;
  /** Set when evaluate threw: the check then has only its crash finding. */
  crash?: { error: unknown };
}

/** The stream of one inventory key: evaluates its item checks on batches of items as the collector hands them over. */
class KeyStream implements ItemStream {
  private ended = false;
  private broken = false;
  private batch: Item<unknown>[] = [];
  /** Items handed over and not yet evaluated. */
  private pending = 0;
  /** Items let through `ready` and not yet handed over (being described). */
  private admitted = 0;
  /** The batches' evaluations, one after the other. */
  private chain: Promise<void> = Promise.resolve();
  /** Collectors waiting in `ready` for the evaluations to catch up, from `waitingHead` on (a queue; shift is O(n)). */
  private waiting: (() => void)[] = [];
  private waitingHead = 0;

  constructor(
    private readonly key: RequirementKey,
    readonly checks: StreamedCheck[],
    private readonly account: AccountContext,
  ) {}

  ready(): Promise<void> | undefined {
    if (this.pending + this.admitted < STREAM_HIGH_WATER) {
      this.admitted++;
      return undefined;
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  item<T>(item: Item<T>): Promise<Item<T>> {
    // An item after the end (a collector that streamed one key twice) would be left out: the key then counts as not
    // streamed, and its released answers make error findings, never passes.
    if (this.ended) this.broken = true;
    this.batch.push(item);
    if (this.admitted > 0) this.admitted--;
    this.pending++;
    if (this.batch.length >= STREAM_BATCH) this.flush();
    return Promise.resolve(releasedItem(this.key, item));
  }

  async end(): Promise<void> {
    if (this.ended) this.broken = true;
    this.flush();
    await this.chain;
    this.ended = true;
  }

  /** Every item was handed over before one end: the streamed findings are complete. */
  get complete(): boolean {
    return this.ended && !this.broken;
  }

  /** Queues the current batch for evaluation after the batches before it. */
  private flush(): void {
    const batch = this.batch;
    if (batch.length === 0) return;
    this.batch = [];
    this.chain = this.chain.then(async () => {
      // One resource object per item and resource type, shared by the findings of every check of the item.
      const resources = new Map<string, ResourceRef[]>();
      const resourcesOf = (type: string): ResourceRef[] => {
        let list = resources.get(type);
        if (!list) resources.set(type, (list = batch.map((item) => itemResource(item, type))));
        return list;
      };
      await Promise.all(this.checks.map((c) => this.evaluate(c, batch, resourcesOf(c.check.meta.resourceType))));
      this.pending -= batch.length;
      while (this.pending + this.admitted < STREAM_HIGH_WATER && this.waitingHead < this.waiting.length) {
        this.admitted++;
        this.waiting[this.waitingHead++]!();
      }
      if (this.waitingHead === this.waiting.length) {
        this.waiting = [];
        this.waitingHead = 0;
      }
    });
  }

  private async evaluate(c: StreamedCheck, batch: Item<unknown>[], resources: ResourceRef[]): Promise<void> {
    if (c.crash) return;
    const { check, each } = c;
    try {
      const results = await Promise.all(
        batch.map((item, i) =>
          itemFindings(item, check.meta.resourceType, each.noun, (data, resource, it) => each.evaluate(data, resource, it, this.account), resources[i]),
        ),
      );
      results.forEach((r: ItemResult, i) => {
        if (r === undefined) return;
        const region = batch[i]!.region;
        let list = c.byRegion.get(region);
        if (!list) c.byRegion.set(region, (list = []));
        for (const d of Array.isArray(r) ? r : [r]) list.push(completeFinding(check, this.account, d));
      });
    } catch (error) {
      c.crash = { error };
      c.byRegion.clear();
    }
  }
}

export interface StreamedEvaluation {
  /** For the collector (CollectOptions.streams). */
  streams: ReadonlyMap<RequirementKey, ItemStream>;
  /**
   * After collection: the findings of the checks evaluated as their items were read, and the checks still to be
   * evaluated over the inventory (every other check, and those whose key the collector did not stream).
   */
  finish(inventory: Partial<Inventory>): { findings: Finding[]; rest: AnyCheck[] };
}

/** Plans streamed evaluation for `checks`: which keys are streamed, and the streams that evaluate them. */
export function streamEvaluation(checks: readonly AnyCheck[], account: AccountContext): StreamedEvaluation {
  const byKey = new Map<RequirementKey, AnyCheck[]>();
  for (const check of checks) {
    for (const key of check.requires as readonly RequirementKey[]) {
      let list = byKey.get(key);
      if (!list) byKey.set(key, (list = []));
      list.push(check);
    }
  }
  const streams = new Map<RequirementKey, KeyStream>();
  for (const [key, readers] of byKey) {
    if (!readers.every((c) => c.each?.key === key && c.requires.length === 1)) continue;
    streams.set(key, new KeyStream(key, readers.map((check) => ({ check, each: check.each!, byRegion: new Map() })), account));
  }
  return {
    streams,
    finish(inventory) {
      const findings: Finding[] = [];
      const done = new Set<AnyCheck>();
      for (const [key, stream] of streams) {
        if (!stream.complete) continue;
        const regional = (inventory[key] ?? {}) as Regional<unknown>;
        for (const c of stream.checks) {
          done.add(c.check);
          if (c.crash) {
            findings.push(crashFinding(c.check, account, c.crash.error));
            continue;
          }
          for (const d of regionFindings(regional, account, c.check.meta.resourceType, c.each.noun)) findings.push(completeFinding(c.check, account, d));
          for (const region of account.regions) {
            if (!regional[region]?.ok) continue;
            for (const f of c.byRegion.get(region) ?? []) findings.push(f);
          }
        }
      }
      return { findings, rest: checks.filter((c) => !done.has(c)) };
    },
  };
}
