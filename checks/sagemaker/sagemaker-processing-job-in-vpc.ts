import { defineItemCheck, vpcFinding, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-processing-job-in-vpc',
  title: 'SageMaker processing jobs run attached to subnets of your VPC',
  severity: 'medium',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::ProcessingJob',
  rationale:
    'Without NetworkConfig.VpcConfig a processing job runs on a network SageMaker manages, outside your security groups, VPC endpoint policies and flow logs, ' +
    'for its containers and for the transfer of its inputs and outputs. VpcConfig is optional and unset by default. Finished jobs are evaluated too.',
  remediation: {
    console: [
      'Processing jobs cannot be changed after they are created: fix the pipeline, notebook or template that launches the job.',
      'Set NetworkConfig.VpcConfig to private subnets and security groups that have VPC endpoints for Amazon S3 and the other services the job uses.',
      'In the SageMaker Python SDK, pass network_config=NetworkConfig(subnets=[...], security_group_ids=[...]) to the Processor.',
    ],
    cli: 'aws sagemaker create-processing-job ... --network-config VpcConfig={SecurityGroupIds=[sg-EXAMPLE],Subnets=[subnet-EXAMPLE1,subnet-EXAMPLE2]}',
    cloudformation: 'AWS::SageMaker::ProcessingJob NetworkConfig.VpcConfig: { SecurityGroupIds: [...], Subnets: [...] }',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/dg/process-vpc.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_NetworkConfig.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeProcessingJob.html',
  ],
  compliance: [],
};

/** Processing traffic should stay on networks you control. */
export default defineItemCheck({
  meta,
  each: 'processingJobs',
  noun: 'processing job',
  evaluate: (job, resource) =>
    vpcFinding(resource, `Processing job ${resource.name}`, 'NetworkConfig.VpcConfig', job.NetworkConfig?.VpcConfig, {
      EnableNetworkIsolation: job.NetworkConfig?.EnableNetworkIsolation ?? null,
    }),
});
