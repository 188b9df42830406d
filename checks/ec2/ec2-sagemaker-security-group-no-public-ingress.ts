import { defineCheck, describeUsers, eachSagemakerSecurityGroup, finding, publicIngress, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'ec2-sagemaker-security-group-no-public-ingress',
  title: 'Security groups used by SageMaker allow no ingress from the whole internet',
  severity: 'high',
  service: 'ec2',
  resourceType: 'AWS::EC2::SecurityGroup',
  rationale:
    'SageMaker attaches these security groups to the network interfaces of notebooks, training and processing containers, models and Studio ' +
    'apps. An ingress rule from 0.0.0.0/0 or ::/0, on any port, admits every address that can route to the interface, from the internet ' +
    'wherever the subnet has a public path, and from every peered or connected network otherwise. SageMaker needs no inbound access from ' +
    'outside its own security group (training clusters and Studio need only traffic within the group). Rules referencing prefix lists are ' +
    'not expanded.',
  remediation: {
    console: [
      'Open the Amazon EC2 console, choose Security Groups, and select the group named in the finding.',
      'On the Inbound rules tab choose Edit inbound rules and delete the rules with source 0.0.0.0/0 or ::/0 (allow the group itself, or specific CIDRs, instead).',
      'Save the rules.',
    ],
    cli: 'aws ec2 revoke-security-group-ingress --group-id SG_ID --ip-permissions IpProtocol=tcp,FromPort=22,ToPort=22,IpRanges=[{CidrIp=0.0.0.0/0}]',
    cloudformation: 'AWS::EC2::SecurityGroup SecurityGroupIngress without CidrIp 0.0.0.0/0 or CidrIpv6 ::/0',
    terraform: 'aws_vpc_security_group_ingress_rule / aws_security_group ingress without cidr_blocks ["0.0.0.0/0"] or ipv6_cidr_blocks ["::/0"]',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/dg/train-vpc.html',
    'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html',
    'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_SecurityGroup.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html',
  ],
  compliance: [{ framework: 'AWS Security Hub', id: 'EC2.18' }],
};

/** An ingress rule open to the world exposes every SageMaker interface the group is attached to. */
export default defineCheck({
  meta,
  requires: ['mlReferences', 'securityGroups'],
  evaluate({ inventory, account }) {
    return eachSagemakerSecurityGroup(inventory.mlReferences, inventory.securityGroups, account, (group, resource, users) => {
      const who = describeUsers(users);
      const open = publicIngress(group);
      const evidence = { GroupName: group.GroupName ?? null, VpcId: group.VpcId ?? null, publicIngress: open, usedBy: users.map((u) => u.arn) };
      if (open.length > 0) {
        return finding('fail', resource, `Security group ${resource.name} (used by ${who}) allows ingress from the whole internet: ${open.join(', ')}`, evidence);
      }
      return finding('pass', resource, `Security group ${resource.name} (used by ${who}) allows no ingress from 0.0.0.0/0 or ::/0`, evidence);
    });
  },
});
