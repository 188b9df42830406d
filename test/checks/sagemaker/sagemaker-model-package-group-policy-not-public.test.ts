import check from '../../../checks/sagemaker/sagemaker-model-package-group-policy-not-public.js';
import type { ModelPackageGroup, PolicyStatement } from '../../../src/inventory/types.js';
import { testCheck } from '../../helpers/check-tester.js';
import { item, regional, unreadableItem } from '../../helpers/inventory.js';

const GROUP = 'arn:aws:sagemaker:us-east-1:111122223333:model-package-group/grp';
const group = (name: string, ...statements: PolicyStatement[]) =>
  item<ModelPackageGroup>('model-package-group', name, { policy: { Version: '2012-10-17', Statement: statements } });
const allow = (principal: unknown, extra: Partial<PolicyStatement> = {}): PolicyStatement => ({
  Sid: 'S1',
  Effect: 'Allow',
  Principal: principal,
  Action: ['sagemaker:DescribeModelPackage', 'sagemaker:ListModelPackages'],
  Resource: GROUP,
  ...extra,
});

testCheck(check, {
  pass: [
    {
      name: 'no resource policy',
      inventory: { modelPackageGroups: regional([item<ModelPackageGroup>('model-package-group', 'grp', { policy: null })]) },
      expect: [{ status: 'pass', resource: 'grp', message: 'no resource policy', evidence: { policy: false } }],
    },
    {
      name: 'only this account (root ARN and bare account id)',
      inventory: { modelPackageGroups: regional([group('grp', allow({ AWS: ['arn:aws:iam::111122223333:root', '111122223333'] }))]) },
      expect: [{ status: 'pass', resource: 'grp', evidence: { externalAccounts: [], publicStatements: [] } }],
    },
    {
      name: '"*" restricted to the organization',
      inventory: { modelPackageGroups: regional([group('grp', allow('*', { Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123' } } }))]) },
      expect: [{ status: 'pass', resource: 'grp', message: 'organization-wide', evidence: { organizationStatements: ['S1 (o-abc123)'] } }],
    },
    {
      name: '"*" pinned to this account by aws:PrincipalAccount; a Deny with "*" is not a grant; service principals are not accounts',
      inventory: {
        modelPackageGroups: regional([
          group(
            'grp',
            allow({ AWS: '*' }, { Condition: { StringEquals: { 'aws:PrincipalAccount': '111122223333' } } }),
            { Sid: 'D', Effect: 'Deny', Principal: '*', Action: 'sagemaker:*', Resource: GROUP },
            allow({ Service: 'sagemaker.amazonaws.com' }, { Sid: 'Svc' }),
          ),
        ]),
      },
      expect: [{ status: 'pass', resource: 'grp', evidence: { publicStatements: [], externalAccounts: [] } }],
    },
  ],
  fail: [
    {
      name: 'Principal "*" without conditions',
      inventory: { modelPackageGroups: regional([group('grp', allow('*'))]) },
      expect: [{ status: 'fail', resource: 'grp', message: 'public', evidence: { publicStatements: ['S1: principal "*" without a condition on the caller\'s account or organization'] } }],
    },
    {
      name: '{"AWS": "*"} with a condition that does not restrict the caller (IfExists, wildcard value, other key)',
      inventory: {
        modelPackageGroups: regional([
          group('grp-ifexists', allow({ AWS: '*' }, { Condition: { StringEqualsIfExists: { 'aws:PrincipalOrgID': 'o-abc123' } } })),
          group('grp-wild', allow({ AWS: '*' }, { Condition: { StringLike: { 'aws:PrincipalOrgID': '*' } } })),
          group('grp-ip', allow({ AWS: '*' }, { Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } } })),
        ]),
      },
      expect: [
        { status: 'fail', resource: 'grp-ifexists', message: 'public' },
        { status: 'fail', resource: 'grp-wild', message: 'public' },
        { status: 'fail', resource: 'grp-ip', message: 'public' },
      ],
    },
    {
      name: 'another account, named by root ARN, role ARN or id: listed (no allow-list of trusted accounts)',
      inventory: {
        modelPackageGroups: regional([
          group('grp', allow({ AWS: ['arn:aws:iam::444455556666:root', 'arn:aws:iam::777788889999:role/deployer', '111122223333'] })),
        ]),
      },
      expect: [{ status: 'fail', resource: 'grp', message: ['444455556666', '777788889999'], evidence: { externalAccounts: ['444455556666', '777788889999'], publicStatements: [] } }],
    },
    {
      name: '"*" pinned to another account by condition',
      inventory: { modelPackageGroups: regional([group('grp', allow('*', { Condition: { StringEquals: { 'aws:PrincipalAccount': ['444455556666'] } } }))]) },
      expect: [{ status: 'fail', resource: 'grp', evidence: { externalAccounts: ['444455556666'] } }],
    },
    {
      name: 'Allow with NotPrincipal grants everyone else; wildcard account in a principal ARN',
      inventory: {
        modelPackageGroups: regional([
          group('grp-notp', { Sid: 'N', Effect: 'Allow', NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'sagemaker:*', Resource: GROUP }),
          group('grp-wildarn', allow({ AWS: 'arn:aws:iam::*:role/deployer' })),
        ]),
      },
      expect: [
        { status: 'fail', resource: 'grp-notp', message: 'NotPrincipal' },
        { status: 'fail', resource: 'grp-wildarn', message: 'arn:aws:iam::*:role/deployer (a wildcard account)' },
      ],
    },
  ],
  error: [
    {
      name: 'GetModelPackageGroupPolicy denied; ListModelPackageGroups denied elsewhere',
      inventory: { modelPackageGroups: regional([unreadableItem('model-package-group', 'grp-x')], ['eu-west-1']) },
      expect: [
        { status: 'error', resource: 'grp-x', message: 'AccessDeniedException' },
        { status: 'error', resource: 'arn:aws:sagemaker:eu-west-1:111122223333:model-package-group/*' },
      ],
    },
  ],
  empty: { modelPackageGroups: regional([]) },
});
