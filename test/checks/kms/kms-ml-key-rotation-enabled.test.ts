import check from '../../../checks/kms/kms-ml-key-rotation-enabled.js';
import { testCheck } from '../../helpers/check-tester.js';
import { keyDetails, mlKeys } from '../../helpers/infra.js';
import { denied, ok } from '../../helpers/inventory.js';

const KEY = '1234abcd-12ab-34cd-56ef-1234567890ab';

testCheck(check, {
  pass: [{ name: 'rotation enabled', inventory: { kmsKeys: mlKeys() }, expect: [{ status: 'pass', resource: KEY, message: '365 days', evidence: { KeyRotationEnabled: true } }] }],
  fail: [
    { name: 'rotation disabled', inventory: { kmsKeys: mlKeys({ details: ok(keyDetails({}, false)) }) }, expect: [{ status: 'fail', resource: KEY, message: 'nb-1', evidence: { KeyRotationEnabled: false } }] },
    { name: 'rotation disabled on a disabled key still fails', inventory: { kmsKeys: mlKeys({ details: ok(keyDetails({ KeyState: 'Disabled', Enabled: false }, false)) }) }, expect: [{ status: 'fail', resource: KEY }] },
  ],
  error: [
    { name: 'GetKeyRotationStatus denied', inventory: { kmsKeys: mlKeys({ details: ok(keyDetails({}, 'denied')) }) }, expect: [{ status: 'error', resource: KEY, message: 'kms:GetKeyRotationStatus' }] },
    { name: 'DescribeKey denied', inventory: { kmsKeys: mlKeys({ details: denied('kms:DescribeKey') }) }, expect: [{ status: 'error', resource: KEY }] },
  ],
  notApplicable: [
    { name: 'AWS managed key', inventory: { kmsKeys: mlKeys({ details: ok(keyDetails({ KeyManager: 'AWS' })) }) }, expect: [{ status: 'not_applicable', resource: KEY, message: 'AWS managed' }] },
    { name: 'asymmetric key', inventory: { kmsKeys: mlKeys({ details: ok(keyDetails({ KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' })) }) }, expect: [{ status: 'not_applicable', resource: KEY }] },
    { name: 'pending deletion', inventory: { kmsKeys: mlKeys({ details: ok(keyDetails({ KeyState: 'PendingDeletion' }, false)) }) }, expect: [{ status: 'not_applicable', resource: KEY, message: 'pending deletion' }] },
  ],
  empty: { kmsKeys: {} },
});
