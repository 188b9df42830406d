import { defineCheck, finding, unreadable, type CheckMeta, type ResourceRef } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'iam-root-mfa-enabled',
  title: 'The root user has MFA enabled',
  severity: 'critical',
  service: 'iam',
  resourceType: 'AWS::IAM::Account',
  rationale:
    'The root user can do anything in the account, including deleting every SageMaker domain, model and bucket and changing the billing and contact details, and no IAM policy limits it. ' +
    'Without MFA, a leaked or guessed root password (or a password reset through the account email) is enough to take the account over. ' +
    'Read from GetAccountSummary\'s AccountMFAEnabled (1 when the root user has an MFA device). A root user without a password still fails: the password can be recovered through the account email unless root credentials are centrally managed by AWS Organizations.',
  remediation: {
    console: [
      'Sign in as the root user and open Security credentials from the account menu.',
      'Under Multi-factor authentication (MFA), choose Assign MFA device and register a passkey, security key or hardware TOTP token.',
      'For member accounts of an organization, consider centralized root access management to remove root credentials altogether.',
    ],
    cli: 'aws iam get-account-summary --query SummaryMap.AccountMFAEnabled  # MFA for the root user is assigned in the console while signed in as root',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/enable-virt-mfa-for-root.html',
    'https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetAccountSummary.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-9',
  ],
  compliance: [
    { framework: 'AWS Security Hub', id: 'IAM.9' },
    { framework: 'CIS AWS Foundations Benchmark v3.0.0', id: '1.5' },
  ],
};

/** Root cannot be limited by policy; MFA is what stands between a leaked password and the whole account. */
export default defineCheck({
  meta,
  requires: ['iamAccountSummary'],
  evaluate({ inventory, account }) {
    const resource: ResourceRef = { arn: `arn:${account.partition}:iam::${account.accountId}:root`, type: meta.resourceType, region: 'global', name: `root user of ${account.accountId}` };
    const summary = inventory.iamAccountSummary;
    if (!summary.ok) return [unreadable(resource, `the IAM account summary (MFA of the ${resource.name})`, summary.error)];
    const mfa = summary.value.AccountMFAEnabled;
    const evidence = {
      AccountMFAEnabled: mfa ?? null,
      AccountPasswordPresent: summary.value.AccountPasswordPresent ?? null,
      AccountAccessKeysPresent: summary.value.AccountAccessKeysPresent ?? null,
    };
    if (mfa === undefined) return [finding('error', resource, `The account summary for the ${resource.name} has no AccountMFAEnabled entry`, { ...evidence, errorCode: 'MissingField' })];
    if (mfa === 1) return [finding('pass', resource, `The ${resource.name} has MFA enabled`, evidence)];
    const note = evidence.AccountPasswordPresent === 0 ? ' (it has no password now, but one can be set through password recovery)' : '';
    const keys = evidence.AccountAccessKeysPresent === 1 ? '; it also has access keys' : '';
    return [finding('fail', resource, `The ${resource.name} has no MFA device${note}${keys}`, evidence)];
  },
});
