/** What every service collector receives. */
import type { AwsAccess } from './access.js';
import type { AccountContext, Inventory, Item, RequirementKey } from '../inventory/types.js';

/** Jobs left out of an audit by the --since window (finished jobs created before it). */
export interface OmittedJobs {
  /** The list operation, e.g. "ListTrainingJobs". */
  key: string;
  region: string;
  /** How many were seen by one probe page; `atLeast` when more pages exist. */
  count: number;
  atLeast: boolean;
}

/** Collection settings and what collection reports besides the inventory. */
export interface CollectOptions {
  /** Finished jobs created before this are history and not listed; running jobs are always listed. */
  since?: Date;
  /** Filled by collectors: what the --since window left out. */
  omitted?: OmittedJobs[];
  /** Keys whose items are evaluated as they are read (see ItemStream). */
  streams?: ReadonlyMap<RequirementKey, ItemStream>;
}

/**
 * Streamed evaluation of one inventory key (its listed resources): the collector hands over each item as soon as it
 * is described and keeps only what `item` gives back (the item without its Describe answer), so that the answers of
 * 40,000 training jobs are never all held at once. A collector that honours a stream calls `end` once every item has
 * been handed over; the engine evaluates the key the ordinary way when `end` was never called.
 */
export interface ItemStream {
  /**
   * Before describing the next resource: undefined when the stream can take it now, else a promise the collector waits
   * for (the evaluation has fallen behind).
   */
  ready(): Promise<void> | undefined;
  /** A listed item, described or not; resolves to what the inventory keeps of it. */
  item<T>(item: Item<T>): Promise<Item<T>>;
  /** Every item has been handed over; resolves when all have been evaluated. */
  end(): Promise<void>;
}

export interface CollectContext {
  access: AwsAccess;
  account: AccountContext;
  /** Where account-wide requests (ListBuckets, GetBucketLocation) are sent: the partition's global region. */
  homeRegion: string;
  options: CollectOptions;
  /** The stream for the key being collected, when its items are evaluated as they are read. */
  stream?: ItemStream;
  /** Another inventory key this collector builds on; collected once however many ask. */
  get<K extends RequirementKey>(key: K): Promise<Inventory[K]>;
}

/** Builds one inventory key from AWS responses. */
export type Collector<K extends RequirementKey> = (ctx: CollectContext) => Promise<Inventory[K]>;
