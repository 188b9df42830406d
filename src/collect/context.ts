/** What every service collector receives. */
import type { AwsAccess } from './access.js';
import type { AccountContext, Inventory, RequirementKey } from '../inventory/types.js';

export interface CollectContext {
  access: AwsAccess;
  account: AccountContext;
  /** Where account-wide requests (ListBuckets, GetBucketLocation) are sent: the partition's global region. */
  homeRegion: string;
  /** Another inventory key this collector builds on; collected once however many ask. */
  get<K extends RequirementKey>(key: K): Promise<Inventory[K]>;
}

/** Builds one inventory key from AWS responses. */
export type Collector<K extends RequirementKey> = (ctx: CollectContext) => Promise<Inventory[K]>;
