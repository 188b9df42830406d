import { defineItemCheck, finding, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-domain-identity-center-auth',
  title: 'SageMaker Studio domains authenticate users with IAM Identity Center',
  severity: 'low',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::Domain',
  rationale:
    'With AuthMode SSO, people sign in to Studio through IAM Identity Center with your identity provider, MFA and central offboarding, and each user profile ' +
    'is bound to one identity. With AuthMode IAM, anyone allowed sagemaker:CreatePresignedDomainUrl for a user profile can open it, so access is governed ' +
    'by IAM policies that must be scoped per profile. This is a policy choice rather than a misconfiguration, hence the low severity: accounts that decide ' +
    'on IAM mode can turn this check off with --skip-checks sagemaker-domain-identity-center-auth or skipChecks in smsec.config.json. AuthMode is required by ' +
    'CreateDomain and cannot be changed afterwards; a domain that reports none is reported as an error.',
  remediation: {
    console: [
      'The authentication mode of a domain cannot be changed: enable IAM Identity Center, then create a new domain and choose IAM Identity Center for authentication.',
      'Assign users and groups to the domain, recreate their user profiles and spaces, move their data, and delete the old domain.',
    ],
    cli: 'aws sagemaker create-domain --domain-name NAME --auth-mode SSO --vpc-id VPC --subnet-ids SUBNETS --default-user-settings ExecutionRole=ROLE_ARN',
    cloudformation: 'AWS::SageMaker::Domain AuthMode: SSO',
    terraform: 'aws_sagemaker_domain.auth_mode = "SSO"',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/dg/onboard-sso-users.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateDomain.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeDomain.html',
  ],
  compliance: [],
};

/** Identity Center ties each Studio user profile to one person from your identity provider. */
export default defineItemCheck({
  meta,
  each: 'domains',
  noun: 'Studio domain',
  evaluate: (d, resource) => {
    const evidence = { DomainId: d.DomainId ?? null, AuthMode: d.AuthMode ?? null, SingleSignOnApplicationArn: d.SingleSignOnApplicationArn ?? null };
    if (!d.AuthMode) return finding('error', resource, `Studio domain ${resource.name} reports no AuthMode, so its authentication cannot be verified`, evidence);
    return d.AuthMode === 'SSO'
      ? finding('pass', resource, `Studio domain ${resource.name} authenticates users with IAM Identity Center (AuthMode SSO)`, evidence)
      : finding('fail', resource, `Studio domain ${resource.name} uses AuthMode ${d.AuthMode}: access to its user profiles is governed only by IAM policies on presigned URLs`, evidence);
  },
});
