import type { DescribeEndpointConfigCommandOutput, ProductionVariant } from '@aws-sdk/client-sagemaker';
import check from '../../../checks/sagemaker/sagemaker-endpoint-config-storage-kms.js';
import type { EndpointConfig } from '../../../src/inventory/types.js';
import { testCheck } from '../../helpers/check-tester.js';
import { item, regional, unreadableItem } from '../../helpers/inventory.js';

const KEY = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';

/** An instance-backed variant on an EBS-only type (ml.m5 has no instance store). */
function ebsVariant(name: string, fields: Partial<ProductionVariant> = {}): ProductionVariant {
  return { VariantName: name, ModelName: `${name}-model`, InitialInstanceCount: 2, InstanceType: 'ml.m5.xlarge', InitialVariantWeight: 1, VolumeSizeInGB: 30, ...fields };
}

/** A serverless variant as DescribeEndpointConfig returns it: no instance type, no instance count. */
function serverlessVariant(name: string): ProductionVariant {
  return { VariantName: name, ModelName: `${name}-model`, InitialVariantWeight: 1, ServerlessConfig: { MemorySizeInMB: 2048, MaxConcurrency: 5 } };
}

/** DescribeEndpointConfig output as the API returns it (a passing baseline); vary one field at a time. */
function endpointConfig(name: string, fields: Partial<EndpointConfig>): EndpointConfig {
  return {
    EndpointConfigName: name,
    EndpointConfigArn: `arn:aws:sagemaker:us-east-1:111122223333:endpoint-config/${name}`,
    ProductionVariants: [ebsVariant('AllTraffic')],
    KmsKeyId: KEY,
    CreationTime: new Date('2025-02-01T12:00:00Z'),
    ...fields,
  } satisfies Omit<DescribeEndpointConfigCommandOutput, '$metadata'>;
}

const cfg = (name: string, fields: Partial<EndpointConfig> = {}, region = 'us-east-1') =>
  item('endpoint-config', name, endpointConfig(name, fields), region);

testCheck(check, {
  pass: [
    {
      name: 'EBS-backed variant with KmsKeyId',
      inventory: { endpointConfigs: regional([cfg('cfg-cmk')]) },
      expect: [{ status: 'pass', resource: 'cfg-cmk', message: KEY, evidence: { KmsKeyId: KEY, variantsNeedingKey: ['AllTraffic'] } }],
    },
    {
      name: 'serverless and EBS-backed variants with KmsKeyId',
      inventory: { endpointConfigs: regional([cfg('cfg-mixed-key', { ProductionVariants: [serverlessVariant('sls'), ebsVariant('ebs')] })]) },
      expect: [{ status: 'pass', resource: 'cfg-mixed-key', evidence: { variantsNeedingKey: ['ebs'], serverlessVariants: ['sls'] } }],
    },
    {
      name: 'EBS-backed instance pools with KmsKeyId',
      inventory: {
        endpointConfigs: regional([
          cfg('cfg-pools', {
            ProductionVariants: [
              ebsVariant('pooled', { InstanceType: undefined, InstancePools: [{ InstanceType: 'ml.c5.xlarge', Priority: 1 }, { InstanceType: 'ml.m5.xlarge', Priority: 2 }] }),
            ],
          }, 'eu-west-1'),
        ]),
      },
      expect: [{ status: 'pass', resource: 'cfg-pools' }],
    },
  ],
  fail: [
    {
      name: 'KmsKeyId absent',
      inventory: { endpointConfigs: regional([cfg('cfg-default', { KmsKeyId: undefined })]) },
      expect: [{ status: 'fail', resource: 'cfg-default', message: ['no KMS key', 'AllTraffic'], evidence: { KmsKeyId: null, variantsNeedingKey: ['AllTraffic'] } }],
    },
    {
      name: 'KmsKeyId returned as an empty string counts as absent',
      inventory: { endpointConfigs: regional([cfg('cfg-empty', { KmsKeyId: '' })]) },
      expect: [{ status: 'fail', resource: 'cfg-empty', evidence: { KmsKeyId: null } }],
    },
    {
      name: 'serverless plus EBS-backed variant without a key: the EBS-backed one needs it',
      inventory: { endpointConfigs: regional([cfg('cfg-sls-ebs', { KmsKeyId: undefined, ProductionVariants: [serverlessVariant('sls'), ebsVariant('ebs')] })]) },
      expect: [{ status: 'fail', resource: 'cfg-sls-ebs', message: 'ebs', evidence: { variantsNeedingKey: ['ebs'], serverlessVariants: ['sls'] } }],
    },
    {
      name: 'NVMe plus EBS-backed variant without a key: fails, and says how to fix a config that cannot take a key',
      inventory: {
        endpointConfigs: regional([cfg('cfg-nvme-ebs', { KmsKeyId: undefined, ProductionVariants: [ebsVariant('gpu', { InstanceType: 'ml.g5.2xlarge' }), ebsVariant('cpu')] })]),
      },
      expect: [
        {
          status: 'fail',
          resource: 'cfg-nvme-ebs',
          message: ['cpu', 'own endpoint config'],
          evidence: { variantsNeedingKey: ['cpu'], instanceStorageVariants: ['gpu'] },
        },
      ],
    },
    {
      name: 'an EBS-backed shadow variant needs the key even when the production variant is NVMe',
      inventory: {
        endpointConfigs: regional([
          cfg('cfg-shadow', {
            KmsKeyId: undefined,
            ProductionVariants: [ebsVariant('prod', { InstanceType: 'ml.g4dn.xlarge' })],
            ShadowProductionVariants: [ebsVariant('shadow', { InitialInstanceCount: 1 })],
          }),
        ]),
      },
      expect: [{ status: 'fail', resource: 'cfg-shadow', message: 'shadow', evidence: { variantsNeedingKey: ['shadow'] } }],
    },
    {
      name: 'instance pools mixing NVMe and EBS-only types need the key',
      inventory: {
        endpointConfigs: regional([
          cfg('cfg-pool-mix', {
            KmsKeyId: undefined,
            ProductionVariants: [
              ebsVariant('pooled', { InstanceType: undefined, InstancePools: [{ InstanceType: 'ml.g5.xlarge', Priority: 1 }, { InstanceType: 'ml.g6.xlarge', Priority: 2 }, { InstanceType: 'ml.m5.xlarge', Priority: 3 }] }),
            ],
          }),
        ]),
      },
      expect: [{ status: 'fail', resource: 'cfg-pool-mix', evidence: { variantsNeedingKey: ['pooled'] } }],
    },
    {
      name: 'a variant reporting no instance type is not excused',
      inventory: { endpointConfigs: regional([cfg('cfg-no-type', { KmsKeyId: undefined, ProductionVariants: [ebsVariant('ic', { InstanceType: undefined, ModelName: undefined })] })]) },
      expect: [{ status: 'fail', resource: 'cfg-no-type', evidence: { variantsNeedingKey: ['ic'] } }],
    },
  ],
  notApplicable: [
    {
      name: 'every variant serverless (no ML storage volume), key or no key',
      inventory: {
        endpointConfigs: regional([
          cfg('cfg-serverless', { KmsKeyId: undefined, ProductionVariants: [serverlessVariant('sls')] }),
          cfg('cfg-serverless-key', { ProductionVariants: [serverlessVariant('sls')] }, 'eu-west-1'),
        ]),
      },
      expect: [
        { status: 'not_applicable', resource: 'cfg-serverless', message: 'serverless', evidence: { serverlessVariants: ['sls'], variantsNeedingKey: [] } },
        { status: 'not_applicable', resource: 'cfg-serverless-key' },
      ],
    },
    {
      name: 'every variant on NVMe instance storage (cannot take a key)',
      inventory: {
        endpointConfigs: regional([
          cfg('cfg-nvme', {
            KmsKeyId: undefined,
            ProductionVariants: [ebsVariant('a', { InstanceType: 'ml.g5.2xlarge' }), ebsVariant('b', { InstanceType: 'ml.p4d.24xlarge' }), ebsVariant('c', { InstanceType: 'ml.m5d.large' })],
          }),
        ]),
      },
      expect: [{ status: 'not_applicable', resource: 'cfg-nvme', message: 'local NVMe', evidence: { instanceStorageVariants: ['a', 'b', 'c'] } }],
    },
    {
      name: 'serverless plus NVMe variants, and NVMe-only instance pools',
      inventory: {
        endpointConfigs: regional([
          cfg('cfg-sls-nvme', { KmsKeyId: undefined, ProductionVariants: [serverlessVariant('sls'), ebsVariant('gpu', { InstanceType: 'ml.g4dn.xlarge' })] }),
          cfg('cfg-nvme-pools', {
            KmsKeyId: undefined,
            ProductionVariants: [ebsVariant('pooled', { InstanceType: undefined, InstancePools: [{ InstanceType: 'ml.g5.xlarge', Priority: 1 }, { InstanceType: 'ml.g6.xlarge', Priority: 2 }] })],
          }),
        ]),
      },
      expect: [
        { status: 'not_applicable', resource: 'cfg-sls-nvme' },
        { status: 'not_applicable', resource: 'cfg-nvme-pools' },
      ],
    },
  ],
  error: [
    {
      name: 'DescribeEndpointConfig denied: an error, never a pass',
      inventory: { endpointConfigs: regional([unreadableItem('endpoint-config', 'cfg-secret'), cfg('cfg-ok')]) },
      expect: [
        { status: 'error', resource: 'cfg-secret', message: 'AccessDeniedException' },
        { status: 'pass', resource: 'cfg-ok' },
      ],
    },
    {
      name: 'ListEndpointConfigs denied in one region',
      inventory: { endpointConfigs: regional([cfg('cfg-ok')], ['eu-west-1']) },
      expect: [
        { status: 'error', resource: 'arn:aws:sagemaker:eu-west-1:111122223333:endpoint-config/*' },
        { status: 'pass', resource: 'cfg-ok' },
      ],
    },
  ],
  empty: { endpointConfigs: regional([]) },
});
