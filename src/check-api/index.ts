/** Everything a check module may import. Checks are pure: no AWS SDK, no file system, no network, no collector. */
export * from './buckets.js';
export * from './check.js';
export * from './findings.js';
export * from './instance-storage.js';
export * from './jobs.js';
export * from './tuning-jobs.js';
export * from './policy.js';
// endpoints-monitoring-featurestore-registry
export * from './monitoring.js';
export * from './resource-policy.js';
export * from './endpoints.js';
export { fromInlineDefinition, isMonitoringKind, MONITORING_KINDS } from '../inventory/monitoring.js';
export type * from '../inventory/types.js';
export type { CheckMeta, Evidence, FindingDraft, ResourceRef, Severity, Status, Collected, CollectionError } from '../model.js';
export * from './secrets.js';
// notebooks-studio-models: lifecycle script decoding, risky-command patterns, secrets by line
export * from './scripts.js';
export { bucketOfUri, regionsWithResources, type MlReferences, type MlResourceRef } from '../inventory/references.js';
// iam-logging: IAM principals, policies and execution roles; conservative access reading; ML buckets
export * from './iam.js';
export * from './iam-access.js';
export * from './trails.js';
export * from './data-events.js';
export * from './ml-bucket-checks.js';
export * from './regions.js';
export type * from '../inventory/iam-logging.js';
export {
  describeIncomplete,
  incompleteRegions,
  isDefaultSageMakerBucket,
  isMlBucket,
  mlBuckets,
  referencedBuckets,
  type MlBucket,
  type MlBucketSet,
} from '../inventory/ml-buckets.js';
// network-s3-kms: SageMaker's subnets, VPCs and security groups; endpoint/key policy reach; ML data buckets
export * from './ml-resources.js';
export * from './network.js';
export * from './policy-scope.js';
export type * from '../inventory/infra.js';
export * from './s3-access.js';
export * from './kms.js';
