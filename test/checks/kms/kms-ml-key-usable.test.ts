import check from '../../../checks/kms/kms-ml-key-usable.js';
import { testCheck } from '../../helpers/check-tester.js';
import { KEY_ARN, keyDetails, mlKeys, notebookUser } from '../../helpers/infra.js';
import { ok } from '../../helpers/inventory.js';

const KEY = '1234abcd-12ab-34cd-56ef-1234567890ab';
const bucketUser = { resourceType: 'AWS::S3::Bucket', name: 'ml-data', arn: 'arn:aws:s3:::ml-data', region: 'us-east-1' };
const notFound = { ok: false as const, error: { code: 'NotFoundException', message: 'Key does not exist', operation: 'kms:DescribeKey' } };

testCheck(check, {
  pass: [
    { name: 'KeyState Enabled', inventory: { kmsKeys: mlKeys() }, expect: [{ status: 'pass', resource: KEY, message: 'notebook instance nb-1', evidence: { KeyState: 'Enabled' } }] },
    {
      name: 'referenced through an alias by a notebook and a bucket: one finding naming both',
      inventory: {
        kmsKeys: mlKeys({}, { ref: 'alias/ml-data', users: [notebookUser, bucketUser] }),
      },
      expect: [{ status: 'pass', resource: KEY, message: ['alias/ml-data', 'bucket ml-data', 'notebook instance nb-1'] }],
    },
  ],
  fail: [
    {
      name: 'PendingDeletion names what would break',
      inventory: { kmsKeys: mlKeys({ details: ok(keyDetails({ KeyState: 'PendingDeletion', Enabled: false, DeletionDate: '2026-12-01T00:00:00.000Z' as unknown as Date })) }, { users: [notebookUser, bucketUser] }) },
      expect: [{ status: 'fail', resource: KEY, message: ['PendingDeletion', '2026-12-01', 'bucket ml-data', 'notebook instance nb-1 would break'] }],
    },
    { name: 'Disabled', inventory: { kmsKeys: mlKeys({ details: ok(keyDetails({ KeyState: 'Disabled', Enabled: false })) }) }, expect: [{ status: 'fail', resource: KEY, evidence: { KeyState: 'Disabled', Enabled: false } }] },
    { name: 'PendingImport', inventory: { kmsKeys: mlKeys({ details: ok(keyDetails({ KeyState: 'PendingImport', Origin: 'EXTERNAL' })) }) }, expect: [{ status: 'fail', resource: KEY, evidence: { KeyState: 'PendingImport' } }] },
    { name: 'Unavailable (custom key store disconnected)', inventory: { kmsKeys: mlKeys({ details: ok(keyDetails({ KeyState: 'Unavailable' })) }) }, expect: [{ status: 'fail', resource: KEY }] },
    {
      name: 'Enabled flag true does not override a non-Enabled KeyState',
      inventory: { kmsKeys: mlKeys({ details: ok(keyDetails({ KeyState: 'Disabled', Enabled: true })) }) },
      expect: [{ status: 'fail', resource: KEY }],
    },
    { name: 'the key of this account no longer exists', inventory: { kmsKeys: mlKeys({ details: notFound }) }, expect: [{ status: 'fail', resource: KEY, message: 'does not exist' }] },
    {
      name: 'the alias no longer exists',
      inventory: { kmsKeys: { 'us-east-1': { references: [{ ref: 'alias/gone', region: 'us-east-1', users: [notebookUser], resolution: ok({ kind: 'missingAlias' as const, alias: 'alias/gone' }) }], keys: [], incomplete: [] } } },
      expect: [{ status: 'fail', resource: 'alias/gone', message: 'nb-1 would break' }],
    },
  ],
  error: [
    {
      name: 'DescribeKey denied',
      inventory: { kmsKeys: mlKeys({ details: { ok: false, error: { code: 'AccessDeniedException', message: 'no', operation: 'kms:DescribeKey' } } }) },
      expect: [{ status: 'error', resource: KEY, message: 'kms:DescribeKey' }],
    },
    {
      name: 'NotFoundException for another account\'s key is not proof of deletion',
      inventory: { kmsKeys: mlKeys({ arn: KEY_ARN.replace('111122223333', '999988887777'), details: notFound }) },
      expect: [{ status: 'error', resource: KEY, message: 'NotFoundException' }],
    },
    {
      name: 'an alias that could not be resolved (ListAliases denied)',
      inventory: {
        kmsKeys: { 'us-east-1': { references: [{ ref: 'alias/ml', region: 'us-east-1', users: [notebookUser], resolution: { ok: false, error: { code: 'AccessDeniedException', message: 'no', operation: 'kms:ListAliases' } } }], keys: [], incomplete: [] } },
      },
      expect: [{ status: 'error', resource: 'alias/ml', message: 'kms:ListAliases' }],
    },
    {
      name: 'keys in use not all known (a bucket\'s encryption unreadable)',
      inventory: { kmsKeys: mlKeys({}, {}, [{ what: 'the default encryption of ML data bucket ml-data', error: { code: 'AccessDenied', message: 'no' } }]) },
      expect: [
        { status: 'error', resource: 'arn:aws:kms:us-east-1:111122223333:key/*', message: 'ml-data' },
        { status: 'pass', resource: KEY },
      ],
    },
    { name: 'not collected', inventory: {}, expect: [{ status: 'error', resource: 'key/*', evidence: { errorCode: 'NotCollected' } }] },
  ],
  notApplicable: [
    {
      name: 'an AWS managed alias whose key AWS has not created yet',
      inventory: { kmsKeys: { 'us-east-1': { references: [{ ref: 'alias/aws/s3', region: 'us-east-1', users: [bucketUser], resolution: ok({ kind: 'uncreatedAwsKey' as const, alias: 'alias/aws/s3' }) }], keys: [], incomplete: [] } } },
      expect: [{ status: 'not_applicable', resource: 'alias/aws/s3' }],
    },
  ],
  empty: { kmsKeys: {} },
});
