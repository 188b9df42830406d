/** Everything a check module may import. Checks are pure: no AWS SDK, no file system, no network, no collector. */
export * from './buckets.js';
export * from './check.js';
export * from './findings.js';
export * from './instance-storage.js';
export * from './policy.js';
export type * from '../inventory/types.js';
export type { CheckMeta, Evidence, FindingDraft, ResourceRef, Severity, Status, Collected, CollectionError } from '../model.js';
export * from './secrets.js';
export { bucketOfUri, regionsWithResources, type MlReferences, type MlResourceRef } from '../inventory/references.js';
