import check from '../../../checks/sagemaker/sagemaker-notebook-in-vpc.js';
import { testCheck } from '../../helpers/check-tester.js';
import { regional, unreadableItem } from '../../helpers/inventory.js';
import { notebook } from '../../helpers/notebooks-studio.js';

testCheck(check, {
  pass: [
    { name: 'SubnetId set', inventory: { notebookInstances: regional([notebook('nb-vpc')]) }, expect: [{ status: 'pass', resource: 'nb-vpc', evidence: { SubnetId: 'subnet-0abc' } }] },
    {
      name: 'in a subnet while direct internet access is enabled (the field is not confused with DirectInternetAccess)',
      inventory: { notebookInstances: regional([notebook('nb-both', { DirectInternetAccess: 'Enabled' })]) },
      expect: [{ status: 'pass', resource: 'nb-both' }],
    },
  ],
  fail: [
    {
      name: 'no SubnetId',
      inventory: { notebookInstances: regional([notebook('nb-public', { SubnetId: undefined, SecurityGroups: undefined })]) },
      expect: [{ status: 'fail', resource: 'nb-public', message: 'not launched in a VPC subnet', evidence: { SubnetId: null } }],
    },
    {
      name: 'empty SubnetId',
      inventory: { notebookInstances: regional([notebook('nb-empty', { SubnetId: '' }, 'eu-west-1')]) },
      expect: [{ status: 'fail', resource: 'nb-empty' }],
    },
  ],
  error: [
    {
      name: 'DescribeNotebookInstance denied',
      inventory: { notebookInstances: regional([unreadableItem('notebook-instance', 'nb-hidden'), notebook('nb-ok')]) },
      expect: [
        { status: 'error', resource: 'nb-hidden', message: 'AccessDeniedException' },
        { status: 'pass', resource: 'nb-ok' },
      ],
    },
    { name: 'listing denied in a region', inventory: { notebookInstances: regional([], ['eu-west-1']) }, expect: [{ status: 'error', resource: 'notebook-instance/*' }] },
  ],
  empty: { notebookInstances: regional([]) },
});
