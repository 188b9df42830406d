/** GuardDuty: the detectors of each audited region and their settings. */
import { ok, failed } from '../../model.js';
import { paginate, toCollectionError, type AwsRequest } from '../access.js';
import type { Collector } from '../context.js';
import type { Detector, DetectorInfo } from '../../inventory/types.js';

export const collectGuardDutyDetectors: Collector<'guardDutyDetectors'> = async (ctx) => {
  const perRegion = await Promise.all(
    ctx.account.regions.map(async (region) => {
      const request: AwsRequest = { service: 'guardduty', region, operation: 'ListDetectors', input: {} };
      let ids: string[];
      try {
        ids = await paginate<string>(ctx.access, request, { inputToken: 'NextToken', outputToken: 'NextToken', items: 'DetectorIds' });
      } catch (err) {
        return [region, failed<DetectorInfo[]>(toCollectionError(err, request))] as const;
      }
      const detectors = await Promise.all(
        [...ids].sort().map(async (id): Promise<DetectorInfo> => {
          const arn = `arn:${ctx.account.partition}:guardduty:${region}:${ctx.account.accountId}:detector/${id}`;
          const get: AwsRequest = { service: 'guardduty', region, operation: 'GetDetector', input: { DetectorId: id } };
          try {
            return { id, arn, data: ok((await ctx.access.send(get)) as Detector) };
          } catch (err) {
            return { id, arn, data: failed(toCollectionError(err, get)) };
          }
        }),
      );
      return [region, ok(detectors)] as const;
    }),
  );
  return Object.fromEntries(perRegion);
};
