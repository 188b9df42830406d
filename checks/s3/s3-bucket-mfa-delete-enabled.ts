import { defineCheck, eachBucketWith, finding, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 's3-bucket-mfa-delete-enabled',
  title: 'S3 buckets have MFA delete enabled',
  severity: 'low',
  service: 's3',
  resourceType: 'AWS::S3::Bucket',
  rationale:
    'With MFA delete, permanently deleting an object version or changing the versioning state of the bucket requires the root user with an MFA code, ' +
    'so stolen pipeline or notebook credentials cannot purge the version history of training data and model artifacts. ' +
    'MFA delete only exists on top of versioning, and only the root user can turn it on or off.',
  remediation: {
    console: [
      'MFA delete cannot be enabled in the S3 console: use the AWS CLI or API, signed in with the root user and its MFA device.',
      'Make sure the bucket has no lifecycle configuration that expires object versions (it cannot be combined with MFA delete).',
      'Run put-bucket-versioning with Status=Enabled,MFADelete=Enabled and the root MFA device serial and current code.',
    ],
    cli: 'aws s3api put-bucket-versioning --bucket BUCKET --versioning-configuration Status=Enabled,MFADelete=Enabled --mfa "arn:aws:iam::ACCOUNT_ID:mfa/root-account-mfa-device 123456"  # with root user credentials',
    terraform: 'aws_s3_bucket_versioning.versioning_configuration.mfa_delete = "Enabled" (with the mfa argument, applied with root user credentials)',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/MultiFactorAuthenticationDelete.html',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingMFADelete.html',
    'https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketVersioning.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html',
  ],
  compliance: [
    { framework: 'AWS Security Hub', id: 'S3.20' },
    { framework: 'CIS AWS Foundations Benchmark v3.0.0', id: '2.1.2' },
  ],
};

/** Without MFA delete, any principal allowed to delete object versions can erase a bucket's history. */
export default defineCheck({
  meta,
  requires: ['buckets', 'bucketVersioning', 'mlReferences'],
  evaluate({ inventory, account }) {
    return eachBucketWith(inventory.buckets, inventory.bucketVersioning, account, 'versioning configuration', 's3:GetBucketVersioning', (v, resource) => {
      // MFADelete is only returned once it has been configured on the bucket (GetBucketVersioning API reference).
      const evidence = { MFADelete: v.MFADelete ?? null, Status: v.Status ?? null };
      if (v.MFADelete === 'Enabled') return finding('pass', resource, `Bucket ${resource.name} has MFA delete enabled`, evidence);
      const versioning = v.Status === 'Enabled' ? '' : ` (versioning is ${v.Status ? v.Status.toLowerCase() : 'not enabled'}, and MFA delete requires it)`;
      return finding('fail', resource, `Bucket ${resource.name} has MFA delete ${v.MFADelete ? v.MFADelete.toLowerCase() : 'not configured'}${versioning}`, evidence);
    }, inventory.mlReferences);
  },
});
