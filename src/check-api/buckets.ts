/**
 * S3 buckets for checks: every bucket of the account with the per-bucket setting a check reads, and the pieces of
 * bucket-policy reading that S3 checks share (deny-for-everyone statements, "every action", "every object").
 */
import type { Collected, FindingDraft, ResourceRef } from '../model.js';
import type { AccountContext, Bucket, PolicyStatement } from '../inventory/types.js';
import type { MlReferences } from '../inventory/references.js';
import { isMlBucket, referencedBuckets } from '../inventory/ml-buckets.js';
import { finding, unreadable, wildcardArn } from './findings.js';
import { asArray, isEveryone, wildcardMatch } from './policy.js';

export const BUCKET_RESOURCE_TYPE = 'AWS::S3::Bucket';

/** The finding resource for a bucket: its ARN, and its region when known ("global" otherwise). */
export function bucketResource(bucket: Bucket): ResourceRef {
  return { arn: bucket.arn, type: BUCKET_RESOURCE_TYPE, region: bucket.region.ok ? bucket.region.value : 'global', name: bucket.name };
}

/**
 * A bucket's entry in a per-bucket record (bucketVersioning, bucketPolicy …). A bucket absent from the record was
 * not read: that is an error (with the region error when the bucket's region is unknown), never "no setting".
 */
export function bucketSetting<T>(record: Record<string, Collected<T>> | undefined, bucket: Bucket, operation: string): Collected<T> {
  // Own properties only: "constructor" is a valid bucket name and must not resolve to Object.prototype.constructor.
  if (record && Object.hasOwn(record, bucket.name)) {
    const entry = record[bucket.name];
    if (entry) return entry;
  }
  if (!bucket.region.ok) {
    return { ok: false, error: { ...bucket.region.error, message: `bucket region unknown: ${bucket.region.error.message}` } };
  }
  return { ok: false, error: { code: 'NotCollected', message: `${operation} was not recorded for this bucket`, operation } };
}

/** Marks a bucket finding as about ML data or not: evidence `mlData`, and "(ML data bucket)" in the message. */
export function markMlData(f: FindingDraft, mlData: boolean): FindingDraft {
  return { ...f, message: mlData ? `${f.message} (ML data bucket)` : f.message, evidence: { ...f.evidence, mlData } };
}

/**
 * Evaluates every bucket of the account. When the bucket list itself could not be read, yields one `error`
 * finding standing for all buckets; otherwise calls `evaluate` once per bucket. Every finding is marked with
 * whether the bucket holds ML data (SageMaker resources reference it, or it is a SageMaker default bucket), from
 * `ml`, the mlReferences inventory key: checks pass it and list 'mlReferences' in their requires.
 */
export function eachBucket(
  buckets: Collected<Bucket[]> | undefined,
  account: AccountContext,
  evaluate: (bucket: Bucket, resource: ResourceRef) => FindingDraft | FindingDraft[] | undefined,
  ml?: MlReferences,
): FindingDraft[] {
  const referenced = referencedBuckets(ml);
  if (!buckets || !buckets.ok) {
    const resource: ResourceRef = { arn: wildcardArn(BUCKET_RESOURCE_TYPE, account, 'global'), type: BUCKET_RESOURCE_TYPE, region: 'global', name: 'all S3 buckets' };
    const f = buckets
      ? unreadable(resource, 'the list of S3 buckets', buckets.error)
      : finding('error', resource, 'The list of S3 buckets was not collected', { errorCode: 'NotCollected' });
    // The unread buckets include ML data buckets whenever SageMaker resources name any.
    return [{ ...f, evidence: { ...f.evidence, mlData: referenced.size > 0 } }];
  }
  const out: FindingDraft[] = [];
  for (const bucket of buckets.value) {
    const r = evaluate(bucket, bucketResource(bucket));
    const mlData = isMlBucket(bucket.name, ml, account.accountId, referenced);
    if (r) out.push(...(Array.isArray(r) ? r : [r]).map((f) => markMlData(f, mlData)));
  }
  return out;
}

/**
 * Evaluates every bucket with one per-bucket setting. A bucket whose setting could not be read, or that is absent
 * from the record, yields an `error` finding; `evaluate` only sees settings that were read. `ml` as for eachBucket.
 * `what` names the setting in messages ("versioning configuration"); `operation` is the API call ("s3:GetBucketVersioning").
 */
export function eachBucketWith<T>(
  buckets: Collected<Bucket[]> | undefined,
  settings: Record<string, Collected<T>> | undefined,
  account: AccountContext,
  what: string,
  operation: string,
  evaluate: (setting: T, resource: ResourceRef, bucket: Bucket) => FindingDraft | FindingDraft[] | undefined,
  ml?: MlReferences,
): FindingDraft[] {
  return eachBucket(
    buckets,
    account,
    (bucket, resource) => {
      const setting = bucketSetting(settings, bucket, operation);
      if (!setting.ok) return unreadable(resource, `the ${what} of bucket ${bucket.name}`, setting.error);
      return evaluate(setting.value, resource, bucket);
    },
    ml,
  );
}

/**
 * True when an IAM wildcard pattern matches every string that starts with `prefix` (e.g. "s3:*" or "*" for the
 * prefix "s3:"): the pattern must end in "*" and what precedes it must match some leading part of the prefix.
 * Conservative: a pattern that covers only some such strings ("s3:Get*", "bucket/data/*") is not counted.
 */
export function patternCoversPrefix(pattern: string, prefix: string, caseInsensitive = true): boolean {
  if (!pattern.endsWith('*')) return false;
  const head = pattern.slice(0, -1);
  for (let i = 0; i <= prefix.length; i++) {
    if (wildcardMatch(head, prefix.slice(0, i), caseInsensitive)) return true;
  }
  return false;
}

/** True when the statement's Action covers every action of a service ("s3:*", "*"). NotAction is counted only when none of its patterns can name that service's actions. */
export function statementCoversAllActions(s: PolicyStatement, service: string): boolean {
  const prefix = `${service}:`;
  if (s.Action !== undefined) return asArray(s.Action).some((a) => typeof a === 'string' && patternCoversPrefix(a, prefix));
  if (s.NotAction !== undefined) {
    // A pattern can only match "s3:…" if it begins with the service's first letter or a wildcard.
    return asArray(s.NotAction).every((a) => typeof a === 'string' && !/^[*?]/.test(a) && !a.toLowerCase().startsWith(service.slice(0, 1).toLowerCase()));
  }
  return false;
}

/** True when the statement's Resource covers every object of the bucket (`<bucket ARN>/*` or broader). NotResource is not counted. */
export function statementCoversAllObjects(s: PolicyStatement, bucketArn: string): boolean {
  if (s.Resource === undefined) return false;
  return asArray(s.Resource).some((r) => typeof r === 'string' && patternCoversPrefix(r, `${bucketArn}/`, false));
}

/** True when the statement's Resource covers the bucket itself (its ARN, for bucket-level actions). NotResource is not counted. */
export function statementCoversBucket(s: PolicyStatement, bucketArn: string): boolean {
  if (s.Resource === undefined) return false;
  return asArray(s.Resource).some((r) => typeof r === 'string' && wildcardMatch(r, bucketArn, false));
}

/** True when the statement is a Deny that applies to every principal (Principal "*" or {"AWS": "*"}, no NotPrincipal). */
export function isDenyForEveryone(s: PolicyStatement): boolean {
  return s.Effect === 'Deny' && s.NotPrincipal === undefined && isEveryone(s.Principal);
}

/** The condition operator/key pairs of a statement, keys lower-cased (condition keys are case-insensitive). */
export function conditionPairs(s: PolicyStatement): { operator: string; key: string; values: string[] }[] {
  const out: { operator: string; key: string; values: string[] }[] = [];
  for (const [operator, body] of Object.entries(s.Condition ?? {})) {
    if (!body || typeof body !== 'object') continue;
    for (const [key, v] of Object.entries(body)) out.push({ operator, key: key.toLowerCase(), values: asArray(v as unknown).map((x) => String(x)) });
  }
  return out;
}

/** A label for a statement in messages and evidence: its Sid, or its position in the policy. */
export function statementLabel(s: PolicyStatement, index: number): string {
  return typeof s.Sid === 'string' && s.Sid !== '' ? s.Sid : `statement #${index + 1}`;
}
