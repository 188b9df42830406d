import check from '../../../checks/cloudtrail/cloudtrail-log-file-validation.js';
import { testCheck } from '../../helpers/check-tester.js';
import { denied } from '../../helpers/inventory.js';
import { info, status, trail, trails } from '../../helpers/trails.js';

const MAIN = trail('main-trail');

testCheck(check, {
  pass: [
    {
      name: 'multi-region logging trail with validation (one finding despite shadow copies)',
      inventory: { trails: trails([info(MAIN)]) },
      expect: [{ status: 'pass', resource: 'main-trail', evidence: { LogFileValidationEnabled: true } }],
    },
    {
      name: 'a region whose trail list failed does not hide a multi-region trail',
      inventory: { trails: trails([info(MAIN)], ['eu-west-1']) },
      expect: [{ status: 'pass', resource: 'main-trail' }],
    },
    {
      name: 'single-region and stopped trails are left to the multi-region check',
      inventory: {
        trails: trails([info(MAIN), info(trail('local', { IsMultiRegionTrail: false, LogFileValidationEnabled: false })), info(trail('stopped', { LogFileValidationEnabled: false }), status(false))]),
      },
      expect: [{ status: 'pass', resource: 'main-trail' }],
    },
  ],
  fail: [
    { name: 'validation disabled', inventory: { trails: trails([info(trail('main-trail', { LogFileValidationEnabled: false }))]) }, expect: [{ status: 'fail', resource: 'main-trail', evidence: { LogFileValidationEnabled: false } }] },
    {
      name: 'validation not returned means disabled',
      inventory: { trails: trails([info(trail('main-trail', { LogFileValidationEnabled: undefined }))]) },
      expect: [{ status: 'fail', resource: 'main-trail', message: 'not set' }],
    },
    {
      name: 'one finding per trail, in its home region',
      inventory: { trails: trails([info(MAIN), info(trail('eu-trail', { HomeRegion: 'eu-west-1', LogFileValidationEnabled: false }))]) },
      expect: [
        { status: 'pass', resource: 'main-trail' },
        { status: 'fail', resource: 'arn:aws:cloudtrail:eu-west-1:111122223333:trail/eu-trail' },
      ],
    },
  ],
  error: [
    { name: 'trail status unreadable', inventory: { trails: trails([info(MAIN, denied('cloudtrail:GetTrailStatus'))]) }, expect: [{ status: 'error', resource: 'main-trail', message: 'cloudtrail:GetTrailStatus' }] },
    { name: 'no region could be read', inventory: { trails: trails([], ['us-east-1', 'eu-west-1']) }, expect: [{ status: 'error', resource: 'all CloudTrail trails' }] },
  ],
  empty: { trails: trails([]) },
});
