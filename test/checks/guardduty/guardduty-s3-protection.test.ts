import type { GetDetectorCommandOutput } from '@aws-sdk/client-guardduty';
import check from '../../../checks/guardduty/guardduty-s3-protection.js';
import type { Detector, DetectorInfo, Regional } from '../../../src/inventory/types.js';
import type { Collected } from '../../../src/model.js';
import { testCheck } from '../../helpers/check-tester.js';
import { ACCOUNT, denied, ok } from '../../helpers/inventory.js';
import { refs } from '../../helpers/iam.js';

/** GetDetector output as the API returns it; vary one field at a time. */
function detectorData(fields: Partial<Detector> = {}): Detector {
  return {
    CreatedAt: '2025-03-01T10:00:00.000Z',
    ServiceRole: 'arn:aws:iam::111122223333:role/aws-service-role/guardduty.amazonaws.com/AWSServiceRoleForAmazonGuardDuty',
    Status: 'ENABLED',
    DataSources: { S3Logs: { Status: 'ENABLED' }, CloudTrail: { Status: 'ENABLED' }, DNSLogs: { Status: 'ENABLED' }, FlowLogs: { Status: 'ENABLED' } },
    Features: [
      { Name: 'CLOUD_TRAIL', Status: 'ENABLED' },
      { Name: 'S3_DATA_EVENTS', Status: 'ENABLED' },
    ],
    ...fields,
  } satisfies Omit<GetDetectorCommandOutput, '$metadata'>;
}

const US = '12abc34d567e8fa901bc2d34e56789f0';
const EU = '98fed76c543b2ae109dc8b76a54321e0';
const det = (id: string, data: Collected<Detector>, region = 'us-east-1') => ({ id, arn: `arn:aws:guardduty:${region}:111122223333:detector/${id}`, data, region });

function detectors(list: ReturnType<typeof det>[], failed: string[] = []): Regional<DetectorInfo[]> {
  const out: Regional<DetectorInfo[]> = {};
  for (const r of ACCOUNT.regions) out[r] = failed.includes(r) ? denied('guardduty:ListDetectors') : ok(list.filter((d) => d.region === r).map(({ region: _r, ...d }) => d));
  return out;
}

const BOTH = refs([{ name: 'nb-us', region: 'us-east-1' }, { name: 'nb-eu', region: 'eu-west-1' }]);
const US_ONLY = refs([{ name: 'nb-us', region: 'us-east-1' }]);
const s3Feature = (Status: 'ENABLED' | 'DISABLED') => detectorData({ Features: [{ Name: 'S3_DATA_EVENTS', Status }] });

testCheck(check, {
  pass: [
    { name: 'S3_DATA_EVENTS feature enabled', inventory: { mlReferences: US_ONLY, guardDutyDetectors: detectors([det(US, ok(detectorData()))]) }, expect: [{ status: 'pass', resource: US, evidence: { source: 'Features S3_DATA_EVENTS' } }] },
    {
      name: 'legacy DataSources.S3Logs when the feature is not listed',
      inventory: { mlReferences: US_ONLY, guardDutyDetectors: detectors([det(US, ok(detectorData({ Features: undefined })))]) },
      expect: [{ status: 'pass', resource: US, evidence: { source: 'DataSources.S3Logs' } }],
    },
    {
      name: 'regions without SageMaker resources are not reported',
      inventory: { mlReferences: US_ONLY, guardDutyDetectors: detectors([det(US, ok(detectorData())), det(EU, ok(s3Feature('DISABLED')), 'eu-west-1')]) },
      expect: [{ status: 'pass', resource: US }],
    },
  ],
  fail: [
    {
      name: 'feature disabled wins over an enabled legacy data source',
      inventory: { mlReferences: US_ONLY, guardDutyDetectors: detectors([det(US, ok(detectorData({ Features: [{ Name: 'S3_DATA_EVENTS', Status: 'DISABLED' }] })))]) },
      expect: [{ status: 'fail', resource: US, message: 'S3 Protection DISABLED' }],
    },
    {
      name: 'legacy data source disabled',
      inventory: { mlReferences: US_ONLY, guardDutyDetectors: detectors([det(US, ok(detectorData({ Features: undefined, DataSources: { S3Logs: { Status: 'DISABLED' }, CloudTrail: { Status: 'ENABLED' }, DNSLogs: { Status: 'ENABLED' }, FlowLogs: { Status: 'ENABLED' } } })))]) },
      expect: [{ status: 'fail', resource: US }],
    },
    {
      name: 'no detector in a region with SageMaker resources',
      inventory: { mlReferences: BOTH, guardDutyDetectors: detectors([det(US, ok(detectorData()))]) },
      expect: [
        { status: 'pass', resource: US },
        { status: 'fail', resource: 'GuardDuty in eu-west-1', message: 'not enabled' },
      ],
    },
    {
      name: 'suspended detector',
      inventory: { mlReferences: US_ONLY, guardDutyDetectors: detectors([det(US, ok(detectorData({ Status: 'DISABLED' })))]) },
      expect: [{ status: 'fail', resource: 'GuardDuty in us-east-1', evidence: { detectorIds: [US] } }],
    },
  ],
  error: [
    { name: 'ListDetectors denied', inventory: { mlReferences: US_ONLY, guardDutyDetectors: detectors([], ['us-east-1']) }, expect: [{ status: 'error', resource: 'GuardDuty in us-east-1' }] },
    { name: 'GetDetector denied', inventory: { mlReferences: US_ONLY, guardDutyDetectors: detectors([det(US, denied('guardduty:GetDetector'))]) }, expect: [{ status: 'error', resource: 'GuardDuty in us-east-1', message: 'guardduty:GetDetector' }] },
    {
      name: 'no S3 status returned',
      inventory: { mlReferences: US_ONLY, guardDutyDetectors: detectors([det(US, ok(detectorData({ Features: [], DataSources: undefined })))]) },
      expect: [{ status: 'error', resource: US }],
    },
    {
      name: 'S3 Protection off where SageMaker references are incomplete: error',
      inventory: { mlReferences: refs([], [{ region: 'eu-west-1' }]), guardDutyDetectors: detectors([det(EU, ok(s3Feature('DISABLED')), 'eu-west-1')]) },
      expect: [{ status: 'error', resource: EU, message: 'unknown', evidence: { errorCode: 'IncompleteReferences' } }],
    },
    { name: 'region not collected', inventory: { mlReferences: BOTH, guardDutyDetectors: { 'us-east-1': ok([]) } }, expect: [{ status: 'fail', resource: 'GuardDuty in us-east-1' }, { status: 'error', resource: 'GuardDuty in eu-west-1' }] },
  ],
  empty: { mlReferences: refs([]), guardDutyDetectors: detectors([]) },
});
