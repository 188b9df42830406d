import { describeError, defineCheck, eachMlBucket, finding, unreadable, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'macie-enabled-for-ml-buckets',
  title: 'Amazon Macie is enabled in every region that holds an ML bucket',
  severity: 'medium',
  service: 'macie',
  resourceType: 'AWS::S3::Bucket',
  rationale:
    'Training and evaluation data often carries personal or confidential data that nobody meant to copy into an ML bucket, and models and captured inference data can leak it further. ' +
    'Macie discovers sensitive data in S3 and reports buckets that are public, shared or unencrypted, but only in the regions where it is enabled, and only for buckets in that region. ' +
    'For each ML bucket (referenced by a SageMaker resource, or a SageMaker default bucket) this check reads GetMacieSession in the bucket\'s region: ' +
    'Macie answers "Macie is not enabled" (an AccessDeniedException) when it is off, which fails; a PAUSED session fails too; any other access denial is an error. ' +
    'Whether automated discovery or a classification job covers the bucket is not checked.',
  remediation: {
    console: [
      'Open the Amazon Macie console in the bucket\'s region (or, for an organization, in the delegated Macie administrator account).',
      'Choose Get started and Enable Macie; for a paused account open Settings and choose Enable Macie.',
      'Turn on automated sensitive data discovery, or create a classification job that includes the ML buckets.',
    ],
    cli: 'aws macie2 enable-macie --region REGION  # paused: aws macie2 update-macie-session --status ENABLED --region REGION',
    cloudformation: 'AWS::Macie::Session Status: ENABLED (in each region that holds ML buckets)',
    terraform: 'aws_macie2_account.status = "ENABLED" (per region provider)',
  },
  references: [
    'https://docs.aws.amazon.com/macie/latest/user/getting-started.html',
    'https://docs.aws.amazon.com/macie/latest/APIReference/macie.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/macie-controls.html#macie-1',
  ],
  compliance: [{ framework: 'AWS Security Hub', id: 'Macie.1' }],
};

/** Macie only sees the buckets of the regions it is enabled in: each ML bucket's region needs it. */
export default defineCheck({
  meta,
  requires: ['mlReferences', 'buckets', 'macieSessions'],
  evaluate({ inventory, account }) {
    return eachMlBucket(inventory.mlReferences, inventory.buckets, account, ({ bucket, referencedBy, defaultBucket }, resource) => {
      if (!bucket.region.ok) return unreadable(resource, `the region of ML bucket ${bucket.name}`, bucket.region.error);
      const region = bucket.region.value;
      const evidence = { region, referencedBy, defaultBucket };
      const session = Object.hasOwn(inventory.macieSessions, region) ? inventory.macieSessions[region] : undefined;
      if (!session) {
        return finding('error', resource, `ML bucket ${bucket.name}: the Macie status of ${region} was not collected`, { ...evidence, errorCode: 'NotCollected' });
      }
      if (!session.ok) {
        return finding('error', resource, `ML bucket ${bucket.name}: could not read the Macie status of ${region}: ${describeError(session.error)}`, { ...evidence, errorCode: session.error.code });
      }
      if (session.value === null) return finding('fail', resource, `ML bucket ${bucket.name}: Macie is not enabled in ${region}`, { ...evidence, macieStatus: null });
      if (session.value.status === 'ENABLED') return finding('pass', resource, `ML bucket ${bucket.name}: Macie is enabled in ${region}`, { ...evidence, macieStatus: 'ENABLED' });
      return finding('fail', resource, `ML bucket ${bucket.name}: Macie is ${session.value.status ?? 'in an unknown state'} in ${region}`, { ...evidence, macieStatus: session.value.status ?? null });
    });
  },
});
