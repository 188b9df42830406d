/**
 * Which audited regions a regional "is anything configured" check reports on: regions holding SageMaker resources,
 * and regions whose SageMaker resources could not all be read (there, a missing setting is an `error`, not a `fail`:
 * the region may hold nothing).
 */
import type { AccountContext } from '../inventory/types.js';
import type { MlReferences } from '../inventory/references.js';
import { describeIncomplete } from '../inventory/ml-buckets.js';

export interface SageMakerRegion {
  region: string;
  /** At least one SageMaker resource was read in the region. */
  hasResources: boolean;
  /** What could not be read there, or null when the region's references are complete. */
  incomplete: string | null;
}

/** The audited regions with SageMaker resources or incomplete references, in audit order. */
export function sageMakerRegions(refs: MlReferences | undefined, account: AccountContext): SageMakerRegion[] {
  const withResources = new Set((refs?.resources ?? []).map((r) => r.region));
  const incomplete = new Set((refs?.incomplete ?? []).map((i) => i.region));
  return account.regions
    .filter((region) => withResources.has(region) || incomplete.has(region))
    .map((region) => ({ region, hasResources: withResources.has(region), incomplete: incomplete.has(region) ? describeIncomplete(refs!, region) : null }));
}
