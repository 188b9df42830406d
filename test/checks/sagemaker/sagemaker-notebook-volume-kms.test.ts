import type { DescribeNotebookInstanceCommandOutput } from '@aws-sdk/client-sagemaker';
import check from '../../../checks/sagemaker/sagemaker-notebook-volume-kms.js';
import type { NotebookInstance } from '../../../src/inventory/types.js';
import { testCheck } from '../../helpers/check-tester.js';
import { item, regional, unreadableItem } from '../../helpers/inventory.js';

const KEY = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';

/** DescribeNotebookInstance output as the API returns it (a hardened baseline); vary one field at a time. */
function notebook(name: string, fields: Partial<NotebookInstance>): NotebookInstance {
  return {
    NotebookInstanceName: name,
    NotebookInstanceArn: `arn:aws:sagemaker:us-east-1:111122223333:notebook-instance/${name}`,
    NotebookInstanceStatus: 'InService',
    Url: `${name}.notebook.us-east-1.sagemaker.aws`,
    InstanceType: 'ml.t3.medium',
    RoleArn: 'arn:aws:iam::111122223333:role/SageMakerRole',
    KmsKeyId: KEY,
    SubnetId: 'subnet-0abc',
    SecurityGroups: ['sg-0abc'],
    NetworkInterfaceId: 'eni-0abc',
    DirectInternetAccess: 'Disabled',
    VolumeSizeInGB: 5,
    RootAccess: 'Disabled',
    PlatformIdentifier: 'notebook-al2-v3',
    CreationTime: new Date('2025-01-10T09:00:00Z'),
    LastModifiedTime: new Date('2025-01-10T09:10:00Z'),
    ...fields,
  } satisfies Omit<DescribeNotebookInstanceCommandOutput, '$metadata'>;
}

const nb = (name: string, fields: Partial<NotebookInstance> = {}, region = 'us-east-1') =>
  item('notebook-instance', name, notebook(name, fields), region);

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
