import { defineCheck, describeError, finding, sageMakerRegions, wildcardArn, type CheckMeta, type ResourceRef } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'guardduty-enabled',
  title: 'GuardDuty is enabled in every audited region that has SageMaker resources',
  severity: 'high',
  service: 'guardduty',
  resourceType: 'AWS::GuardDuty::Detector',
  rationale:
    'GuardDuty analyses CloudTrail, VPC flow and DNS activity for signs of compromise, such as credentials of a SageMaker execution role used from outside AWS or unusual data access in S3 buckets holding training data. ' +
    'It works per region: a region without an enabled detector produces no findings at all, and a suspended detector (Status DISABLED) stops analysing until it is re-enabled. ' +
    'Reported for the audited regions that hold SageMaker resources; where those resources could not all be listed, a region without GuardDuty is an error (it may hold SageMaker resources).',
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
  requires: ['guardDutyDetectors', 'mlReferences'],
  evaluate({ inventory, account }) {
    // Regional is-anything-configured check: only regions with SageMaker resources (or whose resources could not all be read).
    return sageMakerRegions(inventory.mlReferences, account).map(({ region, hasResources, incomplete }) => {
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
      const why = list.value.length === 0 ? 'the region has no detector' : `detector ${statuses.join(', ')}`;
      if (!hasResources) {
        return finding('error', regionResource, `GuardDuty in ${region} is not enabled (${why}), and whether the region holds SageMaker resources is unknown: could not read ${incomplete}`, {
          ...evidence,
          errorCode: 'IncompleteReferences',
        });
      }
      return finding('fail', regionResource, `GuardDuty in ${region} is not enabled: ${why}`, evidence);
    });
  },
});
