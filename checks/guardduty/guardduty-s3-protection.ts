import { defineCheck, describeError, finding, sageMakerRegions, wildcardArn, type CheckMeta, type Detector, type ResourceRef } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'guardduty-s3-protection',
  title: 'GuardDuty S3 Protection is enabled in every audited region that has SageMaker resources',
  severity: 'medium',
  service: 'guardduty',
  resourceType: 'AWS::GuardDuty::Detector',
  rationale:
    'SageMaker keeps training data, model artifacts, captured inference data and notebook outputs in S3. GuardDuty S3 Protection analyses S3 data events (GetObject, PutObject, DeleteObject) ' +
    'for anomalous access, such as an execution role\'s credentials reading ML data from an unusual location or a burst of deletions, which management events alone cannot show. ' +
    'Read from GetDetector: the S3_DATA_EVENTS feature status, or the older DataSources.S3Logs.Status when the feature is not listed. ' +
    'A region without an enabled detector fails here too. Reported for regions with SageMaker resources; where resources could not all be listed, a missing protection is an error.',
  remediation: {
    console: [
      'Open the GuardDuty console in the region (or in the delegated administrator account).',
      'In the navigation pane choose S3 Protection, then Enable (for an organization, also enable it for member accounts).',
    ],
    cli: 'aws guardduty update-detector --detector-id DETECTOR_ID --features \'[{"Name":"S3_DATA_EVENTS","Status":"ENABLED"}]\' --region REGION',
    cloudformation: 'AWS::GuardDuty::Detector Features: [{Name: S3_DATA_EVENTS, Status: ENABLED}]',
    terraform: 'aws_guardduty_detector_feature with name = "S3_DATA_EVENTS" and status = "ENABLED"',
  },
  references: [
    'https://docs.aws.amazon.com/guardduty/latest/ug/s3-protection.html',
    'https://docs.aws.amazon.com/guardduty/latest/APIReference/API_GetDetector.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/guardduty-controls.html#guardduty-10',
  ],
  compliance: [{ framework: 'AWS Security Hub', id: 'GuardDuty.10' }],
};

/** S3 Protection status: the S3_DATA_EVENTS feature, else the legacy S3Logs data source; undefined when neither is returned. */
function s3Protection(d: Detector): { status: string | undefined; source: string } {
  const feature = (d.Features ?? []).find((f) => f.Name === 'S3_DATA_EVENTS');
  if (feature) return { status: feature.Status, source: 'Features S3_DATA_EVENTS' };
  return { status: d.DataSources?.S3Logs?.Status, source: 'DataSources.S3Logs' };
}

/** ML data lives in S3; without S3 Protection, GuardDuty does not look at who reads it. */
export default defineCheck({
  meta,
  requires: ['guardDutyDetectors', 'mlReferences'],
  evaluate({ inventory, account }) {
    return sageMakerRegions(inventory.mlReferences, account).map(({ region, hasResources, incomplete }) => {
      const regionResource: ResourceRef = { arn: wildcardArn(meta.resourceType, account, region), type: meta.resourceType, region, name: `GuardDuty in ${region}` };
      const failOrError = (resource: ResourceRef, message: string, evidence: Record<string, string | null | string[]>) =>
        hasResources
          ? finding('fail', resource, message, evidence)
          : finding('error', resource, `${message}; whether ${region} holds SageMaker resources is unknown: could not read ${incomplete}`, { ...evidence, errorCode: 'IncompleteReferences' });
      const list = inventory.guardDutyDetectors?.[region];
      if (!list) return finding('error', regionResource, `GuardDuty in ${region}: the detectors were not collected`, { errorCode: 'NotCollected' });
      if (!list.ok) return finding('error', regionResource, `GuardDuty in ${region}: could not list detectors: ${describeError(list.error)}`, { errorCode: list.error.code });
      const enabled = list.value.filter((d) => d.data.ok && d.data.value.Status === 'ENABLED');
      const unread = list.value.find((d) => !d.data.ok);
      for (const d of enabled) {
        const data = d.data.ok ? d.data.value : undefined;
        const { status, source } = s3Protection(data!);
        const resource: ResourceRef = { arn: d.arn, type: meta.resourceType, region, name: d.id };
        const evidence = { detectorId: d.id, S3Protection: status ?? null, source };
        if (status === 'ENABLED') return finding('pass', resource, `GuardDuty detector ${d.id} in ${region} has S3 Protection enabled`, evidence);
        if (status === undefined) return finding('error', resource, `GuardDuty detector ${d.id} in ${region}: GetDetector returned no S3 Protection status`, { ...evidence, errorCode: 'MissingField' });
        return failOrError(resource, `GuardDuty detector ${d.id} in ${region} has S3 Protection ${status}`, evidence);
      }
      if (unread && !unread.data.ok) {
        return finding('error', regionResource, `GuardDuty in ${region}: could not read detector ${unread.id}: ${describeError(unread.data.error)}`, { errorCode: unread.data.error.code });
      }
      return failOrError(regionResource, `GuardDuty in ${region} is not enabled, so S3 Protection is off`, { detectorIds: list.value.map((d) => d.id) });
    });
  },
});
