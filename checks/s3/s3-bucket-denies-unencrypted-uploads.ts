import {
  bucketSetting,
  conditionPairs,
  defineCheck,
  eachBucket,
  finding,
  isDenyForEveryone,
  statementCoversAction,
  statementCoversAllObjects,
  statementLabel,
  statements,
  unreadable,
  type BucketEncryption,
  type BucketPolicy,
  type CheckMeta,
  type PolicyStatement,
} from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 's3-bucket-denies-unencrypted-uploads',
  title: 'S3 buckets never store an upload unencrypted',
  severity: 'low',
  service: 's3',
  resourceType: 'AWS::S3::Bucket',
  rationale:
    'Training data and model artifacts uploaded without server-side encryption would rest on disk in the clear. ' +
    'Either default encryption (which S3 applies as SSE-S3 to every bucket since January 2023) encrypts every upload that does not ask for encryption, ' +
    'or a bucket policy denies s3:PutObject requests that omit the x-amz-server-side-encryption header; this check reports which of the two applies.',
  remediation: {
    console: [
      'Open the Amazon S3 console, choose the bucket, and on the Properties tab under Default encryption choose Edit.',
      'Choose SSE-S3 or, preferably, SSE-KMS with a customer managed key, and save.',
      'Optionally, on the Permissions tab, add a bucket policy statement that denies s3:PutObject on the bucket\'s objects when s3:x-amz-server-side-encryption is absent (Null = "true").',
    ],
    cli: 'aws s3api put-bucket-encryption --bucket BUCKET --server-side-encryption-configuration \'{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"aws:kms","KMSMasterKeyID":"KEY_ARN"},"BucketKeyEnabled":true}]}\'',
    cloudformation: 'AWS::S3::Bucket BucketEncryption.ServerSideEncryptionConfiguration[].ServerSideEncryptionByDefault.SSEAlgorithm (or AWS::S3::BucketPolicy with a Deny on s3:PutObject and Condition Null s3:x-amz-server-side-encryption "true")',
    terraform: 'aws_s3_bucket_server_side_encryption_configuration.rule.apply_server_side_encryption_by_default.sse_algorithm',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingServerSideEncryption.html',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-encryption-faq.html',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-encryption.html',
    'https://docs.aws.amazon.com/config/latest/developerguide/s3-bucket-server-side-encryption-enabled.html',
  ],
  compliance: [],
};

const SSE_KEY = 's3:x-amz-server-side-encryption';
const ALGORITHM_NAMES: Record<string, string> = { AES256: 'SSE-S3', 'aws:kms': 'SSE-KMS', 'aws:kms:dsse': 'DSSE-KMS' };

/** The default encryption algorithm of the bucket, if a default encryption rule is configured. */
function defaultAlgorithm(config: BucketEncryption): string | undefined {
  return (config?.Rules ?? []).find((r) => r.ApplyServerSideEncryptionByDefault?.SSEAlgorithm)?.ApplyServerSideEncryptionByDefault?.SSEAlgorithm;
}

/**
 * True when the statement denies, to everyone, every s3:PutObject on the bucket's objects that lacks server-side
 * encryption: its only conditions are StringNotEquals[IfExists] on the SSE header (true when the header is absent)
 * or Null on the SSE header = "true". Any other condition would narrow the deny, so it is not counted.
 */
function deniesUnencryptedPut(s: PolicyStatement, bucketArn: string): boolean {
  if (!isDenyForEveryone(s) || !statementCoversAction(s, 's3:PutObject') || !statementCoversAllObjects(s, bucketArn)) return false;
  const pairs = conditionPairs(s);
  return (
    pairs.length > 0 &&
    pairs.every(
      (p) =>
        p.key === SSE_KEY &&
        (p.operator === 'StringNotEquals' || p.operator === 'StringNotEqualsIfExists' || (p.operator === 'Null' && p.values.some((v) => v.toLowerCase() === 'true'))),
    )
  );
}

function denyingStatements(policy: BucketPolicy, bucketArn: string): string[] {
  return statements(policy)
    .map((s, i) => ({ s, label: statementLabel(s, i) }))
    .filter(({ s }) => deniesUnencryptedPut(s, bucketArn))
    .map((c) => c.label);
}

/** An upload is stored unencrypted only when neither default encryption nor the bucket policy forces encryption. */
export default defineCheck({
  meta,
  requires: ['buckets', 'bucketPolicy', 'bucketEncryption', 'mlReferences'],
  evaluate({ inventory, account }) {
    return eachBucket(inventory.buckets, account, (bucket, resource) => {
      const encryption = bucketSetting(inventory.bucketEncryption, bucket, 's3:GetBucketEncryption');
      const policy = bucketSetting(inventory.bucketPolicy, bucket, 's3:GetBucketPolicy');
      const algorithm = encryption.ok ? defaultAlgorithm(encryption.value) : undefined;
      const denying = policy.ok ? denyingStatements(policy.value, bucket.arn) : [];
      const mechanisms = [...(denying.length > 0 ? ['bucket policy'] : []), ...(algorithm ? ['default encryption'] : [])];
      const evidence = { mechanism: mechanisms.length > 0 ? mechanisms.join(' and ') : null, SSEAlgorithm: algorithm ?? null, denyStatements: denying };
      const byPolicy = `policy denies uploads without server-side encryption (${denying.join(', ')})`;
      const byDefault = algorithm ? `default encryption (${ALGORITHM_NAMES[algorithm] ?? algorithm}) encrypts every upload` : '';
      if (denying.length > 0 && algorithm) return finding('pass', resource, `Bucket ${resource.name} ${byPolicy}, and its ${byDefault}`, evidence);
      if (denying.length > 0) return finding('pass', resource, `Bucket ${resource.name} ${byPolicy}`, evidence);
      if (algorithm) return finding('pass', resource, `Bucket ${resource.name} ${byDefault}`, evidence);
      // Neither mechanism confirmed: whatever could not be read might have been the one that holds.
      if (!encryption.ok) return unreadable(resource, `the default encryption configuration of bucket ${bucket.name}`, encryption.error);
      if (!policy.ok) return unreadable(resource, `the bucket policy of bucket ${bucket.name} (it has no default encryption)`, policy.error);
      return finding(
        'fail',
        resource,
        `Bucket ${resource.name} has no default encryption and ${policy.value === null ? 'no bucket policy to deny' : 'its policy does not deny'} uploads without server-side encryption`,
        evidence,
      );
    }, inventory.mlReferences);
  },
});
