import check from '../../../checks/sagemaker/sagemaker-user-profile-no-weaker-settings.js';
import { testCheck } from '../../helpers/check-tester.js';
import { regional, unreadableItem } from '../../helpers/inventory.js';
import { domain, idle, KEY, profile, ROLE, SG, withUserDefaults } from '../../helpers/notebooks-studio.js';

const studio = domain('studio');

testCheck(check, {
  pass: [
    { name: 'no overrides: everything inherited', inventory: { userProfiles: regional([profile('bob', undefined)]), domains: regional([studio]) }, expect: [{ status: 'pass', resource: 'd-abc123def456/bob' }] },
    {
      name: 'overrides that are not weaker: the domain security group, sharing with a key, idle shutdown on, another role',
      inventory: {
        userProfiles: regional([
          profile('carol', {
            SecurityGroups: [SG],
            SharingSettings: { NotebookOutputOption: 'Allowed', S3OutputPath: 's3://share/carol/', S3KmsKeyId: KEY },
            JupyterLabAppSettings: idle('ENABLED'),
            ExecutionRole: `${ROLE}-carol`,
          }),
        ]),
        domains: regional([studio]),
      },
      expect: [{ status: 'pass', resource: 'd-abc123def456/carol', evidence: { ExecutionRole: `${ROLE}-carol` } }],
    },
    {
      name: 'idle shutdown off where the domain does not turn it on',
      inventory: { userProfiles: regional([profile('dave', { CodeEditorAppSettings: idle('DISABLED') })]), domains: regional([domain('studio', withUserDefaults({ CodeEditorAppSettings: undefined }))]) },
      expect: [{ status: 'pass', resource: 'd-abc123def456/dave' }],
    },
  ],
  fail: [
    {
      name: 'an extra security group',
      inventory: { userProfiles: regional([profile('alice', { SecurityGroups: [SG, 'sg-0wide'] })]), domains: regional([studio]) },
      expect: [{ status: 'fail', resource: 'd-abc123def456/alice', message: 'sg-0wide', evidence: { extraSecurityGroups: ['sg-0wide'] } }],
    },
    {
      name: 'sharing allowed without a key (needs no domain data)',
      inventory: { userProfiles: regional([profile('erin', { SharingSettings: { NotebookOutputOption: 'Allowed', S3OutputPath: 's3://share/erin/' } })]), domains: regional([], ['us-east-1']) },
      expect: [{ status: 'fail', resource: 'd-abc123def456/erin', message: 'without a KMS key' }],
    },
    {
      name: 'idle shutdown off while the domain turns it on',
      inventory: { userProfiles: regional([profile('frank', { JupyterLabAppSettings: idle('DISABLED') })]), domains: regional([studio]) },
      expect: [{ status: 'fail', resource: 'd-abc123def456/frank', message: 'turns off idle shutdown for JupyterLab' }],
    },
  ],
  error: [
    {
      name: 'an extra group cannot be judged when the domain cannot be read',
      inventory: { userProfiles: regional([profile('gina', { SecurityGroups: ['sg-0other'] })]), domains: regional([unreadableItem('domain', 'd-abc123def456')]) },
      expect: [{ status: 'error', resource: 'd-abc123def456/gina', message: 'could not be read' }],
    },
    {
      name: 'the profile names a domain that is not there',
      inventory: { userProfiles: regional([profile('hank', { SecurityGroups: ['sg-0other'] }, 'd-missing')]), domains: regional([studio]) },
      expect: [{ status: 'error', resource: 'd-missing/hank', message: 'was not found' }],
    },
    {
      name: 'the domains of the region could not be listed',
      inventory: { userProfiles: regional([profile('ivy', { JupyterLabAppSettings: idle('DISABLED') })]), domains: regional([], ['us-east-1']) },
      expect: [{ status: 'error', resource: 'd-abc123def456/ivy', message: 'AccessDeniedException' }],
    },
    { name: 'DescribeUserProfile denied', inventory: { userProfiles: regional([unreadableItem('user-profile', 'd-abc123def456/jo')]), domains: regional([studio]) }, expect: [{ status: 'error', resource: 'd-abc123def456/jo' }] },
  ],
  empty: { userProfiles: regional([]), domains: regional([studio]) },
});
