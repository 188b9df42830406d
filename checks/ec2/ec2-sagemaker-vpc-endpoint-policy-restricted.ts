import {
  CALLER_CONDITION_KEYS,
  defineCheck,
  describeUsers,
  eachSagemakerVpc,
  endpointServiceOf,
  finding,
  policyOpenness,
  regionalList,
  RESOURCE_CONDITION_KEYS,
  SAGEMAKER_ENDPOINT_SERVICES,
  unreadable,
  type CheckMeta,
  type FindingDraft,
  type PolicyDocument,
  type ResourceRef,
} from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'ec2-sagemaker-vpc-endpoint-policy-restricted',
  title: 'VPC endpoints used by SageMaker have policies narrower than full access',
  severity: 'medium',
  service: 'ec2',
  resourceType: 'AWS::EC2::VPCEndpoint',
  rationale:
    'An endpoint policy is the network-side data perimeter of a private VPC: it decides which principals may use the endpoint and which ' +
    'resources they may reach through it. With the default policy (Principal "*", Action "*", Resource "*"; attached whenever no policy is ' +
    'given, per the VPC endpoint documentation) code in the ML VPC can copy training data to a bucket in any account, or use any account\'s ' +
    'credentials, through the S3, STS or KMS endpoint. A policy counts as restricted when no statement allows every principal every action ' +
    'on every resource without a condition naming the callers or resources (aws:PrincipalOrgID, aws:PrincipalAccount, aws:ResourceOrgID …), ' +
    'or when a Deny for everyone outside such a perimeter closes it.',
  remediation: {
    console: [
      'Open the Amazon VPC console, choose Endpoints, and select the endpoint named in the finding.',
      'On the Policy tab choose Edit policy, choose Custom, and allow only your organization\'s principals and resources, e.g. a Condition StringEquals aws:PrincipalOrgID and aws:ResourceOrgID set to your organization id.',
      'Save, then confirm SageMaker jobs and notebooks still reach the buckets, repositories and keys they need.',
    ],
    cli: 'aws ec2 modify-vpc-endpoint --vpc-endpoint-id VPCE_ID --policy-document file://endpoint-policy.json',
    cloudformation: 'AWS::EC2::VPCEndpoint PolicyDocument (with Condition aws:PrincipalOrgID / aws:ResourceOrgID)',
    terraform: 'aws_vpc_endpoint.policy (or aws_vpc_endpoint_policy.policy)',
  },
  references: [
    'https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html',
    'https://docs.aws.amazon.com/sagemaker/latest/dg/interface-vpc-endpoint.html',
    'https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_VpcEndpoint.html',
  ],
  compliance: [],
};

const PERIMETER_KEYS = [...CALLER_CONDITION_KEYS, ...RESOURCE_CONDITION_KEYS];

/** A full-access endpoint policy lets anything in the VPC reach anyone's resources through the endpoint. */
export default defineCheck({
  meta,
  requires: ['mlReferences', 'sagemakerSubnets', 'vpcEndpoints'],
  evaluate({ inventory, account }) {
    return eachSagemakerVpc(inventory.mlReferences, inventory.sagemakerSubnets, account, (vpc, vpcResource) => {
      const who = describeUsers(vpc.users);
      const list = regionalList(inventory.vpcEndpoints, vpc.region, 'VPC endpoints');
      if (!list.ok) return unreadable(vpcResource, `the VPC endpoints of ${vpc.vpcId} (hosting ${who})`, list.error);
      const out: FindingDraft[] = [];
      for (const e of list.value.filter((x) => x.VpcId === vpc.vpcId)) {
        const service = endpointServiceOf(e.ServiceName, vpc.region, account.partition);
        const required = SAGEMAKER_ENDPOINT_SERVICES.find((s) => s.service === service);
        if (!required || !e.VpcEndpointId) continue;
        const resource: ResourceRef = {
          arn: `arn:${account.partition}:ec2:${vpc.region}:${e.OwnerId ?? account.accountId}:vpc-endpoint/${e.VpcEndpointId}`,
          type: meta.resourceType,
          region: vpc.region,
          name: e.VpcEndpointId,
        };
        const subject = `Endpoint ${e.VpcEndpointId} (${required.service} in ${vpc.vpcId}, used by ${who})`;
        if (!e.PolicyDocument) {
          // No policy document means the default policy, which allows full access (VPC endpoint documentation).
          out.push(finding('fail', resource, `${subject} has no policy document: the default policy allows full access`, { ServiceName: e.ServiceName ?? null, policy: 'default', openStatements: [] }));
          continue;
        }
        let doc: PolicyDocument;
        try {
          doc = JSON.parse(e.PolicyDocument) as PolicyDocument;
        } catch {
          out.push(finding('error', resource, `${subject} has a policy document that is not valid JSON`, { errorCode: 'InvalidPolicyDocument' }));
          continue;
        }
        const { open, perimeter } = policyOpenness(doc, required.iamPrefix, PERIMETER_KEYS, true);
        const evidence = { ServiceName: e.ServiceName ?? null, policy: 'custom', openStatements: open, perimeterDenies: perimeter };
        if (open.length > 0 && perimeter.length === 0) {
          out.push(finding('fail', resource, `${subject} allows full access to every principal and resource (${open.join(', ')}) without a condition naming callers or resources`, evidence));
        } else if (open.length > 0) {
          out.push(finding('pass', resource, `${subject} allows full access (${open.join(', ')}) but denies everything outside a perimeter (${perimeter.join(', ')})`, evidence));
        } else {
          out.push(finding('pass', resource, `${subject} has a policy narrower than full access`, evidence));
        }
      }
      return out;
    });
  },
});
