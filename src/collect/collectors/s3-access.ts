/**
 * S3 public access blocks (bucket and account level) and server access logging. "Not configured" answers
 * (NoSuchPublicAccessBlockConfiguration, no LoggingEnabled element) are data, not errors.
 */
import { ok, failed } from '../../model.js';
import { AwsCallError, toCollectionError, type AwsRequest } from '../access.js';
import type { Collector } from '../context.js';
import type { BucketLogging, PublicAccessBlock } from '../../inventory/infra.js';
import { perBucket } from './s3.js';

/** The error S3 and S3 Control return when no public access block is configured (GetPublicAccessBlock references). */
const NO_PAB = 'NoSuchPublicAccessBlockConfiguration';

export const collectBucketPublicAccessBlock: Collector<'bucketPublicAccessBlock'> = (ctx) =>
  perBucket<PublicAccessBlock>(ctx, 'GetPublicAccessBlock', (out) => (out.PublicAccessBlockConfiguration ?? null) as PublicAccessBlock, [NO_PAB], null);

export const collectBucketLogging: Collector<'bucketLogging'> = (ctx) =>
  perBucket<BucketLogging>(ctx, 'GetBucketLogging', (out) => (out.LoggingEnabled ?? null) as BucketLogging, [], null);

/** The account-level block applies to every bucket of the account in every region; S3 Control reads it with the account id. */
export const collectAccountPublicAccessBlock: Collector<'accountPublicAccessBlock'> = async (ctx) => {
  const request: AwsRequest = { service: 's3control', region: ctx.homeRegion, operation: 'GetPublicAccessBlock', input: { AccountId: ctx.account.accountId } };
  try {
    const out = await ctx.access.send(request);
    return ok((out.PublicAccessBlockConfiguration ?? null) as PublicAccessBlock);
  } catch (err) {
    if (err instanceof AwsCallError && err.code === NO_PAB) return ok(null);
    return failed(toCollectionError(err, request));
  }
};
