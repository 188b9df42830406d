import { defineItemCheck, vpcFinding, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-training-job-in-vpc',
  title: 'SageMaker training jobs run attached to subnets of your VPC',
  severity: 'medium',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::TrainingJob',
  rationale:
    'Without VpcConfig a training job runs on a network SageMaker manages: its containers and its data transfers to and from Amazon S3 are outside your security groups, VPC endpoint policies, network ACLs and flow logs. ' +
    'With VpcConfig (Subnets and SecurityGroupIds) SageMaker attaches the job to your subnets, so egress can be limited to VPC endpoints and bucket policies can require aws:SourceVpce. ' +
    'VpcConfig is optional and unset by default. Network isolation complements it (an isolated container has no network, but SageMaker still moves the job data; through your VPC only when VpcConfig is set).',
  remediation: {
    console: [
      'Training jobs cannot be changed after they are created: fix the pipeline, notebook or template that launches the job.',
      'In the Amazon SageMaker AI console, choose Training, Training jobs, select the job and choose Clone.',
      'Under Network, choose a VPC, private subnets and security groups; give the subnets VPC endpoints for Amazon S3 (and the other services the job uses), then create the job.',
      'In the SageMaker Python SDK, pass subnets=[...] and security_group_ids=[...] to the Estimator.',
    ],
    cli: 'aws sagemaker create-training-job ... --vpc-config SecurityGroupIds=sg-EXAMPLE,Subnets=subnet-EXAMPLE1,subnet-EXAMPLE2',
    cloudformation: 'AWS::SageMaker::TrainingJob VpcConfig: { SecurityGroupIds: [...], Subnets: [...] }',
    terraform: 'aws_sagemaker_training_job.vpc_config { security_group_ids = [...], subnets = [...] }',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/dg/train-vpc.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_VpcConfig.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeTrainingJob.html',
  ],
  compliance: [],
};

/** Training traffic should stay on networks you control. */
export default defineItemCheck({
  meta,
  each: 'trainingJobs',
  noun: 'training job',
  evaluate: (job, resource) =>
    vpcFinding(resource, `Training job ${resource.name}`, 'VpcConfig', job.VpcConfig, { EnableNetworkIsolation: job.EnableNetworkIsolation ?? null }),
});
