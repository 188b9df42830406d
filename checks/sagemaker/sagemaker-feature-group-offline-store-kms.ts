import { defineItemCheck, finding, isSet, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-feature-group-offline-store-kms',
  title: 'SageMaker Feature Store offline stores encrypt their data with a KMS key you specify',
  severity: 'medium',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::FeatureGroup',
  rationale:
    'The offline store keeps the full history of every feature record in Amazon S3, the data models are trained on and often personal data. ' +
    'OfflineStoreConfig.S3StorageConfig.KmsKeyId is optional and unset by default; without it Feature Store uses an AWS managed key, whose key policy you cannot restrict or audit per feature group. ' +
    'Feature groups without an offline store are not applicable.',
  remediation: {
    console: [
      'The offline store configuration cannot be changed after a feature group is created: create a new feature group with the same feature definitions.',
      'Under Offline store, choose a customer managed AWS KMS key for encryption (the caller and the feature group role need permission to use it).',
      'Ingest the data into the new feature group, move consumers to it, then delete the old one.',
    ],
    cli: 'aws sagemaker create-feature-group --feature-group-name NAME --record-identifier-feature-name ID --event-time-feature-name TIME --feature-definitions file://features.json --offline-store-config \'{"S3StorageConfig":{"S3Uri":"s3://BUCKET/offline","KmsKeyId":"KMS_KEY_ARN"}}\' --role-arn ROLE_ARN',
    cloudformation: 'AWS::SageMaker::FeatureGroup OfflineStoreConfig.S3StorageConfig.KmsKeyId: <KMS key ARN>',
    terraform: 'aws_sagemaker_feature_group.offline_store_config.s3_storage_config.kms_key_id',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/dg/feature-store-security.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_S3StorageConfig.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeFeatureGroup.html',
  ],
  compliance: [],
};

/** A feature group's offline history should be readable only through a key the account controls. */
export default defineItemCheck({
  meta,
  each: 'featureGroups',
  noun: 'feature group',
  evaluate: (fg, resource) => {
    const s3 = fg.OfflineStoreConfig?.S3StorageConfig;
    const evidence = { offlineStore: fg.OfflineStoreConfig !== undefined, S3Uri: s3?.S3Uri ?? null, KmsKeyId: isSet(s3?.KmsKeyId) ? s3.KmsKeyId : null };
    if (!fg.OfflineStoreConfig) return finding('not_applicable', resource, `Feature group ${resource.name} has no offline store`, evidence);
    if (isSet(s3?.KmsKeyId)) {
      return finding('pass', resource, `Feature group ${resource.name} encrypts its offline store in ${s3.S3Uri ?? 'S3'} with KMS key ${s3.KmsKeyId}`, evidence);
    }
    return finding(
      'fail',
      resource,
      `Feature group ${resource.name} has no KMS key for its offline store in ${s3?.S3Uri ?? 'S3'} (OfflineStoreConfig.S3StorageConfig.KmsKeyId not set: an AWS managed key is used)`,
      evidence,
    );
  },
});
