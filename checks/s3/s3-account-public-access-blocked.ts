import {
  defineCheck,
  describePublicAccessBlock,
  finding,
  publicAccessBlockGaps,
  referencedBuckets,
  unreadable,
  type CheckMeta,
  type ResourceRef,
} from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 's3-account-public-access-blocked',
  title: 'The account blocks all S3 public access',
  severity: 'medium',
  service: 's3',
  resourceType: 'AWS::S3::AccountPublicAccessBlock',
  rationale:
    'The account-level S3 Block Public Access settings apply to every bucket of the account, in every region, including buckets created later ' +
    'by SageMaker pipelines, notebooks or the SageMaker SDK (sagemaker-<region>-<account id>). With all four settings on, no bucket policy or ' +
    'ACL can make any of them public, whatever their own settings. An account without a configuration has every setting off.',
  remediation: {
    console: [
      'Open the Amazon S3 console and choose Block Public Access settings for this account.',
      'Choose Edit, select Block all public access, save and confirm.',
    ],
    cli: 'aws s3control put-public-access-block --account-id ACCOUNT_ID --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
    terraform: 'aws_s3_account_public_access_block with block_public_acls, ignore_public_acls, block_public_policy and restrict_public_buckets = true',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-account.html',
    'https://docs.aws.amazon.com/AmazonS3/latest/API/API_control_GetPublicAccessBlock.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html',
  ],
  compliance: [{ framework: 'AWS Security Hub', id: 'S3.1' }],
};

/** The account-level block is the one setting that keeps every present and future bucket private. */
export default defineCheck({
  meta,
  requires: ['accountPublicAccessBlock', 'mlReferences'],
  evaluate({ inventory, account }) {
    // The account-level block has no ARN of its own: the finding names the account.
    const resource: ResourceRef = { arn: `arn:${account.partition}:iam::${account.accountId}:root`, type: meta.resourceType, region: 'global', name: `account ${account.accountId}` };
    // The account setting protects every ML data bucket of the account (those SageMaker resources reference, at least).
    const mlData = referencedBuckets(inventory.mlReferences).size > 0;
    const block = inventory.accountPublicAccessBlock;
    if (!block) return [finding('error', resource, `The S3 public access block of ${resource.name} was not collected`, { errorCode: 'NotCollected', mlData })];
    if (!block.ok) {
      const f = unreadable(resource, `the S3 public access block of ${resource.name}`, block.error);
      return [{ ...f, evidence: { ...f.evidence, mlData } }];
    }
    const gaps = publicAccessBlockGaps(block.value);
    const evidence = { configured: block.value !== null, settingsOff: gaps, mlData };
    if (gaps.length === 0) return [finding('pass', resource, `The S3 public access block of ${resource.name} has all four settings on`, evidence)];
    return [finding('fail', resource, `The S3 public access block of ${resource.name} does not block all public access: ${describePublicAccessBlock(block.value)}`, evidence)];
  },
});
