import check from '../../../checks/sagemaker/sagemaker-notebook-lifecycle-config-exists.js';
import { testCheck } from '../../helpers/check-tester.js';
import { regional, unreadableItem } from '../../helpers/inventory.js';
import { notebook, notebookLcc } from '../../helpers/notebooks-studio.js';

const setup = notebookLcc('team-setup', '#!/bin/bash\n');

testCheck(check, {
  pass: [
    {
      name: 'the named configuration exists',
      inventory: { notebookInstances: regional([notebook('nb', { NotebookInstanceLifecycleConfigName: 'team-setup' })]), notebookLifecycleConfigs: regional([setup]) },
      expect: [{ status: 'pass', resource: 'nb' }],
    },
    {
      name: 'it exists even when it cannot be described (existence is what is checked)',
      inventory: {
        notebookInstances: regional([notebook('nb', { NotebookInstanceLifecycleConfigName: 'hidden' })]),
        notebookLifecycleConfigs: regional([unreadableItem('notebook-instance-lifecycle-config', 'hidden')]),
      },
      expect: [{ status: 'pass', resource: 'nb' }],
    },
  ],
  fail: [
    {
      name: 'the named configuration was deleted',
      inventory: { notebookInstances: regional([notebook('nb', { NotebookInstanceLifecycleConfigName: 'gone' })]), notebookLifecycleConfigs: regional([setup]) },
      expect: [{ status: 'fail', resource: 'nb', message: 'gone', evidence: { NotebookInstanceLifecycleConfigName: 'gone' } }],
    },
    {
      name: 'a configuration of that name exists only in another region',
      inventory: {
        notebookInstances: regional([notebook('nb-eu', { NotebookInstanceLifecycleConfigName: 'team-setup' }, 'eu-west-1')]),
        notebookLifecycleConfigs: regional([setup]),
      },
      expect: [{ status: 'fail', resource: 'nb-eu' }],
    },
  ],
  error: [
    {
      name: 'the configurations of the region could not be listed',
      inventory: { notebookInstances: regional([notebook('nb', { NotebookInstanceLifecycleConfigName: 'team-setup' })]), notebookLifecycleConfigs: regional([], ['us-east-1']) },
      expect: [{ status: 'error', resource: 'nb', message: 'AccessDeniedException' }],
    },
    {
      name: 'the notebook could not be described',
      inventory: { notebookInstances: regional([unreadableItem('notebook-instance', 'nb-hidden')]), notebookLifecycleConfigs: regional([setup]) },
      expect: [{ status: 'error', resource: 'nb-hidden' }],
    },
  ],
  notApplicable: [
    {
      name: 'no lifecycle configuration',
      inventory: { notebookInstances: regional([notebook('plain')]), notebookLifecycleConfigs: regional([], ['us-east-1']) },
      expect: [{ status: 'not_applicable', resource: 'plain' }],
    },
  ],
  empty: { notebookInstances: regional([]), notebookLifecycleConfigs: regional([]) },
});
