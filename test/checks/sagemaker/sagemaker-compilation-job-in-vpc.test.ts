import check from '../../../checks/sagemaker/sagemaker-compilation-job-in-vpc.js';
import { testCheck } from '../../helpers/check-tester.js';
import { regional, unreadableItem } from '../../helpers/inventory.js';
import { items, VPC } from '../../helpers/jobs.js';

const job = items.compilation;

testCheck(check, {
  pass: [
    {
      name: 'VpcConfig with subnets',
      inventory: { compilationJobs: regional([job('neo-vpc')]) },
      expect: [{ status: 'pass', resource: 'neo-vpc', evidence: { Subnets: VPC.Subnets, SecurityGroupIds: VPC.SecurityGroupIds } }],
    },
  ],
  fail: [
    {
      name: 'no VpcConfig',
      inventory: { compilationJobs: regional([job('neo-public', { VpcConfig: undefined })]) },
      expect: [{ status: 'fail', resource: 'neo-public', message: 'VpcConfig not set', evidence: { Subnets: [] } }],
    },
    {
      name: 'VpcConfig with blank subnet ids',
      inventory: { compilationJobs: regional([job('neo-blank', { VpcConfig: { SecurityGroupIds: ['sg-1'], Subnets: [''] } }, 'eu-west-1')]) },
      expect: [{ status: 'fail', resource: 'neo-blank', message: 'has no subnets' }],
    },
  ],
  error: [
    {
      name: 'DescribeCompilationJob denied',
      inventory: { compilationJobs: regional([unreadableItem('compilation-job', 'neo-hidden')]) },
      expect: [{ status: 'error', resource: 'neo-hidden' }],
    },
    {
      name: 'ListCompilationJobs denied in one region',
      inventory: { compilationJobs: regional([job('neo-vpc')], ['eu-west-1']) },
      expect: [
        { status: 'error', resource: 'compilation-job/*' },
        { status: 'pass', resource: 'neo-vpc' },
      ],
    },
  ],
  empty: { compilationJobs: regional([]) },
});
