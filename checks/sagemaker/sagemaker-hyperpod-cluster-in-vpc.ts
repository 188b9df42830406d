import { defineItemCheck, finding, type CheckMeta, type HyperPodCluster } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-hyperpod-cluster-in-vpc',
  title: 'SageMaker HyperPod clusters run every instance group in your VPC, with subnets and security groups',
  severity: 'medium',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::Cluster',
  rationale:
    'HyperPod clusters are long-lived fleets that hold training data, checkpoints and credentials for weeks. VpcConfig is optional: without it the cluster is not attached to a VPC you control, so its traffic is not governed by your security groups, route tables, VPC endpoints and flow logs. ' +
    'This check requires subnets and security groups for every instance group, from the cluster VpcConfig or the group\'s OverrideVpcConfig (which replaces it for that group).',
  remediation: {
    console: [
      'The VPC of a HyperPod cluster is set when it is created: create a new cluster with a custom Amazon VPC, private subnets and security groups (Amazon SageMaker AI console, HyperPod Clusters, Create cluster).',
      'Allow the traffic the cluster needs (between nodes, to FSx for Lustre, and to AWS services through VPC endpoints or a NAT gateway) and move the workloads, then delete the old cluster.',
    ],
    cli: 'aws sagemaker create-cluster --cluster-name NAME --instance-groups file://instance-groups.json --vpc-config SecurityGroupIds=sg-0123456789abcdef0,Subnets=subnet-0123456789abcdef0',
    cloudformation: 'AWS::SageMaker::Cluster VpcConfig: { SecurityGroupIds, Subnets }',
    terraform: 'Create the cluster with VpcConfig (SecurityGroupIds and Subnets), e.g. through the awscc_sagemaker_cluster resource vpc_config',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeCluster.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateCluster.html',
    'https://docs.aws.amazon.com/sagemaker/latest/dg/sagemaker-hyperpod-prerequisites.html',
    'https://docs.aws.amazon.com/sagemaker/latest/dg/infrastructure-give-access.html',
  ],
  compliance: [],
};

type Vpc = HyperPodCluster['VpcConfig'];

const complete = (v: Vpc): boolean => (v?.Subnets ?? []).length > 0 && (v?.SecurityGroupIds ?? []).length > 0;

/** A HyperPod cluster outside your VPC is outside your network controls. */
export default defineItemCheck({
  meta,
  each: 'clusters',
  noun: 'HyperPod cluster',
  evaluate: (cluster, resource) => {
    // OverrideVpcConfig replaces the cluster's VpcConfig for its instance group (DescribeCluster reference).
    const groups = [...(cluster.InstanceGroups ?? []), ...(cluster.RestrictedInstanceGroups ?? [])].map((g, i) => ({
      name: g.InstanceGroupName ?? `instance group ${i + 1}`,
      vpc: g.OverrideVpcConfig ?? cluster.VpcConfig,
    }));
    const units = groups.length > 0 ? groups : [{ name: 'the cluster', vpc: cluster.VpcConfig }];
    const outside = units.filter((u) => !complete(u.vpc));
    const evidence = {
      Subnets: cluster.VpcConfig?.Subnets ?? [],
      SecurityGroupIds: cluster.VpcConfig?.SecurityGroupIds ?? [],
      instanceGroups: groups.map((g) => g.name),
      groupsWithoutVpc: outside.map((u) => u.name),
    };
    if (outside.length > 0) {
      const reasons = outside.map((u) => `${u.name} (${u.vpc ? 'VpcConfig without subnets or security groups' : 'no VpcConfig'})`);
      return finding('fail', resource, `HyperPod cluster ${resource.name} has instance groups outside your VPC: ${reasons.join(', ')}`, evidence);
    }
    const subnets = [...new Set(units.flatMap((u) => u.vpc?.Subnets ?? []))];
    return finding('pass', resource, `HyperPod cluster ${resource.name} runs every instance group in your VPC (subnets ${subnets.join(', ')}) with security groups`, evidence);
  },
});
