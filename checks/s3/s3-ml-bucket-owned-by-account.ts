import {
  defineCheck,
  describeUsers,
  finding,
  incompleteReferences,
  isDefaultSageMakerBucket,
  markMlData,
  referencedBuckets,
  unreadable,
  type CheckMeta,
  type FindingDraft,
  type ResourceRef,
} from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 's3-ml-bucket-owned-by-account',
  title: 'S3 buckets that SageMaker reads from and writes to belong to the audited account',
  severity: 'high',
  service: 's3',
  resourceType: 'AWS::S3::Bucket',
  rationale:
    'Bucket names are global: a bucket that a training job, model, endpoint configuration or notebook names but that is not in the ' +
    'account\'s ListBuckets belongs to another account, or does not exist and can be created by anyone. SageMaker then writes model ' +
    'artifacts, checkpoints or captured inference data into someone else\'s bucket, or loads training data and model artifacts that someone ' +
    'else controls (bucket squatting; the predictable default name sagemaker-<region>-<account id> is the classic target). Buckets ' +
    'shared deliberately from another account fail too: confirm their owner and pass ExpectedBucketOwner on every request.',
  remediation: {
    console: [
      'For each bucket in the finding, confirm who owns it (aws s3api get-bucket-acl or head-bucket with --expected-bucket-owner).',
      'If it is not yours, create a bucket in your account, copy the data you trust, and update the SageMaker resources (new training job, model or endpoint configuration) to use it.',
      'For a missing default bucket, create sagemaker-<region>-<account id> in your account before anyone else does, with Block Public Access on.',
    ],
    cli: 'aws s3api head-bucket --bucket BUCKET --expected-bucket-owner ACCOUNT_ID  # fails with 403 when another account owns it',
    cloudformation: 'AWS::S3::Bucket owned by the account for every S3Uri / S3OutputPath / ModelDataUrl / DestinationS3Uri of the SageMaker resources',
    terraform: 'aws_s3_bucket in the account for every SageMaker S3 location; data sources with expected_bucket_owner',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-owner-condition.html',
    'https://docs.aws.amazon.com/AmazonS3/latest/API/API_ListBuckets.html',
    'https://sagemaker.readthedocs.io/en/stable/api/utility/session.html',
  ],
  compliance: [],
};

/** A bucket SageMaker uses but the account does not own hands ML data to, or takes it from, someone else. */
export default defineCheck({
  meta,
  requires: ['buckets', 'mlReferences'],
  evaluate({ inventory, account }) {
    const out: FindingDraft[] = incompleteReferences(inventory.mlReferences, account, meta.resourceType, 'S3 bucket').map((f) => markMlData(f, true));
    const buckets = inventory.buckets;
    for (const [name, users] of [...referencedBuckets(inventory.mlReferences).entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const who = describeUsers(users);
      const owned = buckets?.ok ? buckets.value.find((b) => b.name.toLowerCase() === name) : undefined;
      const region = owned?.region.ok ? owned.region.value : 'global';
      const resource: ResourceRef = { arn: `arn:${account.partition}:s3:::${name}`, type: meta.resourceType, region, name };
      const isDefault = isDefaultSageMakerBucket(name, account.accountId);
      const evidence = { owned: owned !== undefined, defaultBucket: isDefault, usedBy: users.map((u) => u.arn) };
      let f: FindingDraft;
      if (!buckets) f = finding('error', resource, `The account's bucket list was not collected, so bucket ${name} (used by ${who}) cannot be confirmed as the account's own`, { ...evidence, errorCode: 'NotCollected' });
      else if (!buckets.ok) f = { ...unreadable(resource, `the account's bucket list, needed to confirm bucket ${name} (used by ${who}) is the account's own`, buckets.error) };
      else if (owned) f = finding('pass', resource, `Bucket ${name} (used by ${who}) belongs to the account`, evidence);
      else {
        const what = isDefault ? 'the SageMaker default bucket name of this account' : 'a bucket';
        f = finding('fail', resource, `Bucket ${name} (used by ${who}) is ${what} that is not among the account's buckets: another account may own it, or anyone may create it`, evidence);
      }
      out.push(markMlData(f, true));
    }
    return out;
  },
});
