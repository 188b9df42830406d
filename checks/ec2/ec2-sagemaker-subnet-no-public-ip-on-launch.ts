import { defineCheck, describeUsers, eachSagemakerSubnet, finding, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'ec2-sagemaker-subnet-no-public-ip-on-launch',
  title: 'Subnets used by SageMaker do not assign public IPv4 or IPv6 addresses automatically',
  severity: 'medium',
  service: 'ec2',
  resourceType: 'AWS::EC2::Subnet',
  rationale:
    'A subnet with MapPublicIpOnLaunch gives every instance launched into it a public IPv4 address, and AssignIpv6AddressOnCreation gives every ' +
    'new network interface a globally routable IPv6 address: such a subnet is built to be public, and anything placed there by mistake is ' +
    'addressable from the internet. Subnets that host SageMaker workloads should be private. Both settings default to false ' +
    '(DescribeSubnets returns them for every subnet; a missing value is read as false).',
  remediation: {
    console: [
      'Open the Amazon VPC console and choose Subnets, then the subnet named in the finding.',
      'Choose Actions, Edit subnet settings.',
      'Clear "Enable auto-assign public IPv4 address" and "Enable auto-assign IPv6 address", and save.',
    ],
    cli: 'aws ec2 modify-subnet-attribute --subnet-id SUBNET_ID --no-map-public-ip-on-launch && aws ec2 modify-subnet-attribute --subnet-id SUBNET_ID --no-assign-ipv6-address-on-creation',
    cloudformation: 'AWS::EC2::Subnet MapPublicIpOnLaunch: false, AssignIpv6AddressOnCreation: false',
    terraform: 'aws_subnet.map_public_ip_on_launch = false, aws_subnet.assign_ipv6_address_on_creation = false',
  },
  references: [
    'https://docs.aws.amazon.com/vpc/latest/userguide/subnet-public-ip.html',
    'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_Subnet.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html',
  ],
  compliance: [{ framework: 'AWS Security Hub', id: 'EC2.15' }],
};

/** A subnet that hands out public addresses is a public subnet, the wrong home for private ML workloads. */
export default defineCheck({
  meta,
  requires: ['mlReferences', 'sagemakerSubnets'],
  evaluate({ inventory, account }) {
    return eachSagemakerSubnet(inventory.mlReferences, inventory.sagemakerSubnets, account, (subnet, resource, users) => {
      const who = describeUsers(users);
      const evidence = {
        MapPublicIpOnLaunch: subnet.MapPublicIpOnLaunch ?? null,
        AssignIpv6AddressOnCreation: subnet.AssignIpv6AddressOnCreation ?? null,
        VpcId: subnet.VpcId ?? null,
        usedBy: users.map((u) => u.arn),
      };
      const on = [
        ...(subnet.MapPublicIpOnLaunch === true ? ['public IPv4 addresses (MapPublicIpOnLaunch)'] : []),
        ...(subnet.AssignIpv6AddressOnCreation === true ? ['IPv6 addresses (AssignIpv6AddressOnCreation)'] : []),
      ];
      if (on.length > 0) return finding('fail', resource, `Subnet ${resource.name} (used by ${who}) assigns ${on.join(' and ')} automatically`, evidence);
      return finding('pass', resource, `Subnet ${resource.name} (used by ${who}) assigns no public IPv4 or IPv6 addresses automatically`, evidence);
    });
  },
});
