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
// jobs: processing, transform, hyperparameter tuning, AutoML and compilation jobs
import type {
  DescribeAutoMLJobV2CommandOutput,
  DescribeCompilationJobCommandOutput,
  DescribeHyperParameterTuningJobCommandOutput,
  DescribeProcessingJobCommandOutput,
  DescribeTransformJobCommandOutput,
} from '@aws-sdk/client-sagemaker';
// notebooks-studio-models: notebook lifecycle configs, code repositories, Studio domains/users/spaces/LCCs
import type {
  DescribeCodeRepositoryCommandOutput,
  DescribeDomainCommandOutput,
  DescribeNotebookInstanceLifecycleConfigCommandOutput,
  DescribeSpaceCommandOutput,
  DescribeStudioLifecycleConfigCommandOutput,
  DescribeUserProfileCommandOutput,
} from '@aws-sdk/client-sagemaker';
// endpoints-monitoring-featurestore-registry: Model Monitor, Feature Store, model registry, A2I flow definitions, HyperPod
import type {
  DescribeClusterCommandOutput,
  DescribeFeatureGroupCommandOutput,
  DescribeFlowDefinitionCommandOutput,
  DescribeModelPackageCommandOutput,
  DescribeMonitoringScheduleCommandOutput,
} from '@aws-sdk/client-sagemaker';
import type { MonitoringJobDefinition } from './monitoring.js';
import type { Collected } from '../model.js';
import type { ItemRefs, MlReferences } from './references.js';
// network-s3-kms
import type {
  BucketLogging,
  FlowLog,
  KmsKeyDetails,
  MlKmsKeys,
  PublicAccessBlock,
  RouteTable,
  SecurityGroup,
  Subnet,
  VpcEndpoint,
} from './infra.js';
// iam-logging
import type {
  IamAccountSummary,
  IamAuthorization,
  IamPasswordPolicy,
  IamUserSignIn,
  MacieSession,
  TrailEventSelectors,
} from './iam-logging.js';

/** An SDK output as stored: without the transport metadata. */
export type Raw<T> = Omit<T, '$metadata'>;

export type NotebookInstance = Raw<DescribeNotebookInstanceCommandOutput>;
export type Endpoint = Raw<DescribeEndpointCommandOutput>;
export type EndpointConfig = Raw<DescribeEndpointConfigCommandOutput>;
export type Model = Raw<DescribeModelCommandOutput>;
export type TrainingJob = Raw<DescribeTrainingJobCommandOutput>;
// jobs: Describe outputs of the other SageMaker job kinds
export type ProcessingJob = Raw<DescribeProcessingJobCommandOutput>;
export type TransformJob = Raw<DescribeTransformJobCommandOutput>;
export type TuningJob = Raw<DescribeHyperParameterTuningJobCommandOutput>;
/** DescribeAutoMLJobV2 output: that call describes jobs created with CreateAutoMLJob as well as CreateAutoMLJobV2. */
export type AutoMLJob = Raw<DescribeAutoMLJobV2CommandOutput>;
export type CompilationJob = Raw<DescribeCompilationJobCommandOutput>;
// notebooks-studio-models: Describe outputs (lifecycle script contents stay base64, as returned)
export type NotebookLifecycleConfig = Raw<DescribeNotebookInstanceLifecycleConfigCommandOutput>;
export type CodeRepository = Raw<DescribeCodeRepositoryCommandOutput>;
export type Domain = Raw<DescribeDomainCommandOutput>;
export type UserProfile = Raw<DescribeUserProfileCommandOutput>;
export type Space = Raw<DescribeSpaceCommandOutput>;
export type StudioLifecycleConfig = Raw<DescribeStudioLifecycleConfigCommandOutput>;
// endpoints-monitoring-featurestore-registry: Describe/Get outputs (monitoring job definitions: see monitoring.ts)
export type MonitoringSchedule = Raw<DescribeMonitoringScheduleCommandOutput>;
export type FeatureGroup = Raw<DescribeFeatureGroupCommandOutput>;
export type ModelPackage = Raw<DescribeModelPackageCommandOutput>;
export type FlowDefinition = Raw<DescribeFlowDefinitionCommandOutput>;
export type HyperPodCluster = Raw<DescribeClusterCommandOutput>;
export type { MonitoringJobDefinition, MonitoringKind, RawMonitoringJobDefinition } from './monitoring.js';
/** A model package group's resource policy (GetModelPackageGroupPolicy ResourcePolicy, parsed); null when it has none. */
export interface ModelPackageGroup {
  policy: PolicyDocument | null;
}
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
  /**
   * Set when the answer was evaluated as it was read and then let go (streamed evaluation; `data` is then the
   * AnswerReleased error): what the resource references, for mlReferences.
   */
  refs?: ItemRefs;
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
  // jobs: every job of each kind, finished ones included (no time window yet)
  processingJobs: Regional<Item<ProcessingJob>[]>;
  transformJobs: Regional<Item<TransformJob>[]>;
  tuningJobs: Regional<Item<TuningJob>[]>;
  autoMLJobs: Regional<Item<AutoMLJob>[]>;
  compilationJobs: Regional<Item<CompilationJob>[]>;
  // notebooks-studio-models: user profiles and spaces of every domain in the region; their names are unique per domain
  notebookLifecycleConfigs: Regional<Item<NotebookLifecycleConfig>[]>;
  codeRepositories: Regional<Item<CodeRepository>[]>;
  domains: Regional<Item<Domain>[]>;
  userProfiles: Regional<Item<UserProfile>[]>;
  spaces: Regional<Item<Space>[]>;
  studioLifecycleConfigs: Regional<Item<StudioLifecycleConfig>[]>;
  // endpoints-monitoring-featurestore-registry
  monitoringSchedules: Regional<Item<MonitoringSchedule>[]>;
  /** The four kinds of Model Monitor job definition in one view; a region fails as a whole when any kind could not be listed. */
  monitoringJobDefinitions: Regional<Item<MonitoringJobDefinition>[]>;
  featureGroups: Regional<Item<FeatureGroup>[]>;
  modelPackageGroups: Regional<Item<ModelPackageGroup>[]>;
  /** The versions in every model package group; a region fails as a whole when a group's versions could not be listed. */
  modelPackages: Regional<Item<ModelPackage>[]>;
  flowDefinitions: Regional<Item<FlowDefinition>[]>;
  /** SageMaker HyperPod clusters. */
  clusters: Regional<Item<HyperPodCluster>[]>;
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
  // iam-logging
  /** Account-wide: every IAM user, group, role and managed policy in use, with decoded documents (GetAccountAuthorizationDetails). */
  iamAuthorization: Collected<IamAuthorization>;
  /** Account-wide: every IAM user's console password profile and, for users with one, MFA devices. */
  iamUserSignIn: Collected<IamUserSignIn[]>;
  /** Account-wide: GetAccountSummary's SummaryMap (root MFA and credentials, quotas). */
  iamAccountSummary: Collected<IamAccountSummary>;
  /** Account-wide: the IAM password policy, `null` when none is set. */
  iamPasswordPolicy: Collected<IamPasswordPolicy>;
  /** Keyed by trail ARN: each trail's event selectors (GetEventSelectors in the trail's home region). */
  trailEventSelectors: Record<string, Collected<TrailEventSelectors>>;
  /** Keyed by region: the Macie session in each region that holds an ML bucket (`null` value: Macie not enabled). */
  macieSessions: Record<string, Collected<MacieSession>>;
  // network-s3-kms
  /** Per audited region: the subnets SageMaker resources use (DescribeSubnets by id; one item per referenced id). */
  sagemakerSubnets: Regional<Item<Subnet>[]>;
  /** Per audited region: the route tables of those subnets (explicit associations) and their VPCs' main route tables. */
  routeTables: Regional<RouteTable[]>;
  /** Per audited region: the VPC endpoints of the VPCs hosting SageMaker. */
  vpcEndpoints: Regional<VpcEndpoint[]>;
  /** Per audited region: the security groups SageMaker resources use (DescribeSecurityGroups by id). */
  securityGroups: Regional<Item<SecurityGroup>[]>;
  /** Per audited region: the flow logs of the VPCs hosting SageMaker. */
  flowLogs: Regional<FlowLog[]>;
  /** Keyed by bucket name: the bucket's public access block, `null` when none is configured. */
  bucketPublicAccessBlock: Record<string, Collected<PublicAccessBlock>>;
  /** The account's S3 public access block (s3control), `null` when none is configured. */
  accountPublicAccessBlock: Collected<PublicAccessBlock>;
  /** Keyed by bucket name: server access logging, `null` when off. */
  bucketLogging: Record<string, Collected<BucketLogging>>;
  /** Keyed by key region: the KMS keys SageMaker resources and ML buckets use, with who uses each. */
  kmsKeys: Record<string, MlKmsKeys>;
  /** Per audited region: every KMS key of the account (ListKeys) with DescribeKey and rotation status. */
  kmsAccountKeys: Regional<Item<KmsKeyDetails>[]>;
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
  // jobs
  'processingJobs',
  'transformJobs',
  'tuningJobs',
  'autoMLJobs',
  'compilationJobs',
  // notebooks-studio-models
  'notebookLifecycleConfigs',
  'codeRepositories',
  'domains',
  'userProfiles',
  'spaces',
  'studioLifecycleConfigs',
  // endpoints-monitoring-featurestore-registry
  'monitoringSchedules',
  'monitoringJobDefinitions',
  'featureGroups',
  'modelPackageGroups',
  'modelPackages',
  'flowDefinitions',
  'clusters',
  'buckets',
  'bucketVersioning',
  'bucketEncryption',
  'bucketPolicy',
  'trails',
  'guardDutyDetectors',
  // iam-logging
  'iamAuthorization',
  'iamUserSignIn',
  'iamAccountSummary',
  'iamPasswordPolicy',
  'trailEventSelectors',
  'macieSessions',
  // network-s3-kms
  'sagemakerSubnets',
  'routeTables',
  'vpcEndpoints',
  'securityGroups',
  'flowLogs',
  'bucketPublicAccessBlock',
  'accountPublicAccessBlock',
  'bucketLogging',
  'kmsKeys',
  'kmsAccountKeys',
  'mlReferences',
] as const satisfies readonly RequirementKey[];

/** Facts about the audited account, known before any check runs. */
export interface AccountContext {
  accountId: string;
  partition: string;
  regions: string[];
}
