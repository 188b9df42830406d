/** For checks that report on each ML bucket (bucket-level logging, Macie coverage …): the buckets, and what may be missing. */
import type { Collected, FindingDraft, ResourceRef } from '../model.js';
import type { AccountContext, Bucket } from '../inventory/types.js';
import type { MlReferences } from '../inventory/references.js';
import { describeIncomplete, incompleteRegions, mlBuckets, type MlBucket } from '../inventory/ml-buckets.js';
import { BUCKET_RESOURCE_TYPE, bucketResource } from './buckets.js';
import { finding, unreadable } from './findings.js';

/**
 * Evaluates every ML bucket of the account (mlBuckets). First yields an `error` per region whose SageMaker references
 * could not all be read (ML buckets named there may be missing); when the bucket list is unreadable, one `error` for
 * all ML buckets and nothing else. `evaluate` gets each ML bucket with its finding resource.
 */
export function eachMlBucket(
  refs: MlReferences,
  buckets: Collected<Bucket[]> | undefined,
  account: AccountContext,
  evaluate: (ml: MlBucket, resource: ResourceRef) => FindingDraft | FindingDraft[] | undefined,
): FindingDraft[] {
  const out: FindingDraft[] = [];
  const wildcard = (region: string, name: string): ResourceRef => ({ arn: `arn:${account.partition}:s3:::*`, type: BUCKET_RESOURCE_TYPE, region, name });
  for (const region of [...incompleteRegions(refs).keys()].sort()) {
    out.push(finding('error', wildcard(region, `all ML buckets referenced in ${region}`), `ML buckets referenced from ${region} may be missing: could not read ${describeIncomplete(refs, region)}`, { errorCode: 'IncompleteReferences' }));
  }
  const set = mlBuckets(refs, buckets, account);
  if (!set.ok) return [...out, unreadable(wildcard('global', 'all ML buckets'), 'the list of S3 buckets', set.error)];
  for (const ml of set.value.buckets) {
    const r = evaluate(ml, bucketResource(ml.bucket));
    if (r) out.push(...(Array.isArray(r) ? r : [r]));
  }
  return out;
}
