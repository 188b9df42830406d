/**
 * Model Monitor job definitions in one typed view. SageMaker keeps four kinds of monitoring job definition
 * (data quality, model quality, model bias, model explainability), each with its own Describe call and its own
 * field names for the same settings; a monitoring schedule may also carry a job definition inline. Checks read the
 * view, so every kind and the inline form are judged by the same code. The raw Describe output is kept beside it.
 */
import type {
  DescribeDataQualityJobDefinitionCommandOutput,
  DescribeModelBiasJobDefinitionCommandOutput,
  DescribeModelExplainabilityJobDefinitionCommandOutput,
  DescribeModelQualityJobDefinitionCommandOutput,
  MonitoringJobDefinition as InlineMonitoringJobDefinition,
} from '@aws-sdk/client-sagemaker';

type Raw<T> = Omit<T, '$metadata'>;

/** The kinds of monitoring job definition, spelt as the API's MonitoringType. */
export const MONITORING_KINDS = ['DataQuality', 'ModelQuality', 'ModelBias', 'ModelExplainability'] as const;
export type MonitoringKind = (typeof MONITORING_KINDS)[number];

export type DataQualityJobDefinition = Raw<DescribeDataQualityJobDefinitionCommandOutput>;
export type ModelQualityJobDefinition = Raw<DescribeModelQualityJobDefinitionCommandOutput>;
export type ModelBiasJobDefinition = Raw<DescribeModelBiasJobDefinitionCommandOutput>;
export type ModelExplainabilityJobDefinition = Raw<DescribeModelExplainabilityJobDefinitionCommandOutput>;

/** The raw output of the Describe call for each kind. */
export type RawMonitoringJobDefinition =
  | { kind: 'DataQuality'; output: DataQualityJobDefinition }
  | { kind: 'ModelQuality'; output: ModelQualityJobDefinition }
  | { kind: 'ModelBias'; output: ModelBiasJobDefinition }
  | { kind: 'ModelExplainability'; output: ModelExplainabilityJobDefinition }
  | { kind: 'Inline'; output: InlineMonitoringJobDefinition };

/**
 * One monitoring job definition, whatever its kind. Optional API fields are kept as `undefined` when absent, so
 * checks can apply (and cite) the API default themselves.
 */
export interface MonitoringJobDefinition {
  /** The monitoring type; `undefined` for an inline definition whose schedule does not say. */
  kind: MonitoringKind | undefined;
  /** Where it came from: a standalone job definition, or inline in a monitoring schedule. */
  source: 'job-definition' | 'inline';
  name: string;
  arn: string;
  /** NetworkConfig.EnableNetworkIsolation, as returned. */
  networkIsolation: boolean | undefined;
  /** NetworkConfig.EnableInterContainerTrafficEncryption, as returned. */
  interContainerEncryption: boolean | undefined;
  /** ClusterConfig.InstanceCount (JobResources for job definitions, MonitoringResources inline). */
  instanceCount: number | undefined;
  instanceType: string | undefined;
  /** ClusterConfig.VolumeKmsKeyId: the key of the ML storage volumes of the processing instances. */
  volumeKmsKeyId: string | undefined;
  /** The output config's KmsKeyId: the key for the results uploaded to S3. */
  outputKmsKeyId: string | undefined;
  vpcConfig: { subnets: string[]; securityGroupIds: string[] } | undefined;
  roleArn: string | undefined;
  /** The endpoint the job monitors, when its input is an endpoint. */
  endpointName: string | undefined;
  /** S3 locations the job writes to or reads from (outputs, batch transform capture). */
  s3Uris: string[];
  raw: RawMonitoringJobDefinition;
}

interface CommonParts {
  NetworkConfig?: { EnableNetworkIsolation?: boolean; EnableInterContainerTrafficEncryption?: boolean; VpcConfig?: { Subnets?: string[]; SecurityGroupIds?: string[] } };
  RoleArn?: string;
}
interface InputLike {
  EndpointInput?: { EndpointName?: string };
  BatchTransformInput?: { DataCapturedDestinationS3Uri?: string };
}
interface OutputLike {
  KmsKeyId?: string;
  MonitoringOutputs?: { S3Output?: { S3Uri?: string } }[];
}
interface ClusterLike {
  InstanceCount?: number;
  InstanceType?: string;
  VolumeKmsKeyId?: string;
}

const present = (v: string | undefined | null): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);

function build(
  base: { kind: MonitoringKind | undefined; source: MonitoringJobDefinition['source']; name: string; arn: string; raw: RawMonitoringJobDefinition },
  common: CommonParts,
  cluster: ClusterLike | undefined,
  output: OutputLike | undefined,
  inputs: InputLike[],
  extraUris: (string | undefined)[] = [],
): MonitoringJobDefinition {
  const vpc = common.NetworkConfig?.VpcConfig;
  return {
    ...base,
    networkIsolation: common.NetworkConfig?.EnableNetworkIsolation,
    interContainerEncryption: common.NetworkConfig?.EnableInterContainerTrafficEncryption,
    instanceCount: cluster?.InstanceCount,
    instanceType: cluster?.InstanceType,
    volumeKmsKeyId: present(cluster?.VolumeKmsKeyId),
    outputKmsKeyId: present(output?.KmsKeyId),
    vpcConfig: vpc ? { subnets: vpc.Subnets ?? [], securityGroupIds: vpc.SecurityGroupIds ?? [] } : undefined,
    roleArn: present(common.RoleArn),
    endpointName: inputs.map((i) => present(i.EndpointInput?.EndpointName)).find((n) => n !== undefined),
    s3Uris: [
      ...new Set(
        [...(output?.MonitoringOutputs ?? []).map((o) => o.S3Output?.S3Uri), ...inputs.map((i) => i.BatchTransformInput?.DataCapturedDestinationS3Uri), ...extraUris].filter(
          (u): u is string => present(u) !== undefined,
        ),
      ),
    ],
  };
}

/** The view of a standalone job definition, from its Describe output. */
export function fromJobDefinition(raw: Exclude<RawMonitoringJobDefinition, { kind: 'Inline' }>, fallback: { name: string; arn: string }): MonitoringJobDefinition {
  const o = raw.output;
  const base = { kind: raw.kind, source: 'job-definition' as const, name: o.JobDefinitionName ?? fallback.name, arn: o.JobDefinitionArn ?? fallback.arn, raw };
  const cluster = o.JobResources?.ClusterConfig;
  switch (raw.kind) {
    case 'DataQuality':
      return build(base, raw.output, cluster, raw.output.DataQualityJobOutputConfig, [raw.output.DataQualityJobInput ?? {}]);
    case 'ModelQuality':
      return build(base, raw.output, cluster, raw.output.ModelQualityJobOutputConfig, [raw.output.ModelQualityJobInput ?? {}], [
        raw.output.ModelQualityJobInput?.GroundTruthS3Input?.S3Uri,
      ]);
    case 'ModelBias':
      return build(base, raw.output, cluster, raw.output.ModelBiasJobOutputConfig, [raw.output.ModelBiasJobInput ?? {}], [raw.output.ModelBiasJobInput?.GroundTruthS3Input?.S3Uri]);
    case 'ModelExplainability':
      return build(base, raw.output, cluster, raw.output.ModelExplainabilityJobOutputConfig, [raw.output.ModelExplainabilityJobInput ?? {}]);
  }
}

/** The view of a job definition carried inline by a monitoring schedule (named after the schedule). */
export function fromInlineDefinition(
  def: InlineMonitoringJobDefinition,
  schedule: { name: string; arn: string; kind: MonitoringKind | undefined },
): MonitoringJobDefinition {
  return build(
    { kind: schedule.kind, source: 'inline', name: schedule.name, arn: schedule.arn, raw: { kind: 'Inline', output: def } },
    def,
    def.MonitoringResources?.ClusterConfig,
    def.MonitoringOutputConfig,
    def.MonitoringInputs ?? [],
  );
}

/** True when `v` names a monitoring kind. */
export function isMonitoringKind(v: unknown): v is MonitoringKind {
  return typeof v === 'string' && (MONITORING_KINDS as readonly string[]).includes(v);
}
