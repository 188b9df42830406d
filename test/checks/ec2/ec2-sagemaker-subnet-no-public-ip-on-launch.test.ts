import check from '../../../checks/ec2/ec2-sagemaker-subnet-no-public-ip-on-launch.js';
import type { Subnet } from '../../../src/inventory/infra.js';
import { testCheck } from '../../helpers/check-tester.js';
import { byRegion, ec2Items, mlRefs, mlResource, subnet } from '../../helpers/infra.js';

const S = 'subnet-0aaa';
const refs = mlRefs([mlResource('job-1', { resourceType: 'AWS::SageMaker::TrainingJob', subnets: [S] })]);
const one = (s: Subnet | 'denied') => ec2Items<Subnet>('subnet', [[S, s]]);

testCheck(check, {
  pass: [
    { name: 'both settings false', inventory: { mlReferences: refs, sagemakerSubnets: one(subnet(S)) }, expect: [{ status: 'pass', resource: S, message: 'training job job-1', evidence: { MapPublicIpOnLaunch: false } }] },
    {
      name: 'settings absent are read as false (API default)',
      inventory: { mlReferences: refs, sagemakerSubnets: one(subnet(S, { MapPublicIpOnLaunch: undefined, AssignIpv6AddressOnCreation: undefined })) },
      expect: [{ status: 'pass', resource: S, evidence: { MapPublicIpOnLaunch: null } }],
    },
    {
      name: 'DefaultForAz does not stand in for MapPublicIpOnLaunch',
      inventory: { mlReferences: refs, sagemakerSubnets: one(subnet(S, { DefaultForAz: true })) },
      expect: [{ status: 'pass', resource: S }],
    },
  ],
  fail: [
    {
      name: 'MapPublicIpOnLaunch true',
      inventory: { mlReferences: refs, sagemakerSubnets: one(subnet(S, { MapPublicIpOnLaunch: true })) },
      expect: [{ status: 'fail', resource: S, message: 'MapPublicIpOnLaunch', evidence: { MapPublicIpOnLaunch: true, AssignIpv6AddressOnCreation: false } }],
    },
    {
      name: 'AssignIpv6AddressOnCreation true',
      inventory: { mlReferences: refs, sagemakerSubnets: one(subnet(S, { AssignIpv6AddressOnCreation: true })) },
      expect: [{ status: 'fail', resource: S, message: 'AssignIpv6AddressOnCreation', evidence: { AssignIpv6AddressOnCreation: true } }],
    },
  ],
  error: [
    { name: 'DescribeSubnets failed', inventory: { mlReferences: refs, sagemakerSubnets: one('denied') }, expect: [{ status: 'error', resource: S, message: 'AccessDeniedException' }] },
    {
      name: 'subnets not collected in the region',
      inventory: { mlReferences: refs, sagemakerSubnets: {} },
      expect: [{ status: 'error', resource: S, evidence: { errorCode: 'NotCollected' } }],
    },
    {
      name: 'references incomplete in eu-west-1',
      inventory: { mlReferences: mlRefs(refs.resources, ['eu-west-1']), sagemakerSubnets: one(subnet(S)) },
      expect: [
        { status: 'error', resource: 'arn:aws:ec2:eu-west-1:111122223333:subnet/*' },
        { status: 'pass', resource: S },
      ],
    },
  ],
  empty: { mlReferences: mlRefs([mlResource('nb-no-vpc')]), sagemakerSubnets: byRegion() },
});
