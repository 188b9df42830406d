import check from '../../../checks/sagemaker/sagemaker-domain-notebook-sharing-encrypted.js';
import { testCheck } from '../../helpers/check-tester.js';
import { regional, unreadableItem } from '../../helpers/inventory.js';
import { domain, withUserDefaults } from '../../helpers/notebooks-studio.js';

testCheck(check, {
  pass: [
    { name: 'sharing allowed with a KMS key', inventory: { domains: regional([domain('keyed')]) }, expect: [{ status: 'pass', resource: 'keyed', message: 'encrypted with KMS key' }] },
    {
      name: 'sharing disabled',
      inventory: { domains: regional([domain('off', withUserDefaults({ SharingSettings: { NotebookOutputOption: 'Disabled' } }))]) },
      expect: [{ status: 'pass', resource: 'off', evidence: { effective: 'Disabled' } }],
    },
    {
      name: 'no sharing settings: the default is Disabled',
      inventory: { domains: regional([domain('default', withUserDefaults({ SharingSettings: undefined }))]) },
      expect: [{ status: 'pass', resource: 'default', message: 'the default', evidence: { NotebookOutputOption: null } }],
    },
  ],
  fail: [
    {
      name: 'sharing allowed without a key',
      inventory: { domains: regional([domain('open', withUserDefaults({ SharingSettings: { NotebookOutputOption: 'Allowed', S3OutputPath: 's3://share/x/' } }))]) },
      expect: [{ status: 'fail', resource: 'open', message: 's3://share/x/', evidence: { S3KmsKeyId: null } }],
    },
    {
      name: 'sharing allowed with a domain EFS key but no sharing key (the fields are not confused)',
      inventory: { domains: regional([domain('efs-key', withUserDefaults({ SharingSettings: { NotebookOutputOption: 'Allowed', S3OutputPath: 's3://share/x/', S3KmsKeyId: '' } }))]) },
      expect: [{ status: 'fail', resource: 'efs-key' }],
    },
  ],
  error: [{ name: 'DescribeDomain denied', inventory: { domains: regional([unreadableItem('domain', 'd-hidden')]) }, expect: [{ status: 'error', resource: 'd-hidden' }] }],
  empty: { domains: regional([]) },
});
