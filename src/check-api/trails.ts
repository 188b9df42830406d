/** CloudTrail trails for checks: one entry per trail across the regions that show it, and the trail's finding resource. */
import type { CollectionError, FindingDraft, ResourceRef } from '../model.js';
import type { AccountContext, Regional, TrailInfo } from '../inventory/types.js';
import { describeError, finding, wildcardArn } from './findings.js';

export const TRAIL_RESOURCE_TYPE = 'AWS::CloudTrail::Trail';

/** True when GetTrailStatus was read and says the trail is logging. */
export const isTrailLogging = (t: TrailInfo): boolean => t.status.ok && t.status.value.IsLogging === true;

export function trailResource(t: TrailInfo): ResourceRef {
  return { arn: t.arn, type: TRAIL_RESOURCE_TYPE, region: t.homeRegion, name: t.name };
}

/**
 * The distinct trails of the audited regions (a multi-region trail shows in every region as a shadow copy; the copy
 * with a readable status is kept), and the regions whose DescribeTrails failed or was not collected.
 */
export function distinctTrails(trails: Regional<TrailInfo[]> | undefined, account: AccountContext): { trails: TrailInfo[]; unread: { region: string; error: CollectionError }[] } {
  const byArn = new Map<string, TrailInfo>();
  const unread: { region: string; error: CollectionError }[] = [];
  for (const region of account.regions) {
    const list = trails?.[region];
    if (!list || !list.ok) {
      unread.push({ region, error: list && !list.ok ? list.error : { code: 'NotCollected', message: `trails in ${region} were not collected` } });
      continue;
    }
    for (const t of list.value) {
      const seen = byArn.get(t.arn);
      if (!seen || (!seen.status.ok && t.status.ok)) byArn.set(t.arn, t);
    }
  }
  return { trails: [...byArn.values()].sort((a, b) => (a.arn < b.arn ? -1 : a.arn > b.arn ? 1 : 0)), unread };
}

/**
 * Evaluates each multi-region trail that is logging (the trails that record SageMaker activity everywhere). A multi-region
 * trail whose status is unreadable yields an `error`; when no region's trail list could be read, one `error` stands for all.
 * Trails that are single-region or not logging are left to cloudtrail-multi-region-trail-logging.
 */
export function eachLoggingMultiRegionTrail(
  trails: Regional<TrailInfo[]> | undefined,
  account: AccountContext,
  evaluate: (t: TrailInfo, resource: ResourceRef) => FindingDraft,
): FindingDraft[] {
  const first = account.regions[0];
  if (first === undefined) return [];
  const { trails: all, unread } = distinctTrails(trails, account);
  if (unread.length === account.regions.length) {
    const resource: ResourceRef = { arn: wildcardArn(TRAIL_RESOURCE_TYPE, account, first), type: TRAIL_RESOURCE_TYPE, region: first, name: 'all CloudTrail trails' };
    return [finding('error', resource, `Could not read the CloudTrail trails of any audited region: ${unread.map((u) => `${u.region} (${describeError(u.error)})`).join(', ')}`, { errorCode: unread[0]!.error.code })];
  }
  const out: FindingDraft[] = [];
  for (const t of all.filter((x) => x.trail.IsMultiRegionTrail === true)) {
    const resource = trailResource(t);
    if (!t.status.ok) out.push(finding('error', resource, `Could not tell whether trail ${t.name} is logging: ${describeError(t.status.error)}`, { errorCode: t.status.error.code }));
    else if (isTrailLogging(t)) out.push(evaluate(t, resource));
  }
  return out;
}
