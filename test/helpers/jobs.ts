/**
 * Passing baselines for SageMaker job checks: Describe*Job outputs as the API returns them for a finished job,
 * with every security setting on. Tests vary one field at a time from these.
 */
import type {
  DescribeAutoMLJobV2CommandOutput,
  DescribeCompilationJobCommandOutput,
  DescribeHyperParameterTuningJobCommandOutput,
  DescribeProcessingJobCommandOutput,
  DescribeTrainingJobCommandOutput,
  DescribeTransformJobCommandOutput,
  HyperParameterTrainingJobDefinition,
} from '@aws-sdk/client-sagemaker';
import type { AutoMLJob, CompilationJob, Item, ProcessingJob, TrainingJob, TransformJob, TuningJob } from '../../src/inventory/types.js';
import { item } from './inventory.js';

export const VOLUME_KEY = 'arn:aws:kms:us-east-1:111122223333:key/1111aaaa-11aa-11aa-11aa-111111111111';
export const OUTPUT_KEY = 'arn:aws:kms:us-east-1:111122223333:alias/ml-artifacts';
export const ROLE = 'arn:aws:iam::111122223333:role/SageMakerJobRole';
export const VPC = { SecurityGroupIds: ['sg-0abc1234'], Subnets: ['subnet-0abc1234', 'subnet-0def5678'] };
const IMAGE = '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-xgboost:1.7-1';
const t = (iso: string) => new Date(iso);

/** Fake secrets, assembled at run time so the repository holds no secret-shaped literal. */
export const FAKE_HF_TOKEN = ['hf', 'Qm7Rt2Xv9Lp4Kd8Ns3Wb6Yc1Ze5Ga0Hj2Uf'].join('_');
export const FAKE_AWS_KEY_ID = ['AKIA', 'J7XQ2MZ4RB9TWC6N'].join('');
export const FAKE_PASSWORD = ['Tr0ub4dor', '3xample', '2024'].join('&');

const arn = (kind: string, name: string) => `arn:aws:sagemaker:us-east-1:111122223333:${kind}/${name.toLowerCase()}`;

export function trainingJob(name: string, fields: Partial<TrainingJob> = {}): TrainingJob {
  return {
    TrainingJobName: name,
    TrainingJobArn: arn('training-job', name),
    TrainingJobStatus: 'Completed',
    SecondaryStatus: 'Completed',
    ModelArtifacts: { S3ModelArtifacts: `s3://ml-artifacts-111122223333/training/${name}/output/model.tar.gz` },
    AlgorithmSpecification: { TrainingImage: IMAGE, TrainingInputMode: 'File' },
    HyperParameters: { objective: '"reg:squarederror"', num_round: '100', sagemaker_region: '"us-east-1"' },
    Environment: { LOG_LEVEL: 'INFO' },
    RoleArn: ROLE,
    InputDataConfig: [{ ChannelName: 'train', DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: 's3://ml-data-111122223333/train/' } } }],
    OutputDataConfig: { S3OutputPath: 's3://ml-artifacts-111122223333/training/', KmsKeyId: OUTPUT_KEY },
    ResourceConfig: { InstanceType: 'ml.m5.xlarge', InstanceCount: 2, VolumeSizeInGB: 50, VolumeKmsKeyId: VOLUME_KEY },
    VpcConfig: VPC,
    StoppingCondition: { MaxRuntimeInSeconds: 86400 },
    CreationTime: t('2025-03-01T08:00:00Z'),
    TrainingStartTime: t('2025-03-01T08:03:00Z'),
    TrainingEndTime: t('2025-03-01T09:00:00Z'),
    LastModifiedTime: t('2025-03-01T09:01:00Z'),
    EnableNetworkIsolation: true,
    EnableInterContainerTrafficEncryption: true,
    EnableManagedSpotTraining: false,
    ...fields,
  } satisfies Omit<DescribeTrainingJobCommandOutput, '$metadata'>;
}

export function processingJob(name: string, fields: Partial<ProcessingJob> = {}): ProcessingJob {
  return {
    ProcessingJobName: name,
    ProcessingJobArn: arn('processing-job', name),
    ProcessingJobStatus: 'Completed',
    ProcessingInputs: [
      {
        InputName: 'raw',
        AppManaged: false,
        S3Input: { S3Uri: 's3://ml-data-111122223333/raw/', LocalPath: '/opt/ml/processing/input', S3DataType: 'S3Prefix', S3InputMode: 'File' },
      },
    ],
    ProcessingOutputConfig: {
      Outputs: [{ OutputName: 'train', AppManaged: false, S3Output: { S3Uri: 's3://ml-data-111122223333/processed/', LocalPath: '/opt/ml/processing/train', S3UploadMode: 'EndOfJob' } }],
      KmsKeyId: OUTPUT_KEY,
    },
    ProcessingResources: { ClusterConfig: { InstanceCount: 2, InstanceType: 'ml.m5.xlarge', VolumeSizeInGB: 30, VolumeKmsKeyId: VOLUME_KEY } },
    StoppingCondition: { MaxRuntimeInSeconds: 3600 },
    AppSpecification: {
      ImageUri: '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-scikit-learn:1.2-1-cpu-py3',
      ContainerEntrypoint: ['python3', '/opt/ml/processing/input/code/preprocess.py'],
      ContainerArguments: ['--train-test-split-ratio', '0.2'],
    },
    Environment: { LOG_LEVEL: 'INFO' },
    NetworkConfig: { EnableInterContainerTrafficEncryption: true, EnableNetworkIsolation: true, VpcConfig: VPC },
    RoleArn: ROLE,
    CreationTime: t('2025-03-02T08:00:00Z'),
    ProcessingStartTime: t('2025-03-02T08:04:00Z'),
    ProcessingEndTime: t('2025-03-02T08:30:00Z'),
    LastModifiedTime: t('2025-03-02T08:31:00Z'),
    ...fields,
  } satisfies Omit<DescribeProcessingJobCommandOutput, '$metadata'>;
}

export function transformJob(name: string, fields: Partial<TransformJob> = {}): TransformJob {
  return {
    TransformJobName: name,
    TransformJobArn: arn('transform-job', name),
    TransformJobStatus: 'Completed',
    ModelName: 'churn-model',
    MaxConcurrentTransforms: 1,
    MaxPayloadInMB: 6,
    BatchStrategy: 'MultiRecord',
    Environment: { SAGEMAKER_PROGRAM: 'inference.py' },
    TransformInput: { DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: 's3://ml-data-111122223333/batch/in/' } }, ContentType: 'text/csv', SplitType: 'Line' },
    TransformOutput: { S3OutputPath: 's3://ml-data-111122223333/batch/out/', AssembleWith: 'Line', KmsKeyId: OUTPUT_KEY },
    TransformResources: { InstanceType: 'ml.m5.xlarge', InstanceCount: 1, VolumeKmsKeyId: VOLUME_KEY },
    CreationTime: t('2025-03-03T08:00:00Z'),
    TransformStartTime: t('2025-03-03T08:05:00Z'),
    TransformEndTime: t('2025-03-03T08:20:00Z'),
    ...fields,
  } satisfies Omit<DescribeTransformJobCommandOutput, '$metadata'>;
}

/** A training job definition of a tuning job (passing baseline). */
export function tuningDefinition(fields: Partial<HyperParameterTrainingJobDefinition> = {}): HyperParameterTrainingJobDefinition {
  return {
    StaticHyperParameters: { objective: '"reg:squarederror"', num_round: '100' },
    AlgorithmSpecification: { TrainingImage: IMAGE, TrainingInputMode: 'File' },
    RoleArn: ROLE,
    InputDataConfig: [{ ChannelName: 'train', DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: 's3://ml-data-111122223333/train/' } } }],
    VpcConfig: VPC,
    OutputDataConfig: { S3OutputPath: 's3://ml-artifacts-111122223333/tuning/', KmsKeyId: OUTPUT_KEY },
    ResourceConfig: { InstanceType: 'ml.m5.xlarge', InstanceCount: 2, VolumeSizeInGB: 30, VolumeKmsKeyId: VOLUME_KEY },
    StoppingCondition: { MaxRuntimeInSeconds: 3600 },
    EnableNetworkIsolation: true,
    EnableInterContainerTrafficEncryption: true,
    EnableManagedSpotTraining: false,
    ...fields,
  };
}

export function tuningJob(name: string, fields: Partial<TuningJob> = {}): TuningJob {
  return {
    HyperParameterTuningJobName: name,
    HyperParameterTuningJobArn: arn('hyper-parameter-tuning-job', name),
    HyperParameterTuningJobConfig: {
      Strategy: 'Bayesian',
      HyperParameterTuningJobObjective: { Type: 'Minimize', MetricName: 'validation:rmse' },
      ResourceLimits: { MaxNumberOfTrainingJobs: 10, MaxParallelTrainingJobs: 2 },
      ParameterRanges: { ContinuousParameterRanges: [{ Name: 'eta', MinValue: '0.1', MaxValue: '0.5' }] },
    },
    TrainingJobDefinition: tuningDefinition(),
    HyperParameterTuningJobStatus: 'Completed',
    CreationTime: t('2025-03-04T08:00:00Z'),
    HyperParameterTuningEndTime: t('2025-03-04T10:00:00Z'),
    LastModifiedTime: t('2025-03-04T10:00:00Z'),
    TrainingJobStatusCounters: { Completed: 10, InProgress: 0, RetryableError: 0, NonRetryableError: 0, Stopped: 0 },
    ObjectiveStatusCounters: { Succeeded: 10, Pending: 0, Failed: 0 },
    ...fields,
  } satisfies Omit<DescribeHyperParameterTuningJobCommandOutput, '$metadata'>;
}

export function autoMLJob(name: string, fields: Partial<AutoMLJob> = {}): AutoMLJob {
  return {
    AutoMLJobName: name,
    AutoMLJobArn: arn('automl-job', name),
    AutoMLJobInputDataConfig: [
      { ChannelType: 'training', ContentType: 'text/csv;header=present', DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: 's3://ml-data-111122223333/churn/' } } },
    ],
    OutputDataConfig: { S3OutputPath: 's3://ml-artifacts-111122223333/automl/', KmsKeyId: OUTPUT_KEY },
    RoleArn: ROLE,
    AutoMLProblemTypeConfig: { TabularJobConfig: { TargetAttributeName: 'churn', ProblemType: 'BinaryClassification', CompletionCriteria: { MaxCandidates: 10 } } },
    AutoMLProblemTypeConfigName: 'Tabular',
    CreationTime: t('2025-03-05T08:00:00Z'),
    EndTime: t('2025-03-05T11:00:00Z'),
    LastModifiedTime: t('2025-03-05T11:00:00Z'),
    AutoMLJobStatus: 'Completed',
    AutoMLJobSecondaryStatus: 'Completed',
    SecurityConfig: { VolumeKmsKeyId: VOLUME_KEY, EnableInterContainerTrafficEncryption: true, VpcConfig: VPC },
    ...fields,
  } satisfies Omit<DescribeAutoMLJobV2CommandOutput, '$metadata'>;
}

export function compilationJob(name: string, fields: Partial<CompilationJob> = {}): CompilationJob {
  return {
    CompilationJobName: name,
    CompilationJobArn: arn('compilation-job', name),
    CompilationJobStatus: 'COMPLETED',
    CompilationStartTime: t('2025-03-06T08:01:00Z'),
    CompilationEndTime: t('2025-03-06T08:09:00Z'),
    StoppingCondition: { MaxRuntimeInSeconds: 900 },
    CreationTime: t('2025-03-06T08:00:00Z'),
    LastModifiedTime: t('2025-03-06T08:09:00Z'),
    FailureReason: undefined,
    ModelArtifacts: { S3ModelArtifacts: `s3://ml-artifacts-111122223333/compiled/${name}/model-ml_c5.tar.gz` },
    RoleArn: ROLE,
    InputConfig: { S3Uri: 's3://ml-artifacts-111122223333/models/resnet50.tar.gz', DataInputConfig: '{"input0":[1,3,224,224]}', Framework: 'PYTORCH', FrameworkVersion: '2.0' },
    OutputConfig: { S3OutputLocation: 's3://ml-artifacts-111122223333/compiled/', TargetDevice: 'ml_c5', KmsKeyId: OUTPUT_KEY },
    VpcConfig: VPC,
    ...fields,
  } satisfies Omit<DescribeCompilationJobCommandOutput, '$metadata'>;
}

/** Inventory items for each job kind (us-east-1 unless given). */
export const items = {
  training: (name: string, f: Partial<TrainingJob> = {}, region = 'us-east-1'): Item<TrainingJob> => item('training-job', name, trainingJob(name, f), region),
  processing: (name: string, f: Partial<ProcessingJob> = {}, region = 'us-east-1'): Item<ProcessingJob> => item('processing-job', name, processingJob(name, f), region),
  transform: (name: string, f: Partial<TransformJob> = {}, region = 'us-east-1'): Item<TransformJob> => item('transform-job', name, transformJob(name, f), region),
  tuning: (name: string, f: Partial<TuningJob> = {}, region = 'us-east-1'): Item<TuningJob> => item('hyper-parameter-tuning-job', name, tuningJob(name, f), region),
  autoML: (name: string, f: Partial<AutoMLJob> = {}, region = 'us-east-1'): Item<AutoMLJob> => item('automl-job', name, autoMLJob(name, f), region),
  compilation: (name: string, f: Partial<CompilationJob> = {}, region = 'us-east-1'): Item<CompilationJob> => item('compilation-job', name, compilationJob(name, f), region),
};
