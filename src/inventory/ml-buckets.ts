/**
 * Which S3 buckets hold ML data, and those buckets with their details. An ML bucket is one that SageMaker resources
 * name in their S3 URIs, or a SageMaker default bucket of the account (`sagemaker-<region>-<account id>`, created by
 * the SageMaker Python SDK's Session.default_bucket()). Referenced buckets that are not in the account's bucket list
 * belong to someone else (public sample data, another account) and are reported apart.
 */
import type { Collected, CollectionError } from '../model.js';
import type { AccountContext, Bucket } from './types.js';
import { bucketOfUri, type MlReferences, type MlResourceRef } from './references.js';

/** True when the name is a SageMaker default bucket name of this account (any region). */
export function isDefaultSageMakerBucket(name: string, accountId: string): boolean {
  const m = /^sagemaker-([a-z]{2}(?:-[a-z]+)+-\d+)-(\d{12})$/.exec(name.toLowerCase());
  return m !== null && m[2] === accountId;
}

/** The buckets SageMaker resources name, per references object (collected once, read by many checks). */
const referencedCache = new WeakMap<MlReferences, ReadonlyMap<string, readonly MlResourceRef[]>>();
const NONE: ReadonlyMap<string, readonly MlResourceRef[]> = new Map();

/**
 * The buckets SageMaker resources name: lower-cased bucket name → the resources naming it, each once, in the order
 * of `refs.resources`. Computed once per references object and shared: do not modify it.
 */
export function referencedBuckets(refs: MlReferences | undefined): ReadonlyMap<string, readonly MlResourceRef[]> {
  if (!refs) return NONE;
  const cached = referencedCache.get(refs);
  if (cached) return cached;
  const users = new Map<string, Set<MlResourceRef>>();
  for (const r of refs.resources) {
    for (const uri of r.s3Uris) {
      const name = bucketOfUri(uri)?.toLowerCase();
      if (!name) continue;
      let set = users.get(name);
      if (!set) users.set(name, (set = new Set()));
      set.add(r);
    }
  }
  const out = new Map<string, readonly MlResourceRef[]>();
  for (const [name, set] of users) out.set(name, [...set]);
  referencedCache.set(refs, out);
  return out;
}

/** True when the bucket holds ML data: SageMaker resources reference it, or it is a SageMaker default bucket of the account. */
export function isMlBucket(
  name: string,
  refs: MlReferences | undefined,
  accountId: string,
  referenced: ReadonlyMap<string, readonly MlResourceRef[]> = referencedBuckets(refs),
): boolean {
  return referenced.has(name.toLowerCase()) || isDefaultSageMakerBucket(name, accountId);
}

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
  for (const i of refs.incomplete) {
    const list = out.get(i.region);
    if (list) list.push(i.error);
    else out.set(i.region, [i.error]);
  }
  return out;
}

/** One line naming what is missing from the references of a region, for messages. */
export function describeIncomplete(refs: MlReferences, region: string): string {
  return refs.incomplete
    .filter((i) => i.region === region)
    .map((i) => `${i.source}${i.name ? ` ${i.name}` : ''} (${i.error.code}${i.error.operation ? ` on ${i.error.operation}` : ''})`)
    .join(', ');
}
