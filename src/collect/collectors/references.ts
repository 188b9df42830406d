/** mlReferences: collects every reference source (SageMaker resource kinds), then reads what they point at. */
import { buildReferences, referenceSources } from '../../inventory/references.js';
import type { Inventory } from '../../inventory/types.js';
import type { Collector } from '../context.js';

export const collectMlReferences: Collector<'mlReferences'> = async (ctx) => {
  const sources = referenceSources();
  const values = await Promise.all(sources.map((k) => ctx.get(k)));
  const partial: Partial<Inventory> = {};
  sources.forEach((k, i) => {
    (partial as Record<string, unknown>)[k] = values[i];
  });
  return buildReferences(partial);
};
