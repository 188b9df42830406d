import check from '../../../checks/sagemaker/sagemaker-code-repository-no-credentials-in-url.js';
import { testCheck } from '../../helpers/check-tester.js';
import { regional, unreadableItem } from '../../helpers/inventory.js';
import { codeRepo, FAKE_GITHUB_TOKEN, FAKE_PASSWORD } from '../../helpers/notebooks-studio.js';

const SECRET = 'arn:aws:secretsmanager:us-east-1:111122223333:secret:git-AbCdEf';
const OPAQUE = ['9c1f0e2d', '8b3a4c5d6e7f', '0a1b2c3d4e5f'].join('');

testCheck(check, {
  pass: [
    { name: 'plain HTTPS URL with a secret', inventory: { codeRepositories: regional([codeRepo('repo', { RepositoryUrl: 'https://github.com/org/repo.git', SecretArn: SECRET })]) }, expect: [{ status: 'pass', resource: 'repo' }] },
    {
      name: 'a short user name without a password is not a credential',
      inventory: { codeRepositories: regional([codeRepo('user', { RepositoryUrl: 'https://git@gitlab.example.com/org/repo.git' })]) },
      expect: [{ status: 'pass', resource: 'user' }],
    },
  ],
  fail: [
    {
      name: 'user and password in the URL',
      inventory: { codeRepositories: regional([codeRepo('pw', { RepositoryUrl: `https://ml-bot:${FAKE_PASSWORD}@git.example.com/org/repo.git` })]) },
      expect: [{ status: 'fail', resource: 'pw', message: 'password or token in the URL user information' }],
      mustNotContain: [FAKE_PASSWORD],
    },
    {
      name: 'a GitHub token as user name',
      inventory: { codeRepositories: regional([codeRepo('gh', { RepositoryUrl: `https://${FAKE_GITHUB_TOKEN}@github.com/org/repo.git` })]) },
      expect: [{ status: 'fail', resource: 'gh', message: 'token as the URL user name' }],
      mustNotContain: [FAKE_GITHUB_TOKEN],
    },
    {
      name: 'an opaque token as user name',
      inventory: { codeRepositories: regional([codeRepo('opaque', { RepositoryUrl: `https://${OPAQUE}@github.com/org/repo.git`, SecretArn: SECRET })]) },
      expect: [{ status: 'fail', resource: 'opaque' }],
      mustNotContain: [OPAQUE],
    },
    {
      name: 'a token in the query string',
      inventory: { codeRepositories: regional([codeRepo('query', { RepositoryUrl: `https://git.example.com/org/repo.git?private_token=${OPAQUE}` })]) },
      expect: [{ status: 'fail', resource: 'query', message: 'query parameter "private_token"' }],
      mustNotContain: [OPAQUE],
    },
  ],
  error: [
    { name: 'no URL reported', inventory: { codeRepositories: regional([codeRepo('nourl', undefined)]) }, expect: [{ status: 'error', resource: 'nourl' }] },
    { name: 'DescribeCodeRepository denied', inventory: { codeRepositories: regional([unreadableItem('code-repository', 'hidden')]) }, expect: [{ status: 'error', resource: 'hidden' }] },
    { name: 'listing denied in a region', inventory: { codeRepositories: regional([], ['eu-west-1']) }, expect: [{ status: 'error', resource: 'code-repository/*' }] },
  ],
  empty: { codeRepositories: regional([]) },
});
