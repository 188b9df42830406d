import check from '../../../checks/cloudtrail/cloudtrail-trail-kms.js';
import { testCheck } from '../../helpers/check-tester.js';
import { denied } from '../../helpers/inventory.js';
import { info, status, trail, trails } from '../../helpers/trails.js';

const MAIN = trail('main-trail');

testCheck(check, {
  pass: [
    { name: 'KMS key set', inventory: { trails: trails([info(MAIN)]) }, expect: [{ status: 'pass', resource: 'main-trail', message: 'KMS key arn:aws:kms' }] },
    {
      name: 'a stopped multi-region trail without a key is not evaluated',
      inventory: { trails: trails([info(MAIN), info(trail('stopped', { KmsKeyId: undefined }), status(false))]) },
      expect: [{ status: 'pass', resource: 'main-trail' }],
    },
  ],
  fail: [
    { name: 'no KMS key', inventory: { trails: trails([info(trail('main-trail', { KmsKeyId: undefined }))]) }, expect: [{ status: 'fail', resource: 'main-trail', message: 'SSE-S3', evidence: { KmsKeyId: null } }] },
    { name: 'empty KMS key id', inventory: { trails: trails([info(trail('main-trail', { KmsKeyId: '' }))]) }, expect: [{ status: 'fail', resource: 'main-trail' }] },
  ],
  error: [
    { name: 'trail status unreadable', inventory: { trails: trails([info(MAIN, denied('cloudtrail:GetTrailStatus'))]) }, expect: [{ status: 'error', resource: 'main-trail' }] },
    { name: 'no region could be read', inventory: { trails: trails([], ['us-east-1', 'eu-west-1']) }, expect: [{ status: 'error', resource: 'all CloudTrail trails' }] },
    { name: 'a region not collected, the other unreadable', inventory: { trails: { 'us-east-1': denied('cloudtrail:DescribeTrails') } }, expect: [{ status: 'error', resource: 'all CloudTrail trails', message: 'not collected' }] },
  ],
  empty: { trails: trails([]) },
});
