import { defineCheck, describeError, finding, wildcardArn, type CheckMeta, type ResourceRef } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'guardduty-enabled',
  title: 'GuardDuty is enabled in every audited region',
  severity: 'high',
  service: 'guardduty',
  resourceType: 'AWS::GuardDuty::Detector',
  rationale:
    'GuardDuty analyses CloudTrail, VPC flow and DNS activity for signs of compromise, such as credentials of a SageMaker execution role used from outside AWS or unusual data access in S3 buckets holding training data. ' +
    'It works per region: a region without an enabled detector produces no findings at all, and a suspended detector (Status DISABLED) stops analysing until it is re-enabled.',
  remediation: {
    console: [
      'Open the GuardDuty console in the region (or in the delegated administrator account for an organization).',
      'Choose Get Started and Enable GuardDuty; for a suspended detector, open Settings and choose Enable GuardDuty.',
      'Repeat for every region you use, or enable it organization-wide with auto-enable for member accounts.',
    ],
    cli: 'aws guardduty create-detector --enable --region REGION  # or, for a suspended detector: aws guardduty update-detector --detector-id DETECTOR_ID --enable --region REGION',
    cloudformation: 'AWS::GuardDuty::Detector Enable: true',
    terraform: 'aws_guardduty_detector.enable = true',
  },
  references: [
    'https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_settingup.html',
    'https://docs.aws.amazon.com/guardduty/latest/APIReference/API_GetDetector.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/guardduty-controls.html',
  ],
  compliance: [{ framework: 'AWS Security Hub', id: 'GuardDuty.1' }],
};

/** GuardDuty is regional: each audited region needs an enabled detector of its own. */
export default defineCheck({
  meta,
  requires: ['guardDutyDetectors'],
  evaluate({ inventory, account }) {
    return account.regions.map((region) => {
      const regionResource: ResourceRef = {
        arn: wildcardArn(meta.resourceType, account, region),
        type: meta.resourceType,
        region,
        name: `GuardDuty in ${region}`,
      };
      const list = inventory.guardDutyDetectors?.[region];
      if (!list) return finding('error', regionResource, `GuardDuty in ${region}: the detectors were not collected`, { errorCode: 'NotCollected' });
      if (!list.ok) {
        return finding('error', regionResource, `GuardDuty in ${region}: could not list detectors: ${describeError(list.error)}`, {
          errorCode: list.error.code,
          operation: list.error.operation ?? null,
        });
      }
      const enabled = list.value.find((d) => d.data.ok && d.data.value.Status === 'ENABLED');
      if (enabled) {
        const resource: ResourceRef = { arn: enabled.arn, type: meta.resourceType, region, name: enabled.id };
        return finding('pass', resource, `GuardDuty detector ${enabled.id} is enabled in ${region}`, { detectorId: enabled.id, Status: 'ENABLED' });
      }
      const unread = list.value.filter((d) => !d.data.ok);
      const statuses = list.value.map((d) => `${d.id}: ${d.data.ok ? (d.data.value.Status ?? 'no status') : 'unreadable'}`);
      const evidence = { detectorIds: list.value.map((d) => d.id), statuses };
      const firstUnread = unread[0];
      if (firstUnread && !firstUnread.data.ok) {
        return finding('error', regionResource, `GuardDuty in ${region}: could not read detector ${firstUnread.id}: ${describeError(firstUnread.data.error)}`, {
          ...evidence,
          errorCode: firstUnread.data.error.code,
          operation: firstUnread.data.error.operation ?? null,
        });
      }
      if (list.value.length === 0) return finding('fail', regionResource, `GuardDuty in ${region} is not enabled: the region has no detector`, evidence);
      return finding('fail', regionResource, `GuardDuty in ${region} is not enabled: detector ${statuses.join(', ')}`, evidence);
    });
  },
});
