/** Builders for S3 fixtures: buckets as ListBuckets/GetBucketLocation give them, per-bucket records, bucket policies. */
import type { GetBucketEncryptionCommandOutput, GetBucketVersioningCommandOutput } from '@aws-sdk/client-s3';
import type { Bucket, BucketEncryption, BucketPolicy, BucketVersioning, PolicyDocument, PolicyStatement } from '../../src/inventory/types.js';
import type { Collected } from '../../src/model.js';
import { denied, ok } from './inventory.js';

/** A bucket; pass `region: null` for a bucket whose GetBucketLocation failed. */
export function bucket(name: string, region: string | null = 'us-east-1'): Bucket {
  return { name, arn: `arn:aws:s3:::${name}`, region: region === null ? denied('s3:GetBucketLocation') : ok(region) };
}

/** A successful ListBuckets result. */
export function bucketList(...buckets: Bucket[]): Collected<Bucket[]> {
  return ok(buckets);
}

/** GetBucketVersioning output as the API returns it (no Status when versioning was never enabled). */
export function versioning(fields: Partial<BucketVersioning>): BucketVersioning {
  return { ...fields } satisfies Omit<GetBucketVersioningCommandOutput, '$metadata'>;
}

/** GetBucketEncryption's ServerSideEncryptionConfiguration with one default rule. */
export function encryption(SSEAlgorithm: 'AES256' | 'aws:kms' | 'aws:kms:dsse', KMSMasterKeyID?: string, BucketKeyEnabled?: boolean): BucketEncryption {
  const config: GetBucketEncryptionCommandOutput['ServerSideEncryptionConfiguration'] = {
    Rules: [
      {
        ApplyServerSideEncryptionByDefault: { SSEAlgorithm, ...(KMSMasterKeyID ? { KMSMasterKeyID } : {}) },
        ...(BucketKeyEnabled === undefined ? {} : { BucketKeyEnabled }),
      },
    ],
  };
  return config;
}

/** A bucket policy document from statements; `single` stores a lone statement as an object, not a list. */
export function policy(statements: PolicyStatement[], single = false): BucketPolicy {
  const doc: PolicyDocument = { Version: '2012-10-17', Statement: single && statements.length === 1 ? statements[0] : statements };
  return doc;
}

/** The canonical statement denying every S3 request over HTTP on a bucket and its objects; override one field at a time. */
export function denyInsecureTransport(bucketName: string, fields: Partial<PolicyStatement> = {}): PolicyStatement {
  return {
    Sid: 'DenyInsecureTransport',
    Effect: 'Deny',
    Principal: '*',
    Action: 's3:*',
    Resource: [`arn:aws:s3:::${bucketName}`, `arn:aws:s3:::${bucketName}/*`],
    Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    ...fields,
  };
}

/** An ordinary Allow statement (a policy rarely holds only denies). */
export function allowRole(bucketName: string): PolicyStatement {
  return {
    Sid: 'AllowSageMakerRole',
    Effect: 'Allow',
    Principal: { AWS: 'arn:aws:iam::111122223333:role/SageMakerRole' },
    Action: ['s3:GetObject', 's3:PutObject', 's3:ListBucket'],
    Resource: [`arn:aws:s3:::${bucketName}`, `arn:aws:s3:::${bucketName}/*`],
  };
}

/** A statement denying s3:PutObject on the bucket's objects when the SSE header is missing; override one field at a time. */
export function denyUnencryptedPut(bucketName: string, fields: Partial<PolicyStatement> = {}): PolicyStatement {
  return {
    Sid: 'DenyUnencryptedObjectUploads',
    Effect: 'Deny',
    Principal: '*',
    Action: 's3:PutObject',
    Resource: `arn:aws:s3:::${bucketName}/*`,
    Condition: { Null: { 's3:x-amz-server-side-encryption': 'true' } },
    ...fields,
  };
}
