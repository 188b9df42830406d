import check from '../../../checks/sagemaker/sagemaker-code-repository-uses-secrets-manager.js';
import { testCheck } from '../../helpers/check-tester.js';
import { regional, unreadableItem } from '../../helpers/inventory.js';
import { codeRepo, FAKE_PASSWORD } from '../../helpers/notebooks-studio.js';

const SECRET = 'arn:aws:secretsmanager:us-east-1:111122223333:secret:git-AbCdEf';

testCheck(check, {
  pass: [
    { name: 'SecretArn set', inventory: { codeRepositories: regional([codeRepo('repo', { RepositoryUrl: 'https://github.com/org/repo.git', SecretArn: SECRET })]) }, expect: [{ status: 'pass', resource: 'repo', evidence: { SecretArn: SECRET } }] },
  ],
  fail: [
    {
      name: 'no secret: cannot tell public from private, so it is not passed',
      inventory: { codeRepositories: regional([codeRepo('public-or-not', { RepositoryUrl: 'https://github.com/aws/amazon-sagemaker-examples.git' })]) },
      expect: [{ status: 'fail', resource: 'public-or-not', message: 'if it is public, suppress' }],
    },
    {
      name: 'credentials in the URL instead of a secret',
      inventory: { codeRepositories: regional([codeRepo('inline', { RepositoryUrl: `https://bot:${FAKE_PASSWORD}@git.example.com/org/repo.git` })]) },
      expect: [{ status: 'fail', resource: 'inline', message: 'carries credentials in its URL' }],
      mustNotContain: [FAKE_PASSWORD],
    },
    {
      name: 'a look-alike CodeCommit host is not CodeCommit',
      inventory: { codeRepositories: regional([codeRepo('fake-cc', { RepositoryUrl: 'https://git-codecommit.us-east-1.amazonaws.com.example.net/v1/repos/x' })]) },
      expect: [{ status: 'fail', resource: 'fake-cc' }],
    },
  ],
  error: [
    { name: 'DescribeCodeRepository denied', inventory: { codeRepositories: regional([unreadableItem('code-repository', 'hidden')]) }, expect: [{ status: 'error', resource: 'hidden' }] },
    { name: 'listing denied in a region', inventory: { codeRepositories: regional([], ['us-east-1']) }, expect: [{ status: 'error', resource: 'code-repository/*' }] },
  ],
  notApplicable: [
    {
      name: 'AWS CodeCommit (authenticated with the execution role)',
      inventory: { codeRepositories: regional([codeRepo('cc', { RepositoryUrl: 'https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/infra' }, 'eu-west-1')]) },
      expect: [{ status: 'not_applicable', resource: 'cc' }],
    },
  ],
  empty: { codeRepositories: regional([]) },
});
