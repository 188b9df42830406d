import { defineItemCheck, finding, urlCredentialKinds, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-code-repository-uses-secrets-manager',
  title: 'SageMaker Git code repositories take their credentials from AWS Secrets Manager',
  severity: 'low',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::CodeRepository',
  rationale:
    'SageMaker authenticates to a Git repository with the AWS Secrets Manager secret named by GitConfig.SecretArn, or, for AWS CodeCommit, with the notebook ' +
    'execution role. Without either, a private repository can only be reached with credentials placed somewhere less safe: in the URL, in a lifecycle script or ' +
    'on the notebook volume. The API does not say whether a repository is public, so smsec cannot tell a public repository (which needs no credentials) from a ' +
    'private one whose credentials live elsewhere. Rule: a repository with SecretArn passes; a CodeCommit repository is not applicable; every other repository ' +
    'without SecretArn fails, naming credentials found in its URL when there are any. Suppress the finding for repositories you know to be public.',
  remediation: {
    console: [
      'Store the Git credentials in AWS Secrets Manager as {"username": …, "password": …} with the AWSCURRENT label.',
      'In the Amazon SageMaker AI console choose Notebook, Git repositories, and add the repository with that secret.',
      'Point notebook instances at the new entry, remove any credentials from URLs and lifecycle scripts, and delete the old entry.',
    ],
    cli: 'aws sagemaker update-code-repository --code-repository-name NAME --git-config SecretArn=SECRET_ARN',
    cloudformation: 'AWS::SageMaker::CodeRepository GitConfig.SecretArn',
    terraform: 'aws_sagemaker_code_repository.git_config.secret_arn',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/dg/nbi-git-resource.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_GitConfig.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdateCodeRepository.html',
  ],
  compliance: [],
};

/** AWS CodeCommit Git endpoints (git-codecommit.<region>.amazonaws.com[.cn]), which authenticate with the execution role. */
const CODECOMMIT = /^https:\/\/git-codecommit(?:-fips)?\.[a-z0-9-]+\.amazonaws\.com(?:\.cn)?\//i;

/** Private repository credentials should come from Secrets Manager, not from wherever someone put them. */
export default defineItemCheck({
  meta,
  each: 'codeRepositories',
  noun: 'code repository',
  evaluate: async (repo, resource) => {
    const secret = repo.GitConfig?.SecretArn;
    const url = repo.GitConfig?.RepositoryUrl ?? '';
    const evidence = { SecretArn: secret ?? null, codeCommit: CODECOMMIT.test(url) };
    if (secret) return finding('pass', resource, `Code repository ${resource.name} takes its credentials from Secrets Manager secret ${secret}`, evidence);
    if (CODECOMMIT.test(url)) {
      return finding('not_applicable', resource, `Code repository ${resource.name} is an AWS CodeCommit repository, reached with the notebook execution role (no secret needed)`, evidence);
    }
    const kinds = url ? await urlCredentialKinds(url) : [];
    if (kinds.length > 0) {
      return finding('fail', resource, `Code repository ${resource.name} has no Secrets Manager secret and carries credentials in its URL instead (${kinds.join('; ')})`, { ...evidence, credentialKinds: kinds });
    }
    return finding(
      'fail',
      resource,
      `Code repository ${resource.name} has no Secrets Manager secret (GitConfig.SecretArn not set): if it is private, its credentials are kept outside Secrets Manager; if it is public, suppress this finding`,
      evidence,
    );
  },
});
