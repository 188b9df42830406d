/** Builders for inventory fixtures in checks' tests. Data objects are typed as the SDK outputs they stand for. */
import type { AccountContext, Item, Regional } from '../../src/inventory/types.js';
import type { Collected, CollectionError } from '../../src/model.js';

export const ACCOUNT: AccountContext = { accountId: '111122223333', partition: 'aws', regions: ['us-east-1', 'eu-west-1'] };

export const ACCESS_DENIED: CollectionError = {
  code: 'AccessDeniedException',
  message: 'User is not authorized to perform this action',
  operation: 'sagemaker:Describe',
};

export function ok<T>(value: T): Collected<T> {
  return { ok: true, value };
}

export function denied<T = never>(operation = 'sagemaker:Describe'): Collected<T> {
  return { ok: false, error: { ...ACCESS_DENIED, operation } };
}

/** A SageMaker ARN for a resource kind ("notebook-instance", "model" …). */
export function smArn(kind: string, name: string, region = 'us-east-1'): string {
  return `arn:aws:sagemaker:${region}:${ACCOUNT.accountId}:${kind}/${name.toLowerCase()}`;
}

/** An item whose describe call succeeded. */
export function item<T>(kind: string, name: string, data: T, region = 'us-east-1'): Item<T> {
  return { name, arn: smArn(kind, name, region), region, data: ok(data) };
}

/** An item whose describe call failed with AccessDenied. */
export function unreadableItem<T>(kind: string, name: string, region = 'us-east-1'): Item<T> {
  return { name, arn: smArn(kind, name, region), region, data: denied() };
}

/**
 * A regional list: items go to their own region; every audited region without items is an empty, successful list.
 * Pass `failedRegions` to make listing fail there.
 */
export function regional<T>(items: Item<T>[], failedRegions: string[] = [], account = ACCOUNT): Regional<Item<T>[]> {
  const out: Regional<Item<T>[]> = {};
  for (const r of account.regions) {
    out[r] = failedRegions.includes(r) ? denied('sagemaker:List') : ok(items.filter((i) => i.region === r));
  }
  return out;
}
