import type { DescribeNotebookInstanceCommandOutput } from '@aws-sdk/client-sagemaker';
import check from '../../../checks/sagemaker/sagemaker-notebook-root-access-disabled.js';
import type { NotebookInstance } from '../../../src/inventory/types.js';
import { testCheck } from '../../helpers/check-tester.js';
import { item, regional, unreadableItem } from '../../helpers/inventory.js';

/** DescribeNotebookInstance output as the API returns it (a hardened baseline); vary one field at a time. */
function notebook(name: string, fields: Partial<NotebookInstance>): NotebookInstance {
  return {
    NotebookInstanceName: name,
    NotebookInstanceArn: `arn:aws:sagemaker:us-east-1:111122223333:notebook-instance/${name}`,
    NotebookInstanceStatus: 'InService',
    Url: `${name}.notebook.us-east-1.sagemaker.aws`,
    InstanceType: 'ml.t3.medium',
    RoleArn: 'arn:aws:iam::111122223333:role/SageMakerRole',
    KmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
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
      name: 'RootAccess Disabled',
      inventory: { notebookInstances: regional([nb('nb-locked')]) },
      expect: [{ status: 'pass', resource: 'nb-locked', evidence: { RootAccess: 'Disabled', effective: 'Disabled' } }],
    },
    {
      name: 'root access disabled while direct internet access is enabled (the field is not confused with DirectInternetAccess)',
      inventory: { notebookInstances: regional([nb('nb-internet', { DirectInternetAccess: 'Enabled' })]) },
      expect: [{ status: 'pass', resource: 'nb-internet' }],
    },
    {
      name: 'a stopped notebook with a lifecycle configuration is judged on RootAccess alone',
      inventory: {
        notebookInstances: regional([nb('nb-stopped', { NotebookInstanceStatus: 'Stopped', NotebookInstanceLifecycleConfigName: 'setup' }, 'eu-west-1')]),
      },
      expect: [{ status: 'pass', resource: 'nb-stopped' }],
    },
  ],
  fail: [
    {
      name: 'RootAccess Enabled',
      inventory: { notebookInstances: regional([nb('nb-root', { RootAccess: 'Enabled' })]) },
      expect: [{ status: 'fail', resource: 'nb-root', message: 'root access', evidence: { RootAccess: 'Enabled', effective: 'Enabled' } }],
    },
    {
      name: 'RootAccess missing means Enabled',
      inventory: { notebookInstances: regional([nb('nb-default', { RootAccess: undefined })]) },
      expect: [{ status: 'fail', resource: 'nb-default', message: 'default is Enabled', evidence: { RootAccess: null, effective: 'Enabled' } }],
    },
    {
      name: 'root access enabled with direct internet disabled still fails',
      inventory: { notebookInstances: regional([nb('nb-private-root', { RootAccess: 'Enabled', DirectInternetAccess: 'Disabled' }, 'eu-west-1'), nb('nb-ok')]) },
      expect: [
        { status: 'fail', resource: 'nb-private-root' },
        { status: 'pass', resource: 'nb-ok' },
      ],
    },
  ],
  error: [
    {
      name: 'DescribeNotebookInstance denied: an error, never a pass',
      inventory: { notebookInstances: regional([unreadableItem('notebook-instance', 'nb-secret'), nb('nb-ok')]) },
      expect: [
        { status: 'error', resource: 'nb-secret', message: 'AccessDeniedException', evidence: { errorCode: 'AccessDeniedException' } },
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
    {
      name: 'a region that was not collected',
      inventory: { notebookInstances: { 'us-east-1': { ok: true, value: [] } } },
      expect: [{ status: 'error', resource: 'arn:aws:sagemaker:eu-west-1', message: 'not collected' }],
    },
  ],
  empty: { notebookInstances: regional([]) },
});
