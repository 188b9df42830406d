import check from '../../../checks/sagemaker/sagemaker-domain-identity-center-auth.js';
import { testCheck } from '../../helpers/check-tester.js';
import { regional, unreadableItem } from '../../helpers/inventory.js';
import { domain } from '../../helpers/notebooks-studio.js';

testCheck(check, {
  pass: [{ name: 'AuthMode SSO', inventory: { domains: regional([domain('sso')]) }, expect: [{ status: 'pass', resource: 'sso', evidence: { AuthMode: 'SSO' } }] }],
  fail: [{ name: 'AuthMode IAM', inventory: { domains: regional([domain('iam', { AuthMode: 'IAM' })]) }, expect: [{ status: 'fail', resource: 'iam', evidence: { AuthMode: 'IAM' } }] }],
  error: [
    { name: 'no AuthMode reported', inventory: { domains: regional([domain('none', { AuthMode: undefined })]) }, expect: [{ status: 'error', resource: 'none', message: 'reports no AuthMode' }] },
    { name: 'DescribeDomain denied', inventory: { domains: regional([unreadableItem('domain', 'd-hidden')]) }, expect: [{ status: 'error', resource: 'd-hidden' }] },
  ],
  empty: { domains: regional([]) },
});
