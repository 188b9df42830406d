import check from '../../../checks/ec2/ec2-sagemaker-subnet-no-internet-route.js';
import type { Subnet } from '../../../src/inventory/infra.js';
import { testCheck } from '../../helpers/check-tester.js';
import { byRegion, ec2Items, mlRefs, mlResource, routeTable, subnet } from '../../helpers/infra.js';
import { denied, ok } from '../../helpers/inventory.js';

const S = 'subnet-0aaa';
const refs = mlRefs([mlResource('nb-private', { subnets: [S] }), mlResource('model-a', { resourceType: 'AWS::SageMaker::Model', subnets: [S, 'subnet-0bbb'] })]);
const subnets = (s: Subnet | 'denied' = subnet(S)) => ec2Items<Subnet>('subnet', [[S, s], ['subnet-0bbb', subnet('subnet-0bbb')]]);
const tables = (...t: ReturnType<typeof routeTable>[]) => byRegion({ 'us-east-1': ok(t) });
const privateMain = routeTable('rtb-main', { main: true });
const s3Endpoint = { DestinationPrefixListId: 'pl-63a5400a', GatewayId: 'vpce-0s3', State: 'active' as const };

testCheck(check, {
  pass: [
    {
      name: 'explicit private route table (local + S3 gateway endpoint), main table private',
      inventory: { mlReferences: refs, sagemakerSubnets: subnets(), routeTables: tables(routeTable('rtb-a', { subnets: [S, 'subnet-0bbb'], routes: [s3Endpoint] }), privateMain) },
      expect: [
        { status: 'pass', resource: S, message: ['model model-a', 'notebook instance nb-private'], evidence: { RouteTableId: 'rtb-a', association: 'explicit' } },
        { status: 'pass', resource: 'subnet-0bbb', message: 'model model-a' },
      ],
    },
    {
      name: 'no explicit association: the private main table applies',
      inventory: { mlReferences: refs, sagemakerSubnets: subnets(), routeTables: tables(privateMain) },
      expect: [
        { status: 'pass', resource: S, evidence: { RouteTableId: 'rtb-main', association: 'main' } },
        { status: 'pass', resource: 'subnet-0bbb', evidence: { association: 'main' } },
      ],
    },
    {
      name: 'explicit private table wins over a public main table',
      inventory: {
        mlReferences: refs,
        sagemakerSubnets: subnets(),
        routeTables: tables(routeTable('rtb-a', { subnets: [S, 'subnet-0bbb'] }), routeTable('rtb-main', { main: true, routes: [{ DestinationCidrBlock: '0.0.0.0/0', GatewayId: 'igw-0main', State: 'active' }] })),
      },
      expect: [
        { status: 'pass', resource: S, evidence: { RouteTableId: 'rtb-a' } },
        { status: 'pass', resource: 'subnet-0bbb' },
      ],
    },
    {
      name: 'default route to a transit gateway is not followed, but shown',
      inventory: { mlReferences: refs, sagemakerSubnets: subnets(), routeTables: tables(routeTable('rtb-main', { main: true, routes: [{ DestinationCidrBlock: '0.0.0.0/0', TransitGatewayId: 'tgw-0egress', State: 'active' }] })) },
      expect: [
        { status: 'pass', resource: S, message: 'tgw-0egress', evidence: { otherDefaultRoutes: ['0.0.0.0/0 -> tgw-0egress'] } },
        { status: 'pass', resource: 'subnet-0bbb' },
      ],
    },
    {
      name: 'a blackhole route to a deleted NAT gateway leads nowhere',
      inventory: { mlReferences: refs, sagemakerSubnets: subnets(), routeTables: tables(routeTable('rtb-main', { main: true, routes: [{ DestinationCidrBlock: '0.0.0.0/0', NatGatewayId: 'nat-0gone', State: 'blackhole' }] })) },
      expect: [
        { status: 'pass', resource: S, evidence: { internetRoutes: [] } },
        { status: 'pass', resource: 'subnet-0bbb' },
      ],
    },
  ],
  fail: [
    {
      name: 'explicit table with 0.0.0.0/0 to a NAT gateway',
      inventory: {
        mlReferences: refs,
        sagemakerSubnets: subnets(),
        routeTables: tables(routeTable('rtb-a', { subnets: [S], routes: [{ DestinationCidrBlock: '0.0.0.0/0', NatGatewayId: 'nat-0123', State: 'active' }] }), privateMain),
      },
      expect: [
        { status: 'fail', resource: S, message: ['nat-0123', 'nb-private', 'model-a', 'rtb-a'], evidence: { RouteTableId: 'rtb-a', targets: ['nat-0123'] } },
        { status: 'pass', resource: 'subnet-0bbb', evidence: { RouteTableId: 'rtb-main' } },
      ],
    },
    {
      name: 'main table with a route to an internet gateway applies to the subnet without an explicit association',
      inventory: {
        mlReferences: refs,
        sagemakerSubnets: subnets(),
        routeTables: tables(routeTable('rtb-b', { subnets: ['subnet-0bbb'] }), routeTable('rtb-main', { main: true, routes: [{ DestinationCidrBlock: '0.0.0.0/0', GatewayId: 'igw-0abc', State: 'active' }] })),
      },
      expect: [
        { status: 'fail', resource: S, message: 'main route table rtb-main', evidence: { association: 'main', targets: ['igw-0abc'] } },
        { status: 'pass', resource: 'subnet-0bbb', evidence: { RouteTableId: 'rtb-b' } },
      ],
    },
    {
      name: '::/0 to an egress-only internet gateway',
      inventory: { mlReferences: refs, sagemakerSubnets: subnets(), routeTables: tables(routeTable('rtb-main', { main: true, routes: [{ DestinationIpv6CidrBlock: '::/0', EgressOnlyInternetGatewayId: 'eigw-0v6', State: 'active' }] })) },
      expect: [
        { status: 'fail', resource: S, evidence: { internetRoutes: ['::/0 -> eigw-0v6'] } },
        { status: 'fail', resource: 'subnet-0bbb' },
      ],
    },
  ],
  error: [
    {
      name: 'DescribeSubnets failed for one subnet',
      inventory: { mlReferences: refs, sagemakerSubnets: subnets('denied'), routeTables: tables(privateMain) },
      expect: [
        { status: 'error', resource: S, message: ['AccessDeniedException', 'nb-private'] },
        { status: 'pass', resource: 'subnet-0bbb' },
      ],
    },
    {
      name: 'DescribeRouteTables failed in the region',
      inventory: { mlReferences: refs, sagemakerSubnets: subnets(), routeTables: byRegion({ 'us-east-1': denied('ec2:DescribeRouteTables') }) },
      expect: [
        { status: 'error', resource: S, message: 'ec2:DescribeRouteTables' },
        { status: 'error', resource: 'subnet-0bbb' },
      ],
    },
    {
      name: 'no route table found for the subnet (neither explicit nor main)',
      inventory: { mlReferences: refs, sagemakerSubnets: subnets(), routeTables: tables(routeTable('rtb-b', { subnets: ['subnet-0bbb'] })) },
      expect: [
        { status: 'error', resource: S, evidence: { errorCode: 'RouteTableNotFound' } },
        { status: 'pass', resource: 'subnet-0bbb' },
      ],
    },
    {
      name: 'references incomplete in eu-west-1: an error for that region, not a silent pass',
      inventory: { mlReferences: mlRefs([mlResource('nb-private', { subnets: [S] })], ['eu-west-1']), sagemakerSubnets: subnets(), routeTables: tables(privateMain) },
      expect: [
        { status: 'error', resource: 'arn:aws:ec2:eu-west-1:111122223333:subnet/*', message: 'trainingJobs', evidence: { errorCode: 'IncompleteReferences' } },
        { status: 'pass', resource: S },
      ],
    },
    {
      name: 'a referenced subnet absent from the collected subnets',
      inventory: { mlReferences: refs, sagemakerSubnets: ec2Items<Subnet>('subnet', [[S, subnet(S)]]), routeTables: tables(privateMain) },
      expect: [
        { status: 'error', resource: 'subnet-0bbb', evidence: { errorCode: 'NotCollected' } },
        { status: 'pass', resource: S },
      ],
    },
  ],
  empty: { mlReferences: mlRefs([]), sagemakerSubnets: byRegion(), routeTables: byRegion() },
});
