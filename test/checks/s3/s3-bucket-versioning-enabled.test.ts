import check from '../../../checks/s3/s3-bucket-versioning-enabled.js';
import { testCheck } from '../../helpers/check-tester.js';
import { denied, ok } from '../../helpers/inventory.js';
import { bucket, bucketList, versioning } from '../../helpers/s3.js';

const b = bucket('ml-training-data');

testCheck(check, {
  pass: [
    {
      name: 'Status Enabled',
      inventory: { buckets: bucketList(b), bucketVersioning: { [b.name]: ok(versioning({ Status: 'Enabled' })) } },
      expect: [{ status: 'pass', resource: 'ml-training-data', evidence: { Status: 'Enabled' } }],
    },
    {
      name: 'bucket region unknown but versioning was read: region reported as global',
      inventory: { buckets: bucketList(bucket('ml-artifacts', null)), bucketVersioning: { 'ml-artifacts': ok(versioning({ Status: 'Enabled' })) } },
      expect: [{ status: 'pass', resource: 'ml-artifacts' }],
    },
  ],
  fail: [
    {
      name: 'never enabled (no Status field)',
      inventory: { buckets: bucketList(b), bucketVersioning: { [b.name]: ok(versioning({})) } },
      expect: [{ status: 'fail', resource: 'ml-training-data', message: 'never enabled', evidence: { Status: null } }],
    },
    {
      name: 'Suspended',
      inventory: { buckets: bucketList(b), bucketVersioning: { [b.name]: ok(versioning({ Status: 'Suspended' })) } },
      expect: [{ status: 'fail', resource: 'ml-training-data', message: 'suspended', evidence: { Status: 'Suspended' } }],
    },
    {
      name: 'MFA delete enabled does not stand in for versioning',
      inventory: { buckets: bucketList(b), bucketVersioning: { [b.name]: ok(versioning({ Status: 'Suspended', MFADelete: 'Enabled' })) } },
      expect: [{ status: 'fail', resource: 'ml-training-data' }],
    },
    {
      name: 'a bucket named like an Object.prototype member is looked up as data',
      inventory: { buckets: bucketList(bucket('constructor')), bucketVersioning: { constructor: ok(versioning({})) } },
      expect: [{ status: 'fail', resource: 'constructor' }],
    },
  ],
  error: [
    {
      name: 'GetBucketVersioning denied for one bucket',
      inventory: {
        buckets: bucketList(b, bucket('ml-models', 'eu-west-1')),
        bucketVersioning: { [b.name]: denied('s3:GetBucketVersioning'), 'ml-models': ok(versioning({ Status: 'Enabled' })) },
      },
      expect: [
        { status: 'error', resource: 'ml-training-data', message: ['AccessDeniedException', 's3:GetBucketVersioning'] },
        { status: 'pass', resource: 'ml-models' },
      ],
    },
    {
      name: 'bucket absent from the per-bucket record (not read)',
      inventory: { buckets: bucketList(b), bucketVersioning: {} },
      expect: [{ status: 'error', resource: 'ml-training-data', evidence: { errorCode: 'NotCollected' } }],
    },
    {
      name: 'bucket region unknown and absent from the record: region error, region global',
      inventory: { buckets: bucketList(bucket('ml-orphan', null)), bucketVersioning: {} },
      expect: [{ status: 'error', resource: 'ml-orphan', message: 'bucket region unknown' }],
    },
    {
      name: 'constructor bucket absent from the record is not read through the prototype',
      inventory: { buckets: bucketList(bucket('constructor')), bucketVersioning: {} },
      expect: [{ status: 'error', resource: 'constructor' }],
    },
    {
      name: 'ListBuckets denied: one error for all buckets',
      inventory: { buckets: denied('s3:ListBuckets'), bucketVersioning: {} },
      expect: [{ status: 'error', resource: 'arn:aws:s3:::*', message: 's3:ListBuckets' }],
    },
  ],
  empty: { buckets: bucketList(), bucketVersioning: {} },
});
