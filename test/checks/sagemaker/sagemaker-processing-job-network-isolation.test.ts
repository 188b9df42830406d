import check from '../../../checks/sagemaker/sagemaker-processing-job-network-isolation.js';
import { testCheck } from '../../helpers/check-tester.js';
import { regional, unreadableItem } from '../../helpers/inventory.js';
import { items, VPC } from '../../helpers/jobs.js';

const job = items.processing;

testCheck(check, {
  pass: [
    {
      name: 'NetworkConfig.EnableNetworkIsolation true',
      inventory: { processingJobs: regional([job('proc-isolated')]) },
      expect: [{ status: 'pass', resource: 'proc-isolated', evidence: { 'NetworkConfig.EnableNetworkIsolation': true } }],
    },
    {
      name: 'isolated with inter-container encryption off (the fields are not confused)',
      inventory: { processingJobs: regional([job('proc-iso-plain', { NetworkConfig: { EnableNetworkIsolation: true, EnableInterContainerTrafficEncryption: false } })]) },
      expect: [{ status: 'pass', resource: 'proc-iso-plain' }],
    },
  ],
  fail: [
    {
      name: 'EnableNetworkIsolation false',
      inventory: { processingJobs: regional([job('proc-open', { NetworkConfig: { EnableNetworkIsolation: false, EnableInterContainerTrafficEncryption: true, VpcConfig: VPC } })]) },
      expect: [{ status: 'fail', resource: 'proc-open', message: 'is false', evidence: { 'NetworkConfig.EnableNetworkIsolation': false } }],
    },
    {
      name: 'no NetworkConfig at all: the default is false',
      inventory: { processingJobs: regional([job('proc-default', { NetworkConfig: undefined }, 'eu-west-1')]) },
      expect: [{ status: 'fail', resource: 'proc-default', message: 'default is false', evidence: { 'NetworkConfig.EnableNetworkIsolation': null } }],
    },
  ],
  error: [
    {
      name: 'DescribeProcessingJob denied',
      inventory: { processingJobs: regional([unreadableItem('processing-job', 'proc-hidden')]) },
      expect: [{ status: 'error', resource: 'proc-hidden', message: 'AccessDeniedException' }],
    },
    {
      name: 'ListProcessingJobs denied in one region',
      inventory: { processingJobs: regional([job('proc-ok')], ['eu-west-1']) },
      expect: [
        { status: 'error', resource: 'processing-job/*' },
        { status: 'pass', resource: 'proc-ok' },
      ],
    },
  ],
  empty: { processingJobs: regional([]) },
});
