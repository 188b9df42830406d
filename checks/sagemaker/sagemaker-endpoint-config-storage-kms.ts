import { defineItemCheck, finding, hasInstanceStorage, type CheckMeta, type EndpointConfig } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-endpoint-config-storage-kms',
  title: 'SageMaker endpoint configurations encrypt the ML storage volumes of their instances with a KMS key you specify',
  severity: 'medium',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::EndpointConfig',
  rationale:
    'Instances hosting an endpoint keep model artifacts, and whatever the inference container writes under /opt/ml and /tmp, on an attached EBS ML storage volume. ' +
    'KmsKeyId is optional and unset by default, in which case SageMaker encrypts that volume with a transient key it manages, so you cannot control or audit access to the data through a key policy. ' +
    'Serverless variants have no ML storage volume, and instance types with local NVMe storage are encrypted in hardware and cannot take a key (CreateEndpointConfig rejects KmsKeyId for them), so configs made only of those are not applicable.',
  remediation: {
    console: [
      'Endpoint configurations cannot be changed: in the Amazon SageMaker AI console choose Inference, Endpoint configurations, select the configuration and choose Clone.',
      'In Encryption key, choose a customer managed AWS KMS key that the role used by CreateEndpoint and UpdateEndpoint may use, and create the configuration.',
      'If the configuration also has variants on instance types with local NVMe storage, move the EBS-backed variants to their own endpoint configuration (a key cannot be set while any variant has local storage).',
      'Under Endpoints, select each endpoint using the old configuration, choose Change, select the new configuration and update it; then delete the old configuration.',
    ],
    cli: 'aws sagemaker create-endpoint-config --endpoint-config-name NEW_NAME --production-variants file://variants.json --kms-key-id KMS_KEY_ARN && aws sagemaker update-endpoint --endpoint-name ENDPOINT --endpoint-config-name NEW_NAME',
    cloudformation: 'AWS::SageMaker::EndpointConfig KmsKeyId: <KMS key ARN>',
    terraform: 'aws_sagemaker_endpoint_configuration.kms_key_arn',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateEndpointConfig.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeEndpointConfig.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ProductionVariant.html',
    'https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest-nbi.html',
    'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/InstanceStorage.html',
  ],
  compliance: [],
};

type Variant = NonNullable<EndpointConfig['ProductionVariants']>[number];

/** Where a variant's instances keep their data: no ML volume (serverless), local NVMe only, or an EBS volume that takes the key. */
function storageOf(v: Variant): 'serverless' | 'instance-storage' | 'ebs' {
  if (v.ServerlessConfig) return 'serverless';
  // A variant with instance pools may run on any of their types; without pools it has one InstanceType.
  const pools = (v.InstancePools ?? []).map((p) => p.InstanceType);
  const types = pools.length > 0 ? pools : [v.InstanceType];
  // An unknown or missing type is treated as EBS-backed: the key is then required, never silently excused.
  return types.every((t) => hasInstanceStorage(t)) ? 'instance-storage' : 'ebs';
}

function isSet(v: string | undefined): v is string {
  return typeof v === 'string' && v.trim() !== '';
}

/** Endpoint instances with EBS ML storage should encrypt it with a key the account controls. */
export default defineItemCheck({
  meta,
  each: 'endpointConfigs',
  noun: 'endpoint config',
  evaluate: (cfg, resource) => {
    // Shadow variants run on their own instances, with the same KmsKeyId as the production variants.
    const variants = [...(cfg.ProductionVariants ?? []), ...(cfg.ShadowProductionVariants ?? [])];
    const classified = variants.map((v, i) => ({ name: v.VariantName ?? `variant ${i + 1}`, storage: storageOf(v) }));
    const names = (kind: ReturnType<typeof storageOf>) => classified.filter((v) => v.storage === kind).map((v) => v.name);
    const needKey = names('ebs');
    const serverless = names('serverless');
    const localStorage = names('instance-storage');
    const evidence = {
      KmsKeyId: isSet(cfg.KmsKeyId) ? cfg.KmsKeyId : null,
      variantsNeedingKey: needKey,
      serverlessVariants: serverless,
      instanceStorageVariants: localStorage,
    };
    if (variants.length === 0) {
      return finding('not_applicable', resource, `Endpoint config ${resource.name} declares no production variants`, evidence);
    }
    if (needKey.length === 0) {
      const why = [
        serverless.length ? `serverless (${serverless.join(', ')}: no ML storage volume)` : '',
        localStorage.length ? `on instance types with local NVMe storage (${localStorage.join(', ')}: hardware-encrypted, cannot take a KMS key)` : '',
      ].filter(Boolean);
      return finding('not_applicable', resource, `Endpoint config ${resource.name} has no EBS-backed variant: its variants are ${why.join(' or ')}`, evidence);
    }
    if (isSet(cfg.KmsKeyId)) {
      return finding('pass', resource, `Endpoint config ${resource.name} encrypts the ML storage volumes of variant(s) ${needKey.join(', ')} with KMS key ${cfg.KmsKeyId}`, evidence);
    }
    const hint = localStorage.length
      ? `; a key cannot be set while variant(s) ${localStorage.join(', ')} use local NVMe storage, so move the EBS-backed variants to their own endpoint config`
      : '';
    return finding(
      'fail',
      resource,
      `Endpoint config ${resource.name} has no KMS key for the ML storage volumes of EBS-backed variant(s) ${needKey.join(', ')} (KmsKeyId not set: SageMaker uses a transient key it manages)${hint}`,
      evidence,
    );
  },
});
