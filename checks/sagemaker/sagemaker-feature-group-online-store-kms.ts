import { defineItemCheck, finding, isSet, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-feature-group-online-store-kms',
  title: 'SageMaker Feature Store online stores encrypt their data with a KMS key you specify',
  severity: 'medium',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::FeatureGroup',
  rationale:
    'The online store serves the latest value of every feature record to models at inference time. OnlineStoreConfig.SecurityConfig.KmsKeyId is optional and unset by default; ' +
    'without it Feature Store encrypts the online store with an AWS owned key, which you cannot see, restrict or audit. ' +
    'The storage tier (StorageType Standard, the default, Standard_V2 or InMemory) does not change this: the API documents SecurityConfig for the online store whatever its tier. ' +
    'Feature groups without an online store (no OnlineStoreConfig, or EnableOnlineStore not true; it defaults to false) are not applicable.',
  remediation: {
    console: [
      'The online store configuration cannot be changed after a feature group is created: create a new feature group with the same feature definitions.',
      'Under Online store, choose a customer managed AWS KMS key for encryption; callers of PutRecord and GetRecord need kms:Decrypt on it.',
      'Ingest the data into the new feature group, move consumers to it, then delete the old one.',
    ],
    cli: 'aws sagemaker create-feature-group --feature-group-name NAME --record-identifier-feature-name ID --event-time-feature-name TIME --feature-definitions file://features.json --online-store-config \'{"EnableOnlineStore":true,"SecurityConfig":{"KmsKeyId":"KMS_KEY_ARN"}}\'',
    cloudformation: 'AWS::SageMaker::FeatureGroup OnlineStoreConfig.SecurityConfig.KmsKeyId: <KMS key ARN>',
    terraform: 'aws_sagemaker_feature_group.online_store_config.security_config.kms_key_id',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/dg/feature-store-security.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_OnlineStoreConfig.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_OnlineStoreSecurityConfig.html',
    'https://docs.aws.amazon.com/sagemaker/latest/dg/feature-store-storage-configurations-online-store.html',
  ],
  compliance: [],
};

/** Features served to models at inference time should be readable only through a key the account controls. */
export default defineItemCheck({
  meta,
  each: 'featureGroups',
  noun: 'feature group',
  evaluate: (fg, resource) => {
    const online = fg.OnlineStoreConfig;
    const key = online?.SecurityConfig?.KmsKeyId;
    // StorageType is optional; Standard is the default tier (feature-store-storage-configurations-online-store).
    const tier = online?.StorageType ?? 'Standard';
    const evidence = { EnableOnlineStore: online?.EnableOnlineStore ?? null, StorageType: online ? tier : null, KmsKeyId: isSet(key) ? key : null };
    // EnableOnlineStore is optional and defaults to false (API_OnlineStoreConfig).
    if (!online || online.EnableOnlineStore !== true) {
      return finding('not_applicable', resource, `Feature group ${resource.name} has no online store${online ? ' (EnableOnlineStore is not true)' : ''}`, evidence);
    }
    if (isSet(key)) return finding('pass', resource, `Feature group ${resource.name} encrypts its ${tier} online store with KMS key ${key}`, evidence);
    return finding(
      'fail',
      resource,
      `Feature group ${resource.name} has no KMS key for its ${tier} online store (OnlineStoreConfig.SecurityConfig.KmsKeyId not set: an AWS owned key is used)`,
      evidence,
    );
  },
});
