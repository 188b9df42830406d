import check from '../../../checks/sagemaker/sagemaker-flow-definition-output-kms.js';
import { testCheck } from '../../helpers/check-tester.js';
import { KEY } from '../../helpers/endpoints-monitoring.js';
import { regional, unreadableItem } from '../../helpers/inventory.js';
import { flowDefinition } from '../../helpers/ml-governance.js';

testCheck(check, {
  pass: [
    {
      name: 'output with a KMS key',
      inventory: { flowDefinitions: regional([flowDefinition('flow-a')]) },
      expect: [{ status: 'pass', resource: 'flow-a', message: 's3://a2i-bucket/out/', evidence: { KmsKeyId: KEY } }],
    },
  ],
  fail: [
    {
      name: 'no KmsKeyId',
      inventory: { flowDefinitions: regional([flowDefinition('flow-a', { OutputConfig: { S3OutputPath: 's3://a2i-bucket/out/' } })]) },
      expect: [{ status: 'fail', resource: 'flow-a', message: 'OutputConfig.KmsKeyId not set', evidence: { KmsKeyId: null } }],
    },
    {
      name: 'blank KmsKeyId',
      inventory: { flowDefinitions: regional([flowDefinition('flow-b', { OutputConfig: { S3OutputPath: 's3://a2i-bucket/out/', KmsKeyId: ' ' } }, 'eu-west-1')]) },
      expect: [{ status: 'fail', resource: 'flow-b' }],
    },
  ],
  error: [
    {
      name: 'DescribeFlowDefinition denied; ListFlowDefinitions denied elsewhere',
      inventory: { flowDefinitions: regional([unreadableItem('flow-definition', 'flow-x')], ['eu-west-1']) },
      expect: [
        { status: 'error', resource: 'flow-x', message: 'AccessDeniedException' },
        { status: 'error', resource: 'arn:aws:sagemaker:eu-west-1:111122223333:flow-definition/*' },
      ],
    },
  ],
  empty: { flowDefinitions: regional([]) },
});
