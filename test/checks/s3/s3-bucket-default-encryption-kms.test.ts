import check from '../../../checks/s3/s3-bucket-default-encryption-kms.js';
import type { BucketEncryption } from '../../../src/inventory/types.js';
import { testCheck } from '../../helpers/check-tester.js';
import { denied, ok } from '../../helpers/inventory.js';
import { bucket, bucketList, encryption } from '../../helpers/s3.js';

const b = bucket('ml-training-data', 'eu-west-1');
const KEY = 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const withEncryption = (config: BucketEncryption) => ({ buckets: bucketList(b), bucketEncryption: { [b.name]: ok(config) } });

testCheck(check, {
  pass: [
    {
      name: 'aws:kms with a customer managed key and Bucket Key',
      inventory: withEncryption(encryption('aws:kms', KEY, true)),
      expect: [{ status: 'pass', resource: 'ml-training-data', message: ['SSE-KMS', KEY], evidence: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: KEY, BucketKeyEnabled: true } }],
    },
    {
      name: 'aws:kms without a key id (AWS managed key aws/s3)',
      inventory: withEncryption(encryption('aws:kms')),
      expect: [{ status: 'pass', resource: 'ml-training-data', message: 'aws/s3', evidence: { KMSMasterKeyID: null, BucketKeyEnabled: null } }],
    },
    {
      name: 'aws:kms:dsse (dual-layer)',
      inventory: withEncryption(encryption('aws:kms:dsse', KEY)),
      expect: [{ status: 'pass', resource: 'ml-training-data', message: 'DSSE-KMS', evidence: { SSEAlgorithm: 'aws:kms:dsse' } }],
    },
  ],
  fail: [
    {
      name: 'AES256 (SSE-S3, the default since January 2023)',
      inventory: withEncryption(encryption('AES256', undefined, false)),
      expect: [{ status: 'fail', resource: 'ml-training-data', message: ['SSE-S3', 'rather than SSE-KMS'], evidence: { SSEAlgorithm: 'AES256' } }],
    },
    {
      name: 'no encryption configuration (null)',
      inventory: withEncryption(null),
      expect: [{ status: 'fail', resource: 'ml-training-data', message: ['SSE-S3', 'rather than SSE-KMS'], evidence: { SSEAlgorithm: null } }],
    },
    {
      name: 'a configuration whose only rule has no default algorithm',
      inventory: withEncryption({ Rules: [{ BucketKeyEnabled: true }] }),
      expect: [{ status: 'fail', resource: 'ml-training-data', evidence: { SSEAlgorithm: null } }],
    },
  ],
  error: [
    {
      name: 'GetBucketEncryption denied',
      inventory: { buckets: bucketList(b), bucketEncryption: { [b.name]: denied('s3:GetBucketEncryption') } },
      expect: [{ status: 'error', resource: 'ml-training-data', message: 's3:GetBucketEncryption' }],
    },
    {
      name: 'bucket missing from the per-bucket record',
      inventory: { buckets: bucketList(b), bucketEncryption: {} },
      expect: [{ status: 'error', resource: 'ml-training-data' }],
    },
    {
      name: 'bucket region unknown',
      inventory: { buckets: bucketList(bucket('ml-orphan', null)), bucketEncryption: {} },
      expect: [{ status: 'error', resource: 'ml-orphan', message: 'bucket region unknown' }],
    },
    {
      name: 'ListBuckets failed',
      inventory: { buckets: denied('s3:ListBuckets'), bucketEncryption: {} },
      expect: [{ status: 'error', resource: 'arn:aws:s3:::*' }],
    },
  ],
  empty: { buckets: bucketList(), bucketEncryption: {} },
});
