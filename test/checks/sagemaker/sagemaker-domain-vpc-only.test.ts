import check from '../../../checks/sagemaker/sagemaker-domain-vpc-only.js';
import { testCheck } from '../../helpers/check-tester.js';
import { regional, unreadableItem } from '../../helpers/inventory.js';
import { domain } from '../../helpers/notebooks-studio.js';

testCheck(check, {
  pass: [
    { name: 'VpcOnly', inventory: { domains: regional([domain('studio')]) }, expect: [{ status: 'pass', resource: 'studio', evidence: { effective: 'VpcOnly' } }] },
    {
      name: 'VpcOnly with Docker access on (the field is not confused with DockerSettings)',
      inventory: { domains: regional([domain('studio', { DomainSettings: { DockerSettings: { EnableDockerAccess: 'ENABLED' } } })]) },
      expect: [{ status: 'pass', resource: 'studio' }],
    },
  ],
  fail: [
    { name: 'PublicInternetOnly', inventory: { domains: regional([domain('open', { AppNetworkAccessType: 'PublicInternetOnly' })]) }, expect: [{ status: 'fail', resource: 'open', evidence: { AppNetworkAccessType: 'PublicInternetOnly' } }] },
    {
      name: 'not set: the default is PublicInternetOnly',
      inventory: { domains: regional([domain('default', { AppNetworkAccessType: undefined })]) },
      expect: [{ status: 'fail', resource: 'default', message: 'the default', evidence: { AppNetworkAccessType: null, effective: 'PublicInternetOnly' } }],
    },
  ],
  error: [
    { name: 'DescribeDomain denied', inventory: { domains: regional([unreadableItem('domain', 'd-hidden')]) }, expect: [{ status: 'error', resource: 'd-hidden' }] },
    { name: 'ListDomains denied in a region', inventory: { domains: regional([domain('studio')], ['eu-west-1']) }, expect: [{ status: 'error', resource: 'domain/*' }, { status: 'pass', resource: 'studio' }] },
  ],
  empty: { domains: regional([]) },
});
