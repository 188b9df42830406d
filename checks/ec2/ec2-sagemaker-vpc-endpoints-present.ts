import {
  defineCheck,
  describeUsers,
  eachSagemakerVpc,
  endpointServiceOf,
  finding,
  regionalList,
  SAGEMAKER_ENDPOINT_SERVICES,
  unreadable,
  type CheckMeta,
  type VpcEndpoint,
} from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'ec2-sagemaker-vpc-endpoints-present',
  title: 'VPCs hosting SageMaker have working endpoints for every AWS service SageMaker needs',
  severity: 'medium',
  service: 'ec2',
  resourceType: 'AWS::EC2::VPC',
  rationale:
    'Without an internet path, SageMaker in a VPC reaches AWS only through VPC endpoints: the SageMaker API and runtime, S3 for data and ' +
    'artifacts, STS for credentials, CloudWatch Logs, ECR (api and dkr) for images and KMS for keys. A missing endpoint either breaks the ' +
    'workload or pushes its traffic through a NAT or internet gateway, outside the endpoint policies that scope it. An endpoint counts when ' +
    'its state is available and, for interface endpoints, private DNS is enabled (otherwise the default service hostnames do not resolve to ' +
    'it); S3 may use a gateway or an interface endpoint. Service names follow the partition (cn.com.amazonaws in China) and may be FIPS variants.',
  remediation: {
    console: [
      'Open the Amazon VPC console, choose Endpoints, then Create endpoint.',
      'For each service listed in the finding, choose AWS services, select com.amazonaws.REGION.SERVICE, the VPC, the SageMaker subnets and a security group allowing HTTPS from them, and keep Enable DNS name selected.',
      'For S3, a Gateway endpoint associated with the SageMaker subnets\' route tables is enough.',
    ],
    cli: 'aws ec2 create-vpc-endpoint --vpc-id VPC_ID --vpc-endpoint-type Interface --service-name com.amazonaws.REGION.sagemaker.api --subnet-ids SUBNET_IDS --security-group-ids SG_ID --private-dns-enabled',
    cloudformation: 'AWS::EC2::VPCEndpoint (VpcEndpointType: Interface, PrivateDnsEnabled: true) per service; VpcEndpointType: Gateway with RouteTableIds for S3',
    terraform: 'aws_vpc_endpoint (vpc_endpoint_type = "Interface", private_dns_enabled = true) per service; vpc_endpoint_type = "Gateway" with route_table_ids for S3',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/dg/interface-vpc-endpoint.html',
    'https://docs.aws.amazon.com/sagemaker/latest/dg/train-vpc.html',
    'https://docs.aws.amazon.com/vpc/latest/privatelink/create-interface-endpoint.html',
    'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_VpcEndpoint.html',
  ],
  compliance: [],
};

/** Why an endpoint does not serve the VPC (undefined when it does). */
function endpointProblem(e: VpcEndpoint, gatewayAllowed: boolean): string | undefined {
  // The API answers "available", "pendingAcceptance" … while the SDK's State enum is capitalised (aws/aws-sdk-go#3555): compare case-insensitively.
  const state = String(e.State ?? 'unknown');
  if (state.toLowerCase() !== 'available') return `${e.VpcEndpointId} is ${state}`;
  if (e.VpcEndpointType === 'Gateway') return gatewayAllowed ? undefined : `${e.VpcEndpointId} is a gateway endpoint`;
  // PrivateDnsEnabled is returned for interface endpoints; absent is read as not enabled.
  if (e.PrivateDnsEnabled !== true) return `${e.VpcEndpointId} has private DNS disabled`;
  return undefined;
}

/** Private SageMaker needs a private path to each AWS service it calls. */
export default defineCheck({
  meta,
  requires: ['mlReferences', 'sagemakerSubnets', 'vpcEndpoints'],
  evaluate({ inventory, account }) {
    return eachSagemakerVpc(inventory.mlReferences, inventory.sagemakerSubnets, account, (vpc, resource) => {
      const who = describeUsers(vpc.users);
      const list = regionalList(inventory.vpcEndpoints, vpc.region, 'VPC endpoints');
      if (!list.ok) return unreadable(resource, `the VPC endpoints of ${vpc.vpcId} (hosting ${who})`, list.error);
      const inVpc = list.value.filter((e) => e.VpcId === vpc.vpcId);
      const present: string[] = [];
      const missing: string[] = [];
      const unusable: string[] = [];
      for (const required of SAGEMAKER_ENDPOINT_SERVICES) {
        const name = required.service;
        const candidates = inVpc.filter((e) => endpointServiceOf(e.ServiceName, vpc.region, account.partition) === name);
        const problems = candidates.map((e) => endpointProblem(e, required.gatewayAllowed));
        if (problems.some((p) => p === undefined)) present.push(name);
        else if (candidates.length === 0) missing.push(name);
        else unusable.push(`${name} (${problems.join('; ')})`);
      }
      const evidence = { present, missing, unusable, subnets: vpc.subnetIds, endpoints: inVpc.map((e) => e.VpcEndpointId ?? '(unknown)').sort() };
      if (missing.length === 0 && unusable.length === 0) {
        return finding('pass', resource, `VPC ${vpc.vpcId} (hosting ${who}) has available endpoints for every service SageMaker needs: ${present.join(', ')}`, evidence);
      }
      const parts = [
        ...(missing.length > 0 ? [`no endpoint for ${missing.join(', ')}`] : []),
        ...(unusable.length > 0 ? [`unusable endpoint for ${unusable.join(', ')}`] : []),
      ];
      return finding('fail', resource, `VPC ${vpc.vpcId} (hosting ${who}) lacks working VPC endpoints: ${parts.join('; ')}`, evidence);
    });
  },
});
