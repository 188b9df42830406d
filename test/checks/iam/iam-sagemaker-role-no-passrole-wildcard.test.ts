import check from '../../../checks/iam/iam-sagemaker-role-no-passrole-wildcard.js';
import { testCheck } from '../../helpers/check-tester.js';
import { denied } from '../../helpers/inventory.js';
import { ACCT, auth, awsPolicy, badDoc, doc, managed, refs, role, roleArn } from '../../helpers/iam.js';
import type { PolicyStatement } from '../../../src/inventory/types.js';

const uses = refs([{ name: 'train-1', roleArns: [roleArn('ExecRole')] }]);
const PASS_NAMED: PolicyStatement = { Effect: 'Allow', Action: 'iam:PassRole', Resource: roleArn('JobRole') };
const withStatement = (s: PolicyStatement) => auth({ roles: [role('ExecRole', { inline: { p: doc(s) } })] });

testCheck(check, {
  pass: [
    { name: 'PassRole on a named role', inventory: { mlReferences: uses, iamAuthorization: withStatement(PASS_NAMED) }, expect: [{ status: 'pass', resource: 'ExecRole' }] },
    {
      name: 'PassRole on a role path prefix is not every role',
      inventory: { mlReferences: uses, iamAuthorization: withStatement({ ...PASS_NAMED, Resource: `arn:aws:iam::${ACCT}:role/ml-jobs/*` }) },
      expect: [{ status: 'pass', resource: 'ExecRole' }],
    },
    {
      name: 'wildcard resource on another action',
      inventory: { mlReferences: uses, iamAuthorization: withStatement({ Effect: 'Allow', Action: 'iam:GetRole', Resource: '*' }) },
      expect: [{ status: 'pass', resource: 'ExecRole' }],
    },
    {
      name: 'Deny of PassRole on "*" is not a grant',
      inventory: { mlReferences: uses, iamAuthorization: withStatement({ ...PASS_NAMED, Effect: 'Deny', Resource: '*' }) },
      expect: [{ status: 'pass', resource: 'ExecRole' }],
    },
  ],
  fail: [
    {
      name: 'iam:PassRole on "*"',
      inventory: { mlReferences: uses, iamAuthorization: withStatement({ ...PASS_NAMED, Resource: '*' }) },
      expect: [{ status: 'fail', resource: 'ExecRole', evidence: { wildcardPassRole: ['inline policy p'], conditions: [] } }],
    },
    { name: 'iam:* on "*"', inventory: { mlReferences: uses, iamAuthorization: withStatement({ Effect: 'Allow', Action: 'iam:*', Resource: '*' }) }, expect: [{ status: 'fail', resource: 'ExecRole' }] },
    { name: '"*" on "*"', inventory: { mlReferences: uses, iamAuthorization: withStatement({ Effect: 'Allow', Action: '*', Resource: '*' }) }, expect: [{ status: 'fail', resource: 'ExecRole' }] },
    {
      name: 'every role of the account by ARN pattern',
      inventory: { mlReferences: uses, iamAuthorization: withStatement({ ...PASS_NAMED, Resource: 'arn:aws:iam::*:role/*' }) },
      expect: [{ status: 'fail', resource: 'ExecRole' }],
    },
    {
      name: 'NotAction that leaves PassRole in',
      inventory: { mlReferences: uses, iamAuthorization: withStatement({ Effect: 'Allow', NotAction: 's3:*', Resource: '*' }) },
      expect: [{ status: 'fail', resource: 'ExecRole' }],
    },
    {
      name: 'iam:PassedToService condition is reported but does not pass',
      inventory: { mlReferences: uses, iamAuthorization: withStatement({ ...PASS_NAMED, Resource: '*', Condition: { StringEquals: { 'iam:PassedToService': 'sagemaker.amazonaws.com' } } }) },
      expect: [{ status: 'fail', resource: 'ExecRole', message: 'only under conditions', evidence: { conditions: ['StringEquals iam:passedtoservice sagemaker.amazonaws.com'] } }],
    },
    {
      name: 'through an attached managed policy',
      inventory: {
        mlReferences: uses,
        iamAuthorization: auth({
          roles: [role('ExecRole', { attached: [awsPolicy('AmazonSageMakerFullAccess')] })],
          policies: [managed(awsPolicy('AmazonSageMakerFullAccess'), doc({ Effect: 'Allow', Action: 'iam:PassRole', Resource: 'arn:aws:iam::*:role/*', Condition: { StringEquals: { 'iam:PassedToService': 'sagemaker.amazonaws.com' } } }))],
        }),
      },
      expect: [{ status: 'fail', resource: 'ExecRole', message: 'managed policy AmazonSageMakerFullAccess' }],
    },
  ],
  error: [
    { name: 'authorization details unreadable', inventory: { mlReferences: uses, iamAuthorization: denied('iam:GetAccountAuthorizationDetails') }, expect: [{ status: 'error', resource: 'all execution roles' }] },
    {
      name: 'a policy could not be read and none shows a wildcard',
      inventory: { mlReferences: uses, iamAuthorization: auth({ roles: [role('ExecRole', { inline: { ok: doc(PASS_NAMED), broken: badDoc } })] }) },
      expect: [{ status: 'error', resource: 'ExecRole', message: 'broken' }],
    },
  ],
  notApplicable: [{ name: 'role deleted', inventory: { mlReferences: uses, iamAuthorization: auth({}) }, expect: [{ status: 'not_applicable', resource: 'ExecRole' }] }],
  empty: { mlReferences: refs([]), iamAuthorization: auth({}) },
});
