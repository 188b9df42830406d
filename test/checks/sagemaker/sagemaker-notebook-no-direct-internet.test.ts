import type { DescribeNotebookInstanceCommandOutput } from '@aws-sdk/client-sagemaker';
import check from '../../../checks/sagemaker/sagemaker-notebook-no-direct-internet.js';
import type { NotebookInstance } from '../../../src/inventory/types.js';
import { testCheck } from '../../helpers/check-tester.js';
import { item, regional, unreadableItem } from '../../helpers/inventory.js';

/** DescribeNotebookInstance output as the API returns it; vary one field at a time. */
function notebook(name: string, fields: Partial<NotebookInstance>): NotebookInstance {
  return {
    NotebookInstanceName: name,
    NotebookInstanceArn: `arn:aws:sagemaker:us-east-1:111122223333:notebook-instance/${name}`,
    NotebookInstanceStatus: 'InService',
    InstanceType: 'ml.t3.medium',
    RoleArn: 'arn:aws:iam::111122223333:role/SageMakerRole',
    DirectInternetAccess: 'Disabled',
    RootAccess: 'Disabled',
    SubnetId: 'subnet-0abc',
    SecurityGroups: ['sg-0abc'],
    ...fields,
  } satisfies Omit<DescribeNotebookInstanceCommandOutput, '$metadata'>;
}

const nb = (name: string, fields: Partial<NotebookInstance> = {}, region = 'us-east-1') =>
  item('notebook-instance', name, notebook(name, fields), region);

testCheck(check, {
  pass: [
    { name: 'DirectInternetAccess Disabled', inventory: { notebookInstances: regional([nb('nb-private')]) }, expect: [{ status: 'pass', resource: 'nb-private' }] },
    {
      name: 'direct internet disabled while root access is enabled (the field is not confused with RootAccess)',
      inventory: { notebookInstances: regional([nb('nb-root', { RootAccess: 'Enabled' })]) },
      expect: [{ status: 'pass', resource: 'nb-root', evidence: { DirectInternetAccess: 'Disabled' } }],
    },
  ],
  fail: [
    {
      name: 'DirectInternetAccess Enabled',
      inventory: { notebookInstances: regional([nb('nb-open', { DirectInternetAccess: 'Enabled' })]) },
      expect: [{ status: 'fail', resource: 'nb-open', evidence: { DirectInternetAccess: 'Enabled' } }],
    },
    {
      name: 'DirectInternetAccess missing means Enabled',
      inventory: { notebookInstances: regional([nb('nb-default', { DirectInternetAccess: undefined })]) },
      expect: [{ status: 'fail', resource: 'nb-default', message: 'default is Enabled', evidence: { DirectInternetAccess: null, effective: 'Enabled' } }],
    },
    {
      name: 'enabled in a VPC subnet with root access disabled still fails',
      inventory: { notebookInstances: regional([nb('nb-vpc', { DirectInternetAccess: 'Enabled', RootAccess: 'Disabled' }, 'eu-west-1')]) },
      expect: [{ status: 'fail', resource: 'nb-vpc' }],
    },
  ],
  error: [
    {
      name: 'DescribeNotebookInstance denied',
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
        { status: 'error', resource: 'notebook-instance/*' },
        { status: 'pass', resource: 'nb-ok' },
      ],
    },
    {
      name: 'a region that was not collected',
      inventory: { notebookInstances: { 'us-east-1': { ok: true, value: [] } } },
      expect: [{ status: 'error', resource: 'arn:aws:sagemaker:eu-west-1' }],
    },
  ],
  empty: { notebookInstances: regional([]) },
});
