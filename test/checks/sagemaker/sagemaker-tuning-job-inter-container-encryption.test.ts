import check from '../../../checks/sagemaker/sagemaker-tuning-job-inter-container-encryption.js';
import { testCheck } from '../../helpers/check-tester.js';
import { regional, unreadableItem } from '../../helpers/inventory.js';
import { items, tuningDefinition as def } from '../../helpers/jobs.js';

const job = items.tuning;
const rc = (InstanceCount: number) => ({ ResourceConfig: { InstanceType: 'ml.m5.xlarge' as const, InstanceCount, VolumeSizeInGB: 30 } });

testCheck(check, {
  pass: [
    {
      name: 'two instances with encryption on',
      inventory: { tuningJobs: regional([job('hpo-dist')]) },
      expect: [{ status: 'pass', resource: 'hpo-dist', evidence: { instanceCount: 2 } }],
    },
    {
      name: 'a distributed definition encrypted and a single-instance one left out',
      inventory: {
        tuningJobs: regional([
          job('hpo-mixed-ok', { TrainingJobDefinition: undefined, TrainingJobDefinitions: [def({ DefinitionName: 'dist' }), def({ DefinitionName: 'one', ...rc(1), EnableInterContainerTrafficEncryption: false })] }),
        ]),
      },
      expect: [{ status: 'pass', resource: 'hpo-mixed-ok', evidence: { instanceCount: ['2', '1'] } }],
    },
  ],
  fail: [
    {
      name: 'two instances with encryption off',
      inventory: { tuningJobs: regional([job('hpo-plain', { TrainingJobDefinition: def({ EnableInterContainerTrafficEncryption: false }) })]) },
      expect: [{ status: 'fail', resource: 'hpo-plain', message: 'is false' }],
    },
    {
      name: 'HyperParameterTuningResourceConfig instance configs, one with two instances, flag missing',
      inventory: {
        tuningJobs: regional([
          job('hpo-configs', {
            TrainingJobDefinition: def({
              ResourceConfig: undefined,
              EnableInterContainerTrafficEncryption: undefined,
              HyperParameterTuningResourceConfig: { InstanceConfigs: [{ InstanceType: 'ml.m5.xlarge', InstanceCount: 1, VolumeSizeInGB: 30 }, { InstanceType: 'ml.c5.xlarge', InstanceCount: 2, VolumeSizeInGB: 30 }] },
            }),
          }, 'eu-west-1'),
        ]),
      },
      expect: [{ status: 'fail', resource: 'hpo-configs', message: 'default is false', evidence: { instanceCount: 2 } }],
    },
  ],
  notApplicable: [
    {
      name: 'single-instance definition without encryption',
      inventory: { tuningJobs: regional([job('hpo-single', { TrainingJobDefinition: def({ ...rc(1), EnableInterContainerTrafficEncryption: false }) })]) },
      expect: [{ status: 'not_applicable', resource: 'hpo-single', message: 'single instance' }],
    },
  ],
  error: [
    {
      name: 'DescribeHyperParameterTuningJob denied',
      inventory: { tuningJobs: regional([unreadableItem('hyper-parameter-tuning-job', 'hpo-hidden')]) },
      expect: [{ status: 'error', resource: 'hpo-hidden' }],
    },
    {
      name: 'no training job definition reported',
      inventory: { tuningJobs: regional([job('hpo-empty', { TrainingJobDefinition: undefined })]) },
      expect: [{ status: 'error', resource: 'hpo-empty' }],
    },
    {
      name: 'ListHyperParameterTuningJobs denied in one region',
      inventory: { tuningJobs: regional([job('hpo-dist')], ['eu-west-1']) },
      expect: [
        { status: 'error', resource: 'hyper-parameter-tuning-job/*' },
        { status: 'pass', resource: 'hpo-dist' },
      ],
    },
  ],
  empty: { tuningJobs: regional([]) },
});
