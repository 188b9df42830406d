import check from '../../../checks/ec2/ec2-sagemaker-vpc-endpoint-policy-restricted.js';
import type { Subnet, VpcEndpoint } from '../../../src/inventory/infra.js';
import { testCheck } from '../../helpers/check-tester.js';
import { byRegion, ec2Items, mlRefs, mlResource, subnet, vpcEndpoint } from '../../helpers/infra.js';
import { denied, ok } from '../../helpers/inventory.js';

const refs = mlRefs([mlResource('nb-1', { subnets: ['subnet-0aaa'] })]);
const subnets = ec2Items<Subnet>('subnet', [['subnet-0aaa', subnet('subnet-0aaa')]]);
const eps = (...list: VpcEndpoint[]) => byRegion({ 'us-east-1': ok(list) });
const policy = (...Statement: object[]) => JSON.stringify({ Version: '2008-10-17', Statement });
const full = { Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' };
const s3 = (doc: string | undefined) => vpcEndpoint('vpce-s3', 's3', { VpcEndpointType: 'Gateway', PolicyDocument: doc });

testCheck(check, {
  pass: [
    { name: 'full access narrowed by aws:PrincipalOrgID', inventory: { mlReferences: refs, sagemakerSubnets: subnets, vpcEndpoints: eps(vpcEndpoint('vpce-sts', 'sts')) }, expect: [{ status: 'pass', resource: 'vpce-sts', message: 'sts' }] },
    {
      name: 'S3 gateway endpoint limited to the account\'s resources',
      inventory: { mlReferences: refs, sagemakerSubnets: subnets, vpcEndpoints: eps(s3(policy({ ...full, Action: 's3:*', Condition: { StringEquals: { 'aws:ResourceAccount': '111122223333' } } }))) },
      expect: [{ status: 'pass', resource: 'vpce-s3' }],
    },
    {
      name: 'specific actions only',
      inventory: { mlReferences: refs, sagemakerSubnets: subnets, vpcEndpoints: eps(s3(policy({ ...full, Action: ['s3:GetObject', 's3:PutObject'] }))) },
      expect: [{ status: 'pass', resource: 'vpce-s3' }],
    },
    {
      name: 'full access closed by a perimeter deny',
      inventory: {
        mlReferences: refs,
        sagemakerSubnets: subnets,
        vpcEndpoints: eps(s3(policy(full, { Effect: 'Deny', Principal: '*', Action: '*', Resource: '*', Condition: { StringNotEquals: { 'aws:ResourceOrgID': 'o-abc123def4' } } }))),
      },
      expect: [{ status: 'pass', resource: 'vpce-s3', message: 'perimeter', evidence: { perimeterDenies: ['statement #2'] } }],
    },
  ],
  fail: [
    { name: 'no policy document: the default full-access policy', inventory: { mlReferences: refs, sagemakerSubnets: subnets, vpcEndpoints: eps(s3(undefined)) }, expect: [{ status: 'fail', resource: 'vpce-s3', message: 'default policy', evidence: { policy: 'default' } }] },
    { name: 'the default policy written out', inventory: { mlReferences: refs, sagemakerSubnets: subnets, vpcEndpoints: eps(s3(policy(full))) }, expect: [{ status: 'fail', resource: 'vpce-s3', evidence: { openStatements: ['statement #1'] } }] },
    {
      name: 'service-wide action and {"AWS": "*"} principal are full access too',
      inventory: { mlReferences: refs, sagemakerSubnets: subnets, vpcEndpoints: eps(vpcEndpoint('vpce-kms', 'kms', { PolicyDocument: policy({ Sid: 'All', Effect: 'Allow', Principal: { AWS: '*' }, Action: 'kms:*', Resource: '*' }) })) },
      expect: [{ status: 'fail', resource: 'vpce-kms', evidence: { openStatements: ['All'] } }],
    },
    {
      name: 'a condition that does not name callers or resources does not narrow it',
      inventory: { mlReferences: refs, sagemakerSubnets: subnets, vpcEndpoints: eps(s3(policy({ ...full, Condition: { Bool: { 'aws:SecureTransport': 'true' } } }))) },
      expect: [{ status: 'fail', resource: 'vpce-s3' }],
    },
    {
      name: 'a wildcard org id does not narrow it',
      inventory: { mlReferences: refs, sagemakerSubnets: subnets, vpcEndpoints: eps(s3(policy({ ...full, Condition: { StringLike: { 'aws:PrincipalOrgID': '*' } } }))) },
      expect: [{ status: 'fail', resource: 'vpce-s3' }],
    },
  ],
  error: [
    { name: 'policy document is not JSON', inventory: { mlReferences: refs, sagemakerSubnets: subnets, vpcEndpoints: eps(s3('{not json')) }, expect: [{ status: 'error', resource: 'vpce-s3' }] },
    {
      name: 'DescribeVpcEndpoints failed',
      inventory: { mlReferences: refs, sagemakerSubnets: subnets, vpcEndpoints: byRegion({ 'us-east-1': denied('ec2:DescribeVpcEndpoints') }) },
      expect: [{ status: 'error', resource: 'vpc-0aaa1111bbbb2222c' }],
    },
  ],
  empty: { mlReferences: refs, sagemakerSubnets: subnets, vpcEndpoints: eps(vpcEndpoint('vpce-other', 'ssm')) },
});
