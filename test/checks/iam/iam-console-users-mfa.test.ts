import type { GetLoginProfileCommandOutput, ListMFADevicesCommandOutput } from '@aws-sdk/client-iam';
import check from '../../../checks/iam/iam-console-users-mfa.js';
import type { IamUserSignIn } from '../../../src/inventory/iam-logging.js';
import { testCheck } from '../../helpers/check-tester.js';
import { denied, ok } from '../../helpers/inventory.js';
import { ACCT } from '../../helpers/iam.js';

const created = new Date('2025-04-01T09:00:00Z');
const profile = (name: string) => (({ LoginProfile: { UserName: name, CreateDate: created, PasswordResetRequired: false } }) satisfies Omit<GetLoginProfileCommandOutput, '$metadata'>).LoginProfile;
const devices = (name: string, n: number) =>
  ({ MFADevices: Array.from({ length: n }, (_, i) => ({ UserName: name, SerialNumber: `arn:aws:iam::${ACCT}:mfa/${name}-${i}`, EnableDate: created })), IsTruncated: false }) satisfies Omit<ListMFADevicesCommandOutput, '$metadata'>;

/** A user as the collector records it: console password and MFA devices, or no password (then MFA is not asked). */
function signIn(name: string, mfa: number | 'denied' | null, password: 'yes' | 'no' | 'denied' = 'yes'): IamUserSignIn {
  const arn = `arn:aws:iam::${ACCT}:user/${name}`;
  if (password === 'no') return { userName: name, arn, loginProfile: ok(null), mfaDevices: null };
  if (password === 'denied') return { userName: name, arn, loginProfile: denied('iam:GetLoginProfile'), mfaDevices: null };
  return { userName: name, arn, loginProfile: ok(profile(name)), mfaDevices: mfa === null ? null : mfa === 'denied' ? denied('iam:ListMFADevices') : ok(devices(name, mfa).MFADevices) };
}

testCheck(check, {
  pass: [
    { name: 'console user with an MFA device', inventory: { iamUserSignIn: ok([signIn('alice', 1)]) }, expect: [{ status: 'pass', resource: 'alice', evidence: { mfaDevices: 1, consolePassword: true } }] },
    {
      name: 'users without a console password are not evaluated',
      inventory: { iamUserSignIn: ok([signIn('ci-bot', null, 'no'), signIn('alice', 2)]) },
      expect: [{ status: 'pass', resource: 'alice' }],
    },
  ],
  fail: [
    { name: 'console user without MFA', inventory: { iamUserSignIn: ok([signIn('dev', 0)]) }, expect: [{ status: 'fail', resource: 'dev', message: 'no MFA device', evidence: { mfaDevices: 0 } }] },
    {
      name: 'one of several users',
      inventory: { iamUserSignIn: ok([signIn('alice', 1), signIn('dev', 0), signIn('bot', null, 'no')]) },
      expect: [
        { status: 'pass', resource: 'alice' },
        { status: 'fail', resource: 'dev' },
      ],
    },
  ],
  error: [
    { name: 'user list unreadable', inventory: { iamUserSignIn: denied('iam:GetAccountAuthorizationDetails') }, expect: [{ status: 'error', resource: 'all IAM users' }] },
    { name: 'GetLoginProfile denied', inventory: { iamUserSignIn: ok([signIn('dev', null, 'denied')]) }, expect: [{ status: 'error', resource: 'dev', message: 'iam:GetLoginProfile' }] },
    { name: 'ListMFADevices denied', inventory: { iamUserSignIn: ok([signIn('dev', 'denied')]) }, expect: [{ status: 'error', resource: 'dev', message: 'iam:ListMFADevices' }] },
    { name: 'MFA devices not collected for a console user', inventory: { iamUserSignIn: ok([signIn('dev', null)]) }, expect: [{ status: 'error', resource: 'dev', message: 'not collected' }] },
  ],
  empty: { iamUserSignIn: ok([]) },
});
