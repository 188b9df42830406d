import { defineCheck, eachMlKmsKey, finding, unreadable, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'kms-ml-key-customer-managed',
  title: 'SageMaker resources and ML data buckets are encrypted with customer managed KMS keys',
  severity: 'low',
  service: 'kms',
  resourceType: 'AWS::KMS::Key',
  rationale:
    'An AWS managed key (aws/s3, aws/sagemaker …) can be used by every principal in the account through the service, and its key policy ' +
    'cannot be changed, so it adds no access control over ML data; a customer managed key lets you decide who may decrypt training data ' +
    'and model artifacts, audit it, and revoke access by disabling the key. The key manager is read from DescribeKey (KeyManager), never ' +
    'guessed from an alias name.',
  remediation: {
    console: [
      'Create a symmetric customer managed key in AWS KMS with a key policy that allows the SageMaker execution roles and data owners only.',
      'Re-create the SageMaker resources named in the finding with the new key (KmsKeyId, VolumeKmsKeyId, OutputDataConfig.KmsKeyId …), and set it as the default encryption key of the buckets.',
    ],
    cli: 'aws kms create-key --description "ML data" && aws s3api put-bucket-encryption --bucket BUCKET --server-side-encryption-configuration \'{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"aws:kms","KMSMasterKeyID":"KEY_ARN"},"BucketKeyEnabled":true}]}\'',
    cloudformation: 'AWS::KMS::Key referenced by the SageMaker resources\' KmsKeyId properties and AWS::S3::Bucket BucketEncryption KMSMasterKeyID',
    terraform: 'aws_kms_key referenced by kms_key_id arguments and aws_s3_bucket_server_side_encryption_configuration kms_master_key_id',
  },
  references: [
    'https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-mgmt',
    'https://docs.aws.amazon.com/kms/latest/APIReference/API_KeyMetadata.html',
    'https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest.html',
  ],
  compliance: [],
};

/** Only a customer managed key puts a key policy you control between ML data and its readers. */
export default defineCheck({
  meta,
  requires: ['kmsKeys'],
  evaluate({ inventory, account }) {
    return eachMlKmsKey(inventory.kmsKeys, account, ({ key, resource, users, label }) => {
      if (!key.details.ok) return unreadable(resource, label, key.details.error);
      const m = key.details.value.metadata;
      const evidence = { KeyManager: m.KeyManager ?? null, Origin: m.Origin ?? null, usedBy: users.map((u) => u.arn) };
      if (m.KeyManager === 'CUSTOMER') return finding('pass', resource, `${label} is a customer managed key`, evidence);
      if (m.KeyManager === 'AWS') return finding('fail', resource, `${label} is an AWS managed key, whose key policy cannot be restricted`, evidence);
      return finding('error', resource, `DescribeKey did not say who manages ${label}`, { ...evidence, errorCode: 'InvalidResponse' });
    });
  },
});
