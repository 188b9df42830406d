import check from '../../../checks/sagemaker/sagemaker-domain-docker-access-disabled.js';
import { testCheck } from '../../helpers/check-tester.js';
import { regional, unreadableItem } from '../../helpers/inventory.js';
import { domain } from '../../helpers/notebooks-studio.js';

testCheck(check, {
  pass: [
    { name: 'DISABLED', inventory: { domains: regional([domain('studio')]) }, expect: [{ status: 'pass', resource: 'studio', evidence: { effective: 'DISABLED' } }] },
    {
      name: 'no DockerSettings: Docker is off by default',
      inventory: { domains: regional([domain('default', { DomainSettings: undefined })]) },
      expect: [{ status: 'pass', resource: 'default', message: 'the default', evidence: { EnableDockerAccess: null } }],
    },
  ],
  fail: [
    {
      name: 'ENABLED in a VpcOnly domain without rootless Docker',
      inventory: { domains: regional([domain('docker', { DomainSettings: { DockerSettings: { EnableDockerAccess: 'ENABLED' } } })]) },
      expect: [{ status: 'fail', resource: 'docker', message: 'SageMaker service VPC' }],
    },
    {
      name: 'ENABLED with rootless Docker',
      inventory: { domains: regional([domain('rootless', { DomainSettings: { DockerSettings: { EnableDockerAccess: 'ENABLED', RootlessDocker: 'ENABLED' } } })]) },
      expect: [{ status: 'fail', resource: 'rootless', evidence: { RootlessDocker: 'ENABLED' } }],
    },
  ],
  error: [{ name: 'DescribeDomain denied', inventory: { domains: regional([unreadableItem('domain', 'd-hidden')]) }, expect: [{ status: 'error', resource: 'd-hidden' }] }],
  empty: { domains: regional([]) },
});
