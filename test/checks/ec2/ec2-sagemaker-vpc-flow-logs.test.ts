import check from '../../../checks/ec2/ec2-sagemaker-vpc-flow-logs.js';
import type { Subnet } from '../../../src/inventory/infra.js';
import { testCheck } from '../../helpers/check-tester.js';
import { byRegion, ec2Items, flowLog, mlRefs, mlResource, subnet, VPC } from '../../helpers/infra.js';
import { denied, ok } from '../../helpers/inventory.js';

const refs = mlRefs([mlResource('nb-1', { subnets: ['subnet-0aaa', 'subnet-0bbb'] })]);
const subnets = ec2Items<Subnet>('subnet', [['subnet-0aaa', subnet('subnet-0aaa')], ['subnet-0bbb', subnet('subnet-0bbb')]]);
const logs = (...l: ReturnType<typeof flowLog>[]) => byRegion({ 'us-east-1': ok(l) });

testCheck(check, {
  pass: [
    { name: 'an active ALL flow log', inventory: { mlReferences: refs, sagemakerSubnets: subnets, flowLogs: logs(flowLog('fl-1')) }, expect: [{ status: 'pass', resource: VPC, message: 'fl-1', evidence: { active: ['fl-1'] } }] },
    {
      name: 'an ACCEPT flow log beside a failed one',
      inventory: { mlReferences: refs, sagemakerSubnets: subnets, flowLogs: logs(flowLog('fl-bad', { DeliverLogsStatus: 'FAILED' }), flowLog('fl-ok', { TrafficType: 'ACCEPT' })) },
      expect: [{ status: 'pass', resource: VPC, evidence: { active: ['fl-ok'] } }],
    },
  ],
  fail: [
    { name: 'no flow log', inventory: { mlReferences: refs, sagemakerSubnets: subnets, flowLogs: logs() }, expect: [{ status: 'fail', resource: VPC, message: ['no flow log', 'nb-1'] }] },
    {
      name: 'a flow log of another VPC does not count',
      inventory: { mlReferences: refs, sagemakerSubnets: subnets, flowLogs: logs(flowLog('fl-other', { ResourceId: 'vpc-0other' })) },
      expect: [{ status: 'fail', resource: VPC, message: 'no flow log' }],
    },
    {
      name: 'delivery failing',
      inventory: { mlReferences: refs, sagemakerSubnets: subnets, flowLogs: logs(flowLog('fl-1', { DeliverLogsStatus: 'FAILED' })) },
      expect: [{ status: 'fail', resource: VPC, message: 'delivery FAILED' }],
    },
    {
      name: 'REJECT-only traffic',
      inventory: { mlReferences: refs, sagemakerSubnets: subnets, flowLogs: logs(flowLog('fl-1', { TrafficType: 'REJECT' })) },
      expect: [{ status: 'fail', resource: VPC, message: 'REJECT' }],
    },
  ],
  error: [
    { name: 'DescribeFlowLogs failed', inventory: { mlReferences: refs, sagemakerSubnets: subnets, flowLogs: byRegion({ 'us-east-1': denied('ec2:DescribeFlowLogs') }) }, expect: [{ status: 'error', resource: VPC, message: 'ec2:DescribeFlowLogs' }] },
    {
      name: 'a subnet that could not be read leaves its VPC unknown',
      inventory: {
        mlReferences: refs,
        sagemakerSubnets: ec2Items<Subnet>('subnet', [['subnet-0aaa', subnet('subnet-0aaa')], ['subnet-0bbb', 'denied']]),
        flowLogs: logs(flowLog('fl-1')),
      },
      expect: [
        { status: 'error', resource: 'subnet-0bbb', message: 'VPC is unknown' },
        { status: 'pass', resource: VPC },
      ],
    },
    {
      name: 'references incomplete in eu-west-1',
      inventory: { mlReferences: mlRefs(refs.resources, ['eu-west-1']), sagemakerSubnets: subnets, flowLogs: logs(flowLog('fl-1')) },
      expect: [
        { status: 'error', resource: 'arn:aws:ec2:eu-west-1:111122223333:vpc/*' },
        { status: 'pass', resource: VPC },
      ],
    },
  ],
  empty: { mlReferences: mlRefs([]), sagemakerSubnets: byRegion(), flowLogs: byRegion() },
});
