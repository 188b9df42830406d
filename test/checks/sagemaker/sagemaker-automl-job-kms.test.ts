import check from '../../../checks/sagemaker/sagemaker-automl-job-kms.js';
import { testCheck } from '../../helpers/check-tester.js';
import { regional, unreadableItem } from '../../helpers/inventory.js';
import { autoMLJob, items, OUTPUT_KEY, VOLUME_KEY, VPC } from '../../helpers/jobs.js';

const job = items.autoML;
const out = autoMLJob('base').OutputDataConfig!;

testCheck(check, {
  pass: [
    {
      name: 'volume and output keys set (a finished job is evaluated)',
      inventory: { autoMLJobs: regional([job('automl-cmk')]) },
      expect: [{ status: 'pass', resource: 'automl-cmk', evidence: { VolumeKmsKeyId: VOLUME_KEY, OutputKmsKeyId: OUTPUT_KEY, AutoMLJobStatus: 'Completed' } }],
    },
    {
      name: 'a job created with the V1 API, read through DescribeAutoMLJobV2',
      inventory: { autoMLJobs: regional([job('automl-v1', { AutoMLProblemTypeConfigName: undefined, AutoMLProblemTypeConfig: undefined })]) },
      expect: [{ status: 'pass', resource: 'automl-v1' }],
    },
  ],
  fail: [
    {
      name: 'volume key missing',
      inventory: { autoMLJobs: regional([job('automl-no-vol', { SecurityConfig: { VpcConfig: VPC, EnableInterContainerTrafficEncryption: true } })]) },
      expect: [{ status: 'fail', resource: 'automl-no-vol', message: ['volume half', 'SecurityConfig.VolumeKmsKeyId'], evidence: { VolumeKmsKeyId: null } }],
    },
    {
      name: 'output key missing',
      inventory: { autoMLJobs: regional([job('automl-no-out', { OutputDataConfig: { ...out, KmsKeyId: undefined } })]) },
      expect: [{ status: 'fail', resource: 'automl-no-out', message: 'output half', evidence: { OutputKmsKeyId: null } }],
    },
    {
      name: 'no SecurityConfig and no output key',
      inventory: { autoMLJobs: regional([job('automl-none', { SecurityConfig: undefined, OutputDataConfig: { S3OutputPath: out.S3OutputPath } }, 'eu-west-1')]) },
      expect: [{ status: 'fail', resource: 'automl-none', message: 'both halves', evidence: { missingKeys: ['volume', 'output'] } }],
    },
  ],
  error: [
    {
      name: 'DescribeAutoMLJobV2 denied',
      inventory: { autoMLJobs: regional([unreadableItem('automl-job', 'automl-hidden'), job('automl-ok')]) },
      expect: [
        { status: 'error', resource: 'automl-hidden', message: 'AccessDeniedException' },
        { status: 'pass', resource: 'automl-ok' },
      ],
    },
    {
      name: 'ListAutoMLJobs denied in one region',
      inventory: { autoMLJobs: regional([job('automl-ok')], ['eu-west-1']) },
      expect: [
        { status: 'error', resource: 'arn:aws:sagemaker:eu-west-1:111122223333:automl-job/*' },
        { status: 'pass', resource: 'automl-ok' },
      ],
    },
  ],
  empty: { autoMLJobs: regional([]) },
});
