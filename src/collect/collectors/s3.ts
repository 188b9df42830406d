/**
 * S3: every bucket in the account (ListBuckets is account-wide), each bucket's settings read in the
 * bucket's own region. "No configuration" answers (NoSuchBucketPolicy …) are data, not errors.
 */
import { ok, failed, type Collected } from '../../model.js';
import { AwsCallError, paginate, toCollectionError, type AwsRequest, type AwsResponse } from '../access.js';
import type { CollectContext, Collector } from '../context.js';
import type { Bucket, BucketEncryption, BucketPolicy, BucketVersioning, PolicyDocument } from '../../inventory/types.js';

interface BucketSummary {
  Name?: string;
  BucketRegion?: string;
}

/**
 * GetBucketLocation's LocationConstraint: empty/null means us-east-1 and the legacy "EU" means eu-west-1
 * (S3 API reference, GetBucketLocation).
 */
export function regionFromLocationConstraint(constraint: unknown): string {
  if (constraint === undefined || constraint === null || constraint === '') return 'us-east-1';
  if (constraint === 'EU') return 'eu-west-1';
  return String(constraint);
}

export const collectBuckets: Collector<'buckets'> = async (ctx) => {
  const request: AwsRequest = { service: 's3', region: ctx.homeRegion, operation: 'ListBuckets', input: {} };
  let summaries: BucketSummary[];
  try {
    summaries = await paginate<BucketSummary>(ctx.access, request, {
      inputToken: 'ContinuationToken',
      outputToken: 'ContinuationToken',
      items: 'Buckets',
    });
  } catch (err) {
    return failed(toCollectionError(err, request));
  }
  const buckets = await Promise.all(
    summaries
      .filter((b): b is BucketSummary & { Name: string } => typeof b.Name === 'string')
      .map(async (b): Promise<Bucket> => {
        const arn = `arn:${ctx.account.partition}:s3:::${b.Name}`;
        if (b.BucketRegion) return { name: b.Name, arn, region: ok(b.BucketRegion) };
        const loc: AwsRequest = { service: 's3', region: ctx.homeRegion, operation: 'GetBucketLocation', input: { Bucket: b.Name } };
        try {
          const out = await ctx.access.send(loc);
          return { name: b.Name, arn, region: ok(regionFromLocationConstraint(out.LocationConstraint)) };
        } catch (err) {
          return { name: b.Name, arn, region: failed(toCollectionError(err, loc)) };
        }
      }),
  );
  buckets.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return ok(buckets);
};

/**
 * Reads one per-bucket setting for every bucket, in the bucket's region. `absentCodes` are error names
 * that mean "not configured"; they yield `absentValue`.
 */
export async function perBucket<T>(
  ctx: CollectContext,
  operation: string,
  parse: (out: AwsResponse) => T,
  absentCodes: string[],
  absentValue: T,
): Promise<Record<string, Collected<T>>> {
  const buckets = await ctx.get('buckets');
  if (!buckets.ok) return {};
  const entries = await Promise.all(
    buckets.value.map(async (b): Promise<[string, Collected<T>]> => {
      if (!b.region.ok) return [b.name, failed({ ...b.region.error, message: `bucket region unknown: ${b.region.error.message}` })];
      const request: AwsRequest = { service: 's3', region: b.region.value, operation, input: { Bucket: b.name } };
      try {
        return [b.name, ok(parse(await ctx.access.send(request)))];
      } catch (err) {
        if (err instanceof AwsCallError && absentCodes.includes(err.code)) return [b.name, ok(absentValue)];
        return [b.name, failed(toCollectionError(err, request))];
      }
    }),
  );
  return Object.fromEntries(entries);
}

export const collectBucketVersioning: Collector<'bucketVersioning'> = (ctx) =>
  perBucket<BucketVersioning>(ctx, 'GetBucketVersioning', (out) => out as BucketVersioning, [], {});

export const collectBucketEncryption: Collector<'bucketEncryption'> = (ctx) =>
  perBucket<BucketEncryption>(
    ctx,
    'GetBucketEncryption',
    (out) => (out.ServerSideEncryptionConfiguration ?? null) as BucketEncryption,
    ['ServerSideEncryptionConfigurationNotFoundError'],
    null,
  );

export const collectBucketPolicy: Collector<'bucketPolicy'> = (ctx) =>
  perBucket<BucketPolicy>(
    ctx,
    'GetBucketPolicy',
    (out) => {
      if (typeof out.Policy !== 'string' || out.Policy === '') return null;
      try {
        return JSON.parse(out.Policy) as PolicyDocument;
      } catch {
        throw new AwsCallError('InvalidPolicyDocument', 'the bucket policy is not valid JSON', undefined, 's3:GetBucketPolicy');
      }
    },
    ['NoSuchBucketPolicy'],
    null,
  );
