/**
 * Fixture builders for endpoint, Model Monitor, Feature Store, registry, A2I and HyperPod check tests. Every
 * builder returns an API response shape for a passing baseline; tests vary one field at a time.
 */
import type {
  DescribeDataQualityJobDefinitionCommandOutput,
  DescribeEndpointCommandOutput,
  DescribeEndpointConfigCommandOutput,
  DescribeModelBiasJobDefinitionCommandOutput,
  DescribeMonitoringScheduleCommandOutput,
  MonitoringJobDefinition as InlineDefinition,
  ProductionVariant,
  ProductionVariantSummary,
} from '@aws-sdk/client-sagemaker';
import { fromJobDefinition } from '../../src/inventory/monitoring.js';
import type { Endpoint, EndpointConfig, Item, MonitoringJobDefinition, MonitoringSchedule } from '../../src/inventory/types.js';
import { item } from './inventory.js';

type Out<T> = Omit<T, '$metadata'>;
export const KEY = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
export const ROLE = 'arn:aws:iam::111122223333:role/SageMakerRole';
const T = new Date('2026-03-01T10:00:00Z');

export function liveVariant(name = 'AllTraffic', fields: Partial<ProductionVariantSummary> = {}): ProductionVariantSummary {
  return { VariantName: name, CurrentWeight: 1, DesiredWeight: 1, CurrentInstanceCount: 2, DesiredInstanceCount: 2, ...fields };
}

/** DescribeEndpoint: InService on config cfg-a, one variant on two instances, capturing. */
export function endpoint(name: string, fields: Partial<Endpoint> = {}, region = 'us-east-1'): Item<Endpoint> {
  const data = {
    EndpointName: name,
    EndpointArn: `arn:aws:sagemaker:${region}:111122223333:endpoint/${name}`,
    EndpointConfigName: 'cfg-a',
    ProductionVariants: [liveVariant()],
    DataCaptureConfig: { EnableCapture: true, CaptureStatus: 'Started', CurrentSamplingPercentage: 20, DestinationS3Uri: 's3://capture-bucket/ep/', KmsKeyId: KEY },
    EndpointStatus: 'InService',
    CreationTime: T,
    LastModifiedTime: T,
    ...fields,
  } satisfies Out<DescribeEndpointCommandOutput>;
  return item('endpoint', name, data, region);
}

export function variant(name = 'AllTraffic', fields: Partial<ProductionVariant> = {}): ProductionVariant {
  return { VariantName: name, ModelName: 'model-a', InitialInstanceCount: 2, InstanceType: 'ml.m5.xlarge', InitialVariantWeight: 1, ...fields };
}

export const CAPTURE = {
  EnableCapture: true,
  InitialSamplingPercentage: 20,
  DestinationS3Uri: 's3://capture-bucket/ep/',
  KmsKeyId: KEY,
  CaptureOptions: [{ CaptureMode: 'Input' as const }, { CaptureMode: 'Output' as const }],
};

/** DescribeEndpointConfig: one variant on two ml.m5 instances, storage key, data capture with a key. */
export function endpointConfig(name: string, fields: Partial<EndpointConfig> = {}, region = 'us-east-1'): Item<EndpointConfig> {
  const data = {
    EndpointConfigName: name,
    EndpointConfigArn: `arn:aws:sagemaker:${region}:111122223333:endpoint-config/${name}`,
    ProductionVariants: [variant()],
    KmsKeyId: KEY,
    DataCaptureConfig: CAPTURE,
    CreationTime: T,
    ...fields,
  } satisfies Out<DescribeEndpointConfigCommandOutput>;
  return item('endpoint-config', name, data, region);
}

/** DescribeMonitoringSchedule: Scheduled, last run Completed, watching endpoint ep-a with named data quality job dq-a. */
export function schedule(name: string, fields: Partial<MonitoringSchedule> = {}, region = 'us-east-1'): Item<MonitoringSchedule> {
  const data = {
    MonitoringScheduleArn: `arn:aws:sagemaker:${region}:111122223333:monitoring-schedule/${name}`,
    MonitoringScheduleName: name,
    MonitoringScheduleStatus: 'Scheduled',
    MonitoringType: 'DataQuality',
    CreationTime: T,
    LastModifiedTime: T,
    EndpointName: 'ep-a',
    MonitoringScheduleConfig: { ScheduleConfig: { ScheduleExpression: 'cron(0 * ? * * *)' }, MonitoringJobDefinitionName: 'dq-a', MonitoringType: 'DataQuality' },
    LastMonitoringExecutionSummary: { MonitoringScheduleName: name, ScheduledTime: T, CreationTime: T, LastModifiedTime: T, MonitoringExecutionStatus: 'Completed', EndpointName: 'ep-a' },
    ...fields,
  } satisfies Out<DescribeMonitoringScheduleCommandOutput>;
  return item('monitoring-schedule', name, data, region);
}

const output = (key?: string) => ({ KmsKeyId: key, MonitoringOutputs: [{ S3Output: { S3Uri: 's3://monitor-bucket/out/', LocalPath: '/opt/ml/processing/output' } }] });
const cluster = (count: number, volumeKey?: string, type = 'ml.m5.xlarge') => ({ ClusterConfig: { InstanceCount: count, InstanceType: type as 'ml.m5.xlarge', VolumeSizeInGB: 20, VolumeKmsKeyId: volumeKey } });

/** Knobs shared by every kind of job definition (and the inline form). */
export interface JobKnobs {
  isolation?: boolean;
  encryption?: boolean;
  count?: number;
  volumeKey?: string;
  outputKey?: string;
  instanceType?: string;
}
const BASE: Required<Omit<JobKnobs, 'isolation' | 'encryption' | 'volumeKey' | 'outputKey'>> & JobKnobs = {
  isolation: true,
  encryption: true,
  count: 2,
  volumeKey: KEY,
  outputKey: KEY,
  instanceType: 'ml.m5.xlarge',
};

function network(k: JobKnobs) {
  return { EnableNetworkIsolation: k.isolation, EnableInterContainerTrafficEncryption: k.encryption, VpcConfig: { Subnets: ['subnet-1'], SecurityGroupIds: ['sg-1'] } };
}

/** A data quality job definition (DescribeDataQualityJobDefinition), compliant unless knobs say otherwise. */
export function dataQualityDef(name: string, knobs: JobKnobs = {}, region = 'us-east-1'): Item<MonitoringJobDefinition> {
  const k = { ...BASE, ...knobs };
  const arn = `arn:aws:sagemaker:${region}:111122223333:data-quality-job-definition/${name}`;
  const output_ = {
    JobDefinitionArn: arn,
    JobDefinitionName: name,
    CreationTime: T,
    DataQualityAppSpecification: { ImageUri: 'monitor-image' },
    DataQualityJobInput: { EndpointInput: { EndpointName: 'ep-a', LocalPath: '/opt/ml/processing/input' } },
    DataQualityJobOutputConfig: output(k.outputKey),
    JobResources: cluster(k.count, k.volumeKey, k.instanceType),
    NetworkConfig: network(k),
    RoleArn: ROLE,
  } satisfies Out<DescribeDataQualityJobDefinitionCommandOutput>;
  return { name, arn, region, data: { ok: true, value: fromJobDefinition({ kind: 'DataQuality', output: output_ }, { name, arn }) } };
}

/** A model bias job definition (DescribeModelBiasJobDefinition), compliant unless knobs say otherwise. */
export function biasDef(name: string, knobs: JobKnobs = {}, region = 'us-east-1'): Item<MonitoringJobDefinition> {
  const k = { ...BASE, ...knobs };
  const arn = `arn:aws:sagemaker:${region}:111122223333:model-bias-job-definition/${name}`;
  const output_ = {
    JobDefinitionArn: arn,
    JobDefinitionName: name,
    CreationTime: T,
    ModelBiasAppSpecification: { ImageUri: 'clarify-image', ConfigUri: 's3://monitor-bucket/analysis_config.json' },
    ModelBiasJobInput: { EndpointInput: { EndpointName: 'ep-a', LocalPath: '/opt/ml/processing/input' }, GroundTruthS3Input: { S3Uri: 's3://monitor-bucket/ground-truth/' } },
    ModelBiasJobOutputConfig: output(k.outputKey),
    JobResources: cluster(k.count, k.volumeKey, k.instanceType),
    NetworkConfig: network(k),
    RoleArn: ROLE,
  } satisfies Out<DescribeModelBiasJobDefinitionCommandOutput>;
  return { name, arn, region, data: { ok: true, value: fromJobDefinition({ kind: 'ModelBias', output: output_ }, { name, arn }) } };
}

/** A job definition carried inline by a schedule (MonitoringScheduleConfig.MonitoringJobDefinition). */
export function inlineDef(knobs: JobKnobs = {}): InlineDefinition {
  const k = { ...BASE, ...knobs };
  return {
    MonitoringInputs: [{ EndpointInput: { EndpointName: 'ep-a', LocalPath: '/opt/ml/processing/input' } }],
    MonitoringOutputConfig: output(k.outputKey),
    MonitoringResources: cluster(k.count, k.volumeKey, k.instanceType),
    MonitoringAppSpecification: { ImageUri: 'monitor-image' },
    NetworkConfig: network(k),
    RoleArn: ROLE,
  };
}

/** A schedule carrying `def` inline (no named job definition). */
export function inlineSchedule(name: string, def: InlineDefinition, fields: Partial<MonitoringSchedule> = {}, region = 'us-east-1'): Item<MonitoringSchedule> {
  return schedule(name, { MonitoringScheduleConfig: { ScheduleConfig: { ScheduleExpression: 'cron(0 * ? * * *)' }, MonitoringJobDefinition: def, MonitoringType: 'DataQuality' }, ...fields }, region);
}
