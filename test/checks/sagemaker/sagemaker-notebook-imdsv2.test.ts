import check from '../../../checks/sagemaker/sagemaker-notebook-imdsv2.js';
import { testCheck } from '../../helpers/check-tester.js';
import { regional, unreadableItem } from '../../helpers/inventory.js';
import { notebook } from '../../helpers/notebooks-studio.js';

testCheck(check, {
  pass: [
    { name: 'minimum version 2', inventory: { notebookInstances: regional([notebook('nb-v2')]) }, expect: [{ status: 'pass', resource: 'nb-v2', evidence: { effective: '2' } }] },
    {
      name: 'IMDSv2 with root access enabled (the field is not confused with RootAccess)',
      inventory: { notebookInstances: regional([notebook('nb-root', { RootAccess: 'Enabled' })]) },
      expect: [{ status: 'pass', resource: 'nb-root' }],
    },
  ],
  fail: [
    {
      name: 'minimum version 1',
      inventory: { notebookInstances: regional([notebook('nb-v1', { InstanceMetadataServiceConfiguration: { MinimumInstanceMetadataServiceVersion: '1' } })]) },
      expect: [{ status: 'fail', resource: 'nb-v1', evidence: { MinimumInstanceMetadataServiceVersion: '1', effective: '1' } }],
    },
    {
      name: 'not set: the API default is IMDSv1',
      inventory: { notebookInstances: regional([notebook('nb-default', { InstanceMetadataServiceConfiguration: undefined })]) },
      expect: [{ status: 'fail', resource: 'nb-default', message: 'default is 1', evidence: { MinimumInstanceMetadataServiceVersion: null, effective: '1' } }],
    },
  ],
  error: [
    {
      name: 'DescribeNotebookInstance denied',
      inventory: { notebookInstances: regional([unreadableItem('notebook-instance', 'nb-hidden')]) },
      expect: [{ status: 'error', resource: 'nb-hidden' }],
    },
    { name: 'region not collected', inventory: { notebookInstances: { 'us-east-1': { ok: true, value: [] } } }, expect: [{ status: 'error', resource: 'arn:aws:sagemaker:eu-west-1' }] },
  ],
  empty: { notebookInstances: regional([]) },
});
