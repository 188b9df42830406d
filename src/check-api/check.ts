/** The check interface: metadata beside a pure evaluate function over the inventory keys it requires. */
import type { CheckMeta, FindingDraft, ResourceRef } from '../model.js';
import type { AccountContext, Inventory, Item, Regional, RequirementKey } from '../inventory/types.js';
import { eachItemAsync } from './scripts.js';
import type { ItemResult } from './findings.js';

export interface CheckContext<K extends RequirementKey> {
  /** Only the keys the check requires; reading any other key throws. */
  inventory: Pick<Inventory, K>;
  account: AccountContext;
}

export interface Check<K extends RequirementKey = RequirementKey> {
  meta: CheckMeta;
  /** The inventory keys evaluate reads; the collector gathers exactly these. */
  requires: readonly K[];
  /** Pure: from inventory data to findings. Never performs I/O (it may be async for CPU-side work such as secret scanning). */
  evaluate(ctx: CheckContext<K>): FindingDraft[] | Promise<FindingDraft[]>;
  /**
   * Set by defineItemCheck: the check looks at one listed resource at a time, so the engine may evaluate it on each
   * resource as the collector reads it (and the inventory need not keep the Describe answers). `evaluate` is the same
   * function applied to the whole key.
   */
  each?: ItemEvaluation;
}

/** Inventory keys holding listed resources per region (Regional<Item<T>[]>). */
export type ItemKey = { [K in RequirementKey]: Inventory[K] extends Regional<Item<unknown>[]> ? K : never }[RequirementKey];
/** The Describe answer type of an item key. */
export type ItemData<K extends ItemKey> = Inventory[K] extends Regional<Item<infer T>[]> ? T : never;

/** How an item check evaluates one resource. */
export interface ItemEvaluation {
  key: ItemKey;
  /** What one resource is called in messages, e.g. "training job". */
  noun: string;
  evaluate(data: unknown, resource: ResourceRef, item: Item<unknown>, account: AccountContext): ItemResult | Promise<ItemResult>;
}

/** Type helper for check modules: infers K from `requires`. */
export function defineCheck<K extends RequirementKey>(check: Check<K>): Check<K> {
  return check;
}

/**
 * A check of the resources of one inventory key, each on its own (what `eachItem` does): a region that could not be
 * listed and a resource that could not be described are `error` findings, and `evaluate` sees only data that was
 * read. The engine may run it on each resource as it is read instead of over the whole key; both give the same findings.
 */
export function defineItemCheck<K extends ItemKey>(check: {
  meta: CheckMeta;
  /** The inventory key whose resources are evaluated. */
  each: K;
  /** What one resource is called in messages, e.g. "training job". */
  noun: string;
  evaluate(data: ItemData<K>, resource: ResourceRef, item: Item<ItemData<K>>, account: AccountContext): ItemResult | Promise<ItemResult>;
}): Check<K> {
  const { meta, each: key, noun, evaluate } = check;
  return {
    meta,
    requires: [key],
    evaluate: ({ inventory, account }) =>
      eachItemAsync(inventory[key] as Regional<Item<ItemData<K>>[]>, account, meta.resourceType, noun, (data, resource, item) =>
        evaluate(data, resource, item, account),
      ),
    each: { key, noun, evaluate: evaluate as ItemEvaluation['evaluate'] },
  };
}

/** A check of any requirement set, as the engine holds it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- evaluate's parameter is contravariant in K
export type AnyCheck = Check<any>;
