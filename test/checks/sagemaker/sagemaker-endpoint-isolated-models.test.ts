import type {
  DescribeEndpointCommandOutput,
  DescribeEndpointConfigCommandOutput,
  DescribeModelCommandOutput,
  ProductionVariant,
} from '@aws-sdk/client-sagemaker';
import check from '../../../checks/sagemaker/sagemaker-endpoint-isolated-models.js';
import type { Endpoint, EndpointConfig, Inventory, Item, Model } from '../../../src/inventory/types.js';
import { testCheck } from '../../helpers/check-tester.js';
import { item, regional, unreadableItem } from '../../helpers/inventory.js';

/** DescribeEndpoint output for an in-service endpoint (the baseline); vary one field at a time. */
function endpoint(name: string, fields: Partial<Endpoint> = {}, region = 'us-east-1'): Item<Endpoint> {
  const data = {
    EndpointName: name,
    EndpointArn: `arn:aws:sagemaker:${region}:111122223333:endpoint/${name}`,
    EndpointConfigName: 'cfg-a',
    ProductionVariants: [
      {
        VariantName: 'AllTraffic',
        DeployedImages: [
          {
            SpecifiedImage: '763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference:2.1.0-cpu-py310',
            ResolvedImage: '763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference@sha256:0123456789abcdef',
            ResolutionTime: new Date('2025-02-02T10:00:00Z'),
          },
        ],
        CurrentWeight: 1,
        DesiredWeight: 1,
        CurrentInstanceCount: 2,
        DesiredInstanceCount: 2,
      },
    ],
    EndpointStatus: 'InService',
    CreationTime: new Date('2025-02-02T09:50:00Z'),
    LastModifiedTime: new Date('2025-02-02T10:05:00Z'),
    ...fields,
  } satisfies Omit<DescribeEndpointCommandOutput, '$metadata'>;
  return item('endpoint', name, data, region);
}

function variant(name: string, modelName: string | undefined, fields: Partial<ProductionVariant> = {}): ProductionVariant {
  return { VariantName: name, ModelName: modelName, InitialInstanceCount: 2, InstanceType: 'ml.m5.xlarge', InitialVariantWeight: 1, ...fields };
}

/** DescribeEndpointConfig output: by default one variant serving model-a. */
function endpointConfig(name: string, fields: Partial<EndpointConfig> = {}, region = 'us-east-1'): Item<EndpointConfig> {
  const data = {
    EndpointConfigName: name,
    EndpointConfigArn: `arn:aws:sagemaker:${region}:111122223333:endpoint-config/${name}`,
    ProductionVariants: [variant('AllTraffic', 'model-a')],
    KmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
    CreationTime: new Date('2025-02-02T09:45:00Z'),
    ...fields,
  } satisfies Omit<DescribeEndpointConfigCommandOutput, '$metadata'>;
  return item('endpoint-config', name, data, region);
}

/** DescribeModel output: isolated by default. */
function model(name: string, fields: Partial<Model> = {}, region = 'us-east-1'): Item<Model> {
  const data = {
    ModelName: name,
    ModelArn: `arn:aws:sagemaker:${region}:111122223333:model/${name}`,
    PrimaryContainer: {
      Image: '763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference:2.1.0-cpu-py310',
      Mode: 'SingleModel',
      ModelDataUrl: `s3://ml-artifacts-111122223333/models/${name}/model.tar.gz`,
    },
    ExecutionRoleArn: 'arn:aws:iam::111122223333:role/SageMakerInferenceRole',
    EnableNetworkIsolation: true,
    CreationTime: new Date('2025-02-02T09:40:00Z'),
    ...fields,
  } satisfies Omit<DescribeModelCommandOutput, '$metadata'>;
  return item('model', name, data, region);
}

/** The three inventory keys the check joins; `failed` lists regions whose list call failed, per key. */
function world(
  endpoints: Item<Endpoint>[],
  configs: Item<EndpointConfig>[],
  models: Item<Model>[],
  failed: { endpoints?: string[]; configs?: string[]; models?: string[] } = {},
): Partial<Inventory> {
  return {
    endpoints: regional(endpoints, failed.endpoints),
    endpointConfigs: regional(configs, failed.configs),
    models: regional(models, failed.models),
  };
}

testCheck(check, {
  pass: [
    {
      name: 'endpoint → config → one isolated model',
      inventory: world([endpoint('ep-a')], [endpointConfig('cfg-a')], [model('model-a')]),
      expect: [{ status: 'pass', resource: 'ep-a', message: 'model-a', evidence: { EndpointConfigName: 'cfg-a', models: ['model-a'], notIsolated: [] } }],
    },
    {
      name: 'production and shadow variants all isolated',
      inventory: world(
        [endpoint('ep-shadow', { EndpointConfigName: 'cfg-shadow' })],
        [endpointConfig('cfg-shadow', { ProductionVariants: [variant('blue', 'model-a'), variant('green', 'model-b')], ShadowProductionVariants: [variant('canary', 'model-c')] })],
        [model('model-a'), model('model-b'), model('model-c')],
      ),
      expect: [{ status: 'pass', resource: 'ep-shadow', evidence: { models: ['model-a', 'model-b', 'model-c'], notIsolated: [] } }],
    },
    {
      name: 'the join stays in the endpoint region (a same-named open model elsewhere does not matter)',
      inventory: world(
        [endpoint('ep-eu', {}, 'eu-west-1')],
        [endpointConfig('cfg-a', {}, 'eu-west-1'), endpointConfig('cfg-a', { ProductionVariants: [variant('AllTraffic', 'model-a')] })],
        [model('model-a', {}, 'eu-west-1'), model('model-a', { EnableNetworkIsolation: false })],
      ),
      expect: [{ status: 'pass', resource: 'ep-eu' }],
    },
    {
      name: 'a reference that differs only in case still finds the resource (SageMaker names are case-insensitive)',
      inventory: world([endpoint('ep-case', { EndpointConfigName: 'Cfg-A' })], [endpointConfig('cfg-a', { ProductionVariants: [variant('AllTraffic', 'Model-A')] })], [model('model-a')]),
      expect: [{ status: 'pass', resource: 'ep-case' }],
    },
    {
      name: 'inference-component variants vouched for by the config-wide EnableNetworkIsolation',
      inventory: world(
        [endpoint('ep-ic', { EndpointConfigName: 'cfg-ic' })],
        [
          endpointConfig('cfg-ic', {
            ProductionVariants: [variant('AllTraffic', undefined, { InitialInstanceCount: 1, InstanceType: 'ml.g5.2xlarge' })],
            ExecutionRoleArn: 'arn:aws:iam::111122223333:role/SageMakerInferenceRole',
            EnableNetworkIsolation: true,
          }),
        ],
        [],
      ),
      expect: [{ status: 'pass', resource: 'ep-ic', message: 'inference component', evidence: { models: [] } }],
    },
  ],
  fail: [
    {
      name: 'the served model has EnableNetworkIsolation false',
      inventory: world([endpoint('ep-open')], [endpointConfig('cfg-a')], [model('model-a', { EnableNetworkIsolation: false })]),
      expect: [{ status: 'fail', resource: 'ep-open', message: ['model-a', 'cfg-a'], evidence: { EndpointConfigName: 'cfg-a', models: ['model-a'], notIsolated: ['model-a'] } }],
    },
    {
      name: 'EnableNetworkIsolation missing on the model means false',
      inventory: world([endpoint('ep-default')], [endpointConfig('cfg-a')], [model('model-a', { EnableNetworkIsolation: undefined })]),
      expect: [{ status: 'fail', resource: 'ep-default', evidence: { notIsolated: ['model-a'] } }],
    },
    {
      name: 'only the shadow variant model is not isolated',
      inventory: world(
        [endpoint('ep-shadow', { EndpointConfigName: 'cfg-shadow' })],
        [endpointConfig('cfg-shadow', { ShadowProductionVariants: [variant('canary', 'model-shadow', { InitialInstanceCount: 1 })] })],
        [model('model-a'), model('model-shadow', { EnableNetworkIsolation: false })],
      ),
      expect: [{ status: 'fail', resource: 'ep-shadow', message: 'model-shadow', evidence: { models: ['model-a', 'model-shadow'], notIsolated: ['model-shadow'] } }],
    },
    {
      name: 'a non-isolated model named by an instance pool override',
      inventory: world(
        [endpoint('ep-pools')],
        [
          endpointConfig('cfg-a', {
            ProductionVariants: [
              variant('AllTraffic', 'model-a', { InstanceType: undefined, InstancePools: [{ InstanceType: 'ml.m5.xlarge', Priority: 1 }, { InstanceType: 'ml.g5.xlarge', Priority: 2, ModelNameOverride: 'model-gpu' }] }),
            ],
          }),
        ],
        [model('model-a'), model('model-gpu', { EnableNetworkIsolation: false })],
      ),
      expect: [{ status: 'fail', resource: 'ep-pools', evidence: { models: ['model-a', 'model-gpu'], notIsolated: ['model-gpu'] } }],
    },
    {
      name: 'a known non-isolated model fails even when another served model was deleted (and says so)',
      inventory: world(
        [endpoint('ep-mixed')],
        [endpointConfig('cfg-a', { ProductionVariants: [variant('a', 'model-a'), variant('b', 'model-gone')] })],
        [model('model-a', { EnableNetworkIsolation: false })],
      ),
      expect: [{ status: 'fail', resource: 'ep-mixed', message: ['model-a', 'model-gone no longer exists'], evidence: { notIsolated: ['model-a'] } }],
    },
  ],
  notApplicable: [
    {
      name: 'endpoints that serve no traffic are not evaluated, and their status is given',
      inventory: world(
        [
          endpoint('ep-creating', { EndpointStatus: 'Creating' }),
          endpoint('ep-failed', { EndpointStatus: 'Failed', FailureReason: 'capacity', EndpointConfigName: 'cfg-gone' }),
          endpoint('ep-out', { EndpointStatus: 'OutOfService' }, 'eu-west-1'),
        ],
        [endpointConfig('cfg-a')],
        [model('model-a', { EnableNetworkIsolation: false })],
      ),
      expect: [
        { status: 'not_applicable', resource: 'ep-creating', message: 'Creating' },
        { status: 'not_applicable', resource: 'ep-failed', message: 'Failed' },
        { status: 'not_applicable', resource: 'ep-out', message: 'OutOfService' },
      ],
    },
  ],
  error: [
    {
      name: 'DescribeEndpointConfig denied: an error naming the config, never a pass',
      inventory: world([endpoint('ep-a')], [unreadableItem('endpoint-config', 'cfg-a')], [model('model-a')]),
      expect: [{ status: 'error', resource: 'ep-a', message: ['cfg-a', 'AccessDeniedException'], evidence: { EndpointConfigName: 'cfg-a', errorCode: 'AccessDeniedException' } }],
    },
    {
      name: 'the endpoint config was deleted while the endpoint still uses it',
      inventory: world([endpoint('ep-orphan', { EndpointConfigName: 'cfg-deleted' })], [endpointConfig('cfg-a')], [model('model-a')]),
      expect: [{ status: 'error', resource: 'ep-orphan', message: ['cfg-deleted', 'no longer exists'] }],
    },
    {
      name: 'ListEndpointConfigs failed in the endpoint region',
      inventory: world([endpoint('ep-a')], [], [model('model-a')], { configs: ['us-east-1'] }),
      expect: [{ status: 'error', resource: 'ep-a', message: ['endpoint configs in us-east-1', 'AccessDeniedException'] }],
    },
    {
      name: 'DescribeModel denied for the served model',
      inventory: world([endpoint('ep-a')], [endpointConfig('cfg-a')], [unreadableItem('model', 'model-a')]),
      expect: [{ status: 'error', resource: 'ep-a', message: ['model-a could not be read', 'AccessDeniedException'], evidence: { models: ['model-a'], notIsolated: [] } }],
    },
    {
      name: 'the served model was deleted while the endpoint still serves it',
      inventory: world([endpoint('ep-a')], [endpointConfig('cfg-a')], [model('model-other')]),
      expect: [{ status: 'error', resource: 'ep-a', message: ['model-a no longer exists', 'deleted'] }],
    },
    {
      name: 'one model isolated, the shadow model unreadable: an error, not a pass',
      inventory: world(
        [endpoint('ep-a')],
        [endpointConfig('cfg-a', { ShadowProductionVariants: [variant('canary', 'model-shadow')] })],
        [model('model-a'), unreadableItem('model', 'model-shadow')],
      ),
      expect: [{ status: 'error', resource: 'ep-a', message: 'model-shadow' }],
    },
    {
      name: 'ListModels failed in the endpoint region',
      inventory: world([endpoint('ep-a')], [endpointConfig('cfg-a')], [], { models: ['us-east-1'] }),
      expect: [{ status: 'error', resource: 'ep-a', message: ['models in us-east-1 could not be listed', 'AccessDeniedException'] }],
    },
    {
      name: 'inference-component variants without config-wide isolation cannot be verified',
      inventory: world(
        [endpoint('ep-ic', { EndpointConfigName: 'cfg-ic' })],
        [endpointConfig('cfg-ic', { ProductionVariants: [variant('AllTraffic', undefined)], ExecutionRoleArn: 'arn:aws:iam::111122223333:role/SageMakerInferenceRole' })],
        [],
      ),
      expect: [{ status: 'error', resource: 'ep-ic', message: 'inference components' }],
    },
    {
      name: 'an in-service endpoint that reports no endpoint config',
      inventory: world([endpoint('ep-noconfig', { EndpointConfigName: undefined })], [endpointConfig('cfg-a')], [model('model-a')]),
      expect: [{ status: 'error', resource: 'ep-noconfig', message: 'no endpoint config' }],
    },
    {
      name: 'DescribeEndpoint denied, and ListEndpoints denied in another region',
      inventory: world([unreadableItem('endpoint', 'ep-secret')], [endpointConfig('cfg-a')], [model('model-a')], { endpoints: ['eu-west-1'] }),
      expect: [
        { status: 'error', resource: 'ep-secret', message: 'AccessDeniedException' },
        { status: 'error', resource: 'arn:aws:sagemaker:eu-west-1:111122223333:endpoint/*' },
      ],
    },
  ],
  empty: { endpoints: regional([]), endpointConfigs: regional([]), models: regional([]) },
});
