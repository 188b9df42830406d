import check from '../../../checks/sagemaker/sagemaker-tuning-job-network-isolation.js';
import { testCheck } from '../../helpers/check-tester.js';
import { regional, unreadableItem } from '../../helpers/inventory.js';
import { items, tuningDefinition as def } from '../../helpers/jobs.js';

const job = items.tuning;

testCheck(check, {
  pass: [
    {
      name: 'the definition enables network isolation',
      inventory: { tuningJobs: regional([job('hpo-isolated')]) },
      expect: [{ status: 'pass', resource: 'hpo-isolated', evidence: { EnableNetworkIsolation: true } }],
    },
    {
      name: 'every one of several definitions enables it',
      inventory: { tuningJobs: regional([job('hpo-multi', { TrainingJobDefinition: undefined, TrainingJobDefinitions: [def({ DefinitionName: 'a' }), def({ DefinitionName: 'b' })] })]) },
      expect: [{ status: 'pass', resource: 'hpo-multi', message: 'every training job definition (a, b)' }],
    },
  ],
  fail: [
    {
      name: 'EnableNetworkIsolation false',
      inventory: { tuningJobs: regional([job('hpo-open', { TrainingJobDefinition: def({ EnableNetworkIsolation: false }) })]) },
      expect: [{ status: 'fail', resource: 'hpo-open', message: 'is false', evidence: { EnableNetworkIsolation: false } }],
    },
    {
      name: 'EnableNetworkIsolation missing (default false), with inter-container encryption on',
      inventory: { tuningJobs: regional([job('hpo-default', { TrainingJobDefinition: def({ EnableNetworkIsolation: undefined, EnableInterContainerTrafficEncryption: true }) })]) },
      expect: [{ status: 'fail', resource: 'hpo-default', message: 'default is false' }],
    },
    {
      name: 'one of several definitions without it',
      inventory: {
        tuningJobs: regional([
          job('hpo-mixed', { TrainingJobDefinition: undefined, TrainingJobDefinitions: [def({ DefinitionName: 'a' }), def({ DefinitionName: 'b', EnableNetworkIsolation: false })] }, 'eu-west-1'),
        ]),
      },
      expect: [{ status: 'fail', resource: 'hpo-mixed', message: 'definition b', evidence: { definitionsWithout: ['b'] } }],
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
      inventory: { tuningJobs: regional([job('hpo-empty', { TrainingJobDefinition: undefined, TrainingJobDefinitions: [] })]) },
      expect: [{ status: 'error', resource: 'hpo-empty', message: 'cannot be verified' }],
    },
    {
      name: 'ListHyperParameterTuningJobs denied in one region',
      inventory: { tuningJobs: regional([], ['eu-west-1']) },
      expect: [{ status: 'error', resource: 'hyper-parameter-tuning-job/*' }],
    },
  ],
  empty: { tuningJobs: regional([]) },
});
