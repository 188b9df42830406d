import check from '../../../checks/ec2/ec2-sagemaker-vpc-endpoints-present.js';
import type { Subnet, VpcEndpoint } from '../../../src/inventory/infra.js';
import { testCheck } from '../../helpers/check-tester.js';
import { allEndpoints, byRegion, ec2Items, mlRefs, mlResource, subnet, VPC, vpcEndpoint } from '../../helpers/infra.js';
import { ACCOUNT, denied, ok } from '../../helpers/inventory.js';

const refs = mlRefs([mlResource('nb-1', { subnets: ['subnet-0aaa'] })]);
const subnets = ec2Items<Subnet>('subnet', [['subnet-0aaa', subnet('subnet-0aaa')]]);
const eps = (list: VpcEndpoint[]) => byRegion({ 'us-east-1': ok(list) });
const without = (service: string) => allEndpoints().filter((e) => !e.ServiceName?.endsWith(`.${service}`));
const replace = (service: string, fields: Partial<VpcEndpoint>) => allEndpoints().map((e) => (e.ServiceName?.endsWith(`.${service}`) ? { ...e, ...fields } : e));

testCheck(check, {
  pass: [
    { name: 'every service, S3 as a gateway endpoint', inventory: { mlReferences: refs, sagemakerSubnets: subnets, vpcEndpoints: eps(allEndpoints()) }, expect: [{ status: 'pass', resource: VPC, message: 'nb-1', evidence: { missing: [], unusable: [] } }] },
    {
      name: 'S3 as an interface endpoint with private DNS, FIPS STS endpoint',
      inventory: {
        mlReferences: refs,
        sagemakerSubnets: subnets,
        vpcEndpoints: eps([...without('s3').filter((e) => !e.ServiceName?.endsWith('.sts')), vpcEndpoint('vpce-s3i', 's3'), vpcEndpoint('vpce-sts-fips', 'sts-fips')]),
      },
      expect: [{ status: 'pass', resource: VPC }],
    },
    {
      name: 'China partition service names (cn.com.amazonaws prefix)',
      account: { ...ACCOUNT, partition: 'aws-cn', regions: ['cn-north-1'] },
      inventory: {
        mlReferences: mlRefs([mlResource('nb-cn', { region: 'cn-north-1', subnets: ['subnet-0cn'] })]),
        sagemakerSubnets: { 'cn-north-1': ok([{ name: 'subnet-0cn', arn: 'arn:aws-cn:ec2:cn-north-1:111122223333:subnet/subnet-0cn', region: 'cn-north-1', data: ok(subnet('subnet-0cn')) }]) },
        vpcEndpoints: {
          'cn-north-1': ok(
            allEndpoints().map((e) => ({ ...e, ServiceName: e.ServiceName!.replace('com.amazonaws.us-east-1.', e.VpcEndpointType === 'Gateway' ? 'com.amazonaws.cn-north-1.' : 'cn.com.amazonaws.cn-north-1.') })),
          ),
        },
      },
      expect: [{ status: 'pass', resource: VPC }],
    },
  ],
  fail: [
    { name: 'no endpoints at all', inventory: { mlReferences: refs, sagemakerSubnets: subnets, vpcEndpoints: eps([]) }, expect: [{ status: 'fail', resource: VPC, message: 'sagemaker.api, sagemaker.runtime, s3, sts, logs, ecr.api, ecr.dkr, kms' }] },
    { name: 'kms missing', inventory: { mlReferences: refs, sagemakerSubnets: subnets, vpcEndpoints: eps(without('kms')) }, expect: [{ status: 'fail', resource: VPC, evidence: { missing: ['kms'], unusable: [] } }] },
    {
      name: 'ecr.dkr with private DNS disabled',
      inventory: { mlReferences: refs, sagemakerSubnets: subnets, vpcEndpoints: eps(replace('ecr.dkr', { PrivateDnsEnabled: false })) },
      expect: [{ status: 'fail', resource: VPC, message: 'private DNS disabled', evidence: { missing: [] } }],
    },
    {
      name: 'sts endpoint pending acceptance',
      inventory: { mlReferences: refs, sagemakerSubnets: subnets, vpcEndpoints: eps(replace('sts', { State: 'pendingAcceptance' as VpcEndpoint['State'] })) },
      expect: [{ status: 'fail', resource: VPC, message: 'pendingAcceptance' }],
    },
    {
      name: 'endpoints of another VPC do not count',
      inventory: { mlReferences: refs, sagemakerSubnets: subnets, vpcEndpoints: eps(allEndpoints().map((e) => ({ ...e, VpcId: 'vpc-0other' }))) },
      expect: [{ status: 'fail', resource: VPC }],
    },
    {
      name: 'endpoints of another region do not count',
      inventory: { mlReferences: refs, sagemakerSubnets: subnets, vpcEndpoints: eps(allEndpoints().map((e) => ({ ...e, ServiceName: e.ServiceName!.replace('us-east-1', 'us-west-2') }))) },
      expect: [{ status: 'fail', resource: VPC }],
    },
  ],
  error: [
    { name: 'DescribeVpcEndpoints failed', inventory: { mlReferences: refs, sagemakerSubnets: subnets, vpcEndpoints: byRegion({ 'us-east-1': denied('ec2:DescribeVpcEndpoints') }) }, expect: [{ status: 'error', resource: VPC }] },
    {
      name: 'VPC endpoints not collected',
      inventory: { mlReferences: refs, sagemakerSubnets: subnets, vpcEndpoints: {} },
      expect: [{ status: 'error', resource: VPC, evidence: { errorCode: 'NotCollected' } }],
    },
    {
      name: 'references incomplete in eu-west-1',
      inventory: { mlReferences: mlRefs(refs.resources, ['eu-west-1']), sagemakerSubnets: subnets, vpcEndpoints: eps(allEndpoints()) },
      expect: [
        { status: 'error', resource: 'arn:aws:ec2:eu-west-1:111122223333:vpc/*' },
        { status: 'pass', resource: VPC },
      ],
    },
  ],
  empty: { mlReferences: mlRefs([]), sagemakerSubnets: byRegion(), vpcEndpoints: byRegion() },
});
