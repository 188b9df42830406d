import type { DescribeTrainingJobCommandOutput, OutputDataConfig, ResourceConfig } from '@aws-sdk/client-sagemaker';
import check from '../../../checks/sagemaker/sagemaker-training-job-kms.js';
import type { TrainingJob } from '../../../src/inventory/types.js';
import { testCheck } from '../../helpers/check-tester.js';
import { item, regional, unreadableItem } from '../../helpers/inventory.js';

const VOLUME_KEY = 'arn:aws:kms:us-east-1:111122223333:key/1111aaaa-11aa-11aa-11aa-111111111111';
const OUTPUT_KEY = 'arn:aws:kms:us-east-1:111122223333:alias/ml-artifacts';

/** ResourceConfig of the baseline: one EBS-only instance with a volume key. */
function resources(fields: Partial<ResourceConfig> = {}): ResourceConfig {
  return { InstanceType: 'ml.m5.xlarge', InstanceCount: 1, VolumeSizeInGB: 50, VolumeKmsKeyId: VOLUME_KEY, ...fields };
}

/** OutputDataConfig of the baseline: an ordinary bucket with an output key. */
function output(fields: Partial<OutputDataConfig> = {}): OutputDataConfig {
  return { KmsKeyId: OUTPUT_KEY, S3OutputPath: 's3://ml-artifacts-111122223333/training/', CompressionType: 'GZIP', ...fields };
}

/** DescribeTrainingJob output as the API returns it for a finished job (a passing baseline); vary one field at a time. */
function trainingJob(name: string, fields: Partial<TrainingJob>): TrainingJob {
  return {
    TrainingJobName: name,
    TrainingJobArn: `arn:aws:sagemaker:us-east-1:111122223333:training-job/${name}`,
    TrainingJobStatus: 'Completed',
    SecondaryStatus: 'Completed',
    ModelArtifacts: { S3ModelArtifacts: `s3://ml-artifacts-111122223333/training/${name}/output/model.tar.gz` },
    AlgorithmSpecification: { TrainingImage: '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1', TrainingInputMode: 'File' },
    RoleArn: 'arn:aws:iam::111122223333:role/SageMakerTrainingRole',
    InputDataConfig: [
      {
        ChannelName: 'train',
        DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: 's3://ml-data-111122223333/train/', S3DataDistributionType: 'FullyReplicated' } },
        CompressionType: 'None',
        RecordWrapperType: 'None',
      },
    ],
    OutputDataConfig: output(),
    ResourceConfig: resources(),
    StoppingCondition: { MaxRuntimeInSeconds: 86400 },
    CreationTime: new Date('2025-03-01T08:00:00Z'),
    TrainingStartTime: new Date('2025-03-01T08:03:00Z'),
    TrainingEndTime: new Date('2025-03-01T09:00:00Z'),
    LastModifiedTime: new Date('2025-03-01T09:01:00Z'),
    EnableNetworkIsolation: true,
    EnableInterContainerTrafficEncryption: true,
    EnableManagedSpotTraining: false,
    TrainingTimeInSeconds: 3420,
    BillableTimeInSeconds: 3420,
    ...fields,
  } satisfies Omit<DescribeTrainingJobCommandOutput, '$metadata'>;
}

const job = (name: string, fields: Partial<TrainingJob> = {}, region = 'us-east-1') => item('training-job', name, trainingJob(name, fields), region);

testCheck(check, {
  pass: [
    {
      name: 'both keys set on an EBS-only instance type (a finished job is evaluated)',
      inventory: { trainingJobs: regional([job('train-cmk')]) },
      expect: [
        {
          status: 'pass',
          resource: 'train-cmk',
          evidence: { VolumeKmsKeyId: VOLUME_KEY, OutputKmsKeyId: OUTPUT_KEY, InstanceType: 'ml.m5.xlarge', volumeRequiresKey: true },
        },
      ],
    },
    {
      name: 'a failed and an in-progress job with both keys',
      inventory: {
        trainingJobs: regional([
          job('train-failed', { TrainingJobStatus: 'Failed', SecondaryStatus: 'Failed', FailureReason: 'AlgorithmError' }),
          job('train-running', { TrainingJobStatus: 'InProgress', SecondaryStatus: 'Training', TrainingEndTime: undefined }, 'eu-west-1'),
        ]),
      },
      expect: [
        { status: 'pass', resource: 'train-failed' },
        { status: 'pass', resource: 'train-running' },
      ],
    },
    {
      name: 'NVMe instance type: no volume key needed, output key set',
      inventory: { trainingJobs: regional([job('train-p4d', { ResourceConfig: resources({ InstanceType: 'ml.p4d.24xlarge', VolumeKmsKeyId: undefined }) })]) },
      expect: [{ status: 'pass', resource: 'train-p4d', message: 'NVMe', evidence: { VolumeKmsKeyId: null, volumeRequiresKey: false } }],
    },
    {
      name: 'heterogeneous cluster whose groups are all NVMe',
      inventory: {
        trainingJobs: regional([
          job('train-hetero-nvme', {
            ResourceConfig: {
              VolumeSizeInGB: 100,
              InstanceGroups: [
                { InstanceGroupName: 'data', InstanceType: 'ml.g5.xlarge', InstanceCount: 2 },
                { InstanceGroupName: 'gpu', InstanceType: 'ml.p4d.24xlarge', InstanceCount: 1 },
              ],
            },
          }),
        ]),
      },
      expect: [{ status: 'pass', resource: 'train-hetero-nvme', evidence: { volumeRequiresKey: false, instanceTypes: ['ml.g5.xlarge', 'ml.p4d.24xlarge'] } }],
    },
    {
      name: 'output to an S3 directory bucket (takes no KMS key) with a volume key',
      inventory: {
        trainingJobs: regional([job('train-express', { OutputDataConfig: output({ KmsKeyId: undefined, S3OutputPath: 's3://ml-out--use1-az4--x-s3/training/' }) })]),
      },
      expect: [{ status: 'pass', resource: 'train-express', evidence: { OutputKmsKeyId: null, outputRequiresKey: false } }],
    },
  ],
  fail: [
    {
      name: 'volume key missing',
      inventory: { trainingJobs: regional([job('train-no-volume-key', { ResourceConfig: resources({ VolumeKmsKeyId: undefined }) })]) },
      expect: [{ status: 'fail', resource: 'train-no-volume-key', message: 'volume half', evidence: { VolumeKmsKeyId: null, OutputKmsKeyId: OUTPUT_KEY, volumeRequiresKey: true } }],
    },
    {
      name: 'output key missing',
      inventory: { trainingJobs: regional([job('train-no-output-key', { OutputDataConfig: output({ KmsKeyId: undefined }) })]) },
      expect: [{ status: 'fail', resource: 'train-no-output-key', message: 'output half', evidence: { VolumeKmsKeyId: VOLUME_KEY, OutputKmsKeyId: null } }],
    },
    {
      name: 'both keys missing',
      inventory: {
        trainingJobs: regional([job('train-no-keys', { ResourceConfig: resources({ VolumeKmsKeyId: undefined }), OutputDataConfig: output({ KmsKeyId: undefined }) })]),
      },
      expect: [{ status: 'fail', resource: 'train-no-keys', message: ['both', 'volume', 'output'], evidence: { VolumeKmsKeyId: null, OutputKmsKeyId: null } }],
    },
    {
      name: 'output key returned as an empty string counts as missing',
      inventory: { trainingJobs: regional([job('train-empty-key', { OutputDataConfig: output({ KmsKeyId: '' }) })]) },
      expect: [{ status: 'fail', resource: 'train-empty-key', message: 'output half', evidence: { OutputKmsKeyId: null } }],
    },
    {
      name: 'NVMe instance type still needs the output key',
      inventory: {
        trainingJobs: regional([
          job('train-nvme-no-output', { ResourceConfig: resources({ InstanceType: 'ml.g5.2xlarge', VolumeKmsKeyId: undefined }), OutputDataConfig: output({ KmsKeyId: undefined }) }),
        ]),
      },
      expect: [{ status: 'fail', resource: 'train-nvme-no-output', message: 'output half', evidence: { volumeRequiresKey: false } }],
    },
    {
      name: 'heterogeneous cluster with an EBS-only group needs the volume key',
      inventory: {
        trainingJobs: regional([
          job('train-hetero-mixed', {
            ResourceConfig: {
              VolumeSizeInGB: 100,
              InstanceGroups: [
                { InstanceGroupName: 'cpu', InstanceType: 'ml.c5.4xlarge', InstanceCount: 2 },
                { InstanceGroupName: 'gpu', InstanceType: 'ml.p4d.24xlarge', InstanceCount: 1 },
              ],
            },
          }),
        ]),
      },
      expect: [{ status: 'fail', resource: 'train-hetero-mixed', message: 'volume half', evidence: { volumeRequiresKey: true, InstanceType: null } }],
    },
    {
      name: 'instance preferences: the selected EBS-only type needs the key even if an NVMe type was preferred',
      inventory: {
        trainingJobs: regional([
          job('train-selected', {
            ResourceConfig: {
              InstanceCount: 1,
              VolumeSizeInGB: 50,
              InstancePreferences: [{ InstanceType: 'ml.g5.xlarge' }, { InstanceType: 'ml.m5.xlarge' }],
              SelectedInstanceType: 'ml.m5.xlarge',
              SelectedInstanceCount: 1,
            },
          }),
        ]),
      },
      expect: [{ status: 'fail', resource: 'train-selected', message: 'volume half', evidence: { InstanceType: 'ml.m5.xlarge', volumeRequiresKey: true } }],
    },
    {
      name: 'no instance type reported: the NVMe exception is not assumed',
      inventory: { trainingJobs: regional([job('train-no-resources', { ResourceConfig: undefined })]) },
      expect: [{ status: 'fail', resource: 'train-no-resources', message: 'volume half', evidence: { InstanceType: null, volumeRequiresKey: true } }],
    },
  ],
  notApplicable: [
    {
      name: 'NVMe instances writing to an S3 directory bucket can take no key at all',
      inventory: {
        trainingJobs: regional([
          job('train-nothing-to-key', {
            ResourceConfig: resources({ InstanceType: 'ml.trn1.32xlarge', VolumeKmsKeyId: undefined }),
            OutputDataConfig: output({ KmsKeyId: undefined, S3OutputPath: 's3://ml-out--use1-az4--x-s3/' }),
          }),
        ]),
      },
      expect: [{ status: 'not_applicable', resource: 'train-nothing-to-key', evidence: { volumeRequiresKey: false, outputRequiresKey: false } }],
    },
  ],
  error: [
    {
      name: 'DescribeTrainingJob denied: an error, never a pass',
      inventory: { trainingJobs: regional([unreadableItem('training-job', 'train-secret'), job('train-ok')]) },
      expect: [
        { status: 'error', resource: 'train-secret', message: 'AccessDeniedException' },
        { status: 'pass', resource: 'train-ok' },
      ],
    },
    {
      name: 'ListTrainingJobs denied in one region',
      inventory: { trainingJobs: regional([job('train-ok')], ['eu-west-1']) },
      expect: [
        { status: 'error', resource: 'arn:aws:sagemaker:eu-west-1:111122223333:training-job/*' },
        { status: 'pass', resource: 'train-ok' },
      ],
    },
  ],
  empty: { trainingJobs: regional([]) },
});
