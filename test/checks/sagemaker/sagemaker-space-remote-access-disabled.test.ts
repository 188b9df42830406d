import check from '../../../checks/sagemaker/sagemaker-space-remote-access-disabled.js';
import { testCheck } from '../../helpers/check-tester.js';
import { regional, unreadableItem } from '../../helpers/inventory.js';
import { domain, space } from '../../helpers/notebooks-studio.js';

const sso = domain('studio');

testCheck(check, {
  pass: [
    { name: 'RemoteAccess DISABLED', inventory: { spaces: regional([space('s1', { AppType: 'JupyterLab', RemoteAccess: 'DISABLED' })]), domains: regional([sso]) }, expect: [{ status: 'pass', resource: 'd-abc123def456/s1' }] },
    { name: 'RemoteAccess not set', inventory: { spaces: regional([space('s2', { AppType: 'CodeEditor' })]), domains: regional([sso]) }, expect: [{ status: 'pass', resource: 'd-abc123def456/s2', evidence: { RemoteAccess: null } }] },
  ],
  fail: [
    {
      name: 'ENABLED in an Identity Center domain',
      inventory: { spaces: regional([space('s3', { AppType: 'CodeEditor', RemoteAccess: 'ENABLED' })]), domains: regional([sso]) },
      expect: [{ status: 'fail', resource: 'd-abc123def456/s3', message: 'bypass', evidence: { domainAuthMode: 'SSO' } }],
    },
    {
      name: 'ENABLED when the domain cannot be read (the finding stands without the Identity Center note)',
      inventory: { spaces: regional([space('s4', { AppType: 'CodeEditor', RemoteAccess: 'ENABLED' })]), domains: regional([], ['us-east-1']) },
      expect: [{ status: 'fail', resource: 'd-abc123def456/s4', evidence: { domainAuthMode: null } }],
    },
  ],
  error: [
    { name: 'DescribeSpace denied', inventory: { spaces: regional([unreadableItem('space', 'd-abc123def456/s5')]), domains: regional([sso]) }, expect: [{ status: 'error', resource: 'd-abc123def456/s5' }] },
    { name: 'ListSpaces denied', inventory: { spaces: regional([], ['eu-west-1']), domains: regional([sso]) }, expect: [{ status: 'error', resource: 'space/*' }] },
  ],
  empty: { spaces: regional([]), domains: regional([sso]) },
});
