import check, { NOTEBOOK_PLATFORMS } from '../../../checks/sagemaker/sagemaker-notebook-supported-platform.js';
import { describe, expect, it } from 'vitest';
import { testCheck } from '../../helpers/check-tester.js';
import { regional, unreadableItem } from '../../helpers/inventory.js';
import { notebook } from '../../helpers/notebooks-studio.js';

testCheck(check, {
  pass: [
    { name: 'notebook-al2023-v1', inventory: { notebookInstances: regional([notebook('nb-2023')]) }, expect: [{ status: 'pass', resource: 'nb-2023', evidence: { PlatformIdentifier: 'notebook-al2023-v1' } }] },
  ],
  fail: [
    ...['notebook-al1-v1', 'notebook-al2-v1', 'notebook-al2-v2', 'notebook-al2-v3'].map((p) => ({
      name: p,
      inventory: { notebookInstances: regional([notebook('nb-old', { PlatformIdentifier: p })]) },
      expect: [{ status: 'fail' as const, resource: 'nb-old', message: `unsupported platform ${p}` }],
    })),
  ],
  error: [
    {
      name: 'an identifier the list does not know is not passed',
      inventory: { notebookInstances: regional([notebook('nb-new', { PlatformIdentifier: 'notebook-al2023-v2' })]) },
      expect: [{ status: 'error', resource: 'nb-new', message: 'does not know' }],
    },
    {
      name: 'no PlatformIdentifier reported',
      inventory: { notebookInstances: regional([notebook('nb-none', { PlatformIdentifier: undefined })]) },
      expect: [{ status: 'error', resource: 'nb-none', message: 'reports no PlatformIdentifier' }],
    },
    {
      name: 'a name that is an Object.prototype key is not a known platform',
      inventory: { notebookInstances: regional([notebook('nb-proto', { PlatformIdentifier: 'constructor' })]) },
      expect: [{ status: 'error', resource: 'nb-proto' }],
    },
    { name: 'DescribeNotebookInstance denied', inventory: { notebookInstances: regional([unreadableItem('notebook-instance', 'nb-hidden')]) }, expect: [{ status: 'error', resource: 'nb-hidden' }] },
  ],
  empty: { notebookInstances: regional([]) },
});

describe('the notebook platform list', () => {
  it('marks exactly notebook-al2023-v1 as supported (Security Hub SageMaker.8, 2026)', () => {
    expect(Object.entries(NOTEBOOK_PLATFORMS).filter(([, v]) => v.supported).map(([k]) => k)).toEqual(['notebook-al2023-v1']);
  });
});
