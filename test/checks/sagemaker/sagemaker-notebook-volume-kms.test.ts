import check from '../../../checks/sagemaker/sagemaker-notebook-volume-kms.js';
import { testCheck } from '../../helpers/check-tester.js';
import { regional, unreadableItem } from '../../helpers/inventory.js';
import { KEY, notebook as nb } from '../../helpers/notebooks-studio.js';

testCheck(check, {
  pass: [
    {
      name: 'KmsKeyId set (key ARN)',
      inventory: { notebookInstances: regional([nb('nb-cmk')]) },
      expect: [{ status: 'pass', resource: 'nb-cmk', message: KEY, evidence: { KmsKeyId: KEY } }],
    },
    {
      name: 'KmsKeyId set as a bare key id, on an instance type with local NVMe storage (notebook volumes are EBS)',
      inventory: { notebookInstances: regional([nb('nb-gpu', { KmsKeyId: '1234abcd-12ab-34cd-56ef-1234567890ab', InstanceType: 'ml.g4dn.xlarge' }, 'eu-west-1')]) },
      expect: [{ status: 'pass', resource: 'nb-gpu', evidence: { KmsKeyId: '1234abcd-12ab-34cd-56ef-1234567890ab' } }],
    },
  ],
  fail: [
    {
      name: 'KmsKeyId absent',
      inventory: { notebookInstances: regional([nb('nb-default', { KmsKeyId: undefined })]) },
      expect: [{ status: 'fail', resource: 'nb-default', message: 'no KMS key', evidence: { KmsKeyId: null } }],
    },
    {
      name: 'KmsKeyId returned as an empty string counts as absent',
      inventory: { notebookInstances: regional([nb('nb-empty', { KmsKeyId: '' })]) },
      expect: [{ status: 'fail', resource: 'nb-empty', evidence: { KmsKeyId: null } }],
    },
    {
      name: 'no key while every other setting is hardened, next to a passing notebook',
      inventory: { notebookInstances: regional([nb('nb-plain', { KmsKeyId: undefined }, 'eu-west-1'), nb('nb-cmk')]) },
      expect: [
        { status: 'fail', resource: 'nb-plain' },
        { status: 'pass', resource: 'nb-cmk' },
      ],
    },
  ],
  error: [
    {
      name: 'DescribeNotebookInstance denied: an error, never a fail from a missing field',
      inventory: { notebookInstances: regional([unreadableItem('notebook-instance', 'nb-secret'), nb('nb-ok')]) },
      expect: [
        { status: 'error', resource: 'nb-secret', message: 'AccessDeniedException' },
        { status: 'pass', resource: 'nb-ok' },
      ],
    },
    {
      name: 'ListNotebookInstances denied in one region',
      inventory: { notebookInstances: regional([nb('nb-ok')], ['eu-west-1']) },
      expect: [
        { status: 'error', resource: 'arn:aws:sagemaker:eu-west-1:111122223333:notebook-instance/*' },
        { status: 'pass', resource: 'nb-ok' },
      ],
    },
  ],
  empty: { notebookInstances: regional([]) },
});
