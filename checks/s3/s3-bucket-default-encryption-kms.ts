import { defineCheck, eachBucketWith, finding, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 's3-bucket-default-encryption-kms',
  title: 'S3 buckets encrypt new objects by default with AWS KMS keys (SSE-KMS)',
  severity: 'medium',
  service: 's3',
  resourceType: 'AWS::S3::Bucket',
  rationale:
    'Since January 2023 S3 encrypts every new object with S3-managed keys (SSE-S3), which protects the disks but not the data from anyone allowed to read the bucket. ' +
    'With SSE-KMS, reading training data or model artifacts also requires kms:Decrypt on the key, so a key policy adds a second, audited gate and access can be revoked by disabling the key. ' +
    'A customer managed key gives the most control; the AWS managed key aws/s3 logs use in CloudTrail but its policy cannot be changed.',
  remediation: {
    console: [
      'Create or choose a customer managed KMS key whose key policy allows the roles that read and write the bucket.',
      'Open the Amazon S3 console, choose the bucket, and on the Properties tab under Default encryption choose Edit.',
      'Choose Server-side encryption with AWS Key Management Service keys (SSE-KMS), select the key, enable Bucket Key, and save. Existing objects keep their encryption until they are copied or rewritten.',
    ],
    cli: 'aws s3api put-bucket-encryption --bucket BUCKET --server-side-encryption-configuration \'{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"aws:kms","KMSMasterKeyID":"KEY_ARN"},"BucketKeyEnabled":true}]}\'',
    cloudformation: 'AWS::S3::Bucket BucketEncryption.ServerSideEncryptionConfiguration[].ServerSideEncryptionByDefault.SSEAlgorithm: aws:kms (with KMSMasterKeyID)',
    terraform: 'aws_s3_bucket_server_side_encryption_configuration.rule.apply_server_side_encryption_by_default.sse_algorithm = "aws:kms" (with kms_master_key_id)',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-encryption.html',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-encryption-faq.html',
    'https://docs.aws.amazon.com/AmazonS3/latest/API/API_ServerSideEncryptionRule.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html',
  ],
  compliance: [{ framework: 'AWS Security Hub', id: 'S3.17' }],
};

const KMS_ALGORITHMS = new Set(['aws:kms', 'aws:kms:dsse']);

/** True when the key id names the AWS managed key for S3 (or is absent, which means that key). */
function isAwsManagedS3Key(keyId: string | undefined): boolean {
  return keyId === undefined || keyId === '' || /(^|[:/])alias\/aws\/s3$/.test(keyId);
}

/** SSE-S3 leaves bucket data readable to anyone with S3 read access; SSE-KMS adds the key policy as a second gate. */
export default defineCheck({
  meta,
  requires: ['buckets', 'bucketEncryption', 'mlReferences'],
  evaluate({ inventory, account }) {
    return eachBucketWith(inventory.buckets, inventory.bucketEncryption, account, 'default encryption configuration', 's3:GetBucketEncryption', (config, resource) => {
      const rule = (config?.Rules ?? []).find((r) => r.ApplyServerSideEncryptionByDefault?.SSEAlgorithm);
      const byDefault = rule?.ApplyServerSideEncryptionByDefault;
      const algorithm = byDefault?.SSEAlgorithm;
      const keyId = byDefault?.KMSMasterKeyID;
      const evidence = {
        SSEAlgorithm: algorithm ?? null,
        KMSMasterKeyID: keyId ?? null,
        BucketKeyEnabled: rule?.BucketKeyEnabled ?? null,
      };
      if (algorithm && KMS_ALGORITHMS.has(algorithm)) {
        const kind = algorithm === 'aws:kms:dsse' ? 'DSSE-KMS' : 'SSE-KMS';
        const key = isAwsManagedS3Key(keyId) ? 'the AWS managed key aws/s3' : `key ${keyId}`;
        return finding('pass', resource, `Bucket ${resource.name} encrypts new objects by default with ${kind} using ${key}`, evidence);
      }
      if (!algorithm) {
        return finding('fail', resource, `Bucket ${resource.name} has no default encryption rule, so SSE-S3 at most is used rather than SSE-KMS`, evidence);
      }
      if (algorithm === 'AES256') {
        return finding('fail', resource, `Bucket ${resource.name} uses SSE-S3 (AES256) default encryption rather than SSE-KMS`, evidence);
      }
      return finding('fail', resource, `Bucket ${resource.name} uses default encryption ${algorithm} rather than SSE-KMS`, evidence);
    }, inventory.mlReferences);
  },
});
