/** The built-in check catalogue, in the order checks are listed. A registry test keeps it in step with the files. */
import type { AnyCheck } from '../src/check-api/index.js';
import sagemakerNotebookNoDirectInternet from './sagemaker/sagemaker-notebook-no-direct-internet.js';
import sagemakerNotebookRootAccessDisabled from './sagemaker/sagemaker-notebook-root-access-disabled.js';
import sagemakerNotebookVolumeKms from './sagemaker/sagemaker-notebook-volume-kms.js';
import sagemakerEndpointConfigStorageKms from './sagemaker/sagemaker-endpoint-config-storage-kms.js';
import sagemakerEndpointIsolatedModels from './sagemaker/sagemaker-endpoint-isolated-models.js';
import sagemakerModelNetworkIsolation from './sagemaker/sagemaker-model-network-isolation.js';
import sagemakerTrainingJobKms from './sagemaker/sagemaker-training-job-kms.js';
import s3BucketVersioningEnabled from './s3/s3-bucket-versioning-enabled.js';
import s3BucketMfaDeleteEnabled from './s3/s3-bucket-mfa-delete-enabled.js';
import s3BucketDefaultEncryptionKms from './s3/s3-bucket-default-encryption-kms.js';
import s3BucketPolicyDeniesInsecureTransport from './s3/s3-bucket-policy-denies-insecure-transport.js';
import s3BucketDeniesUnencryptedUploads from './s3/s3-bucket-denies-unencrypted-uploads.js';
import cloudtrailMultiRegionTrailLogging from './cloudtrail/cloudtrail-multi-region-trail-logging.js';
import guarddutyEnabled from './guardduty/guardduty-enabled.js';

export const BUILTIN_CHECKS: readonly AnyCheck[] = [
  sagemakerNotebookNoDirectInternet,
  sagemakerNotebookRootAccessDisabled,
  sagemakerNotebookVolumeKms,
  sagemakerEndpointConfigStorageKms,
  sagemakerEndpointIsolatedModels,
  sagemakerModelNetworkIsolation,
  sagemakerTrainingJobKms,
  s3BucketVersioningEnabled,
  s3BucketMfaDeleteEnabled,
  s3BucketDefaultEncryptionKms,
  s3BucketPolicyDeniesInsecureTransport,
  s3BucketDeniesUnencryptedUploads,
  cloudtrailMultiRegionTrailLogging,
  guarddutyEnabled,
];
