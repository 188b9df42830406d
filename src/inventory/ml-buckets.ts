/**
 * ML buckets with their details: the account's buckets that hold ML data, as `isMlBucket` (ml-data.ts) defines them
 * (referenced by a SageMaker resource, or a SageMaker default bucket `sagemaker-<region>-<account id>`). Referenced
 * buckets that are not in the account's bucket list belong to someone else (public sample data, another account)
 * and are reported apart.
 */
import type { Collected, CollectionError } from '../model.js';
import type { AccountContext, Bucket } from './types.js';
import type { MlReferences } from './references.js';
import { isDefaultSageMakerBucket, isMlBucket, referencedBuckets } from './ml-data.js';

export interface MlBucket {
  bucket: Bucket;
  /** Names of the SageMaker resources that reference it (sorted, deduplicated). */
  referencedBy: string[];
  /** True when it is a SageMaker default bucket (`sagemaker-<region>-<account id>`). */
  defaultBucket: boolean;
}

export interface MlBucketSet {
  buckets: MlBucket[];
  /** Buckets referenced by SageMaker resources that are not in this account's bucket list. */
  notOwned: string[];
}

/**
 * The account's ML buckets, or the error that prevented listing the account's buckets (without the bucket list,
 * neither the referenced buckets' regions nor the default buckets' existence are known).
 */
export function mlBuckets(refs: MlReferences, buckets: Collected<Bucket[]> | undefined, account: AccountContext): Collected<MlBucketSet> {
  if (!buckets) return { ok: false, error: { code: 'NotCollected', message: 'the list of S3 buckets was not collected' } };
  if (!buckets.ok) return { ok: false, error: buckets.error };
  const referenced = referencedBuckets(refs);
  const out: MlBucket[] = buckets.value
    .filter((b) => isMlBucket(b.name, refs, account.accountId, referenced))
    .map((bucket) => ({
      bucket,
      referencedBy: [...new Set((referenced.get(bucket.name.toLowerCase()) ?? []).map((r) => r.name))].sort(),
      defaultBucket: isDefaultSageMakerBucket(bucket.name, account.accountId),
    }));
  const owned = new Set(buckets.value.map((b) => b.name.toLowerCase()));
  return { ok: true, value: { buckets: out, notOwned: [...referenced.keys()].filter((n) => !owned.has(n)).sort() } };
}

/** The regions whose SageMaker references are incomplete, with what could not be read there. */
export function incompleteRegions(refs: MlReferences): Map<string, CollectionError[]> {
  const out = new Map<string, CollectionError[]>();
  for (const i of refs.incomplete) out.set(i.region, [...(out.get(i.region) ?? []), i.error]);
  return out;
}

/** One line naming what is missing from the references of a region, for messages. */
export function describeIncomplete(refs: MlReferences, region: string): string {
  return refs.incomplete
    .filter((i) => i.region === region)
    .map((i) => `${i.source}${i.name ? ` ${i.name}` : ''} (${i.error.code}${i.error.operation ? ` on ${i.error.operation}` : ''})`)
    .join(', ');
}
