import check from '../../../checks/s3/s3-bucket-mfa-delete-enabled.js';
import { testCheck } from '../../helpers/check-tester.js';
import { denied, ok } from '../../helpers/inventory.js';
import { bucket, bucketList, versioning } from '../../helpers/s3.js';

const b = bucket('ml-training-data');
const withVersioning = (fields: Parameters<typeof versioning>[0]) => ({ buckets: bucketList(b), bucketVersioning: { [b.name]: ok(versioning(fields)) } });

testCheck(check, {
  pass: [
    {
      name: 'versioning Enabled with MFADelete Enabled',
      inventory: withVersioning({ Status: 'Enabled', MFADelete: 'Enabled' }),
      expect: [{ status: 'pass', resource: 'ml-training-data', evidence: { MFADelete: 'Enabled', Status: 'Enabled' } }],
    },
  ],
  fail: [
    {
      name: 'versioning Enabled, MFADelete Disabled',
      inventory: withVersioning({ Status: 'Enabled', MFADelete: 'Disabled' }),
      expect: [{ status: 'fail', resource: 'ml-training-data', message: 'MFA delete disabled', evidence: { MFADelete: 'Disabled' } }],
    },
    {
      name: 'versioning Enabled, MFADelete never configured (field absent)',
      inventory: withVersioning({ Status: 'Enabled' }),
      expect: [{ status: 'fail', resource: 'ml-training-data', message: 'not configured', evidence: { MFADelete: null } }],
    },
    {
      name: 'versioning never enabled: the message says MFA delete requires it',
      inventory: withVersioning({}),
      expect: [{ status: 'fail', resource: 'ml-training-data', message: ['not configured', 'requires it'], evidence: { Status: null } }],
    },
    {
      name: 'versioning Suspended, MFADelete Disabled',
      inventory: withVersioning({ Status: 'Suspended', MFADelete: 'Disabled' }),
      expect: [{ status: 'fail', resource: 'ml-training-data', message: 'suspended' }],
    },
  ],
  error: [
    {
      name: 'GetBucketVersioning denied',
      inventory: { buckets: bucketList(b), bucketVersioning: { [b.name]: denied('s3:GetBucketVersioning') } },
      expect: [{ status: 'error', resource: 'ml-training-data', message: 'AccessDeniedException' }],
    },
    {
      name: 'bucket missing from the per-bucket record',
      inventory: { buckets: bucketList(b, bucket('ml-models')), bucketVersioning: { 'ml-models': ok(versioning({ Status: 'Enabled', MFADelete: 'Enabled' })) } },
      expect: [
        { status: 'error', resource: 'ml-training-data', evidence: { errorCode: 'NotCollected' } },
        { status: 'pass', resource: 'ml-models' },
      ],
    },
    {
      name: 'ListBuckets failed',
      inventory: { buckets: denied('s3:ListBuckets'), bucketVersioning: {} },
      expect: [{ status: 'error', resource: 'all S3 buckets' }],
    },
  ],
  empty: { buckets: bucketList(), bucketVersioning: {} },
});
