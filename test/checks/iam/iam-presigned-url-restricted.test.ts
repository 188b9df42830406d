import check from '../../../checks/iam/iam-presigned-url-restricted.js';
import { testCheck } from '../../helpers/check-tester.js';
import { denied } from '../../helpers/inventory.js';
import { auth, awsPolicy, badDoc, doc, group, managed, policyArn, role, user } from '../../helpers/iam.js';
import type { PolicyStatement } from '../../../src/inventory/types.js';

const NOTEBOOK_URL: PolicyStatement = { Effect: 'Allow', Action: 'sagemaker:CreatePresignedNotebookInstanceUrl', Resource: '*' };
const FROM_OFFICE = { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24'] } };
const customer = (...s: PolicyStatement[]) => auth({ policies: [managed(policyArn('NotebookAccess'), doc(...s))] });

testCheck(check, {
  pass: [
    {
      name: 'aws:SourceIp condition on the grant',
      inventory: { iamAuthorization: customer({ ...NOTEBOOK_URL, Condition: FROM_OFFICE }) },
      expect: [{ status: 'pass', resource: 'NotebookAccess', evidence: { grantedActions: ['sagemaker:CreatePresignedNotebookInstanceUrl'], restrictions: ['IpAddress aws:sourceip'] } }],
    },
    {
      name: 'aws:SourceVpce condition on a Studio grant',
      inventory: { iamAuthorization: customer({ ...NOTEBOOK_URL, Action: 'sagemaker:CreatePresignedDomainUrl', Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-0a1b2c3d' } } }) },
      expect: [{ status: 'pass', resource: 'NotebookAccess', evidence: { grantedActions: ['sagemaker:CreatePresignedDomainUrl'] } }],
    },
    {
      name: 'Deny from other addresses in the same policy',
      inventory: {
        iamAuthorization: customer(NOTEBOOK_URL, { Effect: 'Deny', Action: 'sagemaker:CreatePresigned*', Resource: '*', Condition: { NotIpAddress: { 'aws:SourceIp': ['203.0.113.0/24'] } } }),
      },
      expect: [{ status: 'pass', resource: 'NotebookAccess', evidence: { restrictions: ['Deny NotIpAddress aws:sourceip'] } }],
    },
  ],
  fail: [
    { name: 'unconditional grant', inventory: { iamAuthorization: customer(NOTEBOOK_URL) }, expect: [{ status: 'fail', resource: 'NotebookAccess', message: 'statement #1' }] },
    { name: 'through sagemaker:*', inventory: { iamAuthorization: customer({ ...NOTEBOOK_URL, Action: 'sagemaker:*' }) }, expect: [{ status: 'fail', resource: 'NotebookAccess', evidence: { grantedActions: ['sagemaker:CreatePresignedNotebookInstanceUrl', 'sagemaker:CreatePresignedDomainUrl'] } }] },
    { name: 'through "*"', inventory: { iamAuthorization: customer({ ...NOTEBOOK_URL, Action: '*' }) }, expect: [{ status: 'fail', resource: 'NotebookAccess' }] },
    { name: 'through sagemaker:CreatePresigned*', inventory: { iamAuthorization: customer({ ...NOTEBOOK_URL, Action: 'sagemaker:CreatePresigned*' }) }, expect: [{ status: 'fail', resource: 'NotebookAccess' }] },
    {
      name: 'IpAddressIfExists lets requests without a source address through',
      inventory: { iamAuthorization: customer({ ...NOTEBOOK_URL, Condition: { IpAddressIfExists: { 'aws:SourceIp': ['203.0.113.0/24'] } } }) },
      expect: [{ status: 'fail', resource: 'NotebookAccess' }],
    },
    {
      name: 'a condition on another key does not restrict the source',
      inventory: { iamAuthorization: customer({ ...NOTEBOOK_URL, Condition: { StringEquals: { 'aws:RequestedRegion': 'us-east-1' } } }) },
      expect: [{ status: 'fail', resource: 'NotebookAccess' }],
    },
    {
      name: 'a restricting Deny for another action does not cover this one',
      inventory: {
        iamAuthorization: customer(NOTEBOOK_URL, { Effect: 'Deny', Action: 'sagemaker:CreatePresignedDomainUrl', Resource: '*', Condition: { NotIpAddress: { 'aws:SourceIp': ['203.0.113.0/24'] } } }),
      },
      expect: [{ status: 'fail', resource: 'NotebookAccess' }],
    },
    {
      name: 'inline policies of users, groups and roles',
      inventory: {
        iamAuthorization: auth({
          users: [user('dev', { inline: { nb: doc(NOTEBOOK_URL) } })],
          groups: [group('scientists', { inline: { nb: doc({ ...NOTEBOOK_URL, Condition: FROM_OFFICE }) } })],
          roles: [role('Ops', { inline: { nb: doc({ ...NOTEBOOK_URL, Action: 'sagemaker:*' }) } })],
        }),
      },
      expect: [
        { status: 'fail', resource: 'dev/nb', evidence: { kind: 'inline policy of user' } },
        { status: 'pass', resource: 'scientists/nb' },
        { status: 'fail', resource: 'Ops/nb' },
      ],
    },
  ],
  error: [
    { name: 'authorization details unreadable', inventory: { iamAuthorization: denied('iam:GetAccountAuthorizationDetails') }, expect: [{ status: 'error', resource: 'all IAM policies' }] },
    {
      name: 'a policy document that cannot be parsed',
      inventory: { iamAuthorization: auth({ policies: [managed(policyArn('Broken'), badDoc), managed(policyArn('NotebookAccess'), doc(NOTEBOOK_URL))] }) },
      expect: [
        { status: 'error', resource: 'Broken' },
        { status: 'fail', resource: 'NotebookAccess' },
      ],
    },
  ],
  notApplicable: [],
  empty: {
    // Policies that grant neither action, and AWS managed policies, yield nothing.
    iamAuthorization: auth({
      policies: [managed(policyArn('S3Only'), doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' })), managed(awsPolicy('AmazonSageMakerFullAccess'), doc({ ...NOTEBOOK_URL, Action: 'sagemaker:*' }))],
    }),
  },
});
