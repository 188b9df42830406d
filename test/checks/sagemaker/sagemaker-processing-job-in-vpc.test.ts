import check from '../../../checks/sagemaker/sagemaker-processing-job-in-vpc.js';
import { testCheck } from '../../helpers/check-tester.js';
import { regional, unreadableItem } from '../../helpers/inventory.js';
import { items, VPC } from '../../helpers/jobs.js';

const job = items.processing;

testCheck(check, {
  pass: [
    {
      name: 'NetworkConfig.VpcConfig with subnets',
      inventory: { processingJobs: regional([job('proc-vpc')]) },
      expect: [{ status: 'pass', resource: 'proc-vpc', evidence: { Subnets: VPC.Subnets, SecurityGroupIds: VPC.SecurityGroupIds } }],
    },
    {
      name: 'in a VPC without isolation (the fields are not confused)',
      inventory: { processingJobs: regional([job('proc-vpc-open', { NetworkConfig: { VpcConfig: VPC, EnableNetworkIsolation: false } })]) },
      expect: [{ status: 'pass', resource: 'proc-vpc-open', evidence: { EnableNetworkIsolation: false } }],
    },
  ],
  fail: [
    {
      name: 'NetworkConfig without VpcConfig',
      inventory: { processingJobs: regional([job('proc-novpc', { NetworkConfig: { EnableNetworkIsolation: true } })]) },
      expect: [{ status: 'fail', resource: 'proc-novpc', message: 'NetworkConfig.VpcConfig not set', evidence: { EnableNetworkIsolation: true } }],
    },
    {
      name: 'no NetworkConfig at all',
      inventory: { processingJobs: regional([job('proc-nonet', { NetworkConfig: undefined }, 'eu-west-1')]) },
      expect: [{ status: 'fail', resource: 'proc-nonet', evidence: { Subnets: [] } }],
    },
  ],
  error: [
    {
      name: 'DescribeProcessingJob denied',
      inventory: { processingJobs: regional([unreadableItem('processing-job', 'proc-hidden')]) },
      expect: [{ status: 'error', resource: 'proc-hidden' }],
    },
    {
      name: 'ListProcessingJobs denied in one region',
      inventory: { processingJobs: regional([], ['eu-west-1']) },
      expect: [{ status: 'error', resource: 'processing-job/*' }],
    },
  ],
  empty: { processingJobs: regional([]) },
});
