/** What every service collector receives. */
import type { AwsAccess } from './access.js';
import type { AccountContext, Inventory, RequirementKey } from '../inventory/types.js';

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
}

export interface CollectContext {
  access: AwsAccess;
  account: AccountContext;
  /** Where account-wide requests (ListBuckets, GetBucketLocation) are sent: the partition's global region. */
  homeRegion: string;
  options: CollectOptions;
  /** Another inventory key this collector builds on; collected once however many ask. */
  get<K extends RequirementKey>(key: K): Promise<Inventory[K]>;
}

/** Builds one inventory key from AWS responses. */
export type Collector<K extends RequirementKey> = (ctx: CollectContext) => Promise<Inventory[K]>;
