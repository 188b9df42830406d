/** CloudTrail: the trails visible in each audited region (shadow copies of multi-region trails included) with their status. */
import { ok, failed, type Collected } from '../../model.js';
import { toCollectionError, type AwsRequest } from '../access.js';
import type { Collector } from '../context.js';
import type { TrailInfo, TrailStatus } from '../../inventory/types.js';
import type { Trail } from '@aws-sdk/client-cloudtrail';

export const collectTrails: Collector<'trails'> = async (ctx) => {
  const perRegion = await Promise.all(
    ctx.account.regions.map(async (region) => {
      const request: AwsRequest = { service: 'cloudtrail', region, operation: 'DescribeTrails', input: { includeShadowTrails: true } };
      let trails: Trail[];
      try {
        trails = ((await ctx.access.send(request)).trailList ?? []) as Trail[];
      } catch (err) {
        return [region, failed<TrailInfo[]>(toCollectionError(err, request))] as const;
      }
      const infos = await Promise.all(
        trails
          .filter((t): t is Trail & { TrailARN: string } => typeof t.TrailARN === 'string')
          .map(async (trail): Promise<TrailInfo> => {
            // A trail's status lives in its home region; asking there makes it one request per trail per run.
            const homeRegion = trail.HomeRegion ?? region;
            const statusRequest: AwsRequest = { service: 'cloudtrail', region: homeRegion, operation: 'GetTrailStatus', input: { Name: trail.TrailARN } };
            let status: Collected<TrailStatus>;
            try {
              status = ok((await ctx.access.send(statusRequest)) as TrailStatus);
            } catch (err) {
              status = failed(toCollectionError(err, statusRequest));
            }
            return { arn: trail.TrailARN, name: trail.Name ?? trail.TrailARN, homeRegion, trail, status };
          }),
      );
      infos.sort((a, b) => (a.arn < b.arn ? -1 : a.arn > b.arn ? 1 : 0));
      return [region, ok(infos)] as const;
    }),
  );
  return Object.fromEntries(perRegion);
};
