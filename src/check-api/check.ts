/** The check interface: metadata beside a pure evaluate function over the inventory keys it requires. */
import type { CheckMeta, FindingDraft } from '../model.js';
import type { AccountContext, Inventory, RequirementKey } from '../inventory/types.js';

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
}

/** Type helper for check modules: infers K from `requires`. */
export function defineCheck<K extends RequirementKey>(check: Check<K>): Check<K> {
  return check;
}

/** A check of any requirement set, as the engine holds it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- evaluate's parameter is contravariant in K
export type AnyCheck = Check<any>;
