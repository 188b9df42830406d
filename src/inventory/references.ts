/**
 * What SageMaker resources point at: subnets, security groups, execution roles, KMS keys and S3 locations.
 * Network, IAM, KMS and S3 checks use these to find the resources that matter for ML (the subnets SageMaker
 * runs in, the roles it assumes, the keys and buckets that hold ML data), and to name the SageMaker resources
 * behind each finding. To cover a new SageMaker resource kind, add an extractor for its inventory key below.
 */
import type { CollectionError } from '../model.js';
import type { EndpointConfig, Inventory, Item, Model, NotebookInstance, Regional, TrainingJob } from './types.js';

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
}

const s = (...values: (string | undefined | null)[]): string[] => values.filter((v): v is string => typeof v === 'string' && v !== '');

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
};

/** The inventory keys references are read from. */
export function referenceSources(): (keyof Inventory)[] {
  return Object.keys(EXTRACTORS) as (keyof Inventory)[];
}

/** Builds the references from whatever reference sources the inventory holds. */
export function buildReferences(inventory: Partial<Inventory>): MlReferences {
  const out: MlReferences = { resources: [], incomplete: [] };
  for (const source of referenceSources()) {
    const extractor = EXTRACTORS[source] as Extractor<unknown> | undefined;
    const regional = inventory[source] as Regional<Item<unknown>[]> | undefined;
    if (!extractor || !regional) continue;
    for (const [region, list] of Object.entries(regional)) {
      if (!list.ok) {
        out.incomplete.push({ source, region, error: list.error });
        continue;
      }
      for (const item of list.value) {
        if (!item.data.ok) {
          out.incomplete.push({ source, region, name: item.name, error: item.data.error });
          continue;
        }
        const refs = extractor.extract(item.data.value);
        out.resources.push({
          source,
          resourceType: extractor.resourceType,
          name: item.name,
          arn: item.arn,
          region: item.region,
          subnets: refs.subnets ?? [],
          securityGroups: refs.securityGroups ?? [],
          roleArns: refs.roleArns ?? [],
          kmsKeys: refs.kmsKeys ?? [],
          s3Uris: refs.s3Uris ?? [],
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
