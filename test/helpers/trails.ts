/** Builders for CloudTrail fixtures (DescribeTrails entries, GetTrailStatus, GetEventSelectors) in checks' tests. */
import type { GetEventSelectorsCommandOutput, GetTrailStatusCommandOutput, Trail } from '@aws-sdk/client-cloudtrail';
import type { Regional, TrailInfo, TrailStatus } from '../../src/inventory/types.js';
import type { TrailEventSelectors } from '../../src/inventory/iam-logging.js';
import type { Collected } from '../../src/model.js';
import { ACCOUNT, denied, ok } from './inventory.js';

export const trailArn = (name: string, home = 'us-east-1') => `arn:aws:cloudtrail:${home}:${ACCOUNT.accountId}:trail/${name}`;

/** DescribeTrails trailList entry as the API returns it; vary one field at a time. */
export function trail(name: string, fields: Partial<Trail> = {}): Trail {
  return {
    Name: name,
    TrailARN: trailArn(name, fields.HomeRegion ?? 'us-east-1'),
    HomeRegion: 'us-east-1',
    S3BucketName: 'org-cloudtrail-logs',
    IncludeGlobalServiceEvents: true,
    IsMultiRegionTrail: true,
    LogFileValidationEnabled: true,
    KmsKeyId: `arn:aws:kms:us-east-1:${ACCOUNT.accountId}:key/1234abcd-12ab-34cd-56ef-1234567890ab`,
    HasCustomEventSelectors: true,
    HasInsightSelectors: false,
    IsOrganizationTrail: false,
    ...fields,
  } satisfies Trail;
}

/** GetTrailStatus output; `fields` add to or override it (LatestDeliveryError, StopLoggingTime …). */
export function status(IsLogging: boolean, fields: Partial<TrailStatus> = {}): Collected<TrailStatus> {
  return ok({ IsLogging, LatestDeliveryTime: new Date('2026-01-10T12:00:00Z'), ...fields } satisfies Omit<GetTrailStatusCommandOutput, '$metadata'>);
}

export function info(t: Trail, s: Collected<TrailStatus> = status(true)): TrailInfo {
  return { arn: t.TrailARN!, name: t.Name!, homeRegion: t.HomeRegion!, trail: t, status: s };
}

/** DescribeTrails per audited region: multi-region trails show everywhere, single-region ones in their home region; `failed` regions fail. */
export function trails(infos: TrailInfo[], failed: string[] = []): Regional<TrailInfo[]> {
  const out: Regional<TrailInfo[]> = {};
  for (const r of ACCOUNT.regions) {
    out[r] = failed.includes(r) ? denied('cloudtrail:DescribeTrails') : ok(infos.filter((i) => i.trail.IsMultiRegionTrail === true || i.homeRegion === r));
  }
  return out;
}

/** GetEventSelectors output for a trail. */
export function selectors(t: Trail, fields: Partial<TrailEventSelectors>): TrailEventSelectors {
  return { TrailARN: t.TrailARN, ...fields } satisfies Omit<GetEventSelectorsCommandOutput, '$metadata'>;
}
