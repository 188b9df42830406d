/**
 * The typed inventory: what the collector hands to checks. Every entry is data or the error that
 * prevented reading it (see Collected). Checks receive only the keys they declare in `requires`.
 */
import type {
  DescribeEndpointConfigCommandOutput,
  DescribeEndpointCommandOutput,
  DescribeModelCommandOutput,
  DescribeNotebookInstanceCommandOutput,
  DescribeTrainingJobCommandOutput,
} from '@aws-sdk/client-sagemaker';
import type {
  GetBucketEncryptionCommandOutput,
  GetBucketVersioningCommandOutput,
} from '@aws-sdk/client-s3';
import type { GetTrailStatusCommandOutput, Trail } from '@aws-sdk/client-cloudtrail';
import type { GetDetectorCommandOutput } from '@aws-sdk/client-guardduty';
import type { Collected } from '../model.js';
import type { MlReferences } from './references.js';

/** An SDK output as stored: without the transport metadata. */
export type Raw<T> = Omit<T, '$metadata'>;

export type NotebookInstance = Raw<DescribeNotebookInstanceCommandOutput>;
export type Endpoint = Raw<DescribeEndpointCommandOutput>;
export type EndpointConfig = Raw<DescribeEndpointConfigCommandOutput>;
export type Model = Raw<DescribeModelCommandOutput>;
export type TrainingJob = Raw<DescribeTrainingJobCommandOutput>;
export type BucketVersioning = Raw<GetBucketVersioningCommandOutput>;
/** The bucket's default encryption rules; `null` when the bucket has no encryption configuration. */
export type BucketEncryption = Raw<GetBucketEncryptionCommandOutput>['ServerSideEncryptionConfiguration'] | null;
export type TrailStatus = Raw<GetTrailStatusCommandOutput>;
export type Detector = Raw<GetDetectorCommandOutput>;

/** One resource found by a list call; `data` is its Describe/Get output or the error that prevented it. */
export interface Item<T> {
  name: string;
  arn: string;
  region: string;
  data: Collected<T>;
}

/** Per audited region: the list of resources, or the error that prevented listing them. */
export type Regional<T> = Record<string, Collected<T>>;

/** An S3 bucket from ListBuckets with its region (from ListBuckets or GetBucketLocation). */
export interface Bucket {
  name: string;
  arn: string;
  region: Collected<string>;
}

/** A bucket policy document as parsed JSON; `null` when the bucket has no policy. */
export type BucketPolicy = PolicyDocument | null;

export interface PolicyStatement {
  Sid?: string;
  Effect?: string;
  Principal?: unknown;
  NotPrincipal?: unknown;
  Action?: string | string[];
  NotAction?: string | string[];
  Resource?: string | string[];
  NotResource?: string | string[];
  Condition?: Record<string, Record<string, unknown>>;
}

export interface PolicyDocument {
  Version?: string;
  Statement?: PolicyStatement | PolicyStatement[];
}

/** A CloudTrail trail with its logging status. */
export interface TrailInfo {
  arn: string;
  name: string;
  homeRegion: string;
  trail: Trail;
  status: Collected<TrailStatus>;
}

/** A GuardDuty detector with its settings. */
export interface DetectorInfo {
  id: string;
  arn: string;
  data: Collected<Detector>;
}

/** Everything a check may require. Keys are collected only when a selected check requires them. */
export interface Inventory {
  notebookInstances: Regional<Item<NotebookInstance>[]>;
  endpoints: Regional<Item<Endpoint>[]>;
  endpointConfigs: Regional<Item<EndpointConfig>[]>;
  models: Regional<Item<Model>[]>;
  trainingJobs: Regional<Item<TrainingJob>[]>;
  /** All buckets in the account (ListBuckets is global). */
  buckets: Collected<Bucket[]>;
  /** Keyed by bucket name. A bucket absent here was not read (e.g. its region is unknown). */
  bucketVersioning: Record<string, Collected<BucketVersioning>>;
  bucketEncryption: Record<string, Collected<BucketEncryption>>;
  bucketPolicy: Record<string, Collected<BucketPolicy>>;
  /** Per audited region: the trails DescribeTrails shows there (shadow trails included). */
  trails: Regional<TrailInfo[]>;
  /** Per audited region: its GuardDuty detectors. */
  guardDutyDetectors: Regional<DetectorInfo[]>;
  /** What the collected SageMaker resources reference (subnets, roles, keys, S3 URIs); see references.ts. */
  mlReferences: MlReferences;
}

export type RequirementKey = keyof Inventory;

export const REQUIREMENT_KEYS = [
  'notebookInstances',
  'endpoints',
  'endpointConfigs',
  'models',
  'trainingJobs',
  'buckets',
  'bucketVersioning',
  'bucketEncryption',
  'bucketPolicy',
  'trails',
  'guardDutyDetectors',
  'mlReferences',
] as const satisfies readonly RequirementKey[];

/** Facts about the audited account, known before any check runs. */
export interface AccountContext {
  accountId: string;
  partition: string;
  regions: string[];
}
