import check from '../../../checks/sagemaker/sagemaker-model-package-not-auto-approved.js';
import type { ModelPackage } from '../../../src/inventory/types.js';
import { testCheck } from '../../helpers/check-tester.js';
import { regional, unreadableItem } from '../../helpers/inventory.js';
import { modelPackage } from '../../helpers/ml-governance.js';

const created = new Date('2026-03-01T10:00:00Z');

testCheck(check, {
  pass: [
    {
      name: 'approved later, with an approval description',
      inventory: { modelPackages: regional([modelPackage('grp', 1)]) },
      expect: [{ status: 'pass', resource: 'grp/1', message: ['approval description', 'modified at 2026-03-02T09:00:00.000Z'], evidence: { approvalDescription: true, lastModifiedBy: 'arn:aws:sts::111122223333:assumed-role/approver/jane' } }],
    },
    {
      name: 'an approval description alone is a trace of UpdateModelPackage',
      inventory: { modelPackages: regional([modelPackage('grp', 2, { LastModifiedTime: created })]) },
      expect: [{ status: 'pass', resource: 'grp/2', message: 'approval description' }],
    },
    {
      name: 'modified after registration, without a description (timestamps as replayed strings)',
      inventory: { modelPackages: regional([modelPackage('grp', 3, { ApprovalDescription: undefined, CreationTime: '2026-03-01T10:00:00Z' as unknown as Date, LastModifiedTime: '2026-03-01T12:00:00Z' as unknown as Date })]) },
      expect: [{ status: 'pass', resource: 'grp/3', message: 'modified at 2026-03-01T12:00:00.000Z' }],
    },
  ],
  fail: [
    {
      name: 'Approved, no description, LastModifiedTime equal to CreationTime',
      inventory: { modelPackages: regional([modelPackage('grp', 4, { ApprovalDescription: undefined, LastModifiedTime: created, LastModifiedBy: undefined })]) },
      expect: [{ status: 'fail', resource: 'grp/4', message: 'no modification more than a second after', evidence: { approvalDescription: false } }],
    },
    {
      name: 'Approved, never modified (no LastModifiedTime)',
      inventory: { modelPackages: regional([modelPackage('grp', 5, { ApprovalDescription: '', LastModifiedTime: undefined })]) },
      expect: [{ status: 'fail', resource: 'grp/5', message: 'no modification since', evidence: { LastModifiedTime: null } }],
    },
    {
      name: 'a modification within a second of registration is not an approval step',
      inventory: { modelPackages: regional([modelPackage('grp', 6, { ApprovalDescription: undefined, LastModifiedTime: new Date('2026-03-01T10:00:00.800Z') })]) },
      expect: [{ status: 'fail', resource: 'grp/6' }],
    },
  ],
  notApplicable: [
    {
      name: 'pending, rejected and unset approval statuses',
      inventory: {
        modelPackages: regional([
          modelPackage('grp', 7, { ModelApprovalStatus: 'PendingManualApproval', ApprovalDescription: undefined }),
          modelPackage('grp', 8, { ModelApprovalStatus: 'Rejected' }),
          modelPackage('grp', 9, { ModelApprovalStatus: undefined }),
        ]),
      },
      expect: [
        { status: 'not_applicable', resource: 'grp/7', message: 'PendingManualApproval' },
        { status: 'not_applicable', resource: 'grp/8', message: 'Rejected' },
        { status: 'not_applicable', resource: 'grp/9', message: 'no approval status' },
      ],
    },
  ],
  error: [
    {
      name: 'DescribeModelPackage denied; the versions of a region could not be listed',
      inventory: { modelPackages: regional([unreadableItem<ModelPackage>('model-package', 'grp/10')], ['eu-west-1']) },
      expect: [
        { status: 'error', resource: 'grp/10', message: 'AccessDeniedException' },
        { status: 'error', resource: 'arn:aws:sagemaker:eu-west-1:111122223333:model-package/*' },
      ],
    },
    {
      name: 'Approved without description and without CreationTime: cannot tell',
      inventory: { modelPackages: regional([modelPackage('grp', 11, { ApprovalDescription: undefined, CreationTime: undefined })]) },
      expect: [{ status: 'error', resource: 'grp/11', message: 'no CreationTime' }],
    },
  ],
  empty: { modelPackages: regional([]) },
});
