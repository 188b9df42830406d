import check from '../../../checks/sagemaker/sagemaker-processing-job-kms.js';
import type { ProcessingJob } from '../../../src/inventory/types.js';
import { testCheck } from '../../helpers/check-tester.js';
import { regional, unreadableItem } from '../../helpers/inventory.js';
import { items, OUTPUT_KEY, processingJob, VOLUME_KEY } from '../../helpers/jobs.js';

const job = items.processing;
const base = processingJob('base');
type Cluster = NonNullable<NonNullable<ProcessingJob['ProcessingResources']>['ClusterConfig']>;
const cluster = (f: Partial<Cluster>) => ({ ClusterConfig: { ...base.ProcessingResources!.ClusterConfig!, ...f } });
const outputs = (f: Partial<NonNullable<ProcessingJob['ProcessingOutputConfig']>>) => ({ ...base.ProcessingOutputConfig!, ...f });

testCheck(check, {
  pass: [
    {
      name: 'volume and output keys set (a finished job is evaluated)',
      inventory: { processingJobs: regional([job('proc-cmk')]) },
      expect: [{ status: 'pass', resource: 'proc-cmk', evidence: { VolumeKmsKeyId: VOLUME_KEY, OutputKmsKeyId: OUTPUT_KEY, missingKeys: [] } }],
    },
    {
      name: 'NVMe instance type: no volume key possible, output key set',
      inventory: { processingJobs: regional([job('proc-nvme', { ProcessingResources: cluster({ InstanceType: 'ml.g4dn.xlarge', VolumeKmsKeyId: undefined }) })]) },
      expect: [{ status: 'pass', resource: 'proc-nvme', message: 'NVMe', evidence: { VolumeKmsKeyId: null } }],
    },
    {
      name: 'no outputs: only the volume half applies',
      inventory: { processingJobs: regional([job('proc-no-out', { ProcessingOutputConfig: undefined })]) },
      expect: [{ status: 'pass', resource: 'proc-no-out', message: 'no outputs', evidence: { outputs: 0 } }],
    },
  ],
  fail: [
    {
      name: 'volume key missing on an EBS instance type',
      inventory: { processingJobs: regional([job('proc-no-vol', { ProcessingResources: cluster({ VolumeKmsKeyId: undefined }) })]) },
      expect: [{ status: 'fail', resource: 'proc-no-vol', message: 'volume half', evidence: { missingKeys: ['volume'] } }],
    },
    {
      name: 'output key missing',
      inventory: { processingJobs: regional([job('proc-no-out-key', { ProcessingOutputConfig: outputs({ KmsKeyId: undefined }) })]) },
      expect: [{ status: 'fail', resource: 'proc-no-out-key', message: 'output half', evidence: { missingKeys: ['output'] } }],
    },
    {
      name: 'both missing',
      inventory: { processingJobs: regional([job('proc-none', { ProcessingResources: cluster({ VolumeKmsKeyId: undefined }), ProcessingOutputConfig: outputs({ KmsKeyId: '' }) })]) },
      expect: [{ status: 'fail', resource: 'proc-none', message: 'both halves', evidence: { missingKeys: ['volume', 'output'] } }],
    },
    {
      name: 'instance preferences with one EBS type need the volume key',
      inventory: {
        processingJobs: regional([
          job('proc-prefs', {
            ProcessingResources: {
              ClusterConfig: { VolumeSizeInGB: 30, InstancePreferences: [{ InstanceType: 'ml.g5.xlarge', InstanceCount: 1 }, { InstanceType: 'ml.m5.xlarge', InstanceCount: 1 }] },
            },
          }),
        ]),
      },
      expect: [{ status: 'fail', resource: 'proc-prefs', message: 'volume half', evidence: { instanceTypes: ['ml.g5.xlarge', 'ml.m5.xlarge'] } }],
    },
  ],
  notApplicable: [
    {
      name: 'NVMe instances and no outputs: nothing can take a key',
      inventory: { processingJobs: regional([job('proc-nothing', { ProcessingResources: cluster({ InstanceType: 'ml.g5.2xlarge', VolumeKmsKeyId: undefined }), ProcessingOutputConfig: undefined }, 'eu-west-1')]) },
      expect: [{ status: 'not_applicable', resource: 'proc-nothing' }],
    },
  ],
  error: [
    {
      name: 'DescribeProcessingJob denied',
      inventory: { processingJobs: regional([unreadableItem('processing-job', 'proc-hidden'), job('proc-ok')]) },
      expect: [
        { status: 'error', resource: 'proc-hidden', message: 'AccessDeniedException' },
        { status: 'pass', resource: 'proc-ok' },
      ],
    },
    {
      name: 'ListProcessingJobs denied in one region',
      inventory: { processingJobs: regional([job('proc-ok')], ['eu-west-1']) },
      expect: [
        { status: 'error', resource: 'arn:aws:sagemaker:eu-west-1:111122223333:processing-job/*' },
        { status: 'pass', resource: 'proc-ok' },
      ],
    },
  ],
  empty: { processingJobs: regional([]) },
});
