import {
  bucketSetting,
  defineCheck,
  describePublicAccessBlock,
  eachBucket,
  finding,
  publicAccessBlockGaps,
  unreadable,
  type CheckMeta,
  type Collected,
  type FindingDraft,
  type PublicAccessBlock,
} from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 's3-bucket-public-access-blocked',
  title: 'S3 buckets block all public access, at bucket or account level',
  severity: 'high',
  service: 's3',
  resourceType: 'AWS::S3::Bucket',
  rationale:
    'S3 Block Public Access overrides any bucket policy or ACL that would make a bucket or its objects public. With all four settings on ' +
    '(BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy, RestrictPublicBuckets), neither a mistaken policy nor an uploaded ACL can expose ' +
    'training data or model artifacts. S3 applies the most restrictive combination of the bucket and account settings, so either level with all ' +
    'four settings on protects the bucket; the finding says which. A bucket or account without a configuration has every setting off.',
  remediation: {
    console: [
      'Open the Amazon S3 console and choose Block Public Access settings for this account; choose Edit, select Block all public access, and save (this protects every bucket).',
      'Or, for one bucket: choose the bucket, the Permissions tab, Block public access (bucket settings), Edit, select Block all public access, and save.',
    ],
    cli: 'aws s3api put-public-access-block --bucket BUCKET --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
    cloudformation: 'AWS::S3::Bucket PublicAccessBlockConfiguration with BlockPublicAcls, IgnorePublicAcls, BlockPublicPolicy and RestrictPublicBuckets true',
    terraform: 'aws_s3_bucket_public_access_block with block_public_acls, ignore_public_acls, block_public_policy and restrict_public_buckets = true (or aws_s3_account_public_access_block)',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
    'https://docs.aws.amazon.com/AmazonS3/latest/API/API_GetPublicAccessBlock.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html',
  ],
  compliance: [{ framework: 'AWS Security Hub', id: 'S3.8' }],
};

const complete = (c: Collected<PublicAccessBlock>) => c.ok && publicAccessBlockGaps(c.value).length === 0;

/** Without Block Public Access, one permissive policy or ACL makes ML data public. */
export default defineCheck({
  meta,
  requires: ['buckets', 'bucketPublicAccessBlock', 'accountPublicAccessBlock', 'mlReferences'],
  evaluate({ inventory, account }) {
    const accountLevel: Collected<PublicAccessBlock> = inventory.accountPublicAccessBlock ?? {
      ok: false,
      error: { code: 'NotCollected', message: 's3control:GetPublicAccessBlock was not recorded', operation: 's3control:GetPublicAccessBlock' },
    };
    return eachBucket(
      inventory.buckets,
      account,
      (bucket, resource) => {
        const bucketLevel = bucketSetting(inventory.bucketPublicAccessBlock, bucket, 's3:GetPublicAccessBlock');
        const blockedAt = [...(complete(bucketLevel) ? ['bucket'] : []), ...(complete(accountLevel) ? ['account'] : [])];
        const evidence = {
          bucketLevel: bucketLevel.ok ? describePublicAccessBlock(bucketLevel.value) : null,
          accountLevel: accountLevel.ok ? describePublicAccessBlock(accountLevel.value) : null,
          blockedAt: blockedAt.length > 0 ? blockedAt.join(' and ') : null,
        };
        if (blockedAt.length > 0) {
          return finding('pass', resource, `Bucket ${resource.name} blocks all public access at ${blockedAt.join(' and ')} level`, evidence);
        }
        // Neither level confirmed: whichever could not be read might have been the one that blocks.
        const withEvidence = (f: FindingDraft): FindingDraft => ({ ...f, evidence: { ...evidence, ...f.evidence } });
        if (!bucketLevel.ok) return withEvidence(unreadable(resource, `the public access block of bucket ${bucket.name}`, bucketLevel.error));
        if (!accountLevel.ok) {
          return withEvidence(unreadable(resource, `the account public access block (bucket ${bucket.name} does not block all public access itself)`, accountLevel.error));
        }
        return finding('fail', resource, `Bucket ${resource.name} does not block all public access: bucket level ${evidence.bucketLevel}; account level ${evidence.accountLevel}`, evidence);
      },
      inventory.mlReferences,
    );
  },
});
