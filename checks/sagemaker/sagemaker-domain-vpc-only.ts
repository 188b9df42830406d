import { defineItemCheck, finding, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-domain-vpc-only',
  title: 'SageMaker Studio domains send all traffic through your VPC (VpcOnly)',
  severity: 'high',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::Domain',
  rationale:
    'With AppNetworkAccessType PublicInternetOnly, the default, Studio apps reach the internet through a VPC that SageMaker manages: only traffic to the ' +
    'domain EFS volume goes through your VPC, so your security groups, VPC endpoints, endpoint policies, NAT egress filtering and flow logs never see the rest. ' +
    'VpcOnly sends all app traffic through the subnets and security groups you choose. The setting applies to every user profile and space of the domain. ' +
    'Whether those subnets themselves reach the internet is a question for network checks, which read the domain subnets from mlReferences.',
  remediation: {
    console: [
      'Delete the apps of the domain (Studio only switches network mode when no apps are running), then in the Amazon SageMaker AI console open the domain, choose Domain settings, Network, Edit.',
      'Choose Virtual Private Cloud (VPC) Only, select private subnets and security groups, and save.',
      'Add VPC endpoints for the AWS services Studio uses (SageMaker API and runtime, STS, S3, CloudWatch Logs, ECR) before users start apps again.',
    ],
    cli: 'aws sagemaker update-domain --domain-id DOMAIN_ID --app-network-access-type VpcOnly --subnet-ids SUBNET_IDS --default-user-settings SecurityGroups=SG',
    cloudformation: 'AWS::SageMaker::Domain AppNetworkAccessType: VpcOnly',
    terraform: 'aws_sagemaker_domain.app_network_access_type = "VpcOnly"',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/dg/studio-notebooks-and-internet-access.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeDomain.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdateDomain.html',
  ],
  compliance: [],
};

/** A PublicInternetOnly domain gives every Studio app a path to the internet outside your VPC. */
export default defineItemCheck({
  meta,
  each: 'domains',
  noun: 'Studio domain',
  evaluate: (d, resource) => {
    // AppNetworkAccessType defaults to PublicInternetOnly (DescribeDomain / CreateDomain reference).
    const effective = d.AppNetworkAccessType ?? 'PublicInternetOnly';
    const evidence = { DomainId: d.DomainId ?? null, AppNetworkAccessType: d.AppNetworkAccessType ?? null, effective, VpcId: d.VpcId ?? null, SubnetIds: d.SubnetIds ?? [] };
    return effective === 'VpcOnly'
      ? finding('pass', resource, `Studio domain ${resource.name} sends all app traffic through VPC ${d.VpcId ?? '(not reported)'} (VpcOnly)`, evidence)
      : finding(
          'fail',
          resource,
          `Studio domain ${resource.name} uses ${effective}${d.AppNetworkAccessType ? '' : ' (not set: the default)'}: Studio apps reach the internet through a SageMaker-managed VPC, outside your network controls`,
          evidence,
        );
  },
});
