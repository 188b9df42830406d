import check from '../../../checks/sagemaker/sagemaker-tuning-job-no-secrets.js';
import { testCheck } from '../../helpers/check-tester.js';
import { regional, unreadableItem } from '../../helpers/inventory.js';
import { FAKE_AWS_KEY_ID, FAKE_HF_TOKEN, items, tuningDefinition as def } from '../../helpers/jobs.js';

const job = items.tuning;

testCheck(check, {
  pass: [
    {
      name: 'ordinary static hyperparameters',
      inventory: { tuningJobs: regional([job('hpo-clean')]) },
      expect: [{ status: 'pass', resource: 'hpo-clean', evidence: { secrets: [], settingsScanned: 2 } }],
    },
    {
      name: 'several clean definitions',
      inventory: { tuningJobs: regional([job('hpo-multi', { TrainingJobDefinition: undefined, TrainingJobDefinitions: [def({ DefinitionName: 'a' }), def({ DefinitionName: 'b', Environment: { LOG_LEVEL: 'DEBUG' } })] })]) },
      expect: [{ status: 'pass', resource: 'hpo-multi', evidence: { settingsScanned: 5 } }],
    },
  ],
  fail: [
    {
      name: 'a token in a static hyperparameter',
      inventory: { tuningJobs: regional([job('hpo-token', { TrainingJobDefinition: def({ StaticHyperParameters: { epochs: '3', hf_token: JSON.stringify(FAKE_HF_TOKEN) } }) })]) },
      expect: [{ status: 'fail', resource: 'hpo-token', message: ['StaticHyperParameters hf_token', 'Hugging Face token'] }],
      mustNotContain: [FAKE_HF_TOKEN],
    },
    {
      name: 'an access key id in the environment of the second definition',
      inventory: {
        tuningJobs: regional([
          job('hpo-env', { TrainingJobDefinition: undefined, TrainingJobDefinitions: [def({ DefinitionName: 'a' }), def({ DefinitionName: 'b', Environment: { S3_KEY_ID: FAKE_AWS_KEY_ID } })] }, 'eu-west-1'),
        ]),
      },
      expect: [{ status: 'fail', resource: 'hpo-env', message: ['b Environment S3_KEY_ID', 'AWS access key id'] }],
      mustNotContain: [FAKE_AWS_KEY_ID],
    },
  ],
  error: [
    {
      name: 'DescribeHyperParameterTuningJob denied',
      inventory: { tuningJobs: regional([unreadableItem('hyper-parameter-tuning-job', 'hpo-hidden'), job('hpo-ok')]) },
      expect: [
        { status: 'error', resource: 'hpo-hidden' },
        { status: 'pass', resource: 'hpo-ok' },
      ],
    },
    {
      name: 'no training job definition reported',
      inventory: { tuningJobs: regional([job('hpo-empty', { TrainingJobDefinition: undefined })]) },
      expect: [{ status: 'error', resource: 'hpo-empty' }],
    },
    {
      name: 'ListHyperParameterTuningJobs denied in one region',
      inventory: { tuningJobs: regional([], ['eu-west-1']) },
      expect: [{ status: 'error', resource: 'hyper-parameter-tuning-job/*' }],
    },
  ],
  empty: { tuningJobs: regional([]) },
});
