import { defineCheck, eachLoggingMultiRegionTrail, finding, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'cloudtrail-trail-kms',
  title: 'Multi-region CloudTrail trails encrypt their log files with a KMS key',
  severity: 'medium',
  service: 'cloudtrail',
  resourceType: 'AWS::CloudTrail::Trail',
  rationale:
    'Trail logs name every SageMaker resource, bucket, role and caller in the account. By default they are stored with S3 managed encryption (SSE-S3), which anyone allowed to read the log bucket can decrypt. ' +
    'With SSE-KMS, reading a log also needs kms:Decrypt on the trail\'s key, a second control that is logged itself. ' +
    'Evaluated on the multi-region trails that are logging: a trail passes when DescribeTrails returns a KmsKeyId.',
  remediation: {
    console: [
      'Open the CloudTrail console and choose Trails, then the trail.',
      'In General details choose Edit, enable Log file SSE-KMS encryption, and choose or create a KMS key whose key policy lets CloudTrail encrypt (with an aws:SourceArn condition for the trail).',
      'Grant kms:Decrypt on the key only to the people and tools that read the logs.',
    ],
    cli: 'aws cloudtrail update-trail --name TRAIL --kms-key-id arn:aws:kms:REGION:ACCOUNT:key/KEY_ID',
    cloudformation: 'AWS::CloudTrail::Trail KMSKeyId: a customer managed key ARN',
    terraform: 'aws_cloudtrail.kms_key_id = aws_kms_key.trail.arn',
  },
  references: [
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html',
    'https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_Trail.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html#cloudtrail-2',
  ],
  compliance: [
    { framework: 'AWS Security Hub', id: 'CloudTrail.2' },
    { framework: 'CIS AWS Foundations Benchmark v3.0.0', id: '3.5' },
  ],
};

/** Logs that describe the whole ML platform deserve a key of their own. */
export default defineCheck({
  meta,
  requires: ['trails'],
  evaluate({ inventory, account }) {
    return eachLoggingMultiRegionTrail(inventory.trails, account, (t, resource) => {
      const key = t.trail.KmsKeyId;
      const evidence = { KmsKeyId: key ?? null, HomeRegion: t.homeRegion, S3BucketName: t.trail.S3BucketName ?? null };
      return key
        ? finding('pass', resource, `Trail ${t.name} encrypts its log files with KMS key ${key}`, evidence)
        : finding('fail', resource, `Trail ${t.name} does not encrypt its log files with a KMS key (SSE-S3 only)`, evidence);
    });
  },
});
