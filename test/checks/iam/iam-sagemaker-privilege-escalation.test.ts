import check from '../../../checks/iam/iam-sagemaker-privilege-escalation.js';
import { testCheck } from '../../helpers/check-tester.js';
import { denied } from '../../helpers/inventory.js';
import { SAGEMAKER_TRUST, auth, awsPolicy, badDoc, doc, group, managed, policyArn, role, roleArn, user } from '../../helpers/iam.js';
import type { PolicyStatement } from '../../../src/inventory/types.js';

const PASS_ANY: PolicyStatement = { Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' };
const TRAIN: PolicyStatement = { Effect: 'Allow', Action: 'sagemaker:CreateTrainingJob', Resource: '*' };
const NOTEBOOK: PolicyStatement = { Effect: 'Allow', Action: ['sagemaker:CreateNotebookInstance', 'sagemaker:CreatePresignedNotebookInstanceUrl'], Resource: '*' };
const DATA_READ: PolicyStatement = { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::ml-data/*' };
/** A SageMaker role that can read the training data. */
const dataRole = role('DataRole', { inline: { data: doc(DATA_READ) } });
const adminRole = role('AdminRole', { attached: [awsPolicy('AdministratorAccess')] });
const dev = (...s: PolicyStatement[]) => user('dev', { inline: { dev: doc(...s) } });

testCheck(check, {
  pass: [
    {
      name: 'can launch, but the only passable role holds less (s3:* on * covers s3:GetObject on one bucket)',
      inventory: { iamAuthorization: auth({ users: [dev(PASS_ANY, TRAIN, { Effect: 'Allow', Action: 's3:*', Resource: '*' })], roles: [dataRole] }) },
      expect: [
        { status: 'pass', resource: 'dev', evidence: { launch: ['training job'], passable: ['DataRole'], escalation: [] } },
      ],
    },
    {
      name: 'CreateNotebookInstance without CreatePresignedNotebookInstanceUrl is no way in; the training job is',
      inventory: { iamAuthorization: auth({ users: [dev({ Effect: 'Allow', Action: 'sagemaker:CreateNotebookInstance', Resource: '*' }, TRAIN)], roles: [] }) },
      expect: [{ status: 'pass', resource: 'dev', evidence: { launch: ['training job'] } }],
    },
    {
      name: 'PassRole limited to another service by iam:PassedToService',
      inventory: { iamAuthorization: auth({ users: [dev({ ...PASS_ANY, Condition: { StringEquals: { 'iam:PassedToService': 'glue.amazonaws.com' } } }, TRAIN)], roles: [adminRole] }) },
      expect: [
        { status: 'pass', resource: 'dev', message: 'may not pass any role', evidence: { passable: [] } },
        { status: 'pass', resource: 'AdminRole', message: 'already administrator-level' },
      ],
    },
    {
      name: 'explicit unconditional Deny of PassRole on the role',
      inventory: { iamAuthorization: auth({ users: [dev(PASS_ANY, TRAIN, { Effect: 'Deny', Action: 'iam:PassRole', Resource: adminRole.arn })], roles: [adminRole] }) },
      expect: [
        { status: 'pass', resource: 'dev' },
        { status: 'pass', resource: 'AdminRole' },
      ],
    },
    {
      name: 'an unconditional Deny of the launch action on every SageMaker ARN',
      inventory: { iamAuthorization: auth({ users: [dev(PASS_ANY, TRAIN, { Effect: 'Deny', Action: 'sagemaker:CreateTrainingJob', Resource: 'arn:aws:sagemaker:*:*:*' }), user('other', { inline: { o: doc(TRAIN) } })], roles: [] }) },
      expect: [{ status: 'pass', resource: 'other' }],
    },
    {
      name: 'a permissions boundary without iam:PassRole',
      inventory: {
        iamAuthorization: auth({
          users: [user('dev', { inline: { dev: doc(PASS_ANY, TRAIN) }, boundary: policyArn('Boundary') })],
          roles: [adminRole],
          policies: [managed(policyArn('Boundary'), doc(TRAIN))],
        }),
      },
      expect: [
        { status: 'pass', resource: 'dev', evidence: { permissionsBoundary: policyArn('Boundary') } },
        { status: 'pass', resource: 'AdminRole' },
      ],
    },
    {
      name: 'roles that do not trust SageMaker are not passable to it; administrators gain nothing',
      inventory: {
        iamAuthorization: auth({
          users: [dev(PASS_ANY, TRAIN), user('root-like', { attached: [awsPolicy('AdministratorAccess')] })],
          roles: [role('LambdaAdmin', { attached: [awsPolicy('AdministratorAccess')], trust: doc({ ...SAGEMAKER_TRUST, Principal: { Service: 'lambda.amazonaws.com' } }) })],
        }),
      },
      expect: [
        { status: 'pass', resource: 'dev' },
        { status: 'pass', resource: 'root-like', message: 'already administrator-level' },
        { status: 'pass', resource: 'LambdaAdmin' },
      ],
    },
  ],
  fail: [
    {
      name: 'PassRole "*" and CreateTrainingJob with a role holding data the user cannot read',
      inventory: { iamAuthorization: auth({ users: [dev(PASS_ANY, TRAIN)], roles: [dataRole] }) },
      expect: [
        { status: 'fail', resource: 'dev', message: ['training job', 'DataRole', 's3:GetObject on arn:aws:s3:::ml-data/*'], evidence: { escalation: ['DataRole (1 permission(s) dev lacks, e.g. s3:GetObject on arn:aws:s3:::ml-data/*)'] } },
      ],
    },
    {
      name: 'notebook path to an administrator role',
      inventory: { iamAuthorization: auth({ users: [dev(PASS_ANY, NOTEBOOK)], roles: [adminRole] }) },
      expect: [
        { status: 'fail', resource: 'dev', message: ['notebook instance', 'AdminRole (administrator'] },
        { status: 'pass', resource: 'AdminRole' },
      ],
    },
    {
      name: 'processing job, with permissions granted through a group',
      inventory: {
        iamAuthorization: auth({
          users: [user('analyst', { groups: ['ml'] })],
          groups: [group('ml', { inline: { ml: doc(PASS_ANY, { Effect: 'Allow', Action: 'sagemaker:CreateProcessingJob', Resource: '*' }) } })],
          roles: [dataRole],
        }),
      },
      expect: [
        { status: 'fail', resource: 'analyst', message: 'processing job' },
        { status: 'fail', resource: 'ml', message: 'processing job' },
      ],
    },
    {
      name: 'an execution role that may pass any role to SageMaker escalates to an administrator role',
      inventory: {
        iamAuthorization: auth({
          roles: [role('ExecRole', { inline: { sm: doc({ Effect: 'Allow', Action: 'sagemaker:*', Resource: '*' }, { ...PASS_ANY, Condition: { StringEquals: { 'iam:PassedToService': 'sagemaker.amazonaws.com' } } }) } }), adminRole],
        }),
      },
      expect: [
        { status: 'fail', resource: 'ExecRole', message: 'AdminRole' },
        { status: 'pass', resource: 'AdminRole', message: 'already administrator-level' },
      ],
    },
    {
      name: 'an Allow condition does not limit (worst case), a conditional Deny does not count',
      inventory: {
        iamAuthorization: auth({
          users: [dev({ ...PASS_ANY, Condition: { StringEquals: { 'aws:RequestedRegion': 'us-east-1' } } }, TRAIN, { Effect: 'Deny', Action: 'iam:PassRole', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } } })],
          roles: [adminRole],
        }),
      },
      expect: [
        { status: 'fail', resource: 'dev' },
        { status: 'pass', resource: 'AdminRole' },
      ],
    },
    {
      name: 'a Deny of the launch action in one region does not stop it elsewhere',
      inventory: { iamAuthorization: auth({ users: [dev(PASS_ANY, TRAIN, { Effect: 'Deny', Action: 'sagemaker:CreateTrainingJob', Resource: 'arn:aws:sagemaker:us-east-1:*:*' })], roles: [adminRole] }) },
      expect: [
        { status: 'fail', resource: 'dev', evidence: { launch: ['training job'] } },
        { status: 'pass', resource: 'AdminRole' },
      ],
    },
    {
      name: 'an unreadable permissions boundary is not applied (and says so)',
      inventory: { iamAuthorization: auth({ users: [user('dev', { inline: { dev: doc(PASS_ANY, TRAIN) }, boundary: policyArn('Gone') })], roles: [adminRole] }) },
      expect: [
        { status: 'fail', resource: 'dev', evidence: { permissionsBoundary: `${policyArn('Gone')} (not applied: not returned by GetAccountAuthorizationDetails)` } },
        { status: 'pass', resource: 'AdminRole' },
      ],
    },
    {
      name: 'PassRole scoped by ARN to a more privileged role',
      inventory: { iamAuthorization: auth({ users: [dev({ ...PASS_ANY, Resource: roleArn('DataRole') }, TRAIN)], roles: [dataRole, adminRole] }) },
      expect: [
        { status: 'fail', resource: 'dev', evidence: { passable: ['DataRole'] } },
        { status: 'pass', resource: 'AdminRole' },
      ],
    },
  ],
  error: [
    { name: 'authorization details unreadable', inventory: { iamAuthorization: denied('iam:GetAccountAuthorizationDetails') }, expect: [{ status: 'error', resource: 'all IAM principals' }] },
    {
      name: 'passable role whose policy cannot be read',
      inventory: { iamAuthorization: auth({ users: [dev(PASS_ANY, TRAIN, { Effect: 'Allow', Action: 's3:*', Resource: '*' })], roles: [role('Opaque', { inline: { broken: badDoc } })] }) },
      expect: [
        { status: 'error', resource: 'dev', message: 'Opaque' },
        { status: 'error', resource: 'Opaque', message: 'broken' },
      ],
    },
  ],
  notApplicable: [],
  empty: { iamAuthorization: auth({}) },
});
