import check from '../../../checks/sagemaker/sagemaker-hyperpod-cluster-in-vpc.js';
import { testCheck } from '../../helpers/check-tester.js';
import { regional, unreadableItem } from '../../helpers/inventory.js';
import { cluster } from '../../helpers/ml-governance.js';

const group = (name: string, override?: { Subnets: string[]; SecurityGroupIds: string[] }) => ({ InstanceGroupName: name, InstanceType: 'ml.g5.8xlarge' as const, CurrentCount: 1, OverrideVpcConfig: override });

testCheck(check, {
  pass: [
    {
      name: 'cluster VpcConfig with subnets and security groups',
      inventory: { clusters: regional([cluster('hp-a')]) },
      expect: [{ status: 'pass', resource: 'hp-a', message: 'subnet-1', evidence: { groupsWithoutVpc: [] } }],
    },
    {
      name: 'no cluster VpcConfig but every group overrides it',
      inventory: { clusters: regional([cluster('hp-b', { VpcConfig: undefined, InstanceGroups: [group('a', { Subnets: ['subnet-a'], SecurityGroupIds: ['sg-a'] })] })]) },
      expect: [{ status: 'pass', resource: 'hp-b', message: 'subnet-a' }],
    },
  ],
  fail: [
    {
      name: 'no VpcConfig',
      inventory: { clusters: regional([cluster('hp-a', { VpcConfig: undefined })]) },
      expect: [{ status: 'fail', resource: 'hp-a', message: 'workers (no VpcConfig)', evidence: { groupsWithoutVpc: ['workers'] } }],
    },
    {
      name: 'VpcConfig without security groups',
      inventory: { clusters: regional([cluster('hp-a', { VpcConfig: { Subnets: ['subnet-1'], SecurityGroupIds: [] } })]) },
      expect: [{ status: 'fail', resource: 'hp-a', message: 'without subnets or security groups' }],
    },
    {
      name: 'an override without subnets takes one group out of the VPC',
      inventory: { clusters: regional([cluster('hp-a', { InstanceGroups: [group('good'), group('bad', { Subnets: [], SecurityGroupIds: ['sg-1'] })] })]) },
      expect: [{ status: 'fail', resource: 'hp-a', message: 'bad', evidence: { groupsWithoutVpc: ['bad'] } }],
    },
    {
      name: 'a cluster that reports no instance groups is judged on its own VpcConfig',
      inventory: { clusters: regional([cluster('hp-empty', { InstanceGroups: [], VpcConfig: undefined }, 'eu-west-1')]) },
      expect: [{ status: 'fail', resource: 'hp-empty', message: 'the cluster' }],
    },
  ],
  error: [
    {
      name: 'DescribeCluster denied; ListClusters denied elsewhere',
      inventory: { clusters: regional([unreadableItem('cluster', 'hp-x')], ['eu-west-1']) },
      expect: [
        { status: 'error', resource: 'hp-x', message: 'AccessDeniedException' },
        { status: 'error', resource: 'arn:aws:sagemaker:eu-west-1:111122223333:cluster/*' },
      ],
    },
  ],
  empty: { clusters: regional([]) },
});
