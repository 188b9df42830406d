import check from '../../../checks/sagemaker/sagemaker-model-no-secrets-in-environment.js';
import { testCheck } from '../../helpers/check-tester.js';
import { regional, unreadableItem } from '../../helpers/inventory.js';
import { ECR_IMAGE, FAKE_GITHUB_TOKEN, FAKE_KEY_ID, FAKE_PASSWORD, model } from '../../helpers/notebooks-studio.js';

testCheck(check, {
  pass: [
    { name: 'ordinary settings', inventory: { models: regional([model('m-ok')]) }, expect: [{ status: 'pass', resource: 'm-ok' }] },
    {
      name: 'a secret ARN, not a secret',
      inventory: { models: regional([model('m-ref', { PrimaryContainer: { Image: ECR_IMAGE, Environment: { DB_PASSWORD_SECRET: 'arn:aws:secretsmanager:us-east-1:111122223333:secret:db-AbCdEf' } } })]) },
      expect: [{ status: 'pass', resource: 'm-ref' }],
    },
  ],
  fail: [
    {
      name: 'a password in the primary container',
      inventory: { models: regional([model('m-pw', { PrimaryContainer: { Image: ECR_IMAGE, Environment: { DB_PASSWORD: FAKE_PASSWORD } } })]) },
      expect: [{ status: 'fail', resource: 'm-pw', message: 'PrimaryContainer.Environment DB_PASSWORD' }],
      mustNotContain: [FAKE_PASSWORD],
    },
    {
      name: 'a token in the second container of a pipeline',
      inventory: { models: regional([model('m-pipe', { PrimaryContainer: undefined, Containers: [{ Image: ECR_IMAGE }, { Image: ECR_IMAGE, Environment: { GH: FAKE_GITHUB_TOKEN } }] })]) },
      expect: [{ status: 'fail', resource: 'm-pipe', message: 'Containers[1].Environment GH' }],
      mustNotContain: [FAKE_GITHUB_TOKEN],
    },
    {
      name: 'an access key id under an innocent name',
      inventory: { models: regional([model('m-key', { PrimaryContainer: { Image: ECR_IMAGE, Environment: { SOME_ID: FAKE_KEY_ID } } })]) },
      expect: [{ status: 'fail', resource: 'm-key', message: 'AWS access key id' }],
      mustNotContain: [FAKE_KEY_ID],
    },
  ],
  error: [
    { name: 'DescribeModel denied', inventory: { models: regional([unreadableItem('model', 'm-hidden')]) }, expect: [{ status: 'error', resource: 'm-hidden' }] },
    { name: 'ListModels denied', inventory: { models: regional([], ['eu-west-1']) }, expect: [{ status: 'error', resource: 'model/*' }] },
  ],
  empty: { models: regional([]) },
});
