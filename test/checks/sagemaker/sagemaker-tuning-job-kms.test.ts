import check from '../../../checks/sagemaker/sagemaker-tuning-job-kms.js';
import { testCheck } from '../../helpers/check-tester.js';
import { regional, unreadableItem } from '../../helpers/inventory.js';
import { items, OUTPUT_KEY, tuningDefinition } from '../../helpers/jobs.js';

const job = items.tuning;
const def = tuningDefinition;
const rc = (f: object) => ({ ResourceConfig: { InstanceType: 'ml.m5.xlarge' as const, InstanceCount: 1, VolumeSizeInGB: 30, ...f } });
const out = (f: object) => ({ OutputDataConfig: { S3OutputPath: 's3://ml-artifacts-111122223333/tuning/', ...f } });

testCheck(check, {
  pass: [
    {
      name: 'one definition with both keys (a finished job is evaluated)',
      inventory: { tuningJobs: regional([job('hpo-cmk')]) },
      expect: [{ status: 'pass', resource: 'hpo-cmk', evidence: { missingKeys: [], HyperParameterTuningJobStatus: 'Completed' } }],
    },
    {
      name: 'HyperParameterTuningResourceConfig with NVMe instance configs and an output key',
      inventory: {
        tuningJobs: regional([
          job('hpo-nvme', {
            TrainingJobDefinition: def({
              ResourceConfig: undefined,
              HyperParameterTuningResourceConfig: { AllocationStrategy: 'Prioritized', InstanceConfigs: [{ InstanceType: 'ml.g5.xlarge', InstanceCount: 1, VolumeSizeInGB: 100 }, { InstanceType: 'ml.p4d.24xlarge', InstanceCount: 1, VolumeSizeInGB: 100 }] },
            }),
          }),
        ]),
      },
      expect: [{ status: 'pass', resource: 'hpo-nvme', message: 'NVMe' }],
    },
    {
      name: 'HyperParameterTuningResourceConfig with a volume key',
      inventory: { tuningJobs: regional([job('hpo-hprc', { TrainingJobDefinition: def({ ResourceConfig: undefined, HyperParameterTuningResourceConfig: { InstanceType: 'ml.m5.xlarge', InstanceCount: 1, VolumeSizeInGB: 30, VolumeKmsKeyId: OUTPUT_KEY } }) })]) },
      expect: [{ status: 'pass', resource: 'hpo-hprc' }],
    },
  ],
  fail: [
    {
      name: 'volume key missing',
      inventory: { tuningJobs: regional([job('hpo-no-vol', { TrainingJobDefinition: def(rc({})) })]) },
      expect: [{ status: 'fail', resource: 'hpo-no-vol', message: ['volume half', 'ResourceConfig.VolumeKmsKeyId'], evidence: { missingKeys: ['volume'] } }],
    },
    {
      name: 'output key missing',
      inventory: { tuningJobs: regional([job('hpo-no-out', { TrainingJobDefinition: def(out({})) })]) },
      expect: [{ status: 'fail', resource: 'hpo-no-out', message: 'output half', evidence: { missingKeys: ['output'] } }],
    },
    {
      name: 'HyperParameterTuningResourceConfig on an EBS type without a volume key',
      inventory: { tuningJobs: regional([job('hpo-hprc-no-vol', { TrainingJobDefinition: def({ ResourceConfig: undefined, HyperParameterTuningResourceConfig: { InstanceType: 'ml.c5.2xlarge', InstanceCount: 1, VolumeSizeInGB: 30 } }) })]) },
      expect: [{ status: 'fail', resource: 'hpo-hprc-no-vol', message: 'HyperParameterTuningResourceConfig.VolumeKmsKeyId' }],
    },
    {
      name: 'multiple definitions: the one without keys is named',
      inventory: {
        tuningJobs: regional([
          job('hpo-multi', {
            TrainingJobDefinition: undefined,
            TrainingJobDefinitions: [def({ DefinitionName: 'xgb' }), def({ DefinitionName: 'linear', ...rc({}), ...out({}) })],
          }, 'eu-west-1'),
        ]),
      },
      expect: [{ status: 'fail', resource: 'hpo-multi', message: ['linear volume, linear output', "definition linear's ML storage volume"], evidence: { missingKeys: ['linear volume', 'linear output'], definitions: ['xgb', 'linear'] } }],
    },
  ],
  notApplicable: [
    {
      name: 'NVMe instances writing to an S3 directory bucket',
      inventory: { tuningJobs: regional([job('hpo-nothing', { TrainingJobDefinition: def({ ...rc({ InstanceType: 'ml.g5.2xlarge' }), ...out({ S3OutputPath: 's3://hpo-out--use1-az4--x-s3/' }) }) })]) },
      expect: [{ status: 'not_applicable', resource: 'hpo-nothing' }],
    },
  ],
  error: [
    {
      name: 'DescribeHyperParameterTuningJob denied',
      inventory: { tuningJobs: regional([unreadableItem('hyper-parameter-tuning-job', 'hpo-hidden'), job('hpo-ok')]) },
      expect: [
        { status: 'error', resource: 'hpo-hidden', message: 'AccessDeniedException' },
        { status: 'pass', resource: 'hpo-ok' },
      ],
    },
    {
      name: 'a job that reports no training job definition is not passed',
      inventory: { tuningJobs: regional([job('hpo-empty', { TrainingJobDefinition: undefined })]) },
      expect: [{ status: 'error', resource: 'hpo-empty', message: 'no training job definition' }],
    },
    {
      name: 'ListHyperParameterTuningJobs denied in one region',
      inventory: { tuningJobs: regional([job('hpo-ok')], ['eu-west-1']) },
      expect: [
        { status: 'error', resource: 'arn:aws:sagemaker:eu-west-1:111122223333:hyper-parameter-tuning-job/*' },
        { status: 'pass', resource: 'hpo-ok' },
      ],
    },
  ],
  empty: { tuningJobs: regional([]) },
});
