/** Collects exactly the inventory keys a plan asks for, each once, through one access layer. */
import { AwsCallError, type AwsAccess, type AwsRequest } from './access.js';
import { COLLECTORS } from './collectors/index.js';
import type { CollectContext, CollectOptions } from './context.js';
import type { AccountContext, Inventory, RequirementKey } from '../inventory/types.js';

/** Who we are: account id and partition from STS GetCallerIdentity (recorded like any other call). */
export async function identify(access: AwsAccess, region: string): Promise<{ accountId: string; partition: string; arn: string }> {
  const request: AwsRequest = { service: 'sts', region, operation: 'GetCallerIdentity', input: {} };
  const out = await access.send(request);
  const accountId = out.Account;
  const arn = out.Arn;
  if (typeof accountId !== 'string' || typeof arn !== 'string') {
    throw new AwsCallError('InvalidResponse', 'GetCallerIdentity returned no account', undefined, 'sts:GetCallerIdentity');
  }
  return { accountId, arn, partition: arn.split(':')[1] ?? 'aws' };
}

/** Where each partition's account-wide APIs answer for the whole account (ListBuckets sees every bucket from there). */
const GLOBAL_REGIONS: Record<string, string> = { aws: 'us-east-1', 'aws-cn': 'cn-north-1', 'aws-us-gov': 'us-gov-west-1' };

/** The region for account-wide requests: fixed per partition, so a snapshot answers them whatever --regions says. */
export function globalRegion(account: AccountContext): string {
  return GLOBAL_REGIONS[account.partition] ?? account.regions[0]!;
}

/** Runs the collectors for `keys` (and whatever they build on); returns a partial inventory holding those keys. */
export async function collect(
  access: AwsAccess,
  account: AccountContext,
  keys: Iterable<RequirementKey>,
  options: CollectOptions = {},
): Promise<Partial<Inventory>> {
  const started = new Map<RequirementKey, Promise<unknown>>();
  const ctx: CollectContext = {
    access,
    account,
    homeRegion: globalRegion(account),
    options,
    get<K extends RequirementKey>(key: K): Promise<Inventory[K]> {
      let p = started.get(key);
      if (!p) {
        const stream = options.streams?.get(key);
        p = COLLECTORS[key](stream ? { ...ctx, stream } : ctx);
        started.set(key, p);
      }
      return p as Promise<Inventory[K]>;
    },
  };
  const wanted = [...new Set(keys)];
  const values = await Promise.all(wanted.map((k) => ctx.get(k)));
  const inventory: Partial<Inventory> = {};
  wanted.forEach((k, i) => {
    (inventory as Record<string, unknown>)[k] = values[i];
  });
  return inventory;
}

