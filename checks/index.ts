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
// network-s3-kms
import ec2SagemakerSubnetNoInternetRoute from './ec2/ec2-sagemaker-subnet-no-internet-route.js';
import ec2SagemakerSubnetNoPublicIpOnLaunch from './ec2/ec2-sagemaker-subnet-no-public-ip-on-launch.js';
import ec2SagemakerVpcEndpointsPresent from './ec2/ec2-sagemaker-vpc-endpoints-present.js';
import ec2SagemakerVpcEndpointPolicyRestricted from './ec2/ec2-sagemaker-vpc-endpoint-policy-restricted.js';
import ec2SagemakerSecurityGroupNoPublicIngress from './ec2/ec2-sagemaker-security-group-no-public-ingress.js';
import ec2SagemakerVpcFlowLogs from './ec2/ec2-sagemaker-vpc-flow-logs.js';
import s3BucketPublicAccessBlocked from './s3/s3-bucket-public-access-blocked.js';
import s3AccountPublicAccessBlocked from './s3/s3-account-public-access-blocked.js';
import s3BucketAccessLogging from './s3/s3-bucket-access-logging.js';
import s3MlBucketOwnedByAccount from './s3/s3-ml-bucket-owned-by-account.js';
import kmsMlKeyUsable from './kms/kms-ml-key-usable.js';
import kmsMlKeyCustomerManaged from './kms/kms-ml-key-customer-managed.js';
import kmsMlKeyRotationEnabled from './kms/kms-ml-key-rotation-enabled.js';
import kmsMlKeyPolicyNotPublic from './kms/kms-ml-key-policy-not-public.js';
import kmsCustomerKeyRotationEnabled from './kms/kms-customer-key-rotation-enabled.js';
// iam-logging
import iamSagemakerRoleNotAdmin from './iam/iam-sagemaker-role-not-admin.js';
import iamSagemakerRoleNoFullAccessPolicy from './iam/iam-sagemaker-role-no-full-access-policy.js';
import iamSagemakerRoleNoPassroleWildcard from './iam/iam-sagemaker-role-no-passrole-wildcard.js';
import iamSagemakerRoleTrustConfusedDeputy from './iam/iam-sagemaker-role-trust-confused-deputy.js';
import iamPresignedUrlRestricted from './iam/iam-presigned-url-restricted.js';
import iamSagemakerPrivilegeEscalation from './iam/iam-sagemaker-privilege-escalation.js';
import iamRootMfaEnabled from './iam/iam-root-mfa-enabled.js';
import iamConsoleUsersMfa from './iam/iam-console-users-mfa.js';
import iamPasswordPolicyStrong from './iam/iam-password-policy-strong.js';
import cloudtrailLogFileValidation from './cloudtrail/cloudtrail-log-file-validation.js';
import cloudtrailTrailKms from './cloudtrail/cloudtrail-trail-kms.js';
import cloudtrailMlBucketDataEvents from './cloudtrail/cloudtrail-ml-bucket-data-events.js';
import guarddutyS3Protection from './guardduty/guardduty-s3-protection.js';
import macieEnabledForMlBuckets from './macie/macie-enabled-for-ml-buckets.js';
// notebooks-studio-models
import sagemakerNotebookInVpc from './sagemaker/sagemaker-notebook-in-vpc.js';
import sagemakerNotebookImdsv2 from './sagemaker/sagemaker-notebook-imdsv2.js';
import sagemakerNotebookSupportedPlatform from './sagemaker/sagemaker-notebook-supported-platform.js';
import sagemakerNotebookLifecycleNoSecrets from './sagemaker/sagemaker-notebook-lifecycle-no-secrets.js';
import sagemakerNotebookLifecycleNoRiskyCommands from './sagemaker/sagemaker-notebook-lifecycle-no-risky-commands.js';
import sagemakerNotebookLifecycleConfigExists from './sagemaker/sagemaker-notebook-lifecycle-config-exists.js';
import sagemakerCodeRepositoryNoCredentialsInUrl from './sagemaker/sagemaker-code-repository-no-credentials-in-url.js';
import sagemakerCodeRepositoryUsesSecretsManager from './sagemaker/sagemaker-code-repository-uses-secrets-manager.js';
import sagemakerDomainVpcOnly from './sagemaker/sagemaker-domain-vpc-only.js';
import sagemakerDomainEfsKms from './sagemaker/sagemaker-domain-efs-kms.js';
import sagemakerDomainIdentityCenterAuth from './sagemaker/sagemaker-domain-identity-center-auth.js';
import sagemakerDomainNotebookSharingEncrypted from './sagemaker/sagemaker-domain-notebook-sharing-encrypted.js';
import sagemakerDomainDockerAccessDisabled from './sagemaker/sagemaker-domain-docker-access-disabled.js';
import sagemakerUserProfileNoWeakerSettings from './sagemaker/sagemaker-user-profile-no-weaker-settings.js';
import sagemakerSpaceRemoteAccessDisabled from './sagemaker/sagemaker-space-remote-access-disabled.js';
import sagemakerStudioLifecycleNoSecrets from './sagemaker/sagemaker-studio-lifecycle-no-secrets.js';
import sagemakerStudioLifecycleNoRiskyCommands from './sagemaker/sagemaker-studio-lifecycle-no-risky-commands.js';
import sagemakerModelInVpc from './sagemaker/sagemaker-model-in-vpc.js';
import sagemakerModelPrivateRegistryAccess from './sagemaker/sagemaker-model-private-registry-access.js';
import sagemakerModelNoSecretsInEnvironment from './sagemaker/sagemaker-model-no-secrets-in-environment.js';
// endpoints-monitoring-featurestore-registry
import sagemakerEndpointDataCaptureEnabled from './sagemaker/sagemaker-endpoint-data-capture-enabled.js';
import sagemakerEndpointConfigDataCaptureKms from './sagemaker/sagemaker-endpoint-config-data-capture-kms.js';
import sagemakerEndpointConfigAsyncOutputKms from './sagemaker/sagemaker-endpoint-config-async-output-kms.js';
import sagemakerEndpointVariantInstanceCount from './sagemaker/sagemaker-endpoint-variant-instance-count.js';
import sagemakerEndpointModelMonitoring from './sagemaker/sagemaker-endpoint-model-monitoring.js';
import sagemakerMonitoringNetworkIsolation from './sagemaker/sagemaker-monitoring-network-isolation.js';
import sagemakerMonitoringInterContainerEncryption from './sagemaker/sagemaker-monitoring-inter-container-encryption.js';
import sagemakerMonitoringKms from './sagemaker/sagemaker-monitoring-kms.js';
import sagemakerFeatureGroupOfflineStoreKms from './sagemaker/sagemaker-feature-group-offline-store-kms.js';
import sagemakerFeatureGroupOnlineStoreKms from './sagemaker/sagemaker-feature-group-online-store-kms.js';
import sagemakerModelPackageGroupPolicyNotPublic from './sagemaker/sagemaker-model-package-group-policy-not-public.js';
import sagemakerModelPackageNotAutoApproved from './sagemaker/sagemaker-model-package-not-auto-approved.js';
import sagemakerModelPackageValidationNotSkipped from './sagemaker/sagemaker-model-package-validation-not-skipped.js';
import sagemakerFlowDefinitionOutputKms from './sagemaker/sagemaker-flow-definition-output-kms.js';
import sagemakerHyperpodClusterInVpc from './sagemaker/sagemaker-hyperpod-cluster-in-vpc.js';
// jobs
import sagemakerTrainingJobNetworkIsolation from './sagemaker/sagemaker-training-job-network-isolation.js';
import sagemakerTrainingJobInVpc from './sagemaker/sagemaker-training-job-in-vpc.js';
import sagemakerTrainingJobInterContainerEncryption from './sagemaker/sagemaker-training-job-inter-container-encryption.js';
import sagemakerTrainingJobNoSecrets from './sagemaker/sagemaker-training-job-no-secrets.js';
import sagemakerProcessingJobKms from './sagemaker/sagemaker-processing-job-kms.js';
import sagemakerProcessingJobNetworkIsolation from './sagemaker/sagemaker-processing-job-network-isolation.js';
import sagemakerProcessingJobInVpc from './sagemaker/sagemaker-processing-job-in-vpc.js';
import sagemakerProcessingJobInterContainerEncryption from './sagemaker/sagemaker-processing-job-inter-container-encryption.js';
import sagemakerProcessingJobNoSecrets from './sagemaker/sagemaker-processing-job-no-secrets.js';
import sagemakerTransformJobKms from './sagemaker/sagemaker-transform-job-kms.js';
import sagemakerTransformJobNoSecrets from './sagemaker/sagemaker-transform-job-no-secrets.js';
import sagemakerTuningJobKms from './sagemaker/sagemaker-tuning-job-kms.js';
import sagemakerTuningJobNetworkIsolation from './sagemaker/sagemaker-tuning-job-network-isolation.js';
import sagemakerTuningJobInterContainerEncryption from './sagemaker/sagemaker-tuning-job-inter-container-encryption.js';
import sagemakerTuningJobNoSecrets from './sagemaker/sagemaker-tuning-job-no-secrets.js';
import sagemakerAutomlJobKms from './sagemaker/sagemaker-automl-job-kms.js';
import sagemakerAutomlJobInVpc from './sagemaker/sagemaker-automl-job-in-vpc.js';
import sagemakerAutomlJobInterContainerEncryption from './sagemaker/sagemaker-automl-job-inter-container-encryption.js';
import sagemakerCompilationJobOutputKms from './sagemaker/sagemaker-compilation-job-output-kms.js';
import sagemakerCompilationJobInVpc from './sagemaker/sagemaker-compilation-job-in-vpc.js';

export const BUILTIN_CHECKS: readonly AnyCheck[] = [
  sagemakerNotebookNoDirectInternet,
  sagemakerNotebookRootAccessDisabled,
  sagemakerNotebookVolumeKms,
  sagemakerEndpointConfigStorageKms,
  sagemakerEndpointIsolatedModels,
  sagemakerModelNetworkIsolation,
  sagemakerTrainingJobKms,
  // notebooks-studio-models
  sagemakerNotebookInVpc,
  sagemakerNotebookImdsv2,
  sagemakerNotebookSupportedPlatform,
  sagemakerNotebookLifecycleNoSecrets,
  sagemakerNotebookLifecycleNoRiskyCommands,
  sagemakerNotebookLifecycleConfigExists,
  sagemakerCodeRepositoryNoCredentialsInUrl,
  sagemakerCodeRepositoryUsesSecretsManager,
  sagemakerDomainVpcOnly,
  sagemakerDomainEfsKms,
  sagemakerDomainIdentityCenterAuth,
  sagemakerDomainNotebookSharingEncrypted,
  sagemakerDomainDockerAccessDisabled,
  sagemakerUserProfileNoWeakerSettings,
  sagemakerSpaceRemoteAccessDisabled,
  sagemakerStudioLifecycleNoSecrets,
  sagemakerStudioLifecycleNoRiskyCommands,
  sagemakerModelInVpc,
  sagemakerModelPrivateRegistryAccess,
  sagemakerModelNoSecretsInEnvironment,
  // endpoints-monitoring-featurestore-registry
  sagemakerEndpointDataCaptureEnabled,
  sagemakerEndpointConfigDataCaptureKms,
  sagemakerEndpointConfigAsyncOutputKms,
  sagemakerEndpointVariantInstanceCount,
  sagemakerEndpointModelMonitoring,
  sagemakerMonitoringNetworkIsolation,
  sagemakerMonitoringInterContainerEncryption,
  sagemakerMonitoringKms,
  sagemakerFeatureGroupOfflineStoreKms,
  sagemakerFeatureGroupOnlineStoreKms,
  sagemakerModelPackageGroupPolicyNotPublic,
  sagemakerModelPackageNotAutoApproved,
  sagemakerModelPackageValidationNotSkipped,
  sagemakerFlowDefinitionOutputKms,
  sagemakerHyperpodClusterInVpc,
  // jobs
  sagemakerTrainingJobNetworkIsolation,
  sagemakerTrainingJobInVpc,
  sagemakerTrainingJobInterContainerEncryption,
  sagemakerTrainingJobNoSecrets,
  sagemakerProcessingJobKms,
  sagemakerProcessingJobNetworkIsolation,
  sagemakerProcessingJobInVpc,
  sagemakerProcessingJobInterContainerEncryption,
  sagemakerProcessingJobNoSecrets,
  sagemakerTransformJobKms,
  sagemakerTransformJobNoSecrets,
  sagemakerTuningJobKms,
  sagemakerTuningJobNetworkIsolation,
  sagemakerTuningJobInterContainerEncryption,
  sagemakerTuningJobNoSecrets,
  sagemakerAutomlJobKms,
  sagemakerAutomlJobInVpc,
  sagemakerAutomlJobInterContainerEncryption,
  sagemakerCompilationJobOutputKms,
  sagemakerCompilationJobInVpc,
  s3BucketVersioningEnabled,
  s3BucketMfaDeleteEnabled,
  s3BucketDefaultEncryptionKms,
  s3BucketPolicyDeniesInsecureTransport,
  s3BucketDeniesUnencryptedUploads,
  cloudtrailMultiRegionTrailLogging,
  guarddutyEnabled,
  // iam-logging
  iamSagemakerRoleNotAdmin,
  iamSagemakerRoleNoFullAccessPolicy,
  iamSagemakerRoleNoPassroleWildcard,
  iamSagemakerRoleTrustConfusedDeputy,
  iamPresignedUrlRestricted,
  iamSagemakerPrivilegeEscalation,
  iamRootMfaEnabled,
  iamConsoleUsersMfa,
  iamPasswordPolicyStrong,
  cloudtrailLogFileValidation,
  cloudtrailTrailKms,
  cloudtrailMlBucketDataEvents,
  guarddutyS3Protection,
  macieEnabledForMlBuckets,
  // network-s3-kms
  ec2SagemakerSubnetNoInternetRoute,
  ec2SagemakerSubnetNoPublicIpOnLaunch,
  ec2SagemakerVpcEndpointsPresent,
  ec2SagemakerVpcEndpointPolicyRestricted,
  ec2SagemakerSecurityGroupNoPublicIngress,
  ec2SagemakerVpcFlowLogs,
  s3BucketPublicAccessBlocked,
  s3AccountPublicAccessBlocked,
  s3BucketAccessLogging,
  s3MlBucketOwnedByAccount,
  kmsMlKeyUsable,
  kmsMlKeyCustomerManaged,
  kmsMlKeyRotationEnabled,
  kmsMlKeyPolicyNotPublic,
  kmsCustomerKeyRotationEnabled,
];
