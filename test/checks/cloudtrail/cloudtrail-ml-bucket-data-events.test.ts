import check from '../../../checks/cloudtrail/cloudtrail-ml-bucket-data-events.js';
import type { Bucket } from '../../../src/inventory/types.js';
import type { TrailEventSelectors } from '../../../src/inventory/iam-logging.js';
import type { Collected } from '../../../src/model.js';
import { testCheck } from '../../helpers/check-tester.js';
import { denied, ok } from '../../helpers/inventory.js';
import { refs } from '../../helpers/iam.js';
import { info, selectors, status, trail, trails } from '../../helpers/trails.js';

const bucket = (name: string, region = 'us-east-1'): Bucket => ({ name, arn: `arn:aws:s3:::${name}`, region: ok(region) });
const DATA = 'ml-training-data';
const MAIN = trail('main-trail');
const usesData = refs([{ name: 'train-1', s3Uris: [`s3://${DATA}/fraud/train/`] }]);
const buckets = (...b: Bucket[]) => ok(b);

const S3_DATA = [{ Field: 'eventCategory', Equals: ['Data'] }, { Field: 'resources.type', Equals: ['AWS::S3::Object'] }];
const adv = (...extra: { Field: string; [op: string]: string[] | string }[]) => selectors(MAIN, { AdvancedEventSelectors: [{ Name: 'S3', FieldSelectors: [...S3_DATA, ...extra] as never }] });
const classic = (values: string[], ReadWriteType?: 'All' | 'ReadOnly' | 'WriteOnly') =>
  selectors(MAIN, { EventSelectors: [{ ReadWriteType, IncludeManagementEvents: true, DataResources: [{ Type: 'AWS::S3::Object', Values: values }] }] });
const base = (sel: Collected<TrailEventSelectors> | TrailEventSelectors, t = MAIN) => ({
  mlReferences: usesData,
  buckets: buckets(bucket(DATA)),
  trails: trails([info(t)]),
  trailEventSelectors: { [t.TrailARN!]: 'ok' in sel ? sel : ok(sel) },
});

testCheck(check, {
  pass: [
    { name: 'classic selector for all buckets (arn:aws:s3)', inventory: base(classic(['arn:aws:s3'])), expect: [{ status: 'pass', resource: DATA, evidence: { trail: 'main-trail', referencedBy: ['train-1'] } }] },
    { name: 'classic selector for the bucket, ReadWriteType absent means All', inventory: base(classic([`arn:aws:s3:::${DATA}/`])), expect: [{ status: 'pass', resource: DATA }] },
    { name: 'advanced selector for all S3 objects', inventory: base(adv()), expect: [{ status: 'pass', resource: DATA }] },
    { name: 'advanced selector StartsWith the bucket', inventory: base(adv({ Field: 'resources.ARN', StartsWith: [`arn:aws:s3:::${DATA}/`] })), expect: [{ status: 'pass', resource: DATA }] },
    {
      name: 'read and write from two classic selectors',
      inventory: base(selectors(MAIN, { EventSelectors: [{ ReadWriteType: 'ReadOnly', DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3'] }] }, { ReadWriteType: 'WriteOnly', DataResources: [{ Type: 'AWS::S3::Object', Values: [`arn:aws:s3:::${DATA}/`] }] }] })),
      expect: [{ status: 'pass', resource: DATA }],
    },
    {
      name: 'SageMaker default bucket counts as an ML bucket; an unrelated bucket does not',
      inventory: { ...base(adv()), mlReferences: refs([]), buckets: buckets(bucket('sagemaker-us-east-1-111122223333'), bucket('website-assets')) },
      expect: [{ status: 'pass', resource: 'sagemaker-us-east-1-111122223333', evidence: { defaultBucket: true } }],
    },
    {
      name: 'single-region trail homed in the bucket region counts',
      inventory: (() => {
        const local = trail('eu-local', { HomeRegion: 'eu-west-1', IsMultiRegionTrail: false });
        return { ...base(selectors(local, { AdvancedEventSelectors: [{ FieldSelectors: S3_DATA }] }), local), buckets: buckets(bucket(DATA, 'eu-west-1')) };
      })(),
      expect: [{ status: 'pass', resource: DATA }],
    },
  ],
  fail: [
    { name: 'no data event selectors', inventory: base(selectors(MAIN, { EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [] }] })), expect: [{ status: 'fail', resource: DATA, message: 'main-trail: no object events' }] },
    { name: 'classic selector for another bucket', inventory: base(classic(['arn:aws:s3:::other-bucket/'])), expect: [{ status: 'fail', resource: DATA }] },
    { name: 'classic selector write-only', inventory: base(classic(['arn:aws:s3'], 'WriteOnly')), expect: [{ status: 'fail', resource: DATA, message: 'write only' }] },
    { name: 'classic selector for a key prefix only', inventory: base(classic([`arn:aws:s3:::${DATA}/fraud/`])), expect: [{ status: 'fail', resource: DATA, evidence: { partialSelectors: [`main-trail: event selector logs only the key prefix arn:aws:s3:::${DATA}/fraud/`] } }] },
    { name: 'classic selector for a bucket name prefix is not taken as the bucket', inventory: base(classic(['arn:aws:s3:::ml-'])), expect: [{ status: 'fail', resource: DATA }] },
    { name: 'advanced selector scoped to another bucket', inventory: base(adv({ Field: 'resources.ARN', StartsWith: ['arn:aws:s3:::other-bucket/'] })), expect: [{ status: 'fail', resource: DATA }] },
    { name: 'advanced selector read-only', inventory: base(adv({ Field: 'readOnly', Equals: ['true'] })), expect: [{ status: 'fail', resource: DATA, message: 'read only' }] },
    { name: 'advanced selector narrowed by eventName', inventory: base(adv({ Field: 'eventName', Equals: ['PutObject'] })), expect: [{ status: 'fail', resource: DATA, message: 'no object events' }] },
    { name: 'advanced selector excluding the bucket', inventory: base(adv({ Field: 'resources.ARN', NotStartsWith: [`arn:aws:s3:::${DATA}`] })), expect: [{ status: 'fail', resource: DATA }] },
    { name: 'advanced selector excluding a prefix of the bucket', inventory: base(adv({ Field: 'resources.ARN', NotStartsWith: [`arn:aws:s3:::${DATA}/tmp/`] })), expect: [{ status: 'fail', resource: DATA }] },
    { name: 'advanced selector for Lambda data events', inventory: base(selectors(MAIN, { AdvancedEventSelectors: [{ FieldSelectors: [S3_DATA[0]!, { Field: 'resources.type', Equals: ['AWS::Lambda::Function'] }] }] })), expect: [{ status: 'fail', resource: DATA }] },
    {
      name: 'the trail that records events is not logging',
      inventory: { ...base(adv()), trails: trails([info(MAIN, status(false))]) },
      expect: [{ status: 'fail', resource: DATA, message: 'no logging trail' }],
    },
    {
      name: 'single-region trail in another region does not count',
      inventory: (() => {
        const local = trail('us-local', { IsMultiRegionTrail: false });
        return { ...base(selectors(local, { AdvancedEventSelectors: [{ FieldSelectors: S3_DATA }] }), local), buckets: buckets(bucket(DATA, 'eu-west-1')) };
      })(),
      expect: [{ status: 'fail', resource: DATA }],
    },
  ],
  error: [
    { name: 'GetEventSelectors denied', inventory: base(denied('cloudtrail:GetEventSelectors')), expect: [{ status: 'error', resource: DATA, message: 'cloudtrail:GetEventSelectors' }] },
    { name: 'event selectors not collected', inventory: { ...base(adv()), trailEventSelectors: {} }, expect: [{ status: 'error', resource: DATA, message: 'not collected' }] },
    { name: 'bucket list unreadable', inventory: { ...base(adv()), buckets: denied('s3:ListBuckets') }, expect: [{ status: 'error', resource: 'all ML buckets' }] },
    {
      name: 'references incomplete in a region',
      inventory: { ...base(adv()), mlReferences: refs([{ name: 'train-1', s3Uris: [`s3://${DATA}/x`] }], [{ region: 'eu-west-1' }]) },
      expect: [
        { status: 'error', resource: 'all ML buckets referenced in eu-west-1' },
        { status: 'pass', resource: DATA },
      ],
    },
    {
      name: 'trail list of the bucket region unreadable and nothing else covers it',
      inventory: { ...base(classic(['arn:aws:s3:::other/'])), trails: trails([info(MAIN)], ['us-east-1']) },
      expect: [{ status: 'error', resource: DATA, message: 'trails in us-east-1' }],
    },
  ],
  empty: { mlReferences: refs([{ name: 'train-1', s3Uris: ['s3://someone-elses-bucket/data'] }]), buckets: ok([]), trails: trails([]), trailEventSelectors: {} },
});
