import check from '../../../checks/sagemaker/sagemaker-endpoint-variant-instance-count.js';
import type { Endpoint, EndpointConfig, Inventory, Item } from '../../../src/inventory/types.js';
import { testCheck } from '../../helpers/check-tester.js';
import { endpoint, endpointConfig, liveVariant, variant } from '../../helpers/endpoints-monitoring.js';
import { regional, unreadableItem } from '../../helpers/inventory.js';

const world = (eps: Item<Endpoint>[], cfgs: Item<EndpointConfig>[], failedConfigs: string[] = []): Partial<Inventory> => ({
  endpoints: regional(eps),
  endpointConfigs: regional(cfgs, failedConfigs),
});
const serverless = { MemorySizeInMB: 2048, MaxConcurrency: 5 };

testCheck(check, {
  pass: [
    {
      name: 'two instances reported by the endpoint',
      inventory: world([endpoint('ep-a')], [endpointConfig('cfg-a')]),
      expect: [{ status: 'pass', resource: 'ep-a', message: 'AllTraffic (2)', evidence: { atLeastTwo: ['AllTraffic (2)'], belowTwo: [] } }],
    },
    {
      name: 'the endpoint reports no counts: InitialInstanceCount from the config is used',
      inventory: world([endpoint('ep-a', { ProductionVariants: undefined })], [endpointConfig('cfg-a', { ProductionVariants: [variant('AllTraffic', { InitialInstanceCount: 3 })] })]),
      expect: [{ status: 'pass', resource: 'ep-a', evidence: { atLeastTwo: ['AllTraffic (3)'] } }],
    },
    {
      name: 'live counts win over the config (scaled out from 1 to 2)',
      inventory: world([endpoint('ep-a')], [endpointConfig('cfg-a', { ProductionVariants: [variant('AllTraffic', { InitialInstanceCount: 1 })] })]),
      expect: [{ status: 'pass', resource: 'ep-a' }],
    },
    {
      name: 'a serverless variant beside an instance-backed one is not counted',
      inventory: world(
        [endpoint('ep-mix', { ProductionVariants: [liveVariant('big'), liveVariant('sls', { CurrentInstanceCount: undefined, DesiredInstanceCount: undefined, CurrentServerlessConfig: serverless })] })],
        [endpointConfig('cfg-a')],
      ),
      expect: [{ status: 'pass', resource: 'ep-mix', message: 'serverless variant(s) sls not counted', evidence: { serverless: ['sls'] } }],
    },
  ],
  fail: [
    {
      name: 'one instance (CurrentInstanceCount 1)',
      inventory: world([endpoint('ep-a', { ProductionVariants: [liveVariant('AllTraffic', { CurrentInstanceCount: 1, DesiredInstanceCount: 1 })] })], [endpointConfig('cfg-a')]),
      expect: [{ status: 'fail', resource: 'ep-a', message: 'AllTraffic (1)', evidence: { belowTwo: ['AllTraffic (1)'] } }],
    },
    {
      name: 'scaling in to one instance (DesiredInstanceCount 1) fails',
      inventory: world([endpoint('ep-a', { ProductionVariants: [liveVariant('AllTraffic', { CurrentInstanceCount: 2, DesiredInstanceCount: 1 })] })], [endpointConfig('cfg-a')]),
      expect: [{ status: 'fail', resource: 'ep-a', message: 'AllTraffic (1)' }],
    },
    {
      name: 'fallback to the config InitialInstanceCount 1',
      inventory: world([endpoint('ep-a', { ProductionVariants: [] })], [endpointConfig('cfg-a', { ProductionVariants: [variant('AllTraffic', { InitialInstanceCount: 1 })] })]),
      expect: [{ status: 'fail', resource: 'ep-a', message: 'AllTraffic (1)' }],
    },
    {
      name: 'endpoints that are updating or rolling back still serve traffic and are evaluated',
      inventory: world(
        [
          endpoint('ep-upd', { EndpointStatus: 'Updating', ProductionVariants: [liveVariant('AllTraffic', { CurrentInstanceCount: 1, DesiredInstanceCount: 1 })] }),
          endpoint('ep-rb', { EndpointStatus: 'UpdateRollbackFailed', ProductionVariants: [liveVariant('AllTraffic', { CurrentInstanceCount: 1, DesiredInstanceCount: 1 })] }),
        ],
        [endpointConfig('cfg-a')],
      ),
      expect: [
        { status: 'fail', resource: 'ep-upd', message: 'AllTraffic (1)' },
        { status: 'fail', resource: 'ep-rb', message: 'AllTraffic (1)' },
      ],
    },
    {
      name: 'one of two variants on a single instance',
      inventory: world([endpoint('ep-ab', { ProductionVariants: [liveVariant('blue'), liveVariant('green', { CurrentInstanceCount: 1, DesiredInstanceCount: 1 })] })], [endpointConfig('cfg-a')]),
      expect: [{ status: 'fail', resource: 'ep-ab', message: 'green (1)', evidence: { atLeastTwo: ['blue (2)'], belowTwo: ['green (1)'] } }],
    },
  ],
  notApplicable: [
    {
      name: 'serverless only: no instance count, never counted as 0',
      inventory: world(
        [endpoint('ep-sls', { ProductionVariants: undefined })],
        [endpointConfig('cfg-a', { ProductionVariants: [{ VariantName: 'AllTraffic', ModelName: 'model-a', ServerlessConfig: serverless }] })],
      ),
      expect: [{ status: 'not_applicable', resource: 'ep-sls', message: 'only serverless', evidence: { serverless: ['AllTraffic'] } }],
    },
    {
      name: 'serverless reported by the endpoint itself',
      inventory: world([endpoint('ep-sls', { ProductionVariants: [{ VariantName: 'AllTraffic', DesiredServerlessConfig: serverless }] })], [endpointConfig('cfg-a')]),
      expect: [{ status: 'not_applicable', resource: 'ep-sls' }],
    },
    {
      name: 'endpoints that serve no traffic (creating, deleting)',
      inventory: world([endpoint('ep-new', { EndpointStatus: 'Creating' }), endpoint('ep-del', { EndpointStatus: 'Deleting' })], [endpointConfig('cfg-a')]),
      expect: [
        { status: 'not_applicable', resource: 'ep-new', message: 'Creating' },
        { status: 'not_applicable', resource: 'ep-del', message: 'Deleting' },
      ],
    },
  ],
  error: [
    {
      name: 'no counts reported and the config cannot be read',
      inventory: world([endpoint('ep-a', { ProductionVariants: undefined })], [unreadableItem('endpoint-config', 'cfg-a')]),
      expect: [{ status: 'error', resource: 'ep-a', message: ['no production variants', 'AccessDeniedException'] }],
    },
    {
      name: 'a variant reports no count and the config lacks it',
      inventory: world(
        [endpoint('ep-a', { ProductionVariants: [liveVariant('AllTraffic', { CurrentInstanceCount: undefined, DesiredInstanceCount: undefined })] })],
        [endpointConfig('cfg-a', { ProductionVariants: [variant('other')] })],
      ),
      expect: [{ status: 'error', resource: 'ep-a', message: 'AllTraffic', evidence: { unknownCount: ['AllTraffic'] } }],
    },
    {
      name: 'live counts decide even when the config list failed',
      inventory: world([endpoint('ep-a'), unreadableItem<Endpoint>('endpoint', 'ep-x')], [], ['us-east-1']),
      expect: [
        { status: 'pass', resource: 'ep-a' },
        { status: 'error', resource: 'ep-x', message: 'AccessDeniedException' },
      ],
    },
  ],
  empty: { endpoints: regional([]), endpointConfigs: regional([]) },
});
