import check from '../../../checks/sagemaker/sagemaker-processing-job-inter-container-encryption.js';
import { testCheck } from '../../helpers/check-tester.js';
import { regional, unreadableItem } from '../../helpers/inventory.js';
import { items, VPC } from '../../helpers/jobs.js';

const job = items.processing;
const cluster = (InstanceCount: number | undefined) => ({ ClusterConfig: { InstanceType: 'ml.m5.xlarge' as const, InstanceCount, VolumeSizeInGB: 30 } });
const plain = { EnableNetworkIsolation: true, EnableInterContainerTrafficEncryption: false, VpcConfig: VPC };

testCheck(check, {
  pass: [
    {
      name: 'two instances with encryption on',
      inventory: { processingJobs: regional([job('proc-dist')]) },
      expect: [{ status: 'pass', resource: 'proc-dist', evidence: { instanceCount: 2, 'NetworkConfig.EnableInterContainerTrafficEncryption': true } }],
    },
  ],
  fail: [
    {
      name: 'three instances with encryption off',
      inventory: { processingJobs: regional([job('proc-plain', { NetworkConfig: plain, ProcessingResources: cluster(3) })]) },
      expect: [{ status: 'fail', resource: 'proc-plain', message: 'is false', evidence: { instanceCount: 3 } }],
    },
    {
      name: 'two instances, no NetworkConfig (default false)',
      inventory: { processingJobs: regional([job('proc-default', { NetworkConfig: undefined })]) },
      expect: [{ status: 'fail', resource: 'proc-default', message: 'default is false' }],
    },
    {
      name: 'per-preference counts of 2',
      inventory: {
        processingJobs: regional([
          job('proc-prefs', { NetworkConfig: plain, ProcessingResources: { ClusterConfig: { VolumeSizeInGB: 30, InstancePreferences: [{ InstanceType: 'ml.m5.xlarge', InstanceCount: 2 }, { InstanceType: 'ml.c5.xlarge', InstanceCount: 1 }] } } }),
        ]),
      },
      expect: [{ status: 'fail', resource: 'proc-prefs', evidence: { instanceCount: 2 } }],
    },
  ],
  notApplicable: [
    {
      name: 'one instance without encryption',
      inventory: { processingJobs: regional([job('proc-single', { NetworkConfig: plain, ProcessingResources: cluster(1) })]) },
      expect: [{ status: 'not_applicable', resource: 'proc-single', message: 'single instance', evidence: { instanceCount: 1 } }],
    },
    {
      name: 'InstanceCount not returned: the documented default of 1 applies',
      inventory: { processingJobs: regional([job('proc-count-default', { NetworkConfig: plain, ProcessingResources: cluster(undefined) }, 'eu-west-1')]) },
      expect: [{ status: 'not_applicable', resource: 'proc-count-default', evidence: { instanceCount: 1 } }],
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
      inventory: { processingJobs: regional([job('proc-ok')], ['eu-west-1']) },
      expect: [
        { status: 'error', resource: 'processing-job/*' },
        { status: 'pass', resource: 'proc-ok' },
      ],
    },
  ],
  empty: { processingJobs: regional([]) },
});
