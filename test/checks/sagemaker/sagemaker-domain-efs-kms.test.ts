import check from '../../../checks/sagemaker/sagemaker-domain-efs-kms.js';
import { testCheck } from '../../helpers/check-tester.js';
import { regional, unreadableItem } from '../../helpers/inventory.js';
import { domain, KEY } from '../../helpers/notebooks-studio.js';

testCheck(check, {
  pass: [
    { name: 'KmsKeyId set', inventory: { domains: regional([domain('studio')]) }, expect: [{ status: 'pass', resource: 'studio', evidence: { KmsKeyId: KEY } }] },
    {
      name: 'only the deprecated HomeEfsFileSystemKmsKeyId set',
      inventory: { domains: regional([domain('old', { KmsKeyId: undefined, HomeEfsFileSystemKmsKeyId: KEY })]) },
      expect: [{ status: 'pass', resource: 'old' }],
    },
  ],
  fail: [
    {
      name: 'no key: AWS managed key by default',
      inventory: { domains: regional([domain('nokey', { KmsKeyId: undefined })]) },
      expect: [{ status: 'fail', resource: 'nokey', message: 'AWS managed key', evidence: { KmsKeyId: null } }],
    },
    {
      name: 'no domain key while the sharing key is set (the fields are not confused)',
      inventory: { domains: regional([domain('sharing-only', { KmsKeyId: '' })]) },
      expect: [{ status: 'fail', resource: 'sharing-only' }],
    },
  ],
  error: [{ name: 'DescribeDomain denied', inventory: { domains: regional([unreadableItem('domain', 'd-hidden')]) }, expect: [{ status: 'error', resource: 'd-hidden' }] }],
  empty: { domains: regional([]) },
});
