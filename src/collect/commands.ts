/**
 * Every AWS SDK command the collector can send, by service and operation. This table is the whole
 * surface smsec touches in an account: the shipped IAM policy is tested against it.
 *
 * The SDK client packages are loaded when a service's client or a command class is first read from the table, not
 * when this module is imported: a snapshot audit never loads them, and a live audit loads only the services it calls.
 * (The packages are CommonJS, which an ES module import would load through the same module cache.)
 */
import { createRequire } from 'node:module';
import type * as CloudTrail from '@aws-sdk/client-cloudtrail';
import type * as EC2 from '@aws-sdk/client-ec2';
import type * as GuardDuty from '@aws-sdk/client-guardduty';
import type * as IAM from '@aws-sdk/client-iam';
import type * as KMS from '@aws-sdk/client-kms';
import type * as Macie2 from '@aws-sdk/client-macie2';
import type * as S3 from '@aws-sdk/client-s3';
import type * as S3Control from '@aws-sdk/client-s3-control';
import type * as SageMaker from '@aws-sdk/client-sagemaker';
import type * as STS from '@aws-sdk/client-sts';

const require = createRequire(import.meta.url);

/** A loader that requires the package on first call and returns the same module afterwards. */
function once<M>(load: () => M): () => M {
  let module: M | undefined;
  return () => (module ??= load());
}

/** The client packages, each loaded on first use. */
const SDK = {
  sagemaker: once(() => require('@aws-sdk/client-sagemaker') as typeof SageMaker),
  s3: once(() => require('@aws-sdk/client-s3') as typeof S3),
  s3Control: once(() => require('@aws-sdk/client-s3-control') as typeof S3Control),
  ec2: once(() => require('@aws-sdk/client-ec2') as typeof EC2),
  kms: once(() => require('@aws-sdk/client-kms') as typeof KMS),
  cloudTrail: once(() => require('@aws-sdk/client-cloudtrail') as typeof CloudTrail),
  guardDuty: once(() => require('@aws-sdk/client-guardduty') as typeof GuardDuty),
  iam: once(() => require('@aws-sdk/client-iam') as typeof IAM),
  macie2: once(() => require('@aws-sdk/client-macie2') as typeof Macie2),
  sts: once(() => require('@aws-sdk/client-sts') as typeof STS),
};

/* eslint-disable @typescript-eslint/no-explicit-any -- the SDK's command and client generics differ per service */
type AnyCommandClass = new (input: any) => any;
type AnyClientClass = new (config: any) => { send(command: any): Promise<any>; destroy(): void };

interface ServiceEntry {
  client: AnyClientClass;
  commands: Record<string, AnyCommandClass>;
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/**
 * One service's entry: `client` and each of `commands` (operation → the package's export name) are getters that
 * load the package on first read. Keys enumerate without loading anything.
 */
function lazyService<M, C extends keyof M, K extends Record<string, keyof M>>(
  load: () => M,
  client: C,
  commands: K,
): { readonly client: M[C]; readonly commands: { readonly [P in keyof K]: M[K[P]] } } {
  const table = {};
  for (const [operation, name] of Object.entries(commands) as [string, keyof M][]) {
    Object.defineProperty(table, operation, { enumerable: true, get: () => load()[name] });
  }
  const entry = { commands: table };
  Object.defineProperty(entry, 'client', { enumerable: true, get: () => load()[client] });
  return entry as { readonly client: M[C]; readonly commands: { readonly [P in keyof K]: M[K[P]] } };
}

export const SERVICES = {
  sagemaker: lazyService(SDK.sagemaker, 'SageMakerClient', {
    ListNotebookInstances: 'ListNotebookInstancesCommand',
    DescribeNotebookInstance: 'DescribeNotebookInstanceCommand',
    ListEndpoints: 'ListEndpointsCommand',
    DescribeEndpoint: 'DescribeEndpointCommand',
    ListEndpointConfigs: 'ListEndpointConfigsCommand',
    DescribeEndpointConfig: 'DescribeEndpointConfigCommand',
    ListModels: 'ListModelsCommand',
    DescribeModel: 'DescribeModelCommand',
    ListTrainingJobs: 'ListTrainingJobsCommand',
    DescribeTrainingJob: 'DescribeTrainingJobCommand',
    // endpoints-monitoring-featurestore-registry
    ListMonitoringSchedules: 'ListMonitoringSchedulesCommand',
    DescribeMonitoringSchedule: 'DescribeMonitoringScheduleCommand',
    ListDataQualityJobDefinitions: 'ListDataQualityJobDefinitionsCommand',
    DescribeDataQualityJobDefinition: 'DescribeDataQualityJobDefinitionCommand',
    ListModelQualityJobDefinitions: 'ListModelQualityJobDefinitionsCommand',
    DescribeModelQualityJobDefinition: 'DescribeModelQualityJobDefinitionCommand',
    ListModelBiasJobDefinitions: 'ListModelBiasJobDefinitionsCommand',
    DescribeModelBiasJobDefinition: 'DescribeModelBiasJobDefinitionCommand',
    ListModelExplainabilityJobDefinitions: 'ListModelExplainabilityJobDefinitionsCommand',
    DescribeModelExplainabilityJobDefinition: 'DescribeModelExplainabilityJobDefinitionCommand',
    ListFeatureGroups: 'ListFeatureGroupsCommand',
    DescribeFeatureGroup: 'DescribeFeatureGroupCommand',
    ListModelPackageGroups: 'ListModelPackageGroupsCommand',
    GetModelPackageGroupPolicy: 'GetModelPackageGroupPolicyCommand',
    ListModelPackages: 'ListModelPackagesCommand',
    DescribeModelPackage: 'DescribeModelPackageCommand',
    ListFlowDefinitions: 'ListFlowDefinitionsCommand',
    DescribeFlowDefinition: 'DescribeFlowDefinitionCommand',
    ListClusters: 'ListClustersCommand',
    DescribeCluster: 'DescribeClusterCommand',
    // notebooks-studio-models
    ListNotebookInstanceLifecycleConfigs: 'ListNotebookInstanceLifecycleConfigsCommand',
    DescribeNotebookInstanceLifecycleConfig: 'DescribeNotebookInstanceLifecycleConfigCommand',
    ListCodeRepositories: 'ListCodeRepositoriesCommand',
    DescribeCodeRepository: 'DescribeCodeRepositoryCommand',
    ListDomains: 'ListDomainsCommand',
    DescribeDomain: 'DescribeDomainCommand',
    ListUserProfiles: 'ListUserProfilesCommand',
    DescribeUserProfile: 'DescribeUserProfileCommand',
    ListSpaces: 'ListSpacesCommand',
    DescribeSpace: 'DescribeSpaceCommand',
    ListStudioLifecycleConfigs: 'ListStudioLifecycleConfigsCommand',
    DescribeStudioLifecycleConfig: 'DescribeStudioLifecycleConfigCommand',
    // jobs: processing, transform, hyperparameter tuning, AutoML (V2 describe, which also reads V1 jobs) and compilation jobs
    ListProcessingJobs: 'ListProcessingJobsCommand',
    DescribeProcessingJob: 'DescribeProcessingJobCommand',
    ListTransformJobs: 'ListTransformJobsCommand',
    DescribeTransformJob: 'DescribeTransformJobCommand',
    ListHyperParameterTuningJobs: 'ListHyperParameterTuningJobsCommand',
    DescribeHyperParameterTuningJob: 'DescribeHyperParameterTuningJobCommand',
    ListAutoMLJobs: 'ListAutoMLJobsCommand',
    DescribeAutoMLJobV2: 'DescribeAutoMLJobV2Command',
    ListCompilationJobs: 'ListCompilationJobsCommand',
    DescribeCompilationJob: 'DescribeCompilationJobCommand',
  }),
  s3: lazyService(SDK.s3, 'S3Client', {
    ListBuckets: 'ListBucketsCommand',
    GetBucketLocation: 'GetBucketLocationCommand',
    GetBucketVersioning: 'GetBucketVersioningCommand',
    GetBucketEncryption: 'GetBucketEncryptionCommand',
    GetBucketPolicy: 'GetBucketPolicyCommand',
    // network-s3-kms
    GetPublicAccessBlock: 'GetPublicAccessBlockCommand',
    GetBucketLogging: 'GetBucketLoggingCommand',
  }),
  // network-s3-kms
  s3control: lazyService(SDK.s3Control, 'S3ControlClient', {
    GetPublicAccessBlock: 'GetPublicAccessBlockCommand',
  }),
  ec2: lazyService(SDK.ec2, 'EC2Client', {
    DescribeSubnets: 'DescribeSubnetsCommand',
    DescribeRouteTables: 'DescribeRouteTablesCommand',
    DescribeVpcEndpoints: 'DescribeVpcEndpointsCommand',
    DescribeSecurityGroups: 'DescribeSecurityGroupsCommand',
    DescribeFlowLogs: 'DescribeFlowLogsCommand',
    // --regions all: the regions enabled for the account.
    DescribeRegions: 'DescribeRegionsCommand',
  }),
  kms: lazyService(SDK.kms, 'KMSClient', {
    ListKeys: 'ListKeysCommand',
    ListAliases: 'ListAliasesCommand',
    DescribeKey: 'DescribeKeyCommand',
    GetKeyRotationStatus: 'GetKeyRotationStatusCommand',
    GetKeyPolicy: 'GetKeyPolicyCommand',
  }),
  cloudtrail: lazyService(SDK.cloudTrail, 'CloudTrailClient', {
    DescribeTrails: 'DescribeTrailsCommand',
    GetTrailStatus: 'GetTrailStatusCommand',
    // iam-logging
    GetEventSelectors: 'GetEventSelectorsCommand',
  }),
  guardduty: lazyService(SDK.guardDuty, 'GuardDutyClient', {
    ListDetectors: 'ListDetectorsCommand',
    GetDetector: 'GetDetectorCommand',
  }),
  // iam-logging: account-wide IAM reads (sent to the partition's global region) and Macie session status
  iam: lazyService(SDK.iam, 'IAMClient', {
    GetAccountAuthorizationDetails: 'GetAccountAuthorizationDetailsCommand',
    GetAccountSummary: 'GetAccountSummaryCommand',
    GetAccountPasswordPolicy: 'GetAccountPasswordPolicyCommand',
    GetLoginProfile: 'GetLoginProfileCommand',
    ListMFADevices: 'ListMFADevicesCommand',
  }),
  macie2: lazyService(SDK.macie2, 'Macie2Client', {
    GetMacieSession: 'GetMacieSessionCommand',
  }),
  sts: lazyService(SDK.sts, 'STSClient', {
    GetCallerIdentity: 'GetCallerIdentityCommand',
  }),
} as const satisfies Record<string, ServiceEntry>;

export type ServiceName = keyof typeof SERVICES;

export function isServiceName(v: string): v is ServiceName {
  return Object.prototype.hasOwnProperty.call(SERVICES, v);
}

/** Operations whose IAM action is not spelt like the API operation (Service Authorization Reference). */
const IAM_ACTION_EXCEPTIONS: Record<string, string> = {
  's3:ListBuckets': 's3:ListAllMyBuckets',
  's3:GetBucketEncryption': 's3:GetEncryptionConfiguration',
  // network-s3-kms
  's3:GetPublicAccessBlock': 's3:GetBucketPublicAccessBlock',
  's3control:GetPublicAccessBlock': 's3:GetAccountPublicAccessBlock',
};

/** The IAM action that authorises an operation, e.g. "s3:ListBuckets" → "s3:ListAllMyBuckets". */
export function iamActionFor(service: ServiceName, operation: string): string {
  const name = `${service}:${operation}`;
  return IAM_ACTION_EXCEPTIONS[name] ?? name;
}

/** Every (service, operation) pair the collector can request, as "service:Operation". */
export function allOperations(): { service: ServiceName; operation: string }[] {
  return (Object.keys(SERVICES) as ServiceName[]).flatMap((service) =>
    Object.keys(SERVICES[service].commands).map((operation) => ({ service, operation })),
  );
}
