import check from '../../../checks/sagemaker/sagemaker-automl-job-in-vpc.js';
import { testCheck } from '../../helpers/check-tester.js';
import { regional, unreadableItem } from '../../helpers/inventory.js';
import { items, VOLUME_KEY, VPC } from '../../helpers/jobs.js';

const job = items.autoML;

testCheck(check, {
  pass: [
    {
      name: 'SecurityConfig.VpcConfig with subnets',
      inventory: { autoMLJobs: regional([job('automl-vpc')]) },
      expect: [{ status: 'pass', resource: 'automl-vpc', evidence: { Subnets: VPC.Subnets } }],
    },
    {
      name: 'in a VPC with inter-container encryption off (the fields are not confused)',
      inventory: { autoMLJobs: regional([job('automl-vpc-plain', { SecurityConfig: { VpcConfig: VPC, EnableInterContainerTrafficEncryption: false } })]) },
      expect: [{ status: 'pass', resource: 'automl-vpc-plain' }],
    },
  ],
  fail: [
    {
      name: 'SecurityConfig without VpcConfig',
      inventory: { autoMLJobs: regional([job('automl-novpc', { SecurityConfig: { VolumeKmsKeyId: VOLUME_KEY, EnableInterContainerTrafficEncryption: true } })]) },
      expect: [{ status: 'fail', resource: 'automl-novpc', message: 'SecurityConfig.VpcConfig not set' }],
    },
    {
      name: 'no SecurityConfig',
      inventory: { autoMLJobs: regional([job('automl-nosec', { SecurityConfig: undefined }, 'eu-west-1')]) },
      expect: [{ status: 'fail', resource: 'automl-nosec', evidence: { Subnets: [], SecurityGroupIds: [] } }],
    },
  ],
  error: [
    {
      name: 'DescribeAutoMLJobV2 denied',
      inventory: { autoMLJobs: regional([unreadableItem('automl-job', 'automl-hidden')]) },
      expect: [{ status: 'error', resource: 'automl-hidden' }],
    },
    {
      name: 'ListAutoMLJobs denied in one region',
      inventory: { autoMLJobs: regional([], ['eu-west-1']) },
      expect: [{ status: 'error', resource: 'automl-job/*' }],
    },
  ],
  empty: { autoMLJobs: regional([]) },
});
