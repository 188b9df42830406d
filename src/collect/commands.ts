/**
 * Every AWS SDK command the collector can send, by service and operation. This table is the whole
 * surface smsec touches in an account: the shipped IAM policy is tested against it.
 */
import {
  SageMakerClient,
  DescribeEndpointCommand,
  DescribeEndpointConfigCommand,
  DescribeModelCommand,
  DescribeNotebookInstanceCommand,
  DescribeTrainingJobCommand,
  ListEndpointConfigsCommand,
  ListEndpointsCommand,
  ListModelsCommand,
  ListNotebookInstancesCommand,
  ListTrainingJobsCommand,
} from '@aws-sdk/client-sagemaker';
import {
  S3Client,
  GetBucketEncryptionCommand,
  GetBucketLocationCommand,
  GetBucketPolicyCommand,
  GetBucketVersioningCommand,
  ListBucketsCommand,
} from '@aws-sdk/client-s3';
import { CloudTrailClient, DescribeTrailsCommand, GetTrailStatusCommand } from '@aws-sdk/client-cloudtrail';
import { GuardDutyClient, GetDetectorCommand, ListDetectorsCommand } from '@aws-sdk/client-guardduty';
import { STSClient, GetCallerIdentityCommand } from '@aws-sdk/client-sts';
// iam-logging: IAM authorization details and account settings, CloudTrail event selectors, Macie sessions
import {
  IAMClient,
  GetAccountAuthorizationDetailsCommand,
  GetAccountPasswordPolicyCommand,
  GetAccountSummaryCommand,
  GetLoginProfileCommand,
  ListMFADevicesCommand,
} from '@aws-sdk/client-iam';
import { GetEventSelectorsCommand } from '@aws-sdk/client-cloudtrail';
import { Macie2Client, GetMacieSessionCommand } from '@aws-sdk/client-macie2';
// network-s3-kms: EC2 network of SageMaker subnets, S3 public access blocks and logging, KMS keys
import {
  EC2Client,
  DescribeRegionsCommand,
  DescribeFlowLogsCommand,
  DescribeRouteTablesCommand,
  DescribeSecurityGroupsCommand,
  DescribeSubnetsCommand,
  DescribeVpcEndpointsCommand,
} from '@aws-sdk/client-ec2';
import { GetBucketLoggingCommand, GetPublicAccessBlockCommand } from '@aws-sdk/client-s3';
import { S3ControlClient, GetPublicAccessBlockCommand as GetAccountPublicAccessBlockCommand } from '@aws-sdk/client-s3-control';
import { KMSClient, DescribeKeyCommand, GetKeyPolicyCommand, GetKeyRotationStatusCommand, ListAliasesCommand, ListKeysCommand } from '@aws-sdk/client-kms';
// jobs: processing, transform, hyperparameter tuning, AutoML and compilation jobs
import {
  DescribeAutoMLJobV2Command,
  DescribeCompilationJobCommand,
  DescribeHyperParameterTuningJobCommand,
  DescribeProcessingJobCommand,
  DescribeTransformJobCommand,
  ListAutoMLJobsCommand,
  ListCompilationJobsCommand,
  ListHyperParameterTuningJobsCommand,
  ListProcessingJobsCommand,
  ListTransformJobsCommand,
} from '@aws-sdk/client-sagemaker';

// notebooks-studio-models: notebook lifecycle configs, code repositories, Studio domains, user profiles, spaces, Studio LCCs
import {
  DescribeCodeRepositoryCommand,
  DescribeDomainCommand,
  DescribeNotebookInstanceLifecycleConfigCommand,
  DescribeSpaceCommand,
  DescribeStudioLifecycleConfigCommand,
  DescribeUserProfileCommand,
  ListCodeRepositoriesCommand,
  ListDomainsCommand,
  ListNotebookInstanceLifecycleConfigsCommand,
  ListSpacesCommand,
  ListStudioLifecycleConfigsCommand,
  ListUserProfilesCommand,
} from '@aws-sdk/client-sagemaker';

// endpoints-monitoring-featurestore-registry: Model Monitor schedules and job definitions, Feature Store, model registry, A2I flow definitions, HyperPod
import {
  DescribeClusterCommand,
  DescribeDataQualityJobDefinitionCommand,
  DescribeFeatureGroupCommand,
  DescribeFlowDefinitionCommand,
  DescribeModelBiasJobDefinitionCommand,
  DescribeModelExplainabilityJobDefinitionCommand,
  DescribeModelPackageCommand,
  DescribeModelQualityJobDefinitionCommand,
  DescribeMonitoringScheduleCommand,
  GetModelPackageGroupPolicyCommand,
  ListClustersCommand,
  ListDataQualityJobDefinitionsCommand,
  ListFeatureGroupsCommand,
  ListFlowDefinitionsCommand,
  ListModelBiasJobDefinitionsCommand,
  ListModelExplainabilityJobDefinitionsCommand,
  ListModelPackageGroupsCommand,
  ListModelPackagesCommand,
  ListModelQualityJobDefinitionsCommand,
  ListMonitoringSchedulesCommand,
} from '@aws-sdk/client-sagemaker';

/* eslint-disable @typescript-eslint/no-explicit-any -- the SDK's command and client generics differ per service */
type AnyCommandClass = new (input: any) => any;
type AnyClientClass = new (config: any) => { send(command: any): Promise<any>; destroy(): void };

interface ServiceEntry {
  client: AnyClientClass;
  commands: Record<string, AnyCommandClass>;
}
/* eslint-enable @typescript-eslint/no-explicit-any */

export const SERVICES = {
  sagemaker: {
    client: SageMakerClient,
    commands: {
      ListNotebookInstances: ListNotebookInstancesCommand,
      DescribeNotebookInstance: DescribeNotebookInstanceCommand,
      ListEndpoints: ListEndpointsCommand,
      DescribeEndpoint: DescribeEndpointCommand,
      ListEndpointConfigs: ListEndpointConfigsCommand,
      DescribeEndpointConfig: DescribeEndpointConfigCommand,
      ListModels: ListModelsCommand,
      DescribeModel: DescribeModelCommand,
      ListTrainingJobs: ListTrainingJobsCommand,
      DescribeTrainingJob: DescribeTrainingJobCommand,
      // endpoints-monitoring-featurestore-registry
      ListMonitoringSchedules: ListMonitoringSchedulesCommand,
      DescribeMonitoringSchedule: DescribeMonitoringScheduleCommand,
      ListDataQualityJobDefinitions: ListDataQualityJobDefinitionsCommand,
      DescribeDataQualityJobDefinition: DescribeDataQualityJobDefinitionCommand,
      ListModelQualityJobDefinitions: ListModelQualityJobDefinitionsCommand,
      DescribeModelQualityJobDefinition: DescribeModelQualityJobDefinitionCommand,
      ListModelBiasJobDefinitions: ListModelBiasJobDefinitionsCommand,
      DescribeModelBiasJobDefinition: DescribeModelBiasJobDefinitionCommand,
      ListModelExplainabilityJobDefinitions: ListModelExplainabilityJobDefinitionsCommand,
      DescribeModelExplainabilityJobDefinition: DescribeModelExplainabilityJobDefinitionCommand,
      ListFeatureGroups: ListFeatureGroupsCommand,
      DescribeFeatureGroup: DescribeFeatureGroupCommand,
      ListModelPackageGroups: ListModelPackageGroupsCommand,
      GetModelPackageGroupPolicy: GetModelPackageGroupPolicyCommand,
      ListModelPackages: ListModelPackagesCommand,
      DescribeModelPackage: DescribeModelPackageCommand,
      ListFlowDefinitions: ListFlowDefinitionsCommand,
      DescribeFlowDefinition: DescribeFlowDefinitionCommand,
      ListClusters: ListClustersCommand,
      DescribeCluster: DescribeClusterCommand,
      // notebooks-studio-models
      ListNotebookInstanceLifecycleConfigs: ListNotebookInstanceLifecycleConfigsCommand,
      DescribeNotebookInstanceLifecycleConfig: DescribeNotebookInstanceLifecycleConfigCommand,
      ListCodeRepositories: ListCodeRepositoriesCommand,
      DescribeCodeRepository: DescribeCodeRepositoryCommand,
      ListDomains: ListDomainsCommand,
      DescribeDomain: DescribeDomainCommand,
      ListUserProfiles: ListUserProfilesCommand,
      DescribeUserProfile: DescribeUserProfileCommand,
      ListSpaces: ListSpacesCommand,
      DescribeSpace: DescribeSpaceCommand,
      ListStudioLifecycleConfigs: ListStudioLifecycleConfigsCommand,
      DescribeStudioLifecycleConfig: DescribeStudioLifecycleConfigCommand,
      // jobs: processing, transform, hyperparameter tuning, AutoML (V2 describe, which also reads V1 jobs) and compilation jobs
      ListProcessingJobs: ListProcessingJobsCommand,
      DescribeProcessingJob: DescribeProcessingJobCommand,
      ListTransformJobs: ListTransformJobsCommand,
      DescribeTransformJob: DescribeTransformJobCommand,
      ListHyperParameterTuningJobs: ListHyperParameterTuningJobsCommand,
      DescribeHyperParameterTuningJob: DescribeHyperParameterTuningJobCommand,
      ListAutoMLJobs: ListAutoMLJobsCommand,
      DescribeAutoMLJobV2: DescribeAutoMLJobV2Command,
      ListCompilationJobs: ListCompilationJobsCommand,
      DescribeCompilationJob: DescribeCompilationJobCommand,
    },
  },
  s3: {
    client: S3Client,
    commands: {
      ListBuckets: ListBucketsCommand,
      GetBucketLocation: GetBucketLocationCommand,
      GetBucketVersioning: GetBucketVersioningCommand,
      GetBucketEncryption: GetBucketEncryptionCommand,
      GetBucketPolicy: GetBucketPolicyCommand,
      // network-s3-kms
      GetPublicAccessBlock: GetPublicAccessBlockCommand,
      GetBucketLogging: GetBucketLoggingCommand,
    },
  },
  // network-s3-kms
  s3control: {
    client: S3ControlClient,
    commands: {
      GetPublicAccessBlock: GetAccountPublicAccessBlockCommand,
    },
  },
  ec2: {
    client: EC2Client,
    commands: {
      DescribeSubnets: DescribeSubnetsCommand,
      DescribeRouteTables: DescribeRouteTablesCommand,
      DescribeVpcEndpoints: DescribeVpcEndpointsCommand,
      DescribeSecurityGroups: DescribeSecurityGroupsCommand,
      DescribeFlowLogs: DescribeFlowLogsCommand,
      // --regions all: the regions enabled for the account.
      DescribeRegions: DescribeRegionsCommand,
    },
  },
  kms: {
    client: KMSClient,
    commands: {
      ListKeys: ListKeysCommand,
      ListAliases: ListAliasesCommand,
      DescribeKey: DescribeKeyCommand,
      GetKeyRotationStatus: GetKeyRotationStatusCommand,
      GetKeyPolicy: GetKeyPolicyCommand,
    },
  },
  cloudtrail: {
    client: CloudTrailClient,
    commands: {
      DescribeTrails: DescribeTrailsCommand,
      GetTrailStatus: GetTrailStatusCommand,
      // iam-logging
      GetEventSelectors: GetEventSelectorsCommand,
    },
  },
  guardduty: {
    client: GuardDutyClient,
    commands: {
      ListDetectors: ListDetectorsCommand,
      GetDetector: GetDetectorCommand,
    },
  },
  // iam-logging: account-wide IAM reads (sent to the partition's global region) and Macie session status
  iam: {
    client: IAMClient,
    commands: {
      GetAccountAuthorizationDetails: GetAccountAuthorizationDetailsCommand,
      GetAccountSummary: GetAccountSummaryCommand,
      GetAccountPasswordPolicy: GetAccountPasswordPolicyCommand,
      GetLoginProfile: GetLoginProfileCommand,
      ListMFADevices: ListMFADevicesCommand,
    },
  },
  macie2: {
    client: Macie2Client,
    commands: {
      GetMacieSession: GetMacieSessionCommand,
    },
  },
  sts: {
    client: STSClient,
    commands: {
      GetCallerIdentity: GetCallerIdentityCommand,
    },
  },
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
