/**
 * Logging and detection beyond trail status: each trail's event selectors (asked in the trail's home region, once per
 * trail however many regions show it), and the Macie session of every region that holds an ML bucket.
 */
import { ok, failed, type Collected } from '../../model.js';
import { AwsCallError, toCollectionError, type AwsRequest } from '../access.js';
import type { Collector } from '../context.js';
import type { MacieSession, TrailEventSelectors } from '../../inventory/iam-logging.js';
import { mlBuckets } from '../../inventory/ml-buckets.js';

export const collectTrailEventSelectors: Collector<'trailEventSelectors'> = async (ctx) => {
  const trails = await ctx.get('trails');
  const homes = new Map<string, string>();
  for (const list of Object.values(trails)) {
    if (!list.ok) continue;
    for (const t of list.value) homes.set(t.arn, t.homeRegion);
  }
  const entries = await Promise.all(
    [...homes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(async ([arn, region]): Promise<[string, Collected<TrailEventSelectors>]> => {
      const request: AwsRequest = { service: 'cloudtrail', region, operation: 'GetEventSelectors', input: { TrailName: arn } };
      try {
        return [arn, ok((await ctx.access.send(request)) as TrailEventSelectors)];
      } catch (err) {
        return [arn, failed(toCollectionError(err, request))];
      }
    }),
  );
  return Object.fromEntries(entries);
};

/**
 * Macie answers GetMacieSession with AccessDeniedException and the message "Macie is not enabled" when the account
 * has not enabled it in the region; that answer is data (not enabled), any other denial is an error.
 */
export function isMacieNotEnabled(err: unknown): boolean {
  return err instanceof AwsCallError && err.code === 'AccessDeniedException' && /macie is not enabled/i.test(err.message);
}

export const collectMacieSessions: Collector<'macieSessions'> = async (ctx) => {
  const [refs, buckets] = await Promise.all([ctx.get('mlReferences'), ctx.get('buckets')]);
  const set = mlBuckets(refs, buckets, ctx.account);
  if (!set.ok) return {};
  const regions = [...new Set(set.value.buckets.flatMap((b) => (b.bucket.region.ok ? [b.bucket.region.value] : [])))].sort();
  const entries = await Promise.all(
    regions.map(async (region): Promise<[string, Collected<MacieSession>]> => {
      const request: AwsRequest = { service: 'macie2', region, operation: 'GetMacieSession', input: {} };
      try {
        return [region, ok((await ctx.access.send(request)) as MacieSession)];
      } catch (err) {
        return [region, isMacieNotEnabled(err) ? ok(null) : failed(toCollectionError(err, request))];
      }
    }),
  );
  return Object.fromEntries(entries);
};
