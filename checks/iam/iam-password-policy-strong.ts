import { defineCheck, finding, unreadable, type CheckMeta, type ResourceRef } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'iam-password-policy-strong',
  title: 'The IAM password policy requires at least 14 characters and prevents reuse of the last 24 passwords',
  severity: 'medium',
  service: 'iam',
  resourceType: 'AWS::IAM::Account',
  rationale:
    'IAM users who sign in to the console (and from there into SageMaker notebooks and Studio) are protected by their password until MFA is in place, and by both after. ' +
    '"Strong" here is the CIS AWS Foundations Benchmark v3.0.0: a minimum length of 14 or more (1.8) and password reuse prevention of 24 (1.9). ' +
    'Without a password policy (GetAccountPasswordPolicy answers NoSuchEntity) AWS applies its default of 8 characters with no reuse prevention, which fails. ' +
    'A field missing from the policy takes the UpdateAccountPasswordPolicy default: MinimumPasswordLength 8, PasswordReusePrevention 0 (reuse allowed).',
  remediation: {
    console: [
      'Open the IAM console and choose Account settings.',
      'Under Password policy choose Edit, select Custom, set the minimum length to 14 or more and Prevent password reuse to 24, then save.',
    ],
    cli: 'aws iam update-account-password-policy --minimum-password-length 14 --password-reuse-prevention 24 --require-symbols --require-numbers --require-uppercase-characters --require-lowercase-characters --allow-users-to-change-password',
    cloudformation: 'Not available as a CloudFormation resource: set it with the CLI or a custom resource',
    terraform: 'aws_iam_account_password_policy.minimum_password_length = 14 and password_reuse_prevention = 24',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_passwords_account-policy.html',
    'https://docs.aws.amazon.com/IAM/latest/APIReference/API_UpdateAccountPasswordPolicy.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-15',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-16',
  ],
  compliance: [
    { framework: 'AWS Security Hub', id: 'IAM.15' },
    { framework: 'AWS Security Hub', id: 'IAM.16' },
    { framework: 'CIS AWS Foundations Benchmark v3.0.0', id: '1.8' },
    { framework: 'CIS AWS Foundations Benchmark v3.0.0', id: '1.9' },
  ],
};

const MIN_LENGTH = 14;
const MIN_REUSE_PREVENTION = 24;

/** A short or reusable console password is the weakest link for users not yet on MFA. */
export default defineCheck({
  meta,
  requires: ['iamPasswordPolicy'],
  evaluate({ inventory, account }) {
    const resource: ResourceRef = { arn: `arn:${account.partition}:iam::${account.accountId}:root`, type: meta.resourceType, region: 'global', name: `password policy of ${account.accountId}` };
    const policy = inventory.iamPasswordPolicy;
    if (!policy.ok) return [unreadable(resource, `the ${resource.name}`, policy.error)];
    if (policy.value === null) {
      return [finding('fail', resource, `There is no ${resource.name} (no password policy is set): AWS's default allows 8-character passwords and reuse`, { passwordPolicy: false })];
    }
    const p = policy.value;
    // UpdateAccountPasswordPolicy defaults: MinimumPasswordLength 8, PasswordReusePrevention 0 (no prevention).
    const length = p.MinimumPasswordLength ?? 8;
    const reuse = p.PasswordReusePrevention ?? 0;
    const gaps = [
      ...(length < MIN_LENGTH ? [`minimum length ${length} (needs ${MIN_LENGTH} or more)`] : []),
      ...(reuse < MIN_REUSE_PREVENTION ? [`reuse prevention ${reuse} (needs ${MIN_REUSE_PREVENTION})`] : []),
    ];
    const evidence = {
      passwordPolicy: true,
      MinimumPasswordLength: p.MinimumPasswordLength ?? null,
      PasswordReusePrevention: p.PasswordReusePrevention ?? null,
      RequireSymbols: p.RequireSymbols ?? null,
      RequireNumbers: p.RequireNumbers ?? null,
      RequireUppercaseCharacters: p.RequireUppercaseCharacters ?? null,
      RequireLowercaseCharacters: p.RequireLowercaseCharacters ?? null,
      MaxPasswordAge: p.MaxPasswordAge ?? null,
      gaps,
    };
    return [
      gaps.length > 0
        ? finding('fail', resource, `The ${resource.name} is weak: ${gaps.join('; ')}`, evidence)
        : finding('pass', resource, `The ${resource.name} requires ${length}+ characters and prevents reuse of the last ${reuse} passwords`, evidence),
    ];
  },
});
