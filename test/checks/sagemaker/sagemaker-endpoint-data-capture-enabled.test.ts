import check from '../../../checks/sagemaker/sagemaker-endpoint-data-capture-enabled.js';
import type { Endpoint, EndpointConfig, Inventory, Item } from '../../../src/inventory/types.js';
import { testCheck } from '../../helpers/check-tester.js';
import { CAPTURE, endpoint, endpointConfig } from '../../helpers/endpoints-monitoring.js';
import { regional, unreadableItem } from '../../helpers/inventory.js';

const world = (eps: Item<Endpoint>[], cfgs: Item<EndpointConfig>[], failedConfigs: string[] = []): Partial<Inventory> => ({
  endpoints: regional(eps),
  endpointConfigs: regional(cfgs, failedConfigs),
});

testCheck(check, {
  pass: [
    {
      name: 'config captures 20% of input and output',
      inventory: world([endpoint('ep-a')], [endpointConfig('cfg-a')]),
      expect: [{ status: 'pass', resource: 'ep-a', message: ['20%', 'Input and Output'], evidence: { EnableCapture: true, InitialSamplingPercentage: 20, CaptureStatus: 'Started' } }],
    },
    {
      name: 'EnableCapture omitted means enabled (API default)',
      inventory: world([endpoint('ep-a')], [endpointConfig('cfg-a', { DataCaptureConfig: { ...CAPTURE, EnableCapture: undefined } })]),
      expect: [{ status: 'pass', resource: 'ep-a', evidence: { EnableCapture: null } }],
    },
  ],
  fail: [
    {
      name: 'no DataCaptureConfig in the endpoint config',
      inventory: world([endpoint('ep-a', { DataCaptureConfig: undefined })], [endpointConfig('cfg-a', { DataCaptureConfig: undefined })]),
      expect: [{ status: 'fail', resource: 'ep-a', message: 'no DataCaptureConfig' }],
    },
    {
      name: 'EnableCapture false',
      inventory: world([endpoint('ep-a')], [endpointConfig('cfg-a', { DataCaptureConfig: { ...CAPTURE, EnableCapture: false } })]),
      expect: [{ status: 'fail', resource: 'ep-a', message: 'EnableCapture is false', evidence: { EnableCapture: false } }],
    },
    {
      name: 'sampling 0% captures nothing',
      inventory: world([endpoint('ep-a')], [endpointConfig('cfg-a', { DataCaptureConfig: { ...CAPTURE, InitialSamplingPercentage: 0 } })]),
      expect: [{ status: 'fail', resource: 'ep-a', message: 'InitialSamplingPercentage is 0' }],
    },
    {
      name: 'the endpoint reports capture stopped although the config enables it',
      inventory: world(
        [endpoint('ep-a', { DataCaptureConfig: { EnableCapture: true, CaptureStatus: 'Stopped', CurrentSamplingPercentage: 20, DestinationS3Uri: 's3://capture-bucket/ep/', KmsKeyId: undefined } })],
        [endpointConfig('cfg-a')],
      ),
      expect: [{ status: 'fail', resource: 'ep-a', message: 'stopped', evidence: { CaptureStatus: 'Stopped' } }],
    },
    {
      name: 'the join follows the endpoint config name (another config captures)',
      inventory: world([endpoint('ep-b', { EndpointConfigName: 'cfg-b' })], [endpointConfig('cfg-a'), endpointConfig('cfg-b', { DataCaptureConfig: undefined })]),
      expect: [{ status: 'fail', resource: 'ep-b', message: 'cfg-b' }],
    },
  ],
  notApplicable: [
    {
      name: 'endpoints that serve no traffic',
      inventory: world([endpoint('ep-new', { EndpointStatus: 'Creating' }), endpoint('ep-eu', { EndpointStatus: 'Failed' }, 'eu-west-1')], []),
      expect: [
        { status: 'not_applicable', resource: 'ep-new', message: 'Creating' },
        { status: 'not_applicable', resource: 'ep-eu', message: 'Failed' },
      ],
    },
  ],
  error: [
    {
      name: 'DescribeEndpointConfig denied',
      inventory: world([endpoint('ep-a')], [unreadableItem('endpoint-config', 'cfg-a')]),
      expect: [{ status: 'error', resource: 'ep-a', message: ['cfg-a', 'AccessDeniedException'], evidence: { errorCode: 'AccessDeniedException' } }],
    },
    {
      name: 'the endpoint config was deleted',
      inventory: world([endpoint('ep-a', { EndpointConfigName: 'cfg-gone' })], [endpointConfig('cfg-a')]),
      expect: [{ status: 'error', resource: 'ep-a', message: ['cfg-gone', 'no longer exists'] }],
    },
    {
      name: 'ListEndpointConfigs failed in the region',
      inventory: world([endpoint('ep-a')], [], ['us-east-1']),
      expect: [{ status: 'error', resource: 'ep-a', message: 'could not be listed' }],
    },
    {
      name: 'DescribeEndpoint denied; ListEndpoints denied elsewhere',
      inventory: { endpoints: regional([unreadableItem<Endpoint>('endpoint', 'ep-x')], ['eu-west-1']), endpointConfigs: regional([]) },
      expect: [
        { status: 'error', resource: 'ep-x', message: 'AccessDeniedException' },
        { status: 'error', resource: 'arn:aws:sagemaker:eu-west-1:111122223333:endpoint/*' },
      ],
    },
  ],
  empty: { endpoints: regional([]), endpointConfigs: regional([]) },
});
