import check from '../../../checks/sagemaker/sagemaker-model-in-vpc.js';
import { testCheck } from '../../helpers/check-tester.js';
import { regional, unreadableItem } from '../../helpers/inventory.js';
import { model } from '../../helpers/notebooks-studio.js';

testCheck(check, {
  pass: [
    { name: 'VpcConfig with subnets', inventory: { models: regional([model('m-vpc')]) }, expect: [{ status: 'pass', resource: 'm-vpc', evidence: { Subnets: ['subnet-0abc', 'subnet-0def'] } }] },
    { name: 'in a VPC and isolated', inventory: { models: regional([model('m-both', { EnableNetworkIsolation: true })]) }, expect: [{ status: 'pass', resource: 'm-both' }] },
  ],
  fail: [
    { name: 'no VpcConfig, not isolated', inventory: { models: regional([model('m-open', { VpcConfig: undefined })]) }, expect: [{ status: 'fail', resource: 'm-open', evidence: { Subnets: [] } }] },
    { name: 'VpcConfig without subnets', inventory: { models: regional([model('m-empty', { VpcConfig: { SecurityGroupIds: ['sg-1'], Subnets: [] } }, 'eu-west-1')]) }, expect: [{ status: 'fail', resource: 'm-empty' }] },
    { name: 'isolation not set (default false)', inventory: { models: regional([model('m-default', { VpcConfig: undefined, EnableNetworkIsolation: undefined })]) }, expect: [{ status: 'fail', resource: 'm-default' }] },
  ],
  error: [
    { name: 'DescribeModel denied', inventory: { models: regional([unreadableItem('model', 'm-hidden')]) }, expect: [{ status: 'error', resource: 'm-hidden' }] },
    { name: 'ListModels denied', inventory: { models: regional([], ['us-east-1']) }, expect: [{ status: 'error', resource: 'model/*' }] },
  ],
  notApplicable: [
    { name: 'isolated without a VPC: egress is moot', inventory: { models: regional([model('m-iso', { VpcConfig: undefined, EnableNetworkIsolation: true })]) }, expect: [{ status: 'not_applicable', resource: 'm-iso' }] },
  ],
  empty: { models: regional([]) },
});
