import check from '../../../checks/sagemaker/sagemaker-model-private-registry-access.js';
import { testCheck } from '../../helpers/check-tester.js';
import { regional, unreadableItem } from '../../helpers/inventory.js';
import { ECR_IMAGE, model } from '../../helpers/notebooks-studio.js';

const PRIVATE = 'registry.ml.internal.example.com/risk/scorer:1.4';
const container = (Image: string | undefined, mode?: 'Platform' | 'Vpc') => ({ ...(Image ? { Image } : {}), ...(mode ? { ImageConfig: { RepositoryAccessMode: mode } } : {}) });

testCheck(check, {
  pass: [
    { name: 'private registry through the VPC', inventory: { models: regional([model('m-priv', { PrimaryContainer: container(PRIVATE, 'Vpc') })]) }, expect: [{ status: 'pass', resource: 'm-priv' }] },
    {
      name: 'an ECR container and a private-registry container in a pipeline',
      inventory: { models: regional([model('m-pipe', { PrimaryContainer: undefined, Containers: [container(ECR_IMAGE), container(PRIVATE, 'Vpc')] })]) },
      expect: [{ status: 'pass', resource: 'm-pipe' }],
    },
  ],
  fail: [
    { name: 'a non-ECR image without ImageConfig', inventory: { models: regional([model('m-hub', { PrimaryContainer: container('pytorch/torchserve:0.9.0') })]) }, expect: [{ status: 'fail', resource: 'm-hub', message: ['docker.io', 'no ImageConfig'] }] },
    { name: 'a non-ECR image in Platform mode', inventory: { models: regional([model('m-plat', { PrimaryContainer: container(PRIVATE, 'Platform') })]) }, expect: [{ status: 'fail', resource: 'm-plat', message: 'RepositoryAccessMode Platform' }] },
    { name: 'a public registry through the VPC', inventory: { models: regional([model('m-ghcr', { PrimaryContainer: container('ghcr.io/org/server:2.0', 'Vpc') })]) }, expect: [{ status: 'fail', resource: 'm-ghcr', message: 'public registry ghcr.io' }] },
    { name: 'public.ecr.aws is not private ECR', inventory: { models: regional([model('m-pub', { PrimaryContainer: container('public.ecr.aws/org/img:1', 'Vpc') })]) }, expect: [{ status: 'fail', resource: 'm-pub' }] },
    { name: 'Vpc mode without a VpcConfig', inventory: { models: regional([model('m-novpc', { PrimaryContainer: container(PRIVATE, 'Vpc'), VpcConfig: undefined })]) }, expect: [{ status: 'fail', resource: 'm-novpc', message: 'no VpcConfig' }] },
    {
      name: 'one bad container in a pipeline fails the model',
      inventory: { models: regional([model('m-mixed', { PrimaryContainer: undefined, Containers: [container(PRIVATE, 'Vpc'), container('quay.io/org/x:1')] })]) },
      expect: [{ status: 'fail', resource: 'm-mixed', message: 'Containers[1]' }],
    },
  ],
  error: [{ name: 'DescribeModel denied', inventory: { models: regional([unreadableItem('model', 'm-hidden')]) }, expect: [{ status: 'error', resource: 'm-hidden' }] }],
  notApplicable: [
    { name: 'an ECR image (Platform mode by default)', inventory: { models: regional([model('m-ecr')]) }, expect: [{ status: 'not_applicable', resource: 'm-ecr' }] },
    {
      name: 'an ECR FIPS image in China is still ECR',
      inventory: { models: regional([model('m-cn', { PrimaryContainer: container('111122223333.dkr.ecr-fips.cn-north-1.amazonaws.com.cn/team/img:1') })]) },
      expect: [{ status: 'not_applicable', resource: 'm-cn' }],
    },
    { name: 'image from a model package', inventory: { models: regional([model('m-pkg', { PrimaryContainer: { ModelPackageName: 'arn:aws:sagemaker:us-east-1:111122223333:model-package/pkg/1' } })]) }, expect: [{ status: 'not_applicable', resource: 'm-pkg' }] },
  ],
  empty: { models: regional([]) },
});
