/**
 * What SageMaker resources point at: subnets, security groups, execution roles, KMS keys and S3 locations.
 * Network, IAM, KMS and S3 checks use these to find the resources that matter for ML (the subnets SageMaker
 * runs in, the roles it assumes, the keys and buckets that hold ML data), and to name the SageMaker resources
 * behind each finding. To cover a new SageMaker resource kind, add an extractor for its inventory key below.
 */
import { keptList, type CollectionError } from '../model.js';
import type { EndpointConfig, Inventory, Item, Model, NotebookInstance, Regional, TrainingJob } from './types.js';
// notebooks-studio-models
import type { Domain, UserProfile } from './types.js';
// jobs
import type { AutoMLJob, CompilationJob, ProcessingJob, TransformJob, TuningJob } from './types.js';
// endpoints-monitoring-featurestore-registry
import type { FeatureGroup, FlowDefinition, HyperPodCluster, MonitoringJobDefinition, MonitoringSchedule } from './types.js';
import { fromInlineDefinition, isMonitoringKind, type MonitoringKind } from './monitoring.js';

/** One SageMaker resource and what it references. */
export interface MlResourceRef {
  /** Inventory key it came from, e.g. "notebookInstances". */
  source: string;
  resourceType: string;
  name: string;
  arn: string;
  region: string;
  subnets: string[];
  securityGroups: string[];
  roleArns: string[];
  /** KMS key ids, key ARNs, alias names or alias ARNs, as the resource gives them. */
  kmsKeys: string[];
  /** s3:// URIs (inputs, outputs, artifacts, captures …). */
  s3Uris: string[];
}

export interface MlReferences {
  resources: MlResourceRef[];
  /** Where SageMaker resources could not all be read: the references there are incomplete. */
  incomplete: { source: string; region: string; name?: string; error: CollectionError }[];
}

type Refs = Partial<Pick<MlResourceRef, 'subnets' | 'securityGroups' | 'roleArns' | 'kmsKeys' | 's3Uris'>>;

/** How to read references out of one inventory key's described items. */
export interface Extractor<T> {
  resourceType: string;
  extract(data: T): Refs;
  // endpoints-monitoring-featurestore-registry: for keys holding several resource types (monitoring job definitions)
  resourceTypeOf?(data: T): string;
}

const s = (...values: (string | undefined | null)[]): string[] => values.filter((v): v is string => typeof v === 'string' && v !== '');
// jobs: like `s`, without repeats (a job names the same key or bucket in several places)
const uniq = (...values: (string | undefined | null)[]): string[] => [...new Set(s(...values))];

// endpoints-monitoring-featurestore-registry
const MONITORING_RESOURCE_TYPES: Record<MonitoringKind, string> = {
  DataQuality: 'AWS::SageMaker::DataQualityJobDefinition',
  ModelQuality: 'AWS::SageMaker::ModelQualityJobDefinition',
  ModelBias: 'AWS::SageMaker::ModelBiasJobDefinition',
  ModelExplainability: 'AWS::SageMaker::ModelExplainabilityJobDefinition',
};
function monitoringRefs(d: MonitoringJobDefinition): Refs {
  return {
    subnets: s(...(d.vpcConfig?.subnets ?? [])),
    securityGroups: s(...(d.vpcConfig?.securityGroupIds ?? [])),
    roleArns: s(d.roleArn),
    kmsKeys: [...new Set(s(d.volumeKmsKeyId, d.outputKmsKeyId))],
    s3Uris: d.s3Uris,
  };
}

/** Extractors per inventory key. Keys listed here are collected whenever references are required. */
export const EXTRACTORS: { [K in keyof Inventory]?: Extractor<Inventory[K] extends Regional<Item<infer T>[]> ? T : never> } = {
  notebookInstances: {
    resourceType: 'AWS::SageMaker::NotebookInstance',
    extract: (nb: NotebookInstance) => ({
      subnets: s(nb.SubnetId),
      securityGroups: s(...(nb.SecurityGroups ?? [])),
      roleArns: s(nb.RoleArn),
      kmsKeys: s(nb.KmsKeyId),
    }),
  },
  models: {
    resourceType: 'AWS::SageMaker::Model',
    extract: (m: Model) => ({
      subnets: s(...(m.VpcConfig?.Subnets ?? [])),
      securityGroups: s(...(m.VpcConfig?.SecurityGroupIds ?? [])),
      roleArns: s(m.ExecutionRoleArn),
      s3Uris: s(m.PrimaryContainer?.ModelDataUrl, m.PrimaryContainer?.ModelDataSource?.S3DataSource?.S3Uri, ...(m.Containers ?? []).flatMap((c) => [c.ModelDataUrl, c.ModelDataSource?.S3DataSource?.S3Uri])),
    }),
  },
  endpointConfigs: {
    resourceType: 'AWS::SageMaker::EndpointConfig',
    extract: (c: EndpointConfig) => ({
      kmsKeys: s(c.KmsKeyId, c.DataCaptureConfig?.KmsKeyId, c.AsyncInferenceConfig?.OutputConfig?.KmsKeyId),
      s3Uris: s(c.DataCaptureConfig?.DestinationS3Uri, c.AsyncInferenceConfig?.OutputConfig?.S3OutputPath, c.AsyncInferenceConfig?.OutputConfig?.S3FailurePath),
      roleArns: s(c.ExecutionRoleArn),
      subnets: s(...(c.VpcConfig?.Subnets ?? [])),
      securityGroups: s(...(c.VpcConfig?.SecurityGroupIds ?? [])),
    }),
  },
  trainingJobs: {
    resourceType: 'AWS::SageMaker::TrainingJob',
    extract: (j: TrainingJob) => ({
      subnets: s(...(j.VpcConfig?.Subnets ?? [])),
      securityGroups: s(...(j.VpcConfig?.SecurityGroupIds ?? [])),
      roleArns: s(j.RoleArn),
      kmsKeys: s(j.ResourceConfig?.VolumeKmsKeyId, j.OutputDataConfig?.KmsKeyId),
      s3Uris: s(
        j.OutputDataConfig?.S3OutputPath,
        j.CheckpointConfig?.S3Uri,
        ...(j.InputDataConfig ?? []).map((c) => c.DataSource?.S3DataSource?.S3Uri),
      ),
    }),
  },
  // jobs: processing, transform, tuning (every training job definition), AutoML and compilation jobs
  processingJobs: {
    resourceType: 'AWS::SageMaker::ProcessingJob',
    extract: (j: ProcessingJob) => {
      const datasets = (j.ProcessingInputs ?? []).map((i) => i.DatasetDefinition);
      return {
        subnets: s(...(j.NetworkConfig?.VpcConfig?.Subnets ?? [])),
        securityGroups: s(...(j.NetworkConfig?.VpcConfig?.SecurityGroupIds ?? [])),
        roleArns: uniq(j.RoleArn, ...datasets.map((d) => d?.RedshiftDatasetDefinition?.ClusterRoleArn)),
        kmsKeys: uniq(
          j.ProcessingResources?.ClusterConfig?.VolumeKmsKeyId,
          j.ProcessingOutputConfig?.KmsKeyId,
          ...datasets.flatMap((d) => [d?.AthenaDatasetDefinition?.KmsKeyId, d?.RedshiftDatasetDefinition?.KmsKeyId]),
        ),
        s3Uris: uniq(
          ...(j.ProcessingInputs ?? []).map((i) => i.S3Input?.S3Uri),
          ...datasets.flatMap((d) => [d?.AthenaDatasetDefinition?.OutputS3Uri, d?.RedshiftDatasetDefinition?.OutputS3Uri]),
          ...(j.ProcessingOutputConfig?.Outputs ?? []).map((o) => o.S3Output?.S3Uri),
        ),
      };
    },
  },
  transformJobs: {
    // The network and the execution role of a transform job are its model's (ModelName), read from `models`.
    resourceType: 'AWS::SageMaker::TransformJob',
    extract: (j: TransformJob) => ({
      kmsKeys: uniq(j.TransformResources?.VolumeKmsKeyId, j.TransformOutput?.KmsKeyId, j.DataCaptureConfig?.KmsKeyId),
      s3Uris: uniq(j.TransformInput?.DataSource?.S3DataSource?.S3Uri, j.TransformOutput?.S3OutputPath, j.DataCaptureConfig?.DestinationS3Uri),
    }),
  },
  tuningJobs: {
    resourceType: 'AWS::SageMaker::HyperParameterTuningJob',
    extract: (j: TuningJob) => {
      const defs = [...(j.TrainingJobDefinition ? [j.TrainingJobDefinition] : []), ...(j.TrainingJobDefinitions ?? [])];
      return {
        subnets: uniq(...defs.flatMap((d) => d.VpcConfig?.Subnets ?? [])),
        securityGroups: uniq(...defs.flatMap((d) => d.VpcConfig?.SecurityGroupIds ?? [])),
        roleArns: uniq(...defs.map((d) => d.RoleArn)),
        kmsKeys: uniq(...defs.flatMap((d) => [d.ResourceConfig?.VolumeKmsKeyId, d.HyperParameterTuningResourceConfig?.VolumeKmsKeyId, d.OutputDataConfig?.KmsKeyId])),
        s3Uris: uniq(
          ...defs.flatMap((d) => [
            d.OutputDataConfig?.S3OutputPath,
            d.CheckpointConfig?.S3Uri,
            ...(d.InputDataConfig ?? []).map((c) => c.DataSource?.S3DataSource?.S3Uri),
          ]),
        ),
      };
    },
  },
  autoMLJobs: {
    resourceType: 'AWS::SageMaker::AutoMLJob',
    extract: (j: AutoMLJob) => ({
      subnets: s(...(j.SecurityConfig?.VpcConfig?.Subnets ?? [])),
      securityGroups: s(...(j.SecurityConfig?.VpcConfig?.SecurityGroupIds ?? [])),
      roleArns: uniq(j.RoleArn, j.AutoMLComputeConfig?.EmrServerlessComputeConfig?.ExecutionRoleARN),
      kmsKeys: uniq(j.SecurityConfig?.VolumeKmsKeyId, j.OutputDataConfig?.KmsKeyId),
      s3Uris: uniq(j.OutputDataConfig?.S3OutputPath, ...(j.AutoMLJobInputDataConfig ?? []).map((c) => c.DataSource?.S3DataSource?.S3Uri)),
    }),
  },
  compilationJobs: {
    resourceType: 'AWS::SageMaker::CompilationJob',
    extract: (j: CompilationJob) => ({
      subnets: s(...(j.VpcConfig?.Subnets ?? [])),
      securityGroups: s(...(j.VpcConfig?.SecurityGroupIds ?? [])),
      roleArns: s(j.RoleArn),
      kmsKeys: s(j.OutputConfig?.KmsKeyId),
      s3Uris: uniq(j.InputConfig?.S3Uri, j.OutputConfig?.S3OutputLocation, j.ModelArtifacts?.S3ModelArtifacts),
    }),
  },
  // notebooks-studio-models: Studio domains (defaults for users and shared spaces) and user profiles (their overrides).
  // Spaces carry no roles, security groups, keys or S3 locations of their own (SpaceSettings).
  domains: {
    resourceType: 'AWS::SageMaker::Domain',
    extract: (d: Domain) => {
      const u = d.DefaultUserSettings;
      const canvas = u?.CanvasAppSettings?.WorkspaceSettings;
      return {
        subnets: s(...(d.SubnetIds ?? [])),
        securityGroups: [...new Set(s(...(u?.SecurityGroups ?? []), ...(d.DefaultSpaceSettings?.SecurityGroups ?? []), ...(d.DomainSettings?.SecurityGroupIds ?? [])))],
        roleArns: [...new Set(s(u?.ExecutionRole, d.DefaultSpaceSettings?.ExecutionRole, d.DomainSettings?.RStudioServerProDomainSettings?.DomainExecutionRoleArn))],
        kmsKeys: [...new Set(s(d.KmsKeyId ?? d.HomeEfsFileSystemKmsKeyId, u?.SharingSettings?.S3KmsKeyId, canvas?.S3KmsKeyId))],
        s3Uris: [...new Set(s(u?.SharingSettings?.S3OutputPath, canvas?.S3ArtifactPath))],
      };
    },
  },
  userProfiles: {
    resourceType: 'AWS::SageMaker::UserProfile',
    extract: (p: UserProfile) => {
      const u = p.UserSettings;
      const canvas = u?.CanvasAppSettings?.WorkspaceSettings;
      return {
        securityGroups: s(...(u?.SecurityGroups ?? [])),
        roleArns: s(u?.ExecutionRole),
        kmsKeys: [...new Set(s(u?.SharingSettings?.S3KmsKeyId, canvas?.S3KmsKeyId))],
        s3Uris: [...new Set(s(u?.SharingSettings?.S3OutputPath, canvas?.S3ArtifactPath))],
      };
    },
  },
  // endpoints-monitoring-featurestore-registry: Model Monitor job definitions (all four kinds) and the job definitions
  // schedules carry inline; feature groups, A2I flow definitions and HyperPod clusters.
  monitoringJobDefinitions: {
    resourceType: 'AWS::SageMaker::DataQualityJobDefinition',
    resourceTypeOf: (d: MonitoringJobDefinition) => MONITORING_RESOURCE_TYPES[d.kind ?? 'DataQuality'],
    extract: (d: MonitoringJobDefinition) => monitoringRefs(d),
  },
  monitoringSchedules: {
    resourceType: 'AWS::SageMaker::MonitoringSchedule',
    // A schedule that names a job definition references what that definition references (see monitoringJobDefinitions).
    extract: (m: MonitoringSchedule) => {
      const inline = m.MonitoringScheduleConfig?.MonitoringJobDefinition;
      if (!inline) return {};
      const kind = m.MonitoringScheduleConfig?.MonitoringType ?? m.MonitoringType;
      return monitoringRefs(fromInlineDefinition(inline, { name: m.MonitoringScheduleName ?? '', arn: m.MonitoringScheduleArn ?? '', kind: isMonitoringKind(kind) ? kind : undefined }));
    },
  },
  featureGroups: {
    resourceType: 'AWS::SageMaker::FeatureGroup',
    extract: (g: FeatureGroup) => ({
      roleArns: s(g.RoleArn),
      kmsKeys: [...new Set(s(g.OfflineStoreConfig?.S3StorageConfig?.KmsKeyId, g.OnlineStoreConfig?.SecurityConfig?.KmsKeyId))],
      s3Uris: [...new Set(s(g.OfflineStoreConfig?.S3StorageConfig?.S3Uri, g.OfflineStoreConfig?.S3StorageConfig?.ResolvedOutputS3Uri))],
    }),
  },
  flowDefinitions: {
    resourceType: 'AWS::SageMaker::FlowDefinition',
    extract: (f: FlowDefinition) => ({ roleArns: s(f.RoleArn), kmsKeys: s(f.OutputConfig?.KmsKeyId), s3Uris: s(f.OutputConfig?.S3OutputPath) }),
  },
  clusters: {
    resourceType: 'AWS::SageMaker::Cluster',
    extract: (c: HyperPodCluster) => {
      const groups = [...(c.InstanceGroups ?? []), ...(c.RestrictedInstanceGroups ?? [])];
      const vpcs = [c.VpcConfig, ...groups.map((g) => g.OverrideVpcConfig)];
      return {
        subnets: [...new Set(s(...vpcs.flatMap((v) => v?.Subnets ?? [])))],
        securityGroups: [...new Set(s(...vpcs.flatMap((v) => v?.SecurityGroupIds ?? [])))],
        roleArns: [...new Set(s(c.ClusterRole, ...groups.map((g) => g.ExecutionRole)))],
        s3Uris: [...new Set(s(...(c.InstanceGroups ?? []).map((g) => g.LifeCycleConfig?.SourceS3Uri)))],
      };
    },
  },
};

/** The inventory keys references are read from. */
export function referenceSources(): (keyof Inventory)[] {
  return Object.keys(EXTRACTORS) as (keyof Inventory)[];
}

/** What one resource references (an MlResourceRef without where the resource is). */
export type ItemRefs = Omit<MlResourceRef, 'source' | 'name' | 'arn' | 'region'>;

/** The references in one described resource of `source`; undefined when `source` is not a reference source. */
export function refsOf(source: keyof Inventory, data: unknown): ItemRefs | undefined {
  const extractor = EXTRACTORS[source] as Extractor<unknown> | undefined;
  if (!extractor) return undefined;
  const refs = extractor.extract(data);
  // Kept for the whole run (one per resource): exact-size lists.
  return {
    resourceType: extractor.resourceTypeOf?.(data) ?? extractor.resourceType,
    subnets: keptList(refs.subnets ?? []),
    securityGroups: keptList(refs.securityGroups ?? []),
    roleArns: keptList(refs.roleArns ?? []),
    kmsKeys: keptList(refs.kmsKeys ?? []),
    s3Uris: keptList(refs.s3Uris ?? []),
  };
}

/** The data of an item whose answer was let go after streamed evaluation: an error, so that nothing can pass on it. */
export const ANSWER_RELEASED = Object.freeze({
  ok: false,
  error: Object.freeze({ code: 'AnswerReleased', message: 'the answer was evaluated as it was read and not kept' }),
} as const);

/**
 * What the inventory keeps of a described item of `source` once its answer has been evaluated: its name, ARN,
 * region and references, with `data` the AnswerReleased error. Items that could not be described are kept whole.
 */
export function releasedItem<T>(source: keyof Inventory, item: Item<T>): Item<T> {
  if (!item.data.ok) return item;
  const refs = refsOf(source, item.data.value);
  return { name: item.name, arn: item.arn, region: item.region, data: ANSWER_RELEASED, ...(refs ? { refs } : {}) };
}

/** Builds the references from whatever reference sources the inventory holds. */
export function buildReferences(inventory: Partial<Inventory>): MlReferences {
  const out: MlReferences = { resources: [], incomplete: [] };
  for (const source of referenceSources()) {
    const regional = inventory[source] as Regional<Item<unknown>[]> | undefined;
    if (!regional) continue;
    for (const [region, list] of Object.entries(regional)) {
      if (!list.ok) {
        out.incomplete.push({ source, region, error: list.error });
        continue;
      }
      for (const item of list.value) {
        const refs = item.refs ?? (item.data.ok ? refsOf(source, item.data.value) : undefined);
        if (!refs) {
          if (!item.data.ok) out.incomplete.push({ source, region, name: item.name, error: item.data.error });
          continue;
        }
        out.resources.push({
          source,
          resourceType: refs.resourceType,
          name: item.name,
          arn: item.arn,
          region: item.region,
          subnets: refs.subnets,
          securityGroups: refs.securityGroups,
          roleArns: refs.roleArns,
          kmsKeys: refs.kmsKeys,
          s3Uris: refs.s3Uris,
        });
      }
    }
  }
  return out;
}

/** The bucket name of an s3:// URI. */
export function bucketOfUri(uri: string): string | undefined {
  return /^s3:\/\/([^/]+)/i.exec(uri)?.[1];
}

/** Regions that hold at least one SageMaker resource (read successfully). */
export function regionsWithResources(refs: MlReferences): string[] {
  return [...new Set(refs.resources.map((r) => r.region))].sort();
}
