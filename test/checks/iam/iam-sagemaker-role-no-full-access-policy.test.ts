import check from '../../../checks/iam/iam-sagemaker-role-no-full-access-policy.js';
import { testCheck } from '../../helpers/check-tester.js';
import { ACCOUNT, denied } from '../../helpers/inventory.js';
import { auth, awsPolicy, refs, role, roleArn } from '../../helpers/iam.js';

const uses = (name: string) => refs([{ name: 'nb-1', resourceType: 'AWS::SageMaker::NotebookInstance', roleArns: [roleArn(name)] }]);

testCheck(check, {
  pass: [
    {
      name: 'scoped managed policies only',
      inventory: { mlReferences: uses('ExecRole'), iamAuthorization: auth({ roles: [role('ExecRole', { attached: [awsPolicy('AmazonSageMakerReadOnly')] })] }) },
      expect: [{ status: 'pass', resource: 'ExecRole', evidence: { attachedPolicies: [awsPolicy('AmazonSageMakerReadOnly')] } }],
    },
    {
      name: 'a customer managed policy named like the AWS one is not it',
      inventory: {
        mlReferences: uses('ExecRole'),
        iamAuthorization: auth({ roles: [role('ExecRole', { attached: [`arn:aws:iam::${ACCOUNT.accountId}:policy/AmazonSageMakerFullAccess`] })] }),
      },
      expect: [{ status: 'pass', resource: 'ExecRole' }],
    },
  ],
  fail: [
    {
      name: 'AmazonSageMakerFullAccess attached',
      inventory: { mlReferences: uses('ExecRole'), iamAuthorization: auth({ roles: [role('ExecRole', { attached: [awsPolicy('AmazonSageMakerFullAccess')] })] }) },
      expect: [{ status: 'fail', resource: 'ExecRole', message: 'AmazonSageMakerFullAccess' }],
    },
    {
      name: 'in the aws-us-gov partition',
      account: { ...ACCOUNT, partition: 'aws-us-gov' },
      inventory: {
        mlReferences: refs([{ name: 'nb-1', roleArns: [`arn:aws-us-gov:iam::${ACCOUNT.accountId}:role/ExecRole`] }]),
        iamAuthorization: auth({
          roles: [{ ...role('ExecRole', { attached: ['arn:aws-us-gov:iam::aws:policy/AmazonSageMakerFullAccess'] }), arn: `arn:aws-us-gov:iam::${ACCOUNT.accountId}:role/ExecRole` }],
        }),
      },
      expect: [{ status: 'fail', resource: 'ExecRole' }],
    },
  ],
  error: [
    {
      name: 'authorization details unreadable',
      inventory: { mlReferences: uses('ExecRole'), iamAuthorization: denied('iam:GetAccountAuthorizationDetails') },
      expect: [{ status: 'error', resource: 'all execution roles' }],
    },
    {
      name: 'references incomplete in a region with no known role',
      inventory: { mlReferences: refs([], [{ region: 'eu-west-1', source: 'notebookInstances' }]), iamAuthorization: auth({}) },
      expect: [{ status: 'error', resource: 'all execution roles referenced in eu-west-1', message: 'notebookInstances' }],
    },
  ],
  notApplicable: [
    { name: 'role deleted', inventory: { mlReferences: uses('Gone'), iamAuthorization: auth({}) }, expect: [{ status: 'not_applicable', resource: 'Gone' }] },
  ],
  empty: { mlReferences: refs([]), iamAuthorization: auth({}) },
});
