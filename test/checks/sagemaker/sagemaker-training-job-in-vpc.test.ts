import check from '../../../checks/sagemaker/sagemaker-training-job-in-vpc.js';
import { testCheck } from '../../helpers/check-tester.js';
import { regional } from '../../helpers/inventory.js';
import { items, VPC } from '../../helpers/jobs.js';
import { readErrorCases } from '../../helpers/read-error-cases.js';

const job = items.training;

testCheck(check, {
  pass: [
    {
      name: 'VpcConfig with subnets and security groups',
      inventory: { trainingJobs: regional([job('train-vpc')]) },
      expect: [{ status: 'pass', resource: 'train-vpc', message: 'subnet-0abc1234', evidence: { Subnets: VPC.Subnets, SecurityGroupIds: VPC.SecurityGroupIds } }],
    },
    {
      name: 'in a VPC without network isolation (the field is not confused with EnableNetworkIsolation)',
      inventory: { trainingJobs: regional([job('train-vpc-open', { EnableNetworkIsolation: false })]) },
      expect: [{ status: 'pass', resource: 'train-vpc-open', evidence: { EnableNetworkIsolation: false } }],
    },
  ],
  fail: [
    {
      name: 'no VpcConfig',
      inventory: { trainingJobs: regional([job('train-public', { VpcConfig: undefined })]) },
      expect: [{ status: 'fail', resource: 'train-public', message: 'VpcConfig not set', evidence: { Subnets: [] } }],
    },
    {
      name: 'VpcConfig with an empty subnet list',
      inventory: { trainingJobs: regional([job('train-empty-vpc', { VpcConfig: { SecurityGroupIds: ['sg-1'], Subnets: [] } })]) },
      expect: [{ status: 'fail', resource: 'train-empty-vpc', message: 'has no subnets' }],
    },
    {
      name: 'network isolation does not replace the VPC',
      inventory: { trainingJobs: regional([job('train-isolated-only', { VpcConfig: undefined, EnableNetworkIsolation: true }, 'eu-west-1')]) },
      expect: [{ status: 'fail', resource: 'train-isolated-only', evidence: { EnableNetworkIsolation: true } }],
    },
  ],
  error: readErrorCases('trainingJobs', 'training-job', 'TrainingJob', 'train-hidden', job('train-ok')),
  empty: { trainingJobs: regional([]) },
});
