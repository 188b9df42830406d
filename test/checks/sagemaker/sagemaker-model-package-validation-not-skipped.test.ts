import check from '../../../checks/sagemaker/sagemaker-model-package-validation-not-skipped.js';
import type { ModelPackage } from '../../../src/inventory/types.js';
import { testCheck } from '../../helpers/check-tester.js';
import { regional, unreadableItem } from '../../helpers/inventory.js';
import { modelPackage } from '../../helpers/ml-governance.js';

testCheck(check, {
  pass: [
    {
      name: 'SkipModelValidation None',
      inventory: { modelPackages: regional([modelPackage('grp', 1, { SkipModelValidation: 'None' })]) },
      expect: [{ status: 'pass', resource: 'grp/1', evidence: { SkipModelValidation: 'None', effective: 'None' } }],
    },
    {
      name: 'SkipModelValidation not set means None, whatever the approval status',
      inventory: { modelPackages: regional([modelPackage('grp', 2, { ModelApprovalStatus: 'PendingManualApproval' })]) },
      expect: [{ status: 'pass', resource: 'grp/2', message: 'not set', evidence: { SkipModelValidation: null, effective: 'None' } }],
    },
  ],
  fail: [
    {
      name: 'SkipModelValidation All',
      inventory: { modelPackages: regional([modelPackage('grp', 3, { SkipModelValidation: 'All' })]) },
      expect: [{ status: 'fail', resource: 'grp/3', message: 'SkipModelValidation All', evidence: { SkipModelValidation: 'All' } }],
    },
    {
      name: 'skipped validation fails even for a rejected version',
      inventory: { modelPackages: regional([modelPackage('grp', 4, { SkipModelValidation: 'All', ModelApprovalStatus: 'Rejected' }, 'eu-west-1')]) },
      expect: [{ status: 'fail', resource: 'grp/4' }],
    },
  ],
  error: [
    {
      name: 'DescribeModelPackage denied',
      inventory: { modelPackages: regional([unreadableItem<ModelPackage>('model-package', 'grp/5'), modelPackage('grp', 6)]) },
      expect: [
        { status: 'error', resource: 'grp/5', message: 'AccessDeniedException' },
        { status: 'pass', resource: 'grp/6' },
      ],
    },
  ],
  empty: { modelPackages: regional([]) },
});
