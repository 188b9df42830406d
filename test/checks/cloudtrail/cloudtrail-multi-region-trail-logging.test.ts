import check from '../../../checks/cloudtrail/cloudtrail-multi-region-trail-logging.js';
import type { Regional, TrailInfo } from '../../../src/inventory/types.js';
import { testCheck } from '../../helpers/check-tester.js';
import { ACCOUNT, denied, ok } from '../../helpers/inventory.js';
import { info, status, trail } from '../../helpers/trails.js';

/** Per-region DescribeTrails results: the given trails appear in every listed region (shadow copies), other audited regions are empty; `failed` regions fail. */
function trails(infos: TrailInfo[], opts: { failed?: string[]; onlyIn?: string[] } = {}): Regional<TrailInfo[]> {
  const out: Regional<TrailInfo[]> = {};
  for (const r of ACCOUNT.regions) {
    if (opts.failed?.includes(r)) out[r] = denied('cloudtrail:DescribeTrails');
    else out[r] = ok(!opts.onlyIn || opts.onlyIn.includes(r) ? infos : []);
  }
  return out;
}

const MAIN = trail('main-trail');

testCheck(check, {
  pass: [
    {
      name: 'multi-region trail logging (seen in every region as a shadow copy): one finding',
      inventory: { trails: trails([info(MAIN, status(true))]) },
      expect: [{ status: 'pass', resource: 'main-trail', message: 'main-trail is logging', evidence: { IsLogging: true, HomeRegion: 'us-east-1' } }],
    },
    {
      name: 'one region list failed while another shows the trail logging',
      inventory: { trails: trails([info(MAIN, status(true))], { failed: ['eu-west-1'] }) },
      expect: [{ status: 'pass', resource: 'main-trail' }],
    },
    {
      name: 'multi-region trail without global service events still passes, and says so',
      inventory: { trails: trails([info(trail('regional-only', { IncludeGlobalServiceEvents: false }), status(true))]) },
      expect: [{ status: 'pass', resource: 'regional-only', message: 'excludes global service events', evidence: { IncludeGlobalServiceEvents: false } }],
    },
    {
      name: 'a logging trail is preferred over one whose status is unreadable',
      inventory: { trails: trails([info(trail('a-unread'), denied('cloudtrail:GetTrailStatus')), info(trail('b-logging'), status(true))]) },
      expect: [{ status: 'pass', resource: 'b-logging' }],
    },
    {
      name: 'shadow copy with a failed status in one region and a read status in another',
      inventory: {
        trails: { 'us-east-1': ok([info(MAIN, status(true))]), 'eu-west-1': ok([info(MAIN, denied('cloudtrail:GetTrailStatus'))]) },
      },
      expect: [{ status: 'pass', resource: 'main-trail' }],
    },
    {
      name: 'trail homed in another region: finding region is the home region',
      inventory: { trails: trails([info(trail('eu-trail', { HomeRegion: 'eu-west-1' }), status(true))]) },
      expect: [{ status: 'pass', resource: 'arn:aws:cloudtrail:eu-west-1:111122223333:trail/eu-trail' }],
    },
    {
      name: 'latest delivery error is reported with the pass',
      inventory: { trails: trails([info(MAIN, status(true, { LatestDeliveryError: 'AccessDenied' }))]) },
      expect: [{ status: 'pass', resource: 'main-trail', message: 'AccessDenied', evidence: { LatestDeliveryError: 'AccessDenied' } }],
    },
  ],
  fail: [
    {
      name: 'multi-region trail exists but is not logging',
      inventory: { trails: trails([info(MAIN, status(false, { StopLoggingTime: new Date('2026-01-01T00:00:00Z') }))]) },
      expect: [{ status: 'fail', resource: 'trail/*', message: ['CloudTrail trails', 'main-trail', 'not logging'], evidence: { multiRegionTrailsNotLogging: ['main-trail'] } }],
    },
    {
      name: 'only single-region trails, logging',
      inventory: { trails: trails([info(trail('local', { IsMultiRegionTrail: false }), status(true))], { onlyIn: ['us-east-1'] }) },
      expect: [{ status: 'fail', resource: 'CloudTrail trails', message: 'only single-region trails', evidence: { singleRegionTrails: ['local'] } }],
    },
    {
      name: 'IsMultiRegionTrail absent is not multi-region',
      inventory: { trails: trails([info(trail('unknown', { IsMultiRegionTrail: undefined }), status(true))]) },
      expect: [{ status: 'fail', resource: 'CloudTrail trails' }],
    },
    {
      name: 'no trails at all (an empty account is a fail, not nothing)',
      inventory: { trails: trails([]) },
      expect: [{ status: 'fail', resource: 'arn:aws:cloudtrail:us-east-1:111122223333:trail/*', message: 'no trail exists' }],
    },
    {
      name: 'single-region trail whose status is unreadable does not make it an error',
      inventory: { trails: trails([info(trail('local', { IsMultiRegionTrail: false }), denied('cloudtrail:GetTrailStatus'))]) },
      expect: [{ status: 'fail', resource: 'CloudTrail trails' }],
    },
  ],
  error: [
    {
      name: 'multi-region trail status unreadable',
      inventory: { trails: trails([info(MAIN, denied('cloudtrail:GetTrailStatus'))]) },
      expect: [{ status: 'error', resource: 'CloudTrail trails', message: ['main-trail', 'cloudtrail:GetTrailStatus'], evidence: { multiRegionTrailsStatusUnread: ['main-trail'], errorCode: 'AccessDeniedException' } }],
    },
    {
      name: 'one region list failed and the other shows no logging multi-region trail',
      inventory: { trails: trails([], { failed: ['eu-west-1'] }) },
      expect: [{ status: 'error', resource: 'CloudTrail trails', message: ['eu-west-1', 'cloudtrail:DescribeTrails'] }],
    },
    {
      name: 'every region list failed',
      inventory: { trails: trails([], { failed: ['us-east-1', 'eu-west-1'] }) },
      expect: [{ status: 'error', resource: 'arn:aws:cloudtrail:us-east-1:111122223333:trail/*' }],
    },
    {
      name: 'a region that was not collected',
      inventory: { trails: { 'us-east-1': ok([info(MAIN, status(false))]) } },
      expect: [{ status: 'error', resource: 'CloudTrail trails', message: 'not collected', evidence: { multiRegionTrailsNotLogging: ['main-trail'] } }],
    },
  ],
});
