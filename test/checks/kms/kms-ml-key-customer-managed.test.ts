import check from '../../../checks/kms/kms-ml-key-customer-managed.js';
import { testCheck } from '../../helpers/check-tester.js';
import { keyDetails, mlKeys } from '../../helpers/infra.js';
import { denied, ok } from '../../helpers/inventory.js';

const KEY = '1234abcd-12ab-34cd-56ef-1234567890ab';

testCheck(check, {
  pass: [
    { name: 'KeyManager CUSTOMER', inventory: { kmsKeys: mlKeys() }, expect: [{ status: 'pass', resource: KEY, evidence: { KeyManager: 'CUSTOMER' } }] },
    {
      name: 'a customer key behind an alias named like aws/… is judged by DescribeKey, not the name',
      inventory: { kmsKeys: mlKeys({}, { ref: 'alias/aws-lookalike' }) },
      expect: [{ status: 'pass', resource: KEY, message: 'alias/aws-lookalike' }],
    },
  ],
  fail: [
    {
      name: 'the AWS managed key aws/s3',
      inventory: { kmsKeys: mlKeys({ details: ok(keyDetails({ KeyManager: 'AWS' })) }, { ref: 'alias/aws/s3' }) },
      expect: [{ status: 'fail', resource: KEY, message: ['AWS managed', 'alias/aws/s3'], evidence: { KeyManager: 'AWS' } }],
    },
    {
      name: 'an AWS managed key referenced by key ARN (no alias to go by)',
      inventory: { kmsKeys: mlKeys({ details: ok(keyDetails({ KeyManager: 'AWS' })) }) },
      expect: [{ status: 'fail', resource: KEY }],
    },
  ],
  error: [
    { name: 'DescribeKey denied', inventory: { kmsKeys: mlKeys({ details: denied('kms:DescribeKey') }) }, expect: [{ status: 'error', resource: KEY }] },
    { name: 'KeyManager missing from DescribeKey', inventory: { kmsKeys: mlKeys({ details: ok(keyDetails({ KeyManager: undefined })) }) }, expect: [{ status: 'error', resource: KEY, evidence: { errorCode: 'InvalidResponse' } }] },
  ],
  empty: { kmsKeys: {} },
});
