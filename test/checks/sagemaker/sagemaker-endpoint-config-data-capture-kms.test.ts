import check from '../../../checks/sagemaker/sagemaker-endpoint-config-data-capture-kms.js';
import { testCheck } from '../../helpers/check-tester.js';
import { CAPTURE, endpointConfig } from '../../helpers/endpoints-monitoring.js';
import { regional, unreadableItem } from '../../helpers/inventory.js';

testCheck(check, {
  pass: [
    {
      name: 'capture with a KMS key',
      inventory: { endpointConfigs: regional([endpointConfig('cfg-a')]) },
      expect: [{ status: 'pass', resource: 'cfg-a', message: 'KMS key', evidence: { KmsKeyId: CAPTURE.KmsKeyId } }],
    },
    {
      name: 'EnableCapture omitted (enabled by default) with a key',
      inventory: { endpointConfigs: regional([endpointConfig('cfg-a', { DataCaptureConfig: { ...CAPTURE, EnableCapture: undefined } })]) },
      expect: [{ status: 'pass', resource: 'cfg-a', evidence: { EnableCapture: null } }],
    },
  ],
  fail: [
    {
      name: 'capture without KmsKeyId',
      inventory: { endpointConfigs: regional([endpointConfig('cfg-a', { DataCaptureConfig: { ...CAPTURE, KmsKeyId: undefined } })]) },
      expect: [{ status: 'fail', resource: 'cfg-a', message: ['s3://capture-bucket/ep/', 'KmsKeyId not set'], evidence: { KmsKeyId: null } }],
    },
    {
      name: 'EnableCapture omitted means capture is on, so a missing key fails',
      inventory: { endpointConfigs: regional([endpointConfig('cfg-a', { DataCaptureConfig: { ...CAPTURE, EnableCapture: undefined, KmsKeyId: '' } })]) },
      expect: [{ status: 'fail', resource: 'cfg-a' }],
    },
    {
      name: 'the storage KmsKeyId does not count for captured data',
      inventory: { endpointConfigs: regional([endpointConfig('cfg-a', { KmsKeyId: 'alias/storage', DataCaptureConfig: { ...CAPTURE, KmsKeyId: undefined } })]) },
      expect: [{ status: 'fail', resource: 'cfg-a' }],
    },
  ],
  notApplicable: [
    {
      name: 'no DataCaptureConfig, or capture disabled',
      inventory: {
        endpointConfigs: regional([
          endpointConfig('cfg-none', { DataCaptureConfig: undefined }),
          endpointConfig('cfg-off', { DataCaptureConfig: { ...CAPTURE, EnableCapture: false, KmsKeyId: undefined } }),
        ]),
      },
      expect: [
        { status: 'not_applicable', resource: 'cfg-none', message: 'no DataCaptureConfig' },
        { status: 'not_applicable', resource: 'cfg-off', message: 'EnableCapture false' },
      ],
    },
  ],
  error: [
    {
      name: 'DescribeEndpointConfig denied; list denied in another region',
      inventory: { endpointConfigs: regional([unreadableItem('endpoint-config', 'cfg-x')], ['eu-west-1']) },
      expect: [
        { status: 'error', resource: 'cfg-x', message: 'AccessDeniedException' },
        { status: 'error', resource: 'arn:aws:sagemaker:eu-west-1:111122223333:endpoint-config/*' },
      ],
    },
  ],
  empty: { endpointConfigs: regional([]) },
});
