import { defineCheck, describeError, finding, unreadable, type CheckMeta, type FindingDraft, type ResourceRef } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'iam-console-users-mfa',
  title: 'IAM users with a console password have an MFA device',
  severity: 'high',
  service: 'iam',
  resourceType: 'AWS::IAM::User',
  rationale:
    'An IAM user with a console password and no MFA device can be taken over with the password alone (phishing, reuse, guessing). ' +
    'From the console a user can open SageMaker notebooks and Studio, read training data and models, and use whatever roles the user may pass to SageMaker. ' +
    'A user has a console password when GetLoginProfile returns a login profile (NoSuchEntity means no console access); MFA devices are read with ListMFADevices. Users without a console password are not evaluated.',
  remediation: {
    console: [
      'Open the IAM console, choose Users and select the user.',
      'On the Security credentials tab, under Multi-factor authentication (MFA), choose Assign MFA device (or have the user do it), preferably a passkey or security key.',
      'If the user does not need the console, choose Manage console access and disable it; consider IAM Identity Center instead of IAM users for people.',
    ],
    cli: 'aws iam list-mfa-devices --user-name USER  # to remove console access instead: aws iam delete-login-profile --user-name USER',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_mfa_enable.html',
    'https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetLoginProfile.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-5',
  ],
  compliance: [
    { framework: 'AWS Security Hub', id: 'IAM.5' },
    { framework: 'CIS AWS Foundations Benchmark v3.0.0', id: '1.10' },
  ],
};

/** A console password without MFA is one phished secret away from the user's notebooks and data. */
export default defineCheck({
  meta,
  requires: ['iamUserSignIn'],
  evaluate({ inventory, account }) {
    const users = inventory.iamUserSignIn;
    if (!users.ok) {
      const resource: ResourceRef = { arn: `arn:${account.partition}:iam::${account.accountId}:user/*`, type: meta.resourceType, region: 'global', name: 'all IAM users' };
      return [unreadable(resource, 'the IAM users', users.error)];
    }
    const out: FindingDraft[] = [];
    for (const u of users.value) {
      const resource: ResourceRef = { arn: u.arn, type: meta.resourceType, region: 'global', name: u.userName };
      if (!u.loginProfile.ok) {
        out.push(unreadable(resource, `the console password profile of user ${u.userName}`, u.loginProfile.error));
        continue;
      }
      if (u.loginProfile.value === null) continue;
      const created = u.loginProfile.value.CreateDate ? String(u.loginProfile.value.CreateDate) : null;
      if (!u.mfaDevices) {
        out.push(finding('error', resource, `User ${u.userName} has a console password but its MFA devices were not collected`, { errorCode: 'NotCollected' }));
        continue;
      }
      if (!u.mfaDevices.ok) {
        out.push(finding('error', resource, `User ${u.userName} has a console password; could not read its MFA devices: ${describeError(u.mfaDevices.error)}`, { errorCode: u.mfaDevices.error.code, passwordCreated: created }));
        continue;
      }
      const evidence = { consolePassword: true, passwordCreated: created, mfaDevices: u.mfaDevices.value.length };
      out.push(
        u.mfaDevices.value.length > 0
          ? finding('pass', resource, `User ${u.userName} has a console password and ${u.mfaDevices.value.length} MFA device(s)`, evidence)
          : finding('fail', resource, `User ${u.userName} has a console password and no MFA device`, evidence),
      );
    }
    return out;
  },
});
