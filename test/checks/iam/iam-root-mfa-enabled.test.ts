import type { GetAccountSummaryCommandOutput } from '@aws-sdk/client-iam';
import check from '../../../checks/iam/iam-root-mfa-enabled.js';
import { testCheck } from '../../helpers/check-tester.js';
import { denied, ok } from '../../helpers/inventory.js';

/** GetAccountSummary SummaryMap as the API returns it (a subset of its keys); vary one field at a time. */
function summary(fields: Record<string, number | undefined> = {}) {
  const map = { Users: 4, Roles: 12, Policies: 3, MFADevices: 2, MFADevicesInUse: 2, AccountMFAEnabled: 1, AccountAccessKeysPresent: 0, AccountPasswordPresent: 1, AccountSigningCertificatesPresent: 0, ...fields };
  const out = { SummaryMap: map } satisfies Omit<GetAccountSummaryCommandOutput, '$metadata'>;
  return ok(Object.fromEntries(Object.entries(out.SummaryMap).filter(([, v]) => v !== undefined)) as Record<string, number>);
}

testCheck(check, {
  pass: [{ name: 'AccountMFAEnabled 1', inventory: { iamAccountSummary: summary() }, expect: [{ status: 'pass', resource: 'root user of 111122223333', evidence: { AccountMFAEnabled: 1 } }] }],
  fail: [
    { name: 'AccountMFAEnabled 0', inventory: { iamAccountSummary: summary({ AccountMFAEnabled: 0 }) }, expect: [{ status: 'fail', resource: 'arn:aws:iam::111122223333:root', message: 'no MFA device' }] },
    {
      name: 'no MFA and no password still fails, and says why',
      inventory: { iamAccountSummary: summary({ AccountMFAEnabled: 0, AccountPasswordPresent: 0 }) },
      expect: [{ status: 'fail', resource: 'root user of 111122223333', message: 'password recovery', evidence: { AccountPasswordPresent: 0 } }],
    },
    {
      name: 'root access keys are mentioned',
      inventory: { iamAccountSummary: summary({ AccountMFAEnabled: 0, AccountAccessKeysPresent: 1 }) },
      expect: [{ status: 'fail', resource: 'root user of 111122223333', message: 'access keys' }],
    },
  ],
  error: [
    { name: 'GetAccountSummary denied', inventory: { iamAccountSummary: denied('iam:GetAccountSummary') }, expect: [{ status: 'error', resource: 'root user of 111122223333', message: 'iam:GetAccountSummary' }] },
    { name: 'AccountMFAEnabled missing is not a pass', inventory: { iamAccountSummary: summary({ AccountMFAEnabled: undefined }) }, expect: [{ status: 'error', resource: 'root user of 111122223333' }] },
  ],
});
