import check from '../../../checks/sagemaker/sagemaker-training-job-inter-container-encryption.js';
import { testCheck } from '../../helpers/check-tester.js';
import { regional } from '../../helpers/inventory.js';
import { items } from '../../helpers/jobs.js';
import { readErrorCases } from '../../helpers/read-error-cases.js';

const job = items.training;
const single = { InstanceType: 'ml.m5.xlarge' as const, InstanceCount: 1, VolumeSizeInGB: 50 };

testCheck(check, {
  pass: [
    {
      name: 'two instances with encryption on',
      inventory: { trainingJobs: regional([job('train-dist')]) },
      expect: [{ status: 'pass', resource: 'train-dist', evidence: { EnableInterContainerTrafficEncryption: true, instanceCount: 2 } }],
    },
    {
      name: 'heterogeneous cluster (two groups of one) with encryption on',
      inventory: {
        trainingJobs: regional([
          job('train-hetero', {
            ResourceConfig: {
              VolumeSizeInGB: 50,
              InstanceGroups: [
                { InstanceGroupName: 'cpu', InstanceType: 'ml.c5.xlarge', InstanceCount: 1 },
                { InstanceGroupName: 'gpu', InstanceType: 'ml.p3.2xlarge', InstanceCount: 1 },
              ],
            },
          }),
        ]),
      },
      expect: [{ status: 'pass', resource: 'train-hetero', evidence: { instanceCount: 2 } }],
    },
  ],
  fail: [
    {
      name: 'multi-instance job with encryption off',
      inventory: { trainingJobs: regional([job('train-plain', { EnableInterContainerTrafficEncryption: false, ResourceConfig: { ...single, InstanceCount: 4 } })]) },
      expect: [{ status: 'fail', resource: 'train-plain', message: 'EnableInterContainerTrafficEncryption is false', evidence: { instanceCount: 4 } }],
    },
    {
      name: 'multi-instance job with the flag missing (default false)',
      inventory: { trainingJobs: regional([job('train-default', { EnableInterContainerTrafficEncryption: undefined })]) },
      expect: [{ status: 'fail', resource: 'train-default', message: 'default is false', evidence: { EnableInterContainerTrafficEncryption: null } }],
    },
    {
      name: 'single-instance groups that total two instances',
      inventory: {
        trainingJobs: regional([
          job('train-groups', {
            EnableInterContainerTrafficEncryption: false,
            ResourceConfig: {
              VolumeSizeInGB: 50,
              InstanceGroups: [
                { InstanceGroupName: 'a', InstanceType: 'ml.c5.xlarge', InstanceCount: 1 },
                { InstanceGroupName: 'b', InstanceType: 'ml.c5.xlarge', InstanceCount: 1 },
              ],
            },
          }),
        ]),
      },
      expect: [{ status: 'fail', resource: 'train-groups', evidence: { instanceCount: 2 } }],
    },
    {
      name: 'no instance count reported: treated as distributed',
      inventory: { trainingJobs: regional([job('train-unknown', { EnableInterContainerTrafficEncryption: false, ResourceConfig: undefined })]) },
      expect: [{ status: 'fail', resource: 'train-unknown', message: 'treated as distributed', evidence: { instanceCount: null } }],
    },
    {
      name: 'instance preferences: the selected count decides',
      inventory: {
        trainingJobs: regional([
          job('train-selected', {
            EnableInterContainerTrafficEncryption: false,
            ResourceConfig: { VolumeSizeInGB: 50, InstancePreferences: [{ InstanceType: 'ml.g5.xlarge', InstanceCount: 1 }, { InstanceType: 'ml.m5.xlarge', InstanceCount: 2 }], SelectedInstanceType: 'ml.m5.xlarge', SelectedInstanceCount: 2 },
          }),
        ]),
      },
      expect: [{ status: 'fail', resource: 'train-selected', evidence: { instanceCount: 2 } }],
    },
  ],
  notApplicable: [
    {
      name: 'single instance without encryption (not a failure)',
      inventory: { trainingJobs: regional([job('train-single', { EnableInterContainerTrafficEncryption: false, ResourceConfig: single })]) },
      expect: [{ status: 'not_applicable', resource: 'train-single', message: 'single instance', evidence: { instanceCount: 1 } }],
    },
    {
      name: 'single instance with encryption on is not applicable either',
      inventory: { trainingJobs: regional([job('train-single-enc', { ResourceConfig: single }, 'eu-west-1')]) },
      expect: [{ status: 'not_applicable', resource: 'train-single-enc' }],
    },
  ],
  error: readErrorCases('trainingJobs', 'training-job', 'TrainingJob', 'train-hidden', job('train-ok')),
  empty: { trainingJobs: regional([]) },
});
