import type { PublicAccessBlockConfiguration } from '@aws-sdk/client-s3';
import type { PublicAccessBlock } from '../../../src/inventory/infra.js';
import type { Collected } from '../../../src/model.js';
import check from '../../../checks/s3/s3-bucket-public-access-blocked.js';
import { testCheck } from '../../helpers/check-tester.js';
import { mlRefs, mlResource } from '../../helpers/infra.js';
import { denied, ok } from '../../helpers/inventory.js';
import { bucket, bucketList } from '../../helpers/s3.js';

const ALL: PublicAccessBlockConfiguration = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };
const b = bucket('ml-training-data');
const noRefs = mlRefs([]);
const inv = (bucketLevel: Collected<PublicAccessBlock>, accountLevel: Collected<PublicAccessBlock>) => ({
  buckets: bucketList(b),
  bucketPublicAccessBlock: { [b.name]: bucketLevel },
  accountPublicAccessBlock: accountLevel,
  mlReferences: noRefs,
});

testCheck(check, {
  pass: [
    { name: 'all four at bucket level, none at account level', inventory: inv(ok(ALL), ok(null)), expect: [{ status: 'pass', resource: b.name, message: 'bucket level', evidence: { blockedAt: 'bucket', mlData: false } }] },
    { name: 'all four at account level, none at bucket level', inventory: inv(ok(null), ok(ALL)), expect: [{ status: 'pass', resource: b.name, message: 'account level', evidence: { blockedAt: 'account' } }] },
    { name: 'both levels', inventory: inv(ok(ALL), ok(ALL)), expect: [{ status: 'pass', resource: b.name, evidence: { blockedAt: 'bucket and account' } }] },
    { name: 'account level covers a bucket whose own block could not be read', inventory: inv(denied('s3:GetPublicAccessBlock'), ok(ALL)), expect: [{ status: 'pass', resource: b.name, evidence: { blockedAt: 'account' } }] },
    {
      name: 'a bucket SageMaker references is marked as ML data',
      inventory: { ...inv(ok(ALL), ok(null)), mlReferences: mlRefs([mlResource('job', { s3Uris: ['s3://ml-training-data/train/'] })]) },
      expect: [{ status: 'pass', resource: b.name, message: '(ML data bucket)', evidence: { mlData: true } }],
    },
  ],
  fail: [
    { name: 'no configuration at either level', inventory: inv(ok(null), ok(null)), expect: [{ status: 'fail', resource: b.name, message: ['bucket level none configured', 'account level none configured'] }] },
    {
      name: 'one setting off at each level (they do not add up)',
      inventory: inv(ok({ ...ALL, RestrictPublicBuckets: false }), ok({ ...ALL, BlockPublicPolicy: false })),
      expect: [{ status: 'fail', resource: b.name, message: ['RestrictPublicBuckets off', 'BlockPublicPolicy off'] }],
    },
    { name: 'a setting absent from the configuration is off', inventory: inv(ok({ BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true }), ok(null)), expect: [{ status: 'fail', resource: b.name }] },
  ],
  error: [
    { name: 'bucket block unreadable and account level incomplete', inventory: inv(denied('s3:GetPublicAccessBlock'), ok(null)), expect: [{ status: 'error', resource: b.name, message: 's3:GetPublicAccessBlock' }] },
    { name: 'account block unreadable and bucket level incomplete', inventory: inv(ok(null), denied('s3control:GetPublicAccessBlock')), expect: [{ status: 'error', resource: b.name, message: 's3control:GetPublicAccessBlock' }] },
    {
      name: 'ListBuckets denied',
      inventory: { buckets: denied('s3:ListBuckets'), bucketPublicAccessBlock: {}, accountPublicAccessBlock: ok(ALL), mlReferences: noRefs },
      expect: [{ status: 'error', resource: 'arn:aws:s3:::*' }],
    },
  ],
  empty: { buckets: bucketList(), bucketPublicAccessBlock: {}, accountPublicAccessBlock: ok(null), mlReferences: noRefs },
});
