import { defineItemCheck, finding, urlCredentialKinds, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-code-repository-no-credentials-in-url',
  title: 'SageMaker Git code repositories carry no credentials in their URL',
  severity: 'high',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::CodeRepository',
  rationale:
    'The repository URL of a SageMaker code repository is returned in plain text by ListCodeRepositories and DescribeCodeRepository to anyone allowed ' +
    'to list them, and it is written into the Git configuration of every notebook instance that clones it. A password or access token in the URL ' +
    '(https://user:token@host/…, a token as user name, or a token in the query string) is therefore disclosed to all of them. ' +
    'Credentials belong in an AWS Secrets Manager secret named by GitConfig.SecretArn. smsec reports what kind of credential it found, never its value.',
  remediation: {
    console: [
      'Revoke the exposed password or token at the Git provider and create a new one.',
      'Store it in AWS Secrets Manager as {"username": …, "password": …} with the AWSCURRENT label.',
      'In the Amazon SageMaker AI console choose Notebook, Git repositories, and add the repository again with a URL without credentials and the secret; point notebook instances at it and delete the old entry.',
    ],
    cli: 'aws sagemaker create-code-repository --code-repository-name NAME --git-config RepositoryUrl=https://host/org/repo.git,Branch=main,SecretArn=SECRET_ARN',
    cloudformation: 'AWS::SageMaker::CodeRepository GitConfig.RepositoryUrl (no credentials) and GitConfig.SecretArn',
    terraform: 'aws_sagemaker_code_repository.git_config.repository_url (no credentials) and git_config.secret_arn',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/dg/nbi-git-resource.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_GitConfig.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeCodeRepository.html',
  ],
  compliance: [],
};

/** Credentials in a repository URL are readable by everyone who can list code repositories. */
export default defineItemCheck({
  meta,
  each: 'codeRepositories',
  noun: 'code repository',
  evaluate: async (repo, resource) => {
    const url = repo.GitConfig?.RepositoryUrl;
    if (!url) return finding('error', resource, `Code repository ${resource.name} reports no repository URL, so it cannot be checked`, { hasUrl: false });
    const kinds = await urlCredentialKinds(url);
    const evidence = { credentialKinds: kinds, SecretArn: repo.GitConfig?.SecretArn ?? null };
    return kinds.length > 0
      ? finding('fail', resource, `Code repository ${resource.name} has credentials in its repository URL: ${kinds.join('; ')}`, evidence)
      : finding('pass', resource, `Code repository ${resource.name} has no credentials in its repository URL`, evidence);
  },
});
