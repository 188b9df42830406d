import check from '../../../checks/ec2/ec2-sagemaker-security-group-no-public-ingress.js';
import type { SecurityGroup } from '../../../src/inventory/infra.js';
import { testCheck } from '../../helpers/check-tester.js';
import { byRegion, ec2Items, mlRefs, mlResource, securityGroup } from '../../helpers/infra.js';

const G = 'sg-0aaa';
const refs = mlRefs([mlResource('nb-1', { securityGroups: [G] }), mlResource('ep-model', { resourceType: 'AWS::SageMaker::Model', securityGroups: [G] })]);
const one = (g: SecurityGroup | 'denied') => ec2Items<SecurityGroup>('security-group', [[G, g]]);
const self = { IpProtocol: '-1', UserIdGroupPairs: [{ GroupId: G }] };

testCheck(check, {
  pass: [
    { name: 'only self-referencing ingress', inventory: { mlReferences: refs, securityGroups: one(securityGroup(G, [self])) }, expect: [{ status: 'pass', resource: G, message: ['model ep-model', 'notebook instance nb-1'] }] },
    {
      name: 'ingress from a private CIDR only (egress to 0.0.0.0/0 is not ingress)',
      inventory: { mlReferences: refs, securityGroups: one(securityGroup(G, [{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, IpRanges: [{ CidrIp: '10.0.0.0/8' }] }])) },
      expect: [{ status: 'pass', resource: G, evidence: { publicIngress: [] } }],
    },
  ],
  fail: [
    {
      name: 'SSH from 0.0.0.0/0',
      inventory: { mlReferences: refs, securityGroups: one(securityGroup(G, [self, { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }])) },
      expect: [{ status: 'fail', resource: G, message: ['tcp port 22 from 0.0.0.0/0', 'nb-1'], evidence: { publicIngress: ['tcp port 22 from 0.0.0.0/0'] } }],
    },
    {
      name: 'all traffic from ::/0',
      inventory: { mlReferences: refs, securityGroups: one(securityGroup(G, [{ IpProtocol: '-1', Ipv6Ranges: [{ CidrIpv6: '::/0' }] }])) },
      expect: [{ status: 'fail', resource: G, evidence: { publicIngress: ['all traffic from ::/0'] } }],
    },
    {
      name: 'a high port range from 0.0.0.0/0 (any port counts)',
      inventory: { mlReferences: refs, securityGroups: one(securityGroup(G, [{ IpProtocol: 'tcp', FromPort: 8000, ToPort: 9000, IpRanges: [{ CidrIp: '10.0.0.0/8' }, { CidrIp: '0.0.0.0/0' }] }])) },
      expect: [{ status: 'fail', resource: G, evidence: { publicIngress: ['tcp ports 8000-9000 from 0.0.0.0/0'] } }],
    },
  ],
  error: [
    { name: 'DescribeSecurityGroups failed', inventory: { mlReferences: refs, securityGroups: one('denied') }, expect: [{ status: 'error', resource: G, message: 'AccessDeniedException' }] },
    {
      name: 'references incomplete in eu-west-1',
      inventory: { mlReferences: mlRefs(refs.resources, ['eu-west-1']), securityGroups: one(securityGroup(G)) },
      expect: [
        { status: 'error', resource: 'arn:aws:ec2:eu-west-1:111122223333:security-group/*' },
        { status: 'pass', resource: G },
      ],
    },
  ],
  empty: { mlReferences: mlRefs([]), securityGroups: byRegion() },
});
