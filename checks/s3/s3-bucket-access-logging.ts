import { defineCheck, eachBucketWith, finding, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 's3-bucket-access-logging',
  title: 'S3 buckets have server access logging enabled',
  severity: 'medium',
  service: 's3',
  resourceType: 'AWS::S3::Bucket',
  rationale:
    'Server access logs record every request made to a bucket (requester, operation, object key, response), so reads of training data and ' +
    'writes to model artifacts can be traced after an incident, including requests that CloudTrail data events are not configured to capture. ' +
    'Logging is off unless GetBucketLogging returns a LoggingEnabled element with a target bucket.',
  remediation: {
    console: [
      'Create (or choose) a log bucket in the same region and account that does not log to itself.',
      'Open the Amazon S3 console, choose the bucket, the Properties tab, and under Server access logging choose Edit.',
      'Enable logging, choose the target bucket and a prefix, and save.',
    ],
    cli: 'aws s3api put-bucket-logging --bucket BUCKET --bucket-logging-status \'{"LoggingEnabled":{"TargetBucket":"LOG_BUCKET","TargetPrefix":"BUCKET/"}}\'',
    cloudformation: 'AWS::S3::Bucket LoggingConfiguration.DestinationBucketName (and LogFilePrefix)',
    terraform: 'aws_s3_bucket_logging.target_bucket (and target_prefix)',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html',
    'https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketLogging.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html',
  ],
  compliance: [{ framework: 'AWS Security Hub', id: 'S3.9' }],
};

/** Without access logs, who read or changed ML data in a bucket cannot be reconstructed. */
export default defineCheck({
  meta,
  requires: ['buckets', 'bucketLogging', 'mlReferences'],
  evaluate({ inventory, account }) {
    return eachBucketWith(
      inventory.buckets,
      inventory.bucketLogging,
      account,
      'server access logging configuration',
      's3:GetBucketLogging',
      (logging, resource) => {
        const evidence = { TargetBucket: logging?.TargetBucket ?? null, TargetPrefix: logging?.TargetPrefix ?? null };
        if (logging?.TargetBucket) {
          return finding('pass', resource, `Bucket ${resource.name} logs requests to ${logging.TargetBucket}${logging.TargetPrefix ? `/${logging.TargetPrefix}` : ''}`, evidence);
        }
        return finding('fail', resource, `Bucket ${resource.name} has server access logging disabled`, evidence);
      },
      inventory.mlReferences,
    );
  },
});
