import { defineItemCheck, finding, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-model-in-vpc',
  title: 'SageMaker models run their containers in your VPC',
  severity: 'medium',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::Model',
  rationale:
    'Without VpcConfig, the containers of a model (on endpoints and in batch transform jobs) get network access from SageMaker outside your VPC: your security ' +
    'groups, VPC endpoints, endpoint policies and flow logs do not apply to what the inference code sends or fetches. VpcConfig is optional and unset by default ' +
    '(CreateModel reference), and a model cannot be changed. Network isolation (EnableNetworkIsolation) is the stronger control: an isolated container makes ' +
    'no network calls at all, so VPC placement is moot for its egress; isolated models without VpcConfig are therefore not applicable, and ' +
    'sagemaker-model-network-isolation checks isolation itself. This check complements it rather than adding to its severity.',
  remediation: {
    console: [
      'Models cannot be changed: in the Amazon SageMaker AI console choose Inference, Models, and create a new model with the same container and artifacts.',
      'Under Network, choose a VPC, private subnets in at least two Availability Zones and security groups (or enable network isolation if the container needs no network).',
      'Point the endpoint configurations and transform jobs at the new model, then delete the old one.',
    ],
    cli: 'aws sagemaker create-model --model-name NEW_NAME --execution-role-arn ROLE_ARN --primary-container Image=IMAGE_URI,ModelDataUrl=s3://BUCKET/model.tar.gz --vpc-config SecurityGroupIds=SG,Subnets=SUBNET_A,SUBNET_B',
    cloudformation: 'AWS::SageMaker::Model VpcConfig (SecurityGroupIds, Subnets)',
    terraform: 'aws_sagemaker_model.vpc_config',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/dg/host-vpc.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateModel.html',
    'https://docs.aws.amazon.com/sagemaker/latest/dg/mkt-algo-model-internet-free.html',
  ],
  compliance: [],
};

/** A model outside your VPC sends its inference traffic past every network control you own. */
export default defineItemCheck({
  meta,
  each: 'models',
  noun: 'model',
  evaluate: (m, resource) => {
    const subnets = m.VpcConfig?.Subnets ?? [];
    // EnableNetworkIsolation defaults to false (CreateModel reference).
    const isolated = m.EnableNetworkIsolation === true;
    const evidence = { Subnets: subnets, SecurityGroupIds: m.VpcConfig?.SecurityGroupIds ?? [], EnableNetworkIsolation: m.EnableNetworkIsolation ?? null };
    if (subnets.length > 0) return finding('pass', resource, `Model ${resource.name} runs in VPC subnet(s) ${subnets.join(', ')}`, evidence);
    if (isolated) {
      return finding('not_applicable', resource, `Model ${resource.name} has no VpcConfig but network isolation is enabled: its containers make no network calls, so VPC placement is moot`, evidence);
    }
    return finding('fail', resource, `Model ${resource.name} has no VpcConfig and no network isolation: its containers reach the network outside your VPC`, evidence);
  },
});
