import check from '../../../checks/sagemaker/sagemaker-training-job-network-isolation.js';
import { testCheck } from '../../helpers/check-tester.js';
import { regional, unreadableItem } from '../../helpers/inventory.js';
import { items } from '../../helpers/jobs.js';

const job = items.training;

testCheck(check, {
  pass: [
    {
      name: 'EnableNetworkIsolation true on a finished job',
      inventory: { trainingJobs: regional([job('train-isolated')]) },
      expect: [{ status: 'pass', resource: 'train-isolated', evidence: { EnableNetworkIsolation: true, effective: true, TrainingJobStatus: 'Completed' } }],
    },
    {
      name: 'isolated but outside any VPC (the field is not confused with VpcConfig)',
      inventory: { trainingJobs: regional([job('train-no-vpc', { VpcConfig: undefined })]) },
      expect: [{ status: 'pass', resource: 'train-no-vpc' }],
    },
  ],
  fail: [
    {
      name: 'EnableNetworkIsolation false',
      inventory: { trainingJobs: regional([job('train-open', { EnableNetworkIsolation: false })]) },
      expect: [{ status: 'fail', resource: 'train-open', message: 'EnableNetworkIsolation is false', evidence: { EnableNetworkIsolation: false } }],
    },
    {
      name: 'EnableNetworkIsolation missing means false',
      inventory: { trainingJobs: regional([job('train-default', { EnableNetworkIsolation: undefined })]) },
      expect: [{ status: 'fail', resource: 'train-default', message: 'default is false', evidence: { EnableNetworkIsolation: null, effective: false } }],
    },
    {
      name: 'a failed job in a VPC is still evaluated',
      inventory: { trainingJobs: regional([job('train-failed', { TrainingJobStatus: 'Failed', EnableNetworkIsolation: false }, 'eu-west-1')]) },
      expect: [{ status: 'fail', resource: 'train-failed', evidence: { TrainingJobStatus: 'Failed' } }],
    },
  ],
  error: [
    {
      name: 'DescribeTrainingJob denied',
      inventory: { trainingJobs: regional([unreadableItem('training-job', 'train-hidden'), job('train-ok')]) },
      expect: [
        { status: 'error', resource: 'train-hidden', message: 'AccessDeniedException' },
        { status: 'pass', resource: 'train-ok' },
      ],
    },
    {
      name: 'ListTrainingJobs denied in one region',
      inventory: { trainingJobs: regional([job('train-ok')], ['eu-west-1']) },
      expect: [
        { status: 'error', resource: 'arn:aws:sagemaker:eu-west-1:111122223333:training-job/*' },
        { status: 'pass', resource: 'train-ok' },
      ],
    },
  ],
  empty: { trainingJobs: regional([]) },
});
