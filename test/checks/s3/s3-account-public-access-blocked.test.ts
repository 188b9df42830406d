import check from '../../../checks/s3/s3-account-public-access-blocked.js';
import { testCheck } from '../../helpers/check-tester.js';
import { mlRefs, mlResource } from '../../helpers/infra.js';
import { denied, ok } from '../../helpers/inventory.js';

const ALL = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };
const refs = mlRefs([mlResource('job', { s3Uris: ['s3://ml-data/x'] })]);
const ACCOUNT_ARN = 'arn:aws:iam::111122223333:root';

testCheck(check, {
  pass: [{ name: 'all four settings on', inventory: { accountPublicAccessBlock: ok(ALL), mlReferences: refs }, expect: [{ status: 'pass', resource: ACCOUNT_ARN, evidence: { settingsOff: [], mlData: true } }] }],
  fail: [
    { name: 'none configured', inventory: { accountPublicAccessBlock: ok(null), mlReferences: refs }, expect: [{ status: 'fail', resource: ACCOUNT_ARN, message: 'none configured', evidence: { configured: false } }] },
    {
      name: 'RestrictPublicBuckets off',
      inventory: { accountPublicAccessBlock: ok({ ...ALL, RestrictPublicBuckets: false }), mlReferences: mlRefs([]) },
      expect: [{ status: 'fail', resource: ACCOUNT_ARN, evidence: { settingsOff: ['RestrictPublicBuckets'], mlData: false } }],
    },
  ],
  error: [
    { name: 'GetPublicAccessBlock denied', inventory: { accountPublicAccessBlock: denied('s3control:GetPublicAccessBlock'), mlReferences: refs }, expect: [{ status: 'error', resource: ACCOUNT_ARN, message: 'AccessDeniedException' }] },
    { name: 'not collected', inventory: { mlReferences: refs }, expect: [{ status: 'error', resource: ACCOUNT_ARN, evidence: { errorCode: 'NotCollected' } }] },
  ],
});
