import check from '../../../checks/s3/s3-bucket-denies-unencrypted-uploads.js';
import type { BucketEncryption, BucketPolicy, PolicyStatement } from '../../../src/inventory/types.js';
import type { Collected } from '../../../src/model.js';
import { testCheck } from '../../helpers/check-tester.js';
import { denied, ok } from '../../helpers/inventory.js';
import { allowRole, bucket, bucketList, denyUnencryptedPut, encryption, policy } from '../../helpers/s3.js';

const NAME = 'ml-training-data';
const b = bucket(NAME);
const inv = (p: Collected<BucketPolicy>, e: Collected<BucketEncryption>) => ({ buckets: bucketList(b), bucketPolicy: { [NAME]: p }, bucketEncryption: { [NAME]: e } });
/** No default encryption, and a policy holding the canonical deny with one field changed. */
const varied = (fields: Partial<PolicyStatement>) => inv(ok(policy([allowRole(NAME), denyUnencryptedPut(NAME, fields)])), ok(null));

testCheck(check, {
  pass: [
    {
      name: 'default encryption SSE-S3, no policy',
      inventory: inv(ok(null), ok(encryption('AES256'))),
      expect: [{ status: 'pass', resource: NAME, message: 'default encryption (SSE-S3) encrypts every upload', evidence: { mechanism: 'default encryption', SSEAlgorithm: 'AES256' } }],
    },
    {
      name: 'default encryption SSE-KMS',
      inventory: inv(ok(null), ok(encryption('aws:kms', 'arn:aws:kms:us-east-1:111122223333:key/abcd'))),
      expect: [{ status: 'pass', resource: NAME, message: 'default encryption (SSE-KMS)', evidence: { SSEAlgorithm: 'aws:kms' } }],
    },
    {
      name: 'policy denies with Null s3:x-amz-server-side-encryption = "true"',
      inventory: varied({}),
      expect: [{ status: 'pass', resource: NAME, message: 'policy denies uploads without server-side encryption', evidence: { mechanism: 'bucket policy', SSEAlgorithm: null } }],
    },
    {
      name: 'policy denies with StringNotEquals on the SSE header',
      inventory: varied({ Condition: { StringNotEquals: { 's3:x-amz-server-side-encryption': 'aws:kms' } } }),
      expect: [{ status: 'pass', resource: NAME, evidence: { mechanism: 'bucket policy' } }],
    },
    {
      name: 'policy denies with StringNotEqualsIfExists on the SSE header',
      inventory: varied({ Condition: { StringNotEqualsIfExists: { 's3:x-amz-server-side-encryption': ['AES256', 'aws:kms'] } } }),
      expect: [{ status: 'pass', resource: NAME, evidence: { mechanism: 'bucket policy' } }],
    },
    { name: 'policy Action "s3:*" covers PutObject', inventory: varied({ Action: 's3:*' }), expect: [{ status: 'pass', resource: NAME }] },
    { name: 'policy Principal {"AWS": "*"}', inventory: varied({ Principal: { AWS: ['*'] } }), expect: [{ status: 'pass', resource: NAME }] },
    {
      name: 'policy as a single statement object',
      inventory: inv(ok(policy([denyUnencryptedPut(NAME)], true)), ok(null)),
      expect: [{ status: 'pass', resource: NAME }],
    },
    {
      name: 'both mechanisms: the message names both',
      inventory: inv(ok(policy([denyUnencryptedPut(NAME)])), ok(encryption('aws:kms'))),
      expect: [{ status: 'pass', resource: NAME, message: ['policy denies', 'default encryption (SSE-KMS)'], evidence: { mechanism: 'bucket policy and default encryption' } }],
    },
    {
      name: 'policy unreadable but default encryption configured: pass via default encryption',
      inventory: inv(denied('s3:GetBucketPolicy'), ok(encryption('AES256'))),
      expect: [{ status: 'pass', resource: NAME, message: 'default encryption (SSE-S3)', evidence: { mechanism: 'default encryption' } }],
    },
    {
      name: 'encryption unreadable but the policy denies: pass via the policy',
      inventory: { buckets: bucketList(b), bucketPolicy: { [NAME]: ok(policy([denyUnencryptedPut(NAME)])) }, bucketEncryption: {} },
      expect: [{ status: 'pass', resource: NAME, evidence: { mechanism: 'bucket policy' } }],
    },
  ],
  fail: [
    { name: 'no default encryption and no policy', inventory: inv(ok(null), ok(null)), expect: [{ status: 'fail', resource: NAME, message: 'no bucket policy', evidence: { mechanism: null } }] },
    {
      name: 'no default encryption and a policy without an upload deny',
      inventory: inv(ok(policy([allowRole(NAME)])), ok(null)),
      expect: [{ status: 'fail', resource: NAME, message: 'policy does not deny' }],
    },
    { name: 'deny on s3:GetObject only', inventory: varied({ Action: 's3:GetObject' }), expect: [{ status: 'fail', resource: NAME }] },
    { name: 'deny covering only a prefix of the objects', inventory: varied({ Resource: `arn:aws:s3:::${NAME}/uploads/*` }), expect: [{ status: 'fail', resource: NAME }] },
    { name: 'deny covering only the bucket ARN', inventory: varied({ Resource: `arn:aws:s3:::${NAME}` }), expect: [{ status: 'fail', resource: NAME }] },
    { name: 'deny for one role, not everyone', inventory: varied({ Principal: { AWS: 'arn:aws:iam::111122223333:role/SageMakerRole' } }), expect: [{ status: 'fail', resource: NAME }] },
    { name: 'Null = "false" denies encrypted uploads, not unencrypted ones', inventory: varied({ Condition: { Null: { 's3:x-amz-server-side-encryption': 'false' } } }), expect: [{ status: 'fail', resource: NAME }] },
    { name: 'unconditional deny is not an encryption requirement', inventory: varied({ Condition: undefined }), expect: [{ status: 'fail', resource: NAME }] },
    {
      name: 'an extra condition narrows the deny',
      inventory: varied({ Condition: { Null: { 's3:x-amz-server-side-encryption': 'true' }, StringEquals: { 'aws:PrincipalAccount': '444455556666' } } }),
      expect: [{ status: 'fail', resource: NAME }],
    },
    { name: 'Allow instead of Deny', inventory: varied({ Effect: 'Allow' }), expect: [{ status: 'fail', resource: NAME }] },
  ],
  error: [
    {
      name: 'no default encryption and the policy unreadable',
      inventory: inv(denied('s3:GetBucketPolicy'), ok(null)),
      expect: [{ status: 'error', resource: NAME, message: ['bucket policy', 's3:GetBucketPolicy'] }],
    },
    {
      name: 'encryption unreadable and the policy does not deny',
      inventory: inv(ok(null), denied('s3:GetBucketEncryption')),
      expect: [{ status: 'error', resource: NAME, message: 's3:GetBucketEncryption' }],
    },
    {
      name: 'bucket missing from both per-bucket records',
      inventory: { buckets: bucketList(b), bucketPolicy: {}, bucketEncryption: {} },
      expect: [{ status: 'error', resource: NAME }],
    },
    {
      name: 'bucket region unknown',
      inventory: { buckets: bucketList(bucket('ml-orphan', null)), bucketPolicy: {}, bucketEncryption: {} },
      expect: [{ status: 'error', resource: 'ml-orphan', message: 'bucket region unknown' }],
    },
    { name: 'ListBuckets failed', inventory: { buckets: denied('s3:ListBuckets'), bucketPolicy: {}, bucketEncryption: {} }, expect: [{ status: 'error', resource: 'all S3 buckets' }] },
  ],
  empty: { buckets: bucketList(), bucketPolicy: {}, bucketEncryption: {} },
});
