import check from '../../../checks/kms/kms-ml-key-policy-not-public.js';
import type { PolicyStatement } from '../../../src/inventory/types.js';
import { testCheck } from '../../helpers/check-tester.js';
import { mlKeys } from '../../helpers/infra.js';
import { ok } from '../../helpers/inventory.js';

const KEY = '1234abcd-12ab-34cd-56ef-1234567890ab';
const root: PolicyStatement = { Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' };
const publicUse: PolicyStatement = { Sid: 'PublicUse', Effect: 'Allow', Principal: { AWS: '*' }, Action: ['kms:Decrypt', 'kms:DescribeKey'], Resource: '*' };
const keys = (...Statement: PolicyStatement[]) => ({ kmsKeys: mlKeys({ policy: ok({ Version: '2012-10-17', Statement }) }) });

testCheck(check, {
  pass: [
    { name: 'account root only', inventory: keys(root), expect: [{ status: 'pass', resource: KEY, evidence: { openStatements: [] } }] },
    { name: 'Principal * narrowed by kms:CallerAccount (the AWS managed key pattern)', inventory: keys(root, { ...publicUse, Condition: { StringEquals: { 'kms:CallerAccount': '111122223333', 'kms:ViaService': 's3.us-east-1.amazonaws.com' } } }), expect: [{ status: 'pass', resource: KEY }] },
    { name: 'Principal * narrowed by aws:PrincipalOrgID', inventory: keys(root, { ...publicUse, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123def4' } } }), expect: [{ status: 'pass', resource: KEY }] },
    { name: 'Principal * narrowed by aws:SourceVpce', inventory: keys(root, { ...publicUse, Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-0123' } } }), expect: [{ status: 'pass', resource: KEY }] },
    { name: 'a public Deny is not an opening', inventory: keys(root, { ...publicUse, Effect: 'Deny' }), expect: [{ status: 'pass', resource: KEY }] },
  ],
  fail: [
    { name: 'Principal {"AWS": "*"} without conditions', inventory: keys(root, publicUse), expect: [{ status: 'fail', resource: KEY, message: 'PublicUse', evidence: { openStatements: ['PublicUse'] } }] },
    { name: 'Principal "*" as a string', inventory: keys({ ...publicUse, Principal: '*' }), expect: [{ status: 'fail', resource: KEY }] },
    { name: 'kms:ViaService alone does not restrict the caller', inventory: keys({ ...publicUse, Condition: { StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } } }), expect: [{ status: 'fail', resource: KEY }] },
    { name: 'an IfExists caller condition does not restrict callers that lack the key', inventory: keys({ ...publicUse, Condition: { StringEqualsIfExists: { 'kms:CallerAccount': '111122223333' } } }), expect: [{ status: 'fail', resource: KEY }] },
    { name: 'a wildcard caller account does not restrict', inventory: keys({ ...publicUse, Condition: { StringLike: { 'kms:CallerAccount': '*' } } }), expect: [{ status: 'fail', resource: KEY }] },
  ],
  error: [
    {
      name: 'key policy unreadable (another account\'s key)',
      inventory: { kmsKeys: mlKeys({ policy: { ok: false, error: { code: 'CrossAccountKey', message: 'another account', operation: 'kms:GetKeyPolicy' } } }) },
      expect: [{ status: 'error', resource: KEY, message: 'CrossAccountKey' }],
    },
  ],
  empty: { kmsKeys: {} },
});
