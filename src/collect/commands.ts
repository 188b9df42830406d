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
    },
  },
  cloudtrail: {
    client: CloudTrailClient,
    commands: {
      DescribeTrails: DescribeTrailsCommand,
      GetTrailStatus: GetTrailStatusCommand,
    },
  },
  guardduty: {
    client: GuardDutyClient,
    commands: {
      ListDetectors: ListDetectorsCommand,
      GetDetector: GetDetectorCommand,
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
