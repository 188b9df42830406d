/**
 * Which S3 buckets hold ML data: the buckets SageMaker resources name in their S3 URIs, and SageMaker's default
 * buckets (`sagemaker-<region>-<account id>`, created by the SageMaker Python SDK's Session.default_bucket()).
 */
import { bucketOfUri, type MlReferences, type MlResourceRef } from './references.js';

/** True when the name is a SageMaker default bucket name of this account (any region). */
export function isDefaultSageMakerBucket(name: string, accountId: string): boolean {
  const m = /^sagemaker-([a-z]{2}(?:-[a-z]+)+-\d+)-(\d{12})$/.exec(name.toLowerCase());
  return m !== null && m[2] === accountId;
}

/** The buckets SageMaker resources name (lower-cased bucket name → the resources naming it). */
export function referencedBuckets(refs: MlReferences | undefined): Map<string, MlResourceRef[]> {
  const out = new Map<string, MlResourceRef[]>();
  for (const r of refs?.resources ?? []) {
    for (const uri of r.s3Uris) {
      const name = bucketOfUri(uri)?.toLowerCase();
      if (!name) continue;
      const users = out.get(name) ?? [];
      if (!users.includes(r)) users.push(r);
      out.set(name, users);
    }
  }
  return out;
}

/** True when the bucket holds ML data: SageMaker resources reference it, or it is a SageMaker default bucket of the account. */
export function isMlBucket(name: string, refs: MlReferences | undefined, accountId: string, referenced = referencedBuckets(refs)): boolean {
  return referenced.has(name.toLowerCase()) || isDefaultSageMakerBucket(name, accountId);
}
