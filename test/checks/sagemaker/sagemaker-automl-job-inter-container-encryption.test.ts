import check from '../../../checks/sagemaker/sagemaker-automl-job-inter-container-encryption.js';
import { testCheck } from '../../helpers/check-tester.js';
import { regional, unreadableItem } from '../../helpers/inventory.js';
import { items, VOLUME_KEY, VPC } from '../../helpers/jobs.js';

const job = items.autoML;

testCheck(check, {
  pass: [
    {
      name: 'SecurityConfig.EnableInterContainerTrafficEncryption true',
      inventory: { autoMLJobs: regional([job('automl-enc')]) },
      expect: [{ status: 'pass', resource: 'automl-enc', evidence: { 'SecurityConfig.EnableInterContainerTrafficEncryption': true } }],
    },
    {
      name: 'encrypted without a VPC (the fields are not confused)',
      inventory: { autoMLJobs: regional([job('automl-enc-novpc', { SecurityConfig: { EnableInterContainerTrafficEncryption: true } })]) },
      expect: [{ status: 'pass', resource: 'automl-enc-novpc' }],
    },
  ],
  fail: [
    {
      name: 'encryption off',
      inventory: { autoMLJobs: regional([job('automl-plain', { SecurityConfig: { VolumeKmsKeyId: VOLUME_KEY, VpcConfig: VPC, EnableInterContainerTrafficEncryption: false } })]) },
      expect: [{ status: 'fail', resource: 'automl-plain', message: 'is false' }],
    },
    {
      name: 'no SecurityConfig: the default is false',
      inventory: { autoMLJobs: regional([job('automl-default', { SecurityConfig: undefined }, 'eu-west-1')]) },
      expect: [{ status: 'fail', resource: 'automl-default', message: 'default is false', evidence: { 'SecurityConfig.EnableInterContainerTrafficEncryption': null } }],
    },
  ],
  error: [
    {
      name: 'DescribeAutoMLJobV2 denied',
      inventory: { autoMLJobs: regional([unreadableItem('automl-job', 'automl-hidden'), job('automl-ok')]) },
      expect: [
        { status: 'error', resource: 'automl-hidden' },
        { status: 'pass', resource: 'automl-ok' },
      ],
    },
    {
      name: 'ListAutoMLJobs denied in one region',
      inventory: { autoMLJobs: regional([], ['eu-west-1']) },
      expect: [{ status: 'error', resource: 'automl-job/*' }],
    },
  ],
  empty: { autoMLJobs: regional([]) },
});
