import { defineCheck, eachBucketWith, finding, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 's3-bucket-versioning-enabled',
  title: 'S3 buckets have versioning enabled',
  severity: 'medium',
  service: 's3',
  resourceType: 'AWS::S3::Bucket',
  rationale:
    'Training data, feature sets and model artifacts in S3 are overwritten or deleted by pipelines, people and attackers alike; ' +
    'without versioning an overwrite or delete destroys the only copy, so a poisoned or lost data set cannot be rolled back or audited. ' +
    'A bucket whose versioning was never enabled, or was suspended, keeps no prior versions of new writes.',
  remediation: {
    console: [
      'Open the Amazon S3 console and choose the bucket.',
      'On the Properties tab, under Bucket Versioning, choose Edit.',
      'Select Enable and choose Save changes. Add a lifecycle rule that expires noncurrent versions to control storage cost.',
    ],
    cli: 'aws s3api put-bucket-versioning --bucket BUCKET --versioning-configuration Status=Enabled',
    cloudformation: 'AWS::S3::Bucket VersioningConfiguration.Status: Enabled',
    terraform: 'aws_s3_bucket_versioning.versioning_configuration.status = "Enabled"',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html',
    'https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetBucketVersioning.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html',
  ],
  compliance: [{ framework: 'AWS Security Hub', id: 'S3.14' }],
};

/** A bucket without versioning keeps no earlier copy of an object that is overwritten or deleted. */
export default defineCheck({
  meta,
  requires: ['buckets', 'bucketVersioning', 'mlReferences'],
  evaluate({ inventory, account }) {
    return eachBucketWith(inventory.buckets, inventory.bucketVersioning, account, 'versioning configuration', 's3:GetBucketVersioning', (v, resource) => {
      // GetBucketVersioning returns no Status for a bucket whose versioning was never enabled (API reference).
      const evidence = { Status: v.Status ?? null, MFADelete: v.MFADelete ?? null };
      if (v.Status === 'Enabled') return finding('pass', resource, `Bucket ${resource.name} has versioning enabled`, evidence);
      if (v.Status === 'Suspended') {
        return finding('fail', resource, `Bucket ${resource.name} has versioning suspended: new writes keep no prior versions`, evidence);
      }
      return finding('fail', resource, `Bucket ${resource.name} has versioning ${v.Status ? `in state ${v.Status}` : 'never enabled'}`, evidence);
    }, inventory.mlReferences);
  },
});
