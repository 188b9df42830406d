import check from '../../../checks/iam/iam-sagemaker-role-trust-confused-deputy.js';
import { testCheck } from '../../helpers/check-tester.js';
import { denied } from '../../helpers/inventory.js';
import { ACCT, SAGEMAKER_TRUST, auth, badDoc, doc, refs, role, roleArn } from '../../helpers/iam.js';
import type { PolicyStatement } from '../../../src/inventory/types.js';

const uses = refs([{ name: 'train-1', roleArns: [roleArn('ExecRole')] }]);
const ACCOUNT_COND = { StringEquals: { 'aws:SourceAccount': ACCT } };
const trusting = (...s: PolicyStatement[]) => auth({ roles: [role('ExecRole', { trust: doc(...s) })] });

testCheck(check, {
  pass: [
    {
      name: 'aws:SourceAccount condition',
      inventory: { mlReferences: uses, iamAuthorization: trusting({ ...SAGEMAKER_TRUST, Condition: ACCOUNT_COND }) },
      expect: [{ status: 'pass', resource: 'ExecRole', evidence: { sourceConditions: [`StringEquals aws:sourceaccount ${ACCT}`], unrestrictedStatements: [] } }],
    },
    {
      name: 'aws:SourceArn with ArnLike (key case-insensitive)',
      inventory: { mlReferences: uses, iamAuthorization: trusting({ ...SAGEMAKER_TRUST, Condition: { ArnLike: { 'AWS:SourceArn': `arn:aws:sagemaker:us-east-1:${ACCT}:*` } } }) },
      expect: [{ status: 'pass', resource: 'ExecRole' }],
    },
    {
      name: 'service principal in a list',
      inventory: { mlReferences: uses, iamAuthorization: trusting({ ...SAGEMAKER_TRUST, Principal: { Service: ['glue.amazonaws.com', 'sagemaker.amazonaws.com'] }, Condition: ACCOUNT_COND }) },
      expect: [{ status: 'pass', resource: 'ExecRole' }],
    },
  ],
  fail: [
    {
      name: 'no condition',
      inventory: { mlReferences: uses, iamAuthorization: trusting(SAGEMAKER_TRUST) },
      expect: [{ status: 'fail', resource: 'ExecRole', message: 'statement #1', evidence: { unrestrictedStatements: ['statement #1'] } }],
    },
    {
      name: 'a second statement trusting SageMaker without condition',
      inventory: { mlReferences: uses, iamAuthorization: trusting({ ...SAGEMAKER_TRUST, Condition: ACCOUNT_COND }, { ...SAGEMAKER_TRUST, Sid: 'Open' }) },
      expect: [{ status: 'fail', resource: 'ExecRole', message: 'Open' }],
    },
    {
      name: 'negated operator does not restrict',
      inventory: { mlReferences: uses, iamAuthorization: trusting({ ...SAGEMAKER_TRUST, Condition: { StringNotEquals: { 'aws:SourceAccount': '999988887777' } } }) },
      expect: [{ status: 'fail', resource: 'ExecRole' }],
    },
    {
      name: 'IfExists operator lets requests without the key through',
      inventory: { mlReferences: uses, iamAuthorization: trusting({ ...SAGEMAKER_TRUST, Condition: { StringEqualsIfExists: { 'aws:SourceAccount': ACCT } } }) },
      expect: [{ status: 'fail', resource: 'ExecRole' }],
    },
    {
      name: 'wildcard value does not restrict',
      inventory: { mlReferences: uses, iamAuthorization: trusting({ ...SAGEMAKER_TRUST, Condition: { StringLike: { 'aws:SourceArn': '*' } } }) },
      expect: [{ status: 'fail', resource: 'ExecRole' }],
    },
    {
      name: 'another condition key is not a source condition',
      inventory: { mlReferences: uses, iamAuthorization: trusting({ ...SAGEMAKER_TRUST, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc' } } }) },
      expect: [{ status: 'fail', resource: 'ExecRole' }],
    },
  ],
  error: [
    { name: 'trust policy unparseable', inventory: { mlReferences: uses, iamAuthorization: auth({ roles: [role('ExecRole', { trust: badDoc })] }) }, expect: [{ status: 'error', resource: 'ExecRole', message: 'trust policy' }] },
    { name: 'authorization details unreadable', inventory: { mlReferences: uses, iamAuthorization: denied('iam:GetAccountAuthorizationDetails') }, expect: [{ status: 'error', resource: 'all execution roles' }] },
  ],
  notApplicable: [
    {
      name: 'role does not trust SageMaker (e.g. a Redshift cluster role used by a processing job)',
      inventory: { mlReferences: uses, iamAuthorization: trusting({ ...SAGEMAKER_TRUST, Principal: { Service: 'redshift.amazonaws.com' } }) },
      expect: [{ status: 'not_applicable', resource: 'ExecRole' }],
    },
    {
      name: 'a Deny statement for SageMaker is not trust',
      inventory: { mlReferences: uses, iamAuthorization: trusting({ ...SAGEMAKER_TRUST, Effect: 'Deny' }) },
      expect: [{ status: 'not_applicable', resource: 'ExecRole' }],
    },
  ],
  empty: { mlReferences: refs([]), iamAuthorization: auth({}) },
});
