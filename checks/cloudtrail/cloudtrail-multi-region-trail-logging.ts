import { defineCheck, describeError, finding, wildcardArn, type CheckMeta, type ResourceRef, type TrailInfo } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'cloudtrail-multi-region-trail-logging',
  title: 'A multi-region CloudTrail trail is logging',
  severity: 'high',
  service: 'cloudtrail',
  resourceType: 'AWS::CloudTrail::Trail',
  rationale:
    'CloudTrail trails are the durable record of who created notebooks, changed endpoints, passed roles to training jobs or read model artifacts; ' +
    'the 90-day event history is not a substitute for investigations or retention requirements. ' +
    'Only a multi-region trail that is logging records SageMaker API calls in every region, including regions nobody watches, where an attacker would run unsanctioned training or inference.',
  remediation: {
    console: [
      'Open the CloudTrail console and choose Trails.',
      'Edit an existing trail and enable it for all regions, or choose Create trail (console-created trails apply to all regions) with an S3 bucket for the logs and management events set to Read and Write.',
      'If the trail exists but is stopped, select it and choose Start logging.',
    ],
    cli: 'aws cloudtrail create-trail --name NAME --s3-bucket-name LOG_BUCKET --is-multi-region-trail --enable-log-file-validation && aws cloudtrail start-logging --name NAME  # or: aws cloudtrail update-trail --name NAME --is-multi-region-trail',
    cloudformation: 'AWS::CloudTrail::Trail IsMultiRegionTrail: true and IsLogging: true',
    terraform: 'aws_cloudtrail.is_multi_region_trail = true (and enable_logging = true, the default)',
  },
  references: [
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html',
    'https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_GetTrailStatus.html',
    'https://docs.aws.amazon.com/sagemaker/latest/dg/logging-using-cloudtrail.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html',
  ],
  compliance: [
    { framework: 'AWS Security Hub', id: 'CloudTrail.1' },
    { framework: 'CIS AWS Foundations Benchmark v3.0.0', id: '3.1' },
  ],
};

const isLogging = (t: TrailInfo): boolean => t.status.ok && t.status.value.IsLogging === true;

/** Without a logging multi-region trail, SageMaker API activity in some region leaves no retained record. */
export default defineCheck({
  meta,
  requires: ['trails'],
  evaluate({ inventory, account }) {
    const first = account.regions[0];
    if (first === undefined) return [];
    const unreadRegions: string[] = [];
    let firstErrorCode: string | null = null;
    // The same trail appears in every region as a shadow copy; keep one entry per ARN, preferring a readable status.
    const trails = new Map<string, TrailInfo>();
    for (const region of account.regions) {
      const list = inventory.trails?.[region];
      if (!list || !list.ok) {
        unreadRegions.push(list ? `${region} (${describeError(list.error)})` : `${region} (not collected)`);
        firstErrorCode ??= list ? list.error.code : 'NotCollected';
        continue;
      }
      for (const t of list.value) {
        const seen = trails.get(t.arn);
        if (!seen || (!seen.status.ok && t.status.ok)) trails.set(t.arn, t);
      }
    }
    const all = [...trails.values()].sort((a, b) => (a.arn < b.arn ? -1 : a.arn > b.arn ? 1 : 0));
    const multiRegion = all.filter((t) => t.trail.IsMultiRegionTrail === true);
    const logging = multiRegion.filter(isLogging);

    if (logging.length > 0) {
      // Prefer a trail that also records global service events (IAM, STS); either one records SageMaker's regional events.
      const best = logging.find((t) => t.trail.IncludeGlobalServiceEvents !== false) ?? logging[0]!;
      const resource: ResourceRef = { arn: best.arn, type: meta.resourceType, region: best.homeRegion, name: best.name };
      const status = best.status.ok ? best.status.value : undefined;
      const globalNote =
        best.trail.IncludeGlobalServiceEvents === false
          ? '; it excludes global service events (IAM, STS), but SageMaker events are regional and are recorded'
          : '';
      const deliveryNote = status?.LatestDeliveryError ? `; its latest delivery to S3 failed (${status.LatestDeliveryError})` : '';
      return [
        finding('pass', resource, `Multi-region trail ${best.name} is logging${globalNote}${deliveryNote}`, {
          trail: best.name,
          HomeRegion: best.homeRegion,
          IsMultiRegionTrail: true,
          IsLogging: true,
          IncludeGlobalServiceEvents: best.trail.IncludeGlobalServiceEvents ?? null,
          IsOrganizationTrail: best.trail.IsOrganizationTrail ?? null,
          LatestDeliveryError: status?.LatestDeliveryError ?? null,
          loggingMultiRegionTrails: logging.map((t) => t.name),
        }),
      ];
    }

    const resource: ResourceRef = { arn: wildcardArn(meta.resourceType, account, first), type: meta.resourceType, region: first, name: 'CloudTrail trails' };
    const statusUnread = multiRegion.filter((t) => !t.status.ok);
    const notLogging = multiRegion.filter((t) => t.status.ok && t.status.value.IsLogging !== true);
    const evidence = {
      multiRegionTrailsNotLogging: notLogging.map((t) => t.name),
      multiRegionTrailsStatusUnread: statusUnread.map((t) => t.name),
      singleRegionTrails: all.filter((t) => t.trail.IsMultiRegionTrail !== true).map((t) => t.name),
      unreadRegions,
    };

    if (unreadRegions.length > 0 || statusUnread.length > 0) {
      const reasons = [
        ...(unreadRegions.length > 0 ? [`DescribeTrails could not be read in ${unreadRegions.join(', ')}`] : []),
        ...statusUnread.map((t) => `the status of multi-region trail ${t.name} could not be read (${t.status.ok ? '' : describeError(t.status.error)})`),
      ];
      firstErrorCode ??= statusUnread[0] && !statusUnread[0].status.ok ? statusUnread[0].status.error.code : null;
      return [
        finding('error', resource, `CloudTrail trails: could not confirm that a multi-region trail is logging: ${reasons.join('; ')}`, {
          ...evidence,
          errorCode: firstErrorCode,
        }),
      ];
    }

    const detail =
      multiRegion.length > 0
        ? `multi-region trail(s) ${notLogging.map((t) => t.name).join(', ')} exist but are not logging`
        : all.length > 0
          ? `only single-region trails exist (${evidence.singleRegionTrails.join(', ')})`
          : 'no trail exists in any audited region';
    return [finding('fail', resource, `CloudTrail trails: no multi-region trail is logging: ${detail}`, evidence)];
  },
});
