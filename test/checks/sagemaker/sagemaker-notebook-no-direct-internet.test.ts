import check from '../../../checks/sagemaker/sagemaker-notebook-no-direct-internet.js';
import { testCheck } from '../../helpers/check-tester.js';
import { regional, unreadableItem } from '../../helpers/inventory.js';
import { notebook as nb } from '../../helpers/notebooks-studio.js';

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
