import { describeError, distinctTrails, eachMlBucket, finding, isTrailLogging, s3DataEventCoverage, defineCheck, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'cloudtrail-ml-bucket-data-events',
  title: 'A logging CloudTrail trail records read and write object events for every ML bucket',
  severity: 'medium',
  service: 'cloudtrail',
  resourceType: 'AWS::S3::Bucket',
  rationale:
    'Management events do not show who downloaded training data or replaced a model artifact: those are S3 data events (GetObject, PutObject, DeleteObject), which trails record only when their event selectors ask for them. ' +
    'For each ML bucket (referenced by a SageMaker resource, or a SageMaker default bucket) this check requires one logging trail, multi-region or homed in the bucket\'s region, whose selectors record both read and write events for every object of that bucket. ' +
    'Selectors scoped to other buckets or to a key prefix, write-only or read-only selectors, and advanced selectors narrowed by other fields (eventName, userIdentity.arn …) do not count. GuardDuty S3 Protection reads data events on its own and does not make them available for investigation.',
  remediation: {
    console: [
      'Open the CloudTrail console, choose Trails and a multi-region trail that is logging.',
      'Under Data events choose Edit, add data event type S3, and choose Log all events for the ML buckets (or all current and future buckets).',
      'Make sure both read and write events are selected, and save.',
    ],
    cli: 'aws cloudtrail put-event-selectors --trail-name TRAIL --advanced-event-selectors \'[{"Name":"ML buckets","FieldSelectors":[{"Field":"eventCategory","Equals":["Data"]},{"Field":"resources.type","Equals":["AWS::S3::Object"]},{"Field":"resources.ARN","StartsWith":["arn:aws:s3:::BUCKET/"]}]}]\'',
    cloudformation: 'AWS::CloudTrail::Trail AdvancedEventSelectors: eventCategory Data, resources.type AWS::S3::Object, resources.ARN StartsWith arn:aws:s3:::BUCKET/ (no readOnly field)',
    terraform: 'aws_cloudtrail.advanced_event_selector with field_selector eventCategory = ["Data"], resources.type = ["AWS::S3::Object"], resources.ARN starts_with = ["arn:aws:s3:::BUCKET/"]',
  },
  references: [
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-data-events-with-cloudtrail.html',
    'https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_GetEventSelectors.html',
    'https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_AdvancedFieldSelector.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-22',
  ],
  compliance: [
    { framework: 'AWS Security Hub', id: 'S3.22' },
    { framework: 'AWS Security Hub', id: 'S3.23' },
    { framework: 'CIS AWS Foundations Benchmark v3.0.0', id: '3.8' },
    { framework: 'CIS AWS Foundations Benchmark v3.0.0', id: '3.9' },
  ],
};

const modes = (read: boolean, write: boolean) => (read && write ? 'read and write' : read ? 'read only' : write ? 'write only' : 'no object events');

/** Who read the training data or swapped a model is answered only by data events. */
export default defineCheck({
  meta,
  requires: ['mlReferences', 'buckets', 'trails', 'trailEventSelectors'],
  evaluate({ inventory, account }) {
    const { trails, unread } = distinctTrails(inventory.trails, account);
    return eachMlBucket(inventory.mlReferences, inventory.buckets, account, ({ bucket, referencedBy, defaultBucket }, resource) => {
      const region = bucket.region.ok ? bucket.region.value : undefined;
      const candidates = trails.filter((t) => t.trail.IsMultiRegionTrail === true || (region !== undefined && t.homeRegion === region));
      const perTrail: string[] = [];
      const problems: string[] = [];
      const partial: string[] = [];
      let covered: string | undefined;
      for (const t of candidates) {
        if (!t.status.ok) {
          problems.push(`status of trail ${t.name} (${describeError(t.status.error)})`);
          continue;
        }
        if (!isTrailLogging(t)) continue;
        const sel = Object.hasOwn(inventory.trailEventSelectors, t.arn) ? inventory.trailEventSelectors[t.arn] : undefined;
        if (!sel || !sel.ok) {
          problems.push(`event selectors of trail ${t.name} (${sel ? describeError(sel.error) : 'not collected'})`);
          continue;
        }
        const c = s3DataEventCoverage(sel.value, bucket.name, account.partition);
        perTrail.push(`${t.name}: ${modes(c.read, c.write)}`);
        partial.push(...c.partial.map((p) => `${t.name}: ${p}`));
        if (c.read && c.write) covered ??= t.name;
      }
      const unreadHere = unread.filter((u) => region === undefined || u.region === region);
      if (unreadHere.length > 0) problems.push(...unreadHere.map((u) => `trails in ${u.region} (${describeError(u.error)})`));
      const evidence = { referencedBy, defaultBucket, trails: perTrail, partialSelectors: partial };
      if (covered) {
        return finding('pass', resource, `ML bucket ${bucket.name}: trail ${covered} records read and write object events`, { ...evidence, trail: covered });
      }
      if (problems.length > 0) {
        return finding('error', resource, `ML bucket ${bucket.name}: could not confirm object-level logging: could not read ${problems.join('; ')}`, { ...evidence, errorCode: 'Unreadable' });
      }
      const detail = perTrail.length > 0 ? perTrail.join('; ') : 'no logging trail covers its region';
      return finding('fail', resource, `ML bucket ${bucket.name}: no logging trail records both read and write object events (${detail})`, evidence);
    });
  },
});
