import type { GetAccountPasswordPolicyCommandOutput } from '@aws-sdk/client-iam';
import check from '../../../checks/iam/iam-password-policy-strong.js';
import type { IamPasswordPolicy } from '../../../src/inventory/iam-logging.js';
import { testCheck } from '../../helpers/check-tester.js';
import { denied, ok } from '../../helpers/inventory.js';

/** GetAccountPasswordPolicy's PasswordPolicy as the API returns it; vary one field at a time. */
function policy(fields: Partial<NonNullable<IamPasswordPolicy>> = {}) {
  const out = {
    PasswordPolicy: {
      MinimumPasswordLength: 14, RequireSymbols: true, RequireNumbers: true, RequireUppercaseCharacters: true, RequireLowercaseCharacters: true,
      AllowUsersToChangePassword: true, ExpirePasswords: false, PasswordReusePrevention: 24, HardExpiry: false, ...fields,
    },
  } satisfies Omit<GetAccountPasswordPolicyCommandOutput, '$metadata'>;
  return ok<IamPasswordPolicy>(out.PasswordPolicy);
}

const NAME = 'password policy of 111122223333';

testCheck(check, {
  pass: [
    { name: 'length 14, reuse prevention 24', inventory: { iamPasswordPolicy: policy() }, expect: [{ status: 'pass', resource: NAME, evidence: { MinimumPasswordLength: 14, PasswordReusePrevention: 24, gaps: [] } }] },
    { name: 'longer passwords', inventory: { iamPasswordPolicy: policy({ MinimumPasswordLength: 20 }) }, expect: [{ status: 'pass', resource: NAME }] },
    { name: 'complexity rules are not required by CIS v3.0.0', inventory: { iamPasswordPolicy: policy({ RequireSymbols: false }) }, expect: [{ status: 'pass', resource: NAME }] },
  ],
  fail: [
    { name: 'no password policy (NoSuchEntity)', inventory: { iamPasswordPolicy: ok(null) }, expect: [{ status: 'fail', resource: NAME, message: 'no password policy', evidence: { passwordPolicy: false } }] },
    { name: 'length 13', inventory: { iamPasswordPolicy: policy({ MinimumPasswordLength: 13 }) }, expect: [{ status: 'fail', resource: NAME, message: 'minimum length 13' }] },
    { name: 'reuse prevention 5', inventory: { iamPasswordPolicy: policy({ PasswordReusePrevention: 5 }) }, expect: [{ status: 'fail', resource: NAME, message: 'reuse prevention 5' }] },
    {
      name: 'reuse prevention not set means 0',
      inventory: { iamPasswordPolicy: policy({ PasswordReusePrevention: undefined }) },
      expect: [{ status: 'fail', resource: NAME, message: 'reuse prevention 0', evidence: { PasswordReusePrevention: null } }],
    },
    { name: 'length not set means 8', inventory: { iamPasswordPolicy: policy({ MinimumPasswordLength: undefined }) }, expect: [{ status: 'fail', resource: NAME, message: 'minimum length 8' }] },
  ],
  error: [{ name: 'GetAccountPasswordPolicy denied', inventory: { iamPasswordPolicy: denied('iam:GetAccountPasswordPolicy') }, expect: [{ status: 'error', resource: NAME }] }],
});
