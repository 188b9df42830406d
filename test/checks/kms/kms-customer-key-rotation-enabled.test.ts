import check from '../../../checks/kms/kms-customer-key-rotation-enabled.js';
import type { Item } from '../../../src/inventory/types.js';
import type { KmsKeyDetails } from '../../../src/inventory/infra.js';
import { testCheck } from '../../helpers/check-tester.js';
import { keyDetails } from '../../helpers/infra.js';
import { ACCOUNT, denied, ok, regional } from '../../helpers/inventory.js';

const key = (id: string, details: KmsKeyDetails | 'denied', region = 'us-east-1'): Item<KmsKeyDetails> => {
  const arn = `arn:aws:kms:${region}:${ACCOUNT.accountId}:key/${id}`;
  return { name: id, arn, region, data: details === 'denied' ? denied('kms:DescribeKey') : ok(details) };
};
const d = (fields: Parameters<typeof keyDetails>[0], rotation: Parameters<typeof keyDetails>[1] = true) => keyDetails(fields, rotation);

testCheck(check, {
  pass: [
    { name: 'customer key with rotation', inventory: { kmsAccountKeys: regional([key('k-on', d({}))]) }, expect: [{ status: 'pass', resource: 'k-on' }] },
    {
      name: 'AWS managed keys are not reported',
      inventory: { kmsAccountKeys: regional([key('k-on', d({})), key('aws-s3', d({ KeyManager: 'AWS' }))]) },
      expect: [{ status: 'pass', resource: 'k-on' }],
    },
  ],
  fail: [
    {
      name: 'customer key with rotation off, in another region',
      inventory: { kmsAccountKeys: regional([key('k-off', d({}, false), 'eu-west-1'), key('k-on', d({}))]) },
      expect: [
        { status: 'fail', resource: 'k-off', evidence: { KeyRotationEnabled: false } },
        { status: 'pass', resource: 'k-on' },
      ],
    },
  ],
  error: [
    { name: 'ListKeys denied in a region', inventory: { kmsAccountKeys: regional([key('k-on', d({}))], ['eu-west-1']) }, expect: [{ status: 'error', resource: 'arn:aws:kms:eu-west-1:111122223333:key/*' }, { status: 'pass', resource: 'k-on' }] },
    { name: 'DescribeKey denied', inventory: { kmsAccountKeys: regional([key('k-x', 'denied')]) }, expect: [{ status: 'error', resource: 'k-x' }] },
    { name: 'GetKeyRotationStatus denied', inventory: { kmsAccountKeys: regional([key('k-x', d({}, 'denied'))]) }, expect: [{ status: 'error', resource: 'k-x' }] },
  ],
  notApplicable: [
    { name: 'HMAC key', inventory: { kmsAccountKeys: regional([key('k-hmac', d({ KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' }))]) }, expect: [{ status: 'not_applicable', resource: 'k-hmac' }] },
  ],
  empty: { kmsAccountKeys: regional([]) },
});
