import check from '../../../checks/sagemaker/sagemaker-endpoint-config-async-output-kms.js';
import { testCheck } from '../../helpers/check-tester.js';
import { KEY, endpointConfig } from '../../helpers/endpoints-monitoring.js';
import { regional, unreadableItem } from '../../helpers/inventory.js';

const async = (key?: string) => ({
  ClientConfig: { MaxConcurrentInvocationsPerInstance: 4 },
  OutputConfig: { S3OutputPath: 's3://async-bucket/out/', S3FailurePath: 's3://async-bucket/failed/', KmsKeyId: key },
});

testCheck(check, {
  pass: [
    {
      name: 'async output with a KMS key',
      inventory: { endpointConfigs: regional([endpointConfig('cfg-async', { AsyncInferenceConfig: async(KEY) })]) },
      expect: [{ status: 'pass', resource: 'cfg-async', message: ['s3://async-bucket/out/', 's3://async-bucket/failed/'], evidence: { asynchronous: true, KmsKeyId: KEY } }],
    },
  ],
  fail: [
    {
      name: 'async output without a key',
      inventory: { endpointConfigs: regional([endpointConfig('cfg-async', { AsyncInferenceConfig: async() })]) },
      expect: [{ status: 'fail', resource: 'cfg-async', message: 'OutputConfig.KmsKeyId not set', evidence: { KmsKeyId: null } }],
    },
    {
      name: 'the storage KmsKeyId and the capture key do not count for async results',
      inventory: { endpointConfigs: regional([endpointConfig('cfg-async', { KmsKeyId: KEY, AsyncInferenceConfig: async('  ') })]) },
      expect: [{ status: 'fail', resource: 'cfg-async' }],
    },
  ],
  notApplicable: [
    {
      name: 'real-time config without AsyncInferenceConfig',
      inventory: { endpointConfigs: regional([endpointConfig('cfg-rt', {}, 'eu-west-1')]) },
      expect: [{ status: 'not_applicable', resource: 'cfg-rt', message: 'no AsyncInferenceConfig' }],
    },
  ],
  error: [
    {
      name: 'DescribeEndpointConfig denied',
      inventory: { endpointConfigs: regional([unreadableItem('endpoint-config', 'cfg-x'), endpointConfig('cfg-async', { AsyncInferenceConfig: async(KEY) })]) },
      expect: [
        { status: 'error', resource: 'cfg-x', message: 'AccessDeniedException' },
        { status: 'pass', resource: 'cfg-async' },
      ],
    },
  ],
  empty: { endpointConfigs: regional([]) },
});
