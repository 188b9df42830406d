import {
  defineCheck,
  describeUsers,
  eachSagemakerSubnet,
  finding,
  internetRoutes,
  otherDefaultRoutes,
  regionalList,
  routeTableOf,
  unreadable,
  type CheckMeta,
} from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'ec2-sagemaker-subnet-no-internet-route',
  title: 'Subnets used by SageMaker have no route to the internet',
  severity: 'high',
  service: 'ec2',
  resourceType: 'AWS::EC2::Subnet',
  rationale:
    'SageMaker notebooks, jobs, models and domains placed in a VPC reach only what their subnet routes to. A route to an internet gateway, ' +
    'a NAT gateway or an egress-only internet gateway gives training code, notebooks and model containers an open path out, so data can be ' +
    'exfiltrated and untrusted packages pulled in without passing any control; VPC endpoints should carry the AWS traffic instead. ' +
    'A subnet without an explicit route table association uses its VPC\'s main route table, so that table is evaluated then. ' +
    'Routes to a NAT gateway are reported even though a private NAT gateway has no internet path (smsec does not read NAT gateways); ' +
    'default routes to transit gateways, peering connections or appliances are shown in the evidence but not followed.',
  remediation: {
    console: [
      'Open the Amazon VPC console, choose Route tables, and find the table named in the finding (the subnet\'s explicit table, or the VPC\'s main table).',
      'Remove the routes to the internet gateway, NAT gateway or egress-only internet gateway, or associate the subnet with a private route table instead.',
      'Create VPC endpoints for the AWS services SageMaker needs (sagemaker.api, sagemaker.runtime, s3, sts, logs, ecr.api, ecr.dkr, kms) so it keeps working without internet access.',
    ],
    cli: 'aws ec2 delete-route --route-table-id RTB_ID --destination-cidr-block 0.0.0.0/0  # or: aws ec2 replace-route-table-association --association-id ASSOC_ID --route-table-id PRIVATE_RTB_ID',
    cloudformation: 'AWS::EC2::SubnetRouteTableAssociation pointing the subnet at an AWS::EC2::RouteTable without AWS::EC2::Route entries to an InternetGateway, NatGateway or EgressOnlyInternetGateway',
    terraform: 'aws_route_table_association with a route table that has no route { gateway_id = igw-… / nat_gateway_id / egress_only_gateway_id }',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/dg/infrastructure-connect-to-resources.html',
    'https://docs.aws.amazon.com/sagemaker/latest/dg/train-vpc.html',
    'https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Route_Tables.html',
    'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_DescribeRouteTables.html',
  ],
  compliance: [],
};

/** SageMaker in a VPC can leave it only through the routes of its subnet's route table. */
export default defineCheck({
  meta,
  requires: ['mlReferences', 'sagemakerSubnets', 'routeTables'],
  evaluate({ inventory, account }) {
    return eachSagemakerSubnet(inventory.mlReferences, inventory.sagemakerSubnets, account, (subnet, resource, users) => {
      const who = describeUsers(users);
      const tables = regionalList(inventory.routeTables, resource.region, 'route tables');
      if (!tables.ok) return unreadable(resource, `the route tables for subnet ${resource.name} (used by ${who})`, tables.error);
      const found = routeTableOf(subnet, tables.value);
      if (!found) {
        return finding('error', resource, `No route table was found for subnet ${resource.name} (used by ${who}): neither an explicit association nor the main table of ${subnet.VpcId ?? 'its VPC'}`, {
          errorCode: 'RouteTableNotFound',
          VpcId: subnet.VpcId ?? null,
        });
      }
      const tableId = found.table.RouteTableId ?? '(unknown)';
      const routes = internetRoutes(found.table);
      const others = otherDefaultRoutes(found.table);
      const evidence = {
        RouteTableId: tableId,
        association: found.explicit ? 'explicit' : 'main',
        internetRoutes: routes.map((r) => `${r.destination} -> ${r.target}`),
        targets: routes.map((r) => r.target),
        otherDefaultRoutes: others.map((r) => `${r.destination} -> ${r.target}`),
        usedBy: users.map((u) => u.arn),
      };
      const table = `${found.explicit ? 'route table' : 'main route table'} ${tableId}`;
      if (routes.length > 0) {
        return finding('fail', resource, `Subnet ${resource.name} (used by ${who}) routes to the internet through ${table}: ${evidence.internetRoutes.join(', ')}`, evidence);
      }
      const note = others.length > 0 ? `; its default route goes to ${evidence.otherDefaultRoutes.join(', ')}, which smsec does not follow` : '';
      return finding('pass', resource, `Subnet ${resource.name} (used by ${who}) has no route to an internet, NAT or egress-only gateway in ${table}${note}`, evidence);
    });
  },
});
