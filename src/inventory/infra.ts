/**
 * Inventory types for what SageMaker runs on and stores into: the EC2 network of the subnets and security groups
 * SageMaker resources use, S3 public access blocks and access logging, and the KMS keys of ML resources and buckets.
 */
import type { FlowLog, RouteTable, SecurityGroup, Subnet, VpcEndpoint } from '@aws-sdk/client-ec2';
import type { GetBucketLoggingCommandOutput, PublicAccessBlockConfiguration } from '@aws-sdk/client-s3';
import type { GetKeyRotationStatusCommandOutput, KeyMetadata } from '@aws-sdk/client-kms';
import type { Collected, CollectionError } from '../model.js';
import type { PolicyDocument, Raw } from './types.js';

export type { FlowLog, RouteTable, SecurityGroup, Subnet, VpcEndpoint, KeyMetadata };

/** A public access block (bucket or account level); `null` when none is configured (NoSuchPublicAccessBlockConfiguration). */
export type PublicAccessBlock = PublicAccessBlockConfiguration | null;

/** GetBucketLogging's LoggingEnabled; `null` when server access logging is off (the element is absent). */
export type BucketLogging = NonNullable<Raw<GetBucketLoggingCommandOutput>['LoggingEnabled']> | null;

/** GetKeyRotationStatus output, or why the key has no rotation status of its own to read. */
export type KeyRotation = { applicable: true; status: Raw<GetKeyRotationStatusCommandOutput> } | { applicable: false; reason: string };

/** A KMS key as DescribeKey shows it, with its rotation status. */
export interface KmsKeyDetails {
  metadata: KeyMetadata;
  rotation: Collected<KeyRotation>;
}

/** Something that encrypts with a key: a SageMaker resource or an ML data bucket. */
export interface KmsKeyUser {
  resourceType: string;
  name: string;
  arn: string;
  region: string;
}

/** What a key reference (key id, key ARN, alias name or alias ARN) stands for. */
export type KeyResolution =
  | { kind: 'key'; keyArn: string }
  /** The alias does not exist: requests that name it fail. */
  | { kind: 'missingAlias'; alias: string }
  /** A predefined AWS managed alias (aws/…) whose key AWS has not created yet; AWS creates it on first use. */
  | { kind: 'uncreatedAwsKey'; alias: string };

export interface KmsKeyReference {
  /** The reference as the users give it. */
  ref: string;
  region: string;
  users: KmsKeyUser[];
  resolution: Collected<KeyResolution>;
}

/** A key that ML resources or buckets use. */
export interface MlKmsKey {
  arn: string;
  region: string;
  details: Collected<KmsKeyDetails>;
  /** The key policy (GetKeyPolicy, policy name "default"); only readable in the key's own account. */
  policy: Collected<PolicyDocument>;
}

/** The KMS keys ML data depends on, in one region. */
export interface MlKmsKeys {
  references: KmsKeyReference[];
  keys: MlKmsKey[];
  /** What prevented knowing every key in use here (SageMaker resources or bucket encryption that could not be read). */
  incomplete: { what: string; error: CollectionError }[];
}
