import check from '../../../checks/sagemaker/sagemaker-transform-job-kms.js';
import { testCheck } from '../../helpers/check-tester.js';
import { regional, unreadableItem } from '../../helpers/inventory.js';
import { items, OUTPUT_KEY, transformJob, VOLUME_KEY } from '../../helpers/jobs.js';

const job = items.transform;
const base = transformJob('base');
const resources = (f: object) => ({ ...base.TransformResources!, ...f });
const output = (f: object) => ({ ...base.TransformOutput!, ...f });

testCheck(check, {
  pass: [
    {
      name: 'volume and output keys set (a finished job is evaluated)',
      inventory: { transformJobs: regional([job('batch-cmk')]) },
      expect: [{ status: 'pass', resource: 'batch-cmk', evidence: { VolumeKmsKeyId: VOLUME_KEY, OutputKmsKeyId: OUTPUT_KEY, TransformJobStatus: 'Completed' } }],
    },
    {
      name: 'NVMe instance type: volume key impossible, output key set',
      inventory: { transformJobs: regional([job('batch-nvme', { TransformResources: resources({ InstanceType: 'ml.g4dn.xlarge', VolumeKmsKeyId: undefined }) })]) },
      expect: [{ status: 'pass', resource: 'batch-nvme', message: 'NVMe', evidence: { missingKeys: [] } }],
    },
  ],
  fail: [
    {
      name: 'volume key missing',
      inventory: { transformJobs: regional([job('batch-no-vol', { TransformResources: resources({ VolumeKmsKeyId: undefined }) })]) },
      expect: [{ status: 'fail', resource: 'batch-no-vol', message: 'volume half', evidence: { VolumeKmsKeyId: null } }],
    },
    {
      name: 'output key missing',
      inventory: { transformJobs: regional([job('batch-no-out', { TransformOutput: output({ KmsKeyId: undefined }) })]) },
      expect: [{ status: 'fail', resource: 'batch-no-out', message: ['output half', 'aws/s3'], evidence: { OutputKmsKeyId: null } }],
    },
    {
      name: 'both missing',
      inventory: { transformJobs: regional([job('batch-none', { TransformResources: resources({ VolumeKmsKeyId: undefined }), TransformOutput: output({ KmsKeyId: undefined }) }, 'eu-west-1')]) },
      expect: [{ status: 'fail', resource: 'batch-none', message: 'both halves' }],
    },
    {
      name: 'NVMe instance type still needs the output key',
      inventory: { transformJobs: regional([job('batch-nvme-no-out', { TransformResources: resources({ InstanceType: 'ml.p3dn.24xlarge', VolumeKmsKeyId: undefined }), TransformOutput: output({ KmsKeyId: undefined }) })]) },
      expect: [{ status: 'fail', resource: 'batch-nvme-no-out', message: 'output half', evidence: { missingKeys: ['output'] } }],
    },
  ],
  error: [
    {
      name: 'DescribeTransformJob denied',
      inventory: { transformJobs: regional([unreadableItem('transform-job', 'batch-hidden'), job('batch-ok')]) },
      expect: [
        { status: 'error', resource: 'batch-hidden', message: 'AccessDeniedException' },
        { status: 'pass', resource: 'batch-ok' },
      ],
    },
    {
      name: 'ListTransformJobs denied in one region',
      inventory: { transformJobs: regional([job('batch-ok')], ['eu-west-1']) },
      expect: [
        { status: 'error', resource: 'arn:aws:sagemaker:eu-west-1:111122223333:transform-job/*' },
        { status: 'pass', resource: 'batch-ok' },
      ],
    },
  ],
  empty: { transformJobs: regional([]) },
});
