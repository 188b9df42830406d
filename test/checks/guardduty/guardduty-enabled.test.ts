import type { GetDetectorCommandOutput } from '@aws-sdk/client-guardduty';
import check from '../../../checks/guardduty/guardduty-enabled.js';
import type { Detector, DetectorInfo, Regional } from '../../../src/inventory/types.js';
import type { Collected } from '../../../src/model.js';
import { testCheck } from '../../helpers/check-tester.js';
import { ACCOUNT, denied, ok } from '../../helpers/inventory.js';
import { refs } from '../../helpers/iam.js';

/** SageMaker resources in both audited regions: every region is in scope (the cases below keep their original intent). */
const BOTH = refs([{ name: 'nb-us', region: 'us-east-1' }, { name: 'nb-eu', region: 'eu-west-1' }]);

/** GetDetector output as the API returns it; vary one field at a time. */
function detectorData(fields: Partial<Detector> = {}): Detector {
  return {
    CreatedAt: '2025-03-01T10:00:00.000Z',
    UpdatedAt: '2025-03-01T10:00:00.000Z',
    FindingPublishingFrequency: 'SIX_HOURS',
    ServiceRole: 'arn:aws:iam::111122223333:role/aws-service-role/guardduty.amazonaws.com/AWSServiceRoleForAmazonGuardDuty',
    Status: 'ENABLED',
    ...fields,
  } satisfies Omit<GetDetectorCommandOutput, '$metadata'>;
}

function detector(id: string, data: Collected<Detector>, region = 'us-east-1'): DetectorInfo & { region: string } {
  return { id, arn: `arn:aws:guardduty:${region}:111122223333:detector/${id}`, data, region };
}

/** Per-region ListDetectors results; regions listed in `failed` fail, others hold their detectors (possibly none). */
function detectors(list: (DetectorInfo & { region: string })[], failed: string[] = []): Regional<DetectorInfo[]> {
  const out: Regional<DetectorInfo[]> = {};
  for (const r of ACCOUNT.regions) {
    out[r] = failed.includes(r) ? denied('guardduty:ListDetectors') : ok(list.filter((d) => d.region === r).map(({ region: _region, ...d }) => d));
  }
  return out;
}

const US = '12abc34d567e8fa901bc2d34e56789f0';
const EU = '98fed76c543b2ae109dc8b76a54321e0';

testCheck(check, {
  pass: [
    {
      name: 'enabled in every audited region: one finding per region',
      inventory: { mlReferences: BOTH, guardDutyDetectors: detectors([detector(US, ok(detectorData())), detector(EU, ok(detectorData()), 'eu-west-1')]) },
      expect: [
        { status: 'pass', resource: US, evidence: { Status: 'ENABLED', detectorId: US } },
        { status: 'pass', resource: EU },
      ],
    },
    {
      name: 'a region without SageMaker resources is not reported, even without GuardDuty',
      inventory: { mlReferences: refs([{ name: 'nb-us', region: 'us-east-1' }]), guardDutyDetectors: detectors([detector(US, ok(detectorData()))]) },
      expect: [{ status: 'pass', resource: US }],
    },
    {
      name: 'GuardDuty enabled where references are incomplete is still a pass',
      inventory: { mlReferences: refs([{ name: 'nb-us', region: 'us-east-1' }], [{ region: 'eu-west-1' }]), guardDutyDetectors: detectors([detector(US, ok(detectorData())), detector(EU, ok(detectorData()), 'eu-west-1')]) },
      expect: [
        { status: 'pass', resource: US },
        { status: 'pass', resource: EU },
      ],
    },
  ],
  fail: [
    {
      name: 'suspended detector (Status DISABLED) in one region',
      inventory: { mlReferences: BOTH, guardDutyDetectors: detectors([detector(US, ok(detectorData({ Status: 'DISABLED' }))), detector(EU, ok(detectorData()), 'eu-west-1')]) },
      expect: [
        { status: 'fail', resource: 'GuardDuty in us-east-1', message: ['not enabled', 'DISABLED', US], evidence: { detectorIds: [US] } },
        { status: 'pass', resource: EU },
      ],
    },
    {
      name: 'no detector in a region',
      inventory: { mlReferences: BOTH, guardDutyDetectors: detectors([detector(US, ok(detectorData()))]) },
      expect: [
        { status: 'pass', resource: US },
        { status: 'fail', resource: 'arn:aws:guardduty:eu-west-1:111122223333:detector/*', message: 'no detector', evidence: { detectorIds: [] } },
      ],
    },
    {
      name: 'no detector anywhere (an empty account is a fail per region, not nothing)',
      inventory: { mlReferences: BOTH, guardDutyDetectors: detectors([]) },
      expect: [
        { status: 'fail', resource: 'GuardDuty in us-east-1' },
        { status: 'fail', resource: 'GuardDuty in eu-west-1' },
      ],
    },
  ],
  error: [
    {
      name: 'no GuardDuty in a region whose SageMaker resources could not be listed: error, not skip',
      inventory: { mlReferences: refs([{ name: 'nb-us', region: 'us-east-1' }], [{ region: 'eu-west-1' }]), guardDutyDetectors: detectors([detector(US, ok(detectorData()))]) },
      expect: [
        { status: 'pass', resource: US },
        { status: 'error', resource: 'GuardDuty in eu-west-1', message: ['no detector', 'trainingJobs'], evidence: { errorCode: 'IncompleteReferences' } },
      ],
    },
    {
      name: 'ListDetectors failed in one region',
      inventory: { mlReferences: BOTH, guardDutyDetectors: detectors([detector(US, ok(detectorData()))], ['eu-west-1']) },
      expect: [
        { status: 'pass', resource: US },
        { status: 'error', resource: 'GuardDuty in eu-west-1', message: ['guardduty:ListDetectors', 'AccessDeniedException'] },
      ],
    },
    {
      name: 'GetDetector failed',
      inventory: { mlReferences: BOTH, guardDutyDetectors: detectors([detector(US, denied('guardduty:GetDetector')), detector(EU, ok(detectorData()), 'eu-west-1')]) },
      expect: [
        { status: 'error', resource: 'GuardDuty in us-east-1', message: [US, 'guardduty:GetDetector'], evidence: { errorCode: 'AccessDeniedException' } },
        { status: 'pass', resource: EU },
      ],
    },
    {
      name: 'GetDetector failed for one detector while another is confirmed enabled: pass',
      inventory: { mlReferences: BOTH, guardDutyDetectors: detectors([detector('aaa', denied('guardduty:GetDetector')), detector('bbb', ok(detectorData())), detector(EU, denied('guardduty:GetDetector'), 'eu-west-1')]) },
      expect: [
        { status: 'pass', resource: 'bbb' },
        { status: 'error', resource: 'GuardDuty in eu-west-1' },
      ],
    },
    {
      name: 'a region that was not collected',
      inventory: { mlReferences: BOTH, guardDutyDetectors: { 'us-east-1': ok([]) } },
      expect: [
        { status: 'fail', resource: 'GuardDuty in us-east-1' },
        { status: 'error', resource: 'GuardDuty in eu-west-1', message: 'not collected' },
      ],
    },
  ],
  // No SageMaker resources anywhere: nothing to report, whatever GuardDuty's state.
  empty: { mlReferences: refs([]), guardDutyDetectors: detectors([]) },
});
