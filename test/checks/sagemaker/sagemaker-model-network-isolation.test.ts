import type { DescribeModelCommandOutput } from '@aws-sdk/client-sagemaker';
import check from '../../../checks/sagemaker/sagemaker-model-network-isolation.js';
import type { Model } from '../../../src/inventory/types.js';
import { testCheck } from '../../helpers/check-tester.js';
import { item, regional, unreadableItem } from '../../helpers/inventory.js';

/** DescribeModel output as the API returns it (a passing baseline); vary one field at a time. */
function model(name: string, fields: Partial<Model>): Model {
  return {
    ModelName: name,
    ModelArn: `arn:aws:sagemaker:us-east-1:111122223333:model/${name}`,
    PrimaryContainer: {
      Image: '763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference:2.1.0-cpu-py310',
      Mode: 'SingleModel',
      ModelDataUrl: `s3://ml-artifacts-111122223333/models/${name}/model.tar.gz`,
      Environment: {},
    },
    ExecutionRoleArn: 'arn:aws:iam::111122223333:role/SageMakerInferenceRole',
    VpcConfig: { SecurityGroupIds: ['sg-0abc'], Subnets: ['subnet-0abc', 'subnet-0def'] },
    EnableNetworkIsolation: true,
    CreationTime: new Date('2025-02-01T10:00:00Z'),
    ...fields,
  } satisfies Omit<DescribeModelCommandOutput, '$metadata'>;
}

const m = (name: string, fields: Partial<Model> = {}, region = 'us-east-1') => item('model', name, model(name, fields), region);

testCheck(check, {
  pass: [
    {
      name: 'EnableNetworkIsolation true',
      inventory: { models: regional([m('model-isolated')]) },
      expect: [{ status: 'pass', resource: 'model-isolated', message: 'Model model-isolated', evidence: { EnableNetworkIsolation: true } }],
      mustNotContain: ['otebook'],
    },
    {
      name: 'isolated without a VPC (the field is not confused with VpcConfig)',
      inventory: { models: regional([m('model-no-vpc', { VpcConfig: undefined }, 'eu-west-1')]) },
      expect: [{ status: 'pass', resource: 'model-no-vpc' }],
    },
  ],
  fail: [
    {
      name: 'EnableNetworkIsolation false; the message says "model", not "notebook instance"',
      inventory: { models: regional([m('model-open', { EnableNetworkIsolation: false })]) },
      expect: [{ status: 'fail', resource: 'model-open', message: 'Model model-open', evidence: { EnableNetworkIsolation: false, effective: false } }],
      mustNotContain: ['otebook'],
    },
    {
      name: 'EnableNetworkIsolation missing means false',
      inventory: { models: regional([m('model-default', { EnableNetworkIsolation: undefined })]) },
      expect: [{ status: 'fail', resource: 'model-default', message: 'default is false', evidence: { EnableNetworkIsolation: null, effective: false } }],
    },
    {
      name: 'a model in a VPC without isolation still fails',
      inventory: { models: regional([m('model-vpc', { EnableNetworkIsolation: false }, 'eu-west-1'), m('model-ok')]) },
      expect: [
        { status: 'fail', resource: 'model-vpc' },
        { status: 'pass', resource: 'model-ok' },
      ],
    },
  ],
  error: [
    {
      name: 'DescribeModel denied: an error, never a pass',
      inventory: { models: regional([unreadableItem('model', 'model-secret'), m('model-ok')]) },
      expect: [
        { status: 'error', resource: 'model-secret', message: 'AccessDeniedException' },
        { status: 'pass', resource: 'model-ok' },
      ],
    },
    {
      name: 'ListModels denied in one region',
      inventory: { models: regional([m('model-ok')], ['eu-west-1']) },
      expect: [
        { status: 'error', resource: 'arn:aws:sagemaker:eu-west-1:111122223333:model/*' },
        { status: 'pass', resource: 'model-ok' },
      ],
    },
  ],
  empty: { models: regional([]) },
});
