/**
 * For checks on what SageMaker uses (subnets, security groups, VPCs, keys, buckets): which SageMaker resources use a
 * thing, and an `error` wherever SageMaker resources could not all be read, so an unknown user is never a silent pass.
 */
import type { FindingDraft, ResourceRef } from '../model.js';
import type { AccountContext, Item, Regional } from '../inventory/types.js';
import type { MlReferences, MlResourceRef } from '../inventory/references.js';
import { describeError, finding, unreadable, wildcardArn } from './findings.js';

/** kindLabel's answers: there are a few dozen resource types, named in messages thousands of times. */
const kindLabels = new Map<string, string>();

/** "notebook instance", "training job", "auto ml job" … from a resource type such as AWS::SageMaker::TrainingJob. */
export function kindLabel(resourceType: string): string {
  let label = kindLabels.get(resourceType);
  if (label === undefined) {
    const last = resourceType.split('::').pop() ?? resourceType;
    const words = last.replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2').replace(/([a-z0-9])([A-Z])/g, '$1 $2');
    label = resourceType === 'AWS::S3::Bucket' ? 'bucket' : words.toLowerCase();
    if (kindLabels.size < 1000) kindLabels.set(resourceType, label);
  }
  return label;
}

/** "model m1, notebook instance nb1" — sorted and deduplicated, for messages; past `max`, "and N more" (evidence keeps them all). */
export function describeUsers(users: readonly { resourceType: string; name: string }[], max = 5): string {
  if (!(Number.isInteger(max) && max > 0)) {
    const all = [...new Set(users.map((u) => `${kindLabel(u.resourceType)} ${u.name}`))].sort();
    return all.length <= max ? all.join(', ') : `${all.slice(0, max).join(', ')} and ${all.length - max} more`;
  }
  // A key can have tens of thousands of users, described by several checks: count the distinct "<kind> <name>" labels
  // per kind without building them, and build only the candidates for the first `max` in sort order. Within a kind,
  // labels sort as their names do (same prefix); across kinds, the candidates are compared as whole labels.
  const byKind = new Map<string, { names: Set<string>; first: string[] }>();
  for (const u of users) {
    const kind = kindLabel(u.resourceType);
    let entry = byKind.get(kind);
    if (!entry) byKind.set(kind, (entry = { names: new Set(), first: [] }));
    if (entry.names.has(u.name)) continue;
    entry.names.add(u.name);
    keepSmallest(entry.first, u.name, max);
  }
  let count = 0;
  const candidates: string[] = [];
  for (const [kind, entry] of byKind) {
    count += entry.names.size;
    for (const name of entry.first) candidates.push(`${kind} ${name}`);
  }
  candidates.sort();
  return count <= max ? candidates.join(', ') : `${candidates.slice(0, max).join(', ')} and ${count - max} more`;
}

/** Adds `value` to `best`, the sorted `n` smallest strings seen (default sort order: UTF-16 code units). */
function keepSmallest(best: string[], value: string, n: number): void {
  if (best.length === n && value >= best[n - 1]!) return;
  let i = best.length < n ? best.length : n - 1;
  if (best.length < n) best.push(value);
  while (i > 0 && best[i - 1]! > value) {
    best[i] = best[i - 1]!;
    i--;
  }
  best[i] = value;
}

/** The SageMaker resources of a region whose `pick` list holds `id`. */
export function usersOf(refs: MlReferences | undefined, region: string, pick: (r: MlResourceRef) => string[], id: string): MlResourceRef[] {
  return (refs?.resources ?? []).filter((r) => r.region === region && pick(r).includes(id));
}

/** The ids SageMaker resources of a region reference, unique and sorted. */
export function referencedIn(refs: MlReferences | undefined, region: string, pick: (r: MlResourceRef) => string[]): string[] {
  return [...new Set((refs?.resources ?? []).filter((r) => r.region === region).flatMap(pick))].sort();
}

/**
 * One `error` finding per region where SageMaker resources could not all be read: the `noun`s they use there are not
 * all known (one error overall when the references were not collected).
 */
export function incompleteReferences(refs: MlReferences | undefined, account: AccountContext, resourceType: string, noun: string): FindingDraft[] {
  if (!refs) {
    const resource: ResourceRef = { arn: wildcardArn(resourceType, account, 'global'), type: resourceType, region: 'global', name: `all ${noun}s used by SageMaker` };
    return [finding('error', resource, 'The references of SageMaker resources were not collected', { errorCode: 'NotCollected' })];
  }
  const byRegion = new Map<string, string[]>();
  for (const i of refs.incomplete) {
    const what = `${i.source}${i.name ? ` ${i.name}` : ''} (${describeError(i.error)})`;
    byRegion.set(i.region, [...(byRegion.get(i.region) ?? []), what]);
  }
  return [...byRegion.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([region, whats]) => {
    const resource: ResourceRef = { arn: wildcardArn(resourceType, account, region), type: resourceType, region, name: `all ${noun}s used by SageMaker in ${region}` };
    return finding('error', resource, `The ${noun}s SageMaker uses in ${region} are not all known: SageMaker resources could not be read: ${whats.join('; ')}`, {
      errorCode: 'IncompleteReferences',
      unread: whats,
    });
  });
}

export interface ReferencedSpec {
  resourceType: string;
  noun: string;
  pick: (r: MlResourceRef) => string[];
  /** The ARN of a referenced id that was not collected at all. */
  arnOf: (id: string, region: string) => string;
}

/**
 * Evaluates every resource SageMaker references through `pick` (subnets, security groups), region by region, from a
 * regional by-id inventory key: `error` for regions with incomplete references and for ids that were not read;
 * `evaluate` sees the described resource and the SageMaker resources using it.
 */
export function eachReferenced<T>(
  refs: MlReferences | undefined,
  regional: Regional<Item<T>[]> | undefined,
  account: AccountContext,
  spec: ReferencedSpec,
  evaluate: (data: T, resource: ResourceRef, users: MlResourceRef[], item: Item<T>) => FindingDraft | FindingDraft[] | undefined,
): FindingDraft[] {
  const out = incompleteReferences(refs, account, spec.resourceType, spec.noun);
  for (const region of account.regions) {
    for (const id of referencedIn(refs, region, spec.pick)) {
      const users = usersOf(refs, region, spec.pick, id);
      const list = regional?.[region];
      const item = list?.ok ? list.value.find((i) => i.name === id) : undefined;
      const resource: ResourceRef = { arn: item?.arn ?? spec.arnOf(id, region), type: spec.resourceType, region, name: id };
      const usedBy = `${spec.noun} ${id} (used by ${describeUsers(users)})`;
      if (list && !list.ok) out.push(unreadable(resource, usedBy, list.error));
      else if (!item) out.push(finding('error', resource, `The ${usedBy} was not collected`, { errorCode: 'NotCollected' }));
      else if (!item.data.ok) out.push(unreadable(resource, usedBy, item.data.error));
      else {
        const r = evaluate(item.data.value, resource, users, item);
        if (r) out.push(...(Array.isArray(r) ? r : [r]));
      }
    }
  }
  return out;
}
