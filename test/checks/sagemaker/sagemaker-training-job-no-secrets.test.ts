import check from '../../../checks/sagemaker/sagemaker-training-job-no-secrets.js';
import { testCheck } from '../../helpers/check-tester.js';
import { regional, unreadableItem } from '../../helpers/inventory.js';
import { FAKE_AWS_KEY_ID, FAKE_HF_TOKEN, FAKE_PASSWORD, items } from '../../helpers/jobs.js';

const job = items.training;
const spec = { TrainingImage: '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1', TrainingInputMode: 'File' as const };

testCheck(check, {
  pass: [
    {
      name: 'ordinary hyperparameters (JSON-encoded as the SageMaker SDK sends them) and environment',
      inventory: { trainingJobs: regional([job('train-clean')]) },
      expect: [{ status: 'pass', resource: 'train-clean', evidence: { secrets: [], settingsScanned: 4 } }],
    },
    {
      name: 'a secret reference rather than a secret',
      inventory: { trainingJobs: regional([job('train-ref', { Environment: { DB_PASSWORD_SECRET_ARN: 'arn:aws:secretsmanager:us-east-1:111122223333:secret:db-AbCdEf' } })]) },
      expect: [{ status: 'pass', resource: 'train-ref' }],
    },
    {
      name: 'no settings at all',
      inventory: { trainingJobs: regional([job('train-bare', { HyperParameters: undefined, Environment: undefined })]) },
      expect: [{ status: 'pass', resource: 'train-bare', evidence: { settingsScanned: 0 } }],
    },
  ],
  fail: [
    {
      name: 'a token in a hyperparameter, JSON-quoted',
      inventory: { trainingJobs: regional([job('train-hf', { HyperParameters: { epochs: '3', hub_token: JSON.stringify(FAKE_HF_TOKEN) } })]) },
      expect: [{ status: 'fail', resource: 'train-hf', message: ['HyperParameters hub_token', 'Hugging Face token'] }],
      mustNotContain: [FAKE_HF_TOKEN],
    },
    {
      name: 'a password in an environment variable',
      inventory: { trainingJobs: regional([job('train-env', { Environment: { DB_PASSWORD: FAKE_PASSWORD } })]) },
      expect: [{ status: 'fail', resource: 'train-env', message: ['Environment DB_PASSWORD', 'credential-named'] }],
      mustNotContain: [FAKE_PASSWORD],
    },
    {
      name: 'an access key id among the container arguments',
      inventory: { trainingJobs: regional([job('train-args', { AlgorithmSpecification: { ...spec, ContainerArguments: ['--epochs', '3', '--aws-key', FAKE_AWS_KEY_ID] } })]) },
      expect: [{ status: 'fail', resource: 'train-args', message: ['ContainerArguments --aws-key', 'AWS access key id'] }],
      mustNotContain: [FAKE_AWS_KEY_ID],
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
      inventory: { trainingJobs: regional([], ['eu-west-1']) },
      expect: [{ status: 'error', resource: 'training-job/*' }],
    },
  ],
  empty: { trainingJobs: regional([]) },
});
