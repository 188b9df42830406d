import check from '../../../checks/iam/iam-sagemaker-role-not-admin.js';
import { testCheck } from '../../helpers/check-tester.js';
import { denied } from '../../helpers/inventory.js';
import { auth, awsPolicy, badDoc, doc, managed, policyArn, refs, role, roleArn } from '../../helpers/iam.js';

const SCOPED = doc({ Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: 'arn:aws:s3:::ml-data/*' });
const uses = (name: string, region = 'us-east-1') => refs([{ name: 'train-1', region, roleArns: [roleArn(name)] }]);

testCheck(check, {
  pass: [
    {
      name: 'scoped inline policy',
      inventory: { mlReferences: uses('ExecRole'), iamAuthorization: auth({ roles: [role('ExecRole', { inline: { data: SCOPED } })] }) },
      expect: [{ status: 'pass', resource: 'ExecRole', evidence: { adminReasons: [], usedBy: ['train-1'] } }],
    },
    {
      name: 'Action "*" on one resource is not administrator access',
      inventory: { mlReferences: uses('ExecRole'), iamAuthorization: auth({ roles: [role('ExecRole', { inline: { p: doc({ Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::ml-data/*' }) } })] }) },
      expect: [{ status: 'pass', resource: 'ExecRole' }],
    },
    {
      name: 'Deny "*" on "*" is not an allow',
      inventory: { mlReferences: uses('ExecRole'), iamAuthorization: auth({ roles: [role('ExecRole', { inline: { p: doc({ Effect: 'Deny', Action: '*', Resource: '*' }) } })] }) },
      expect: [{ status: 'pass', resource: 'ExecRole' }],
    },
    {
      name: 'a role referenced by several resources is evaluated once',
      inventory: {
        mlReferences: refs([{ name: 'job-a', roleArns: [roleArn('ExecRole')] }, { name: 'nb-b', roleArns: [roleArn('ExecRole')] }]),
        iamAuthorization: auth({ roles: [role('ExecRole', { inline: { data: SCOPED } })] }),
      },
      expect: [{ status: 'pass', resource: 'ExecRole', evidence: { usedBy: ['job-a', 'nb-b'] } }],
    },
  ],
  fail: [
    {
      name: 'AdministratorAccess attached (document not returned: known by ARN)',
      inventory: { mlReferences: uses('ExecRole'), iamAuthorization: auth({ roles: [role('ExecRole', { attached: [awsPolicy('AdministratorAccess')] })] }) },
      expect: [{ status: 'fail', resource: 'ExecRole', message: 'AdministratorAccess is attached' }],
    },
    {
      name: 'inline statement allowing "*:*" on "*"',
      inventory: { mlReferences: uses('ExecRole'), iamAuthorization: auth({ roles: [role('ExecRole', { inline: { everything: doc({ Effect: 'Allow', Action: '*:*', Resource: '*' }) } })] }) },
      expect: [{ status: 'fail', resource: 'ExecRole', message: 'inline policy everything allows "*" on "*"' }],
    },
    {
      name: 'customer managed policy with "*" among actions and resources',
      inventory: {
        mlReferences: uses('ExecRole'),
        iamAuthorization: auth({
          roles: [role('ExecRole', { attached: [policyArn('MlAll')] })],
          policies: [managed(policyArn('MlAll'), doc({ Effect: 'Allow', Action: ['s3:GetObject', '*'], Resource: ['arn:aws:s3:::x/*', '*'] }))],
        }),
      },
      expect: [{ status: 'fail', resource: 'ExecRole', message: 'managed policy MlAll' }],
    },
    {
      name: 'administrator statement with a condition still fails',
      inventory: {
        mlReferences: uses('ExecRole'),
        iamAuthorization: auth({ roles: [role('ExecRole', { inline: { p: doc({ Effect: 'Allow', Action: '*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'true' } } }) } })] }),
      },
      expect: [{ status: 'fail', resource: 'ExecRole' }],
    },
    {
      name: 'admin found even when another policy is unreadable',
      inventory: { mlReferences: uses('ExecRole'), iamAuthorization: auth({ roles: [role('ExecRole', { attached: [awsPolicy('AdministratorAccess')], inline: { broken: badDoc } })] }) },
      expect: [{ status: 'fail', resource: 'ExecRole' }],
    },
  ],
  error: [
    {
      name: 'GetAccountAuthorizationDetails denied',
      inventory: { mlReferences: uses('ExecRole'), iamAuthorization: denied('iam:GetAccountAuthorizationDetails') },
      expect: [{ status: 'error', resource: 'all execution roles', message: 'iam:GetAccountAuthorizationDetails' }],
    },
    {
      name: 'attached customer managed policy not returned',
      inventory: { mlReferences: uses('ExecRole'), iamAuthorization: auth({ roles: [role('ExecRole', { attached: [policyArn('Missing')] })] }) },
      expect: [{ status: 'error', resource: 'ExecRole', message: 'Missing' }],
    },
    {
      name: 'inline policy document unparseable',
      inventory: { mlReferences: uses('ExecRole'), iamAuthorization: auth({ roles: [role('ExecRole', { inline: { broken: badDoc } })] }) },
      expect: [{ status: 'error', resource: 'ExecRole', message: 'InvalidPolicyDocument' }],
    },
    {
      name: 'references incomplete in a region: error there, known roles still evaluated',
      inventory: {
        mlReferences: refs([{ name: 'train-1', roleArns: [roleArn('ExecRole')] }], [{ region: 'eu-west-1' }]),
        iamAuthorization: auth({ roles: [role('ExecRole', { inline: { data: SCOPED } })] }),
      },
      expect: [
        { status: 'error', resource: 'all execution roles referenced in eu-west-1', message: 'trainingJobs' },
        { status: 'pass', resource: 'ExecRole' },
      ],
    },
    {
      name: 'role in another account',
      inventory: { mlReferences: refs([{ name: 'train-1', roleArns: ['arn:aws:iam::999988887777:role/Shared'] }]), iamAuthorization: auth({}) },
      expect: [{ status: 'error', resource: 'Shared', message: '999988887777' }],
    },
  ],
  notApplicable: [
    {
      name: 'referenced role no longer exists',
      inventory: { mlReferences: uses('GoneRole'), iamAuthorization: auth({ roles: [] }) },
      expect: [{ status: 'not_applicable', resource: 'GoneRole', message: 'does not exist' }],
    },
  ],
  empty: { mlReferences: refs([]), iamAuthorization: auth({}) },
});
