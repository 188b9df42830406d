import check from '../../../checks/sagemaker/sagemaker-notebook-root-access-disabled.js';
import { testCheck } from '../../helpers/check-tester.js';
import { regional, unreadableItem } from '../../helpers/inventory.js';
import { notebook as nb } from '../../helpers/notebooks-studio.js';

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
