import { defineItemCheck, vpcFinding, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-automl-job-in-vpc',
  title: 'SageMaker AutoML jobs run the jobs they launch in subnets of your VPC',
  severity: 'medium',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::AutoMLJob',
  rationale:
    'SecurityConfig.VpcConfig places the processing, training and transform jobs an AutoML job launches in your subnets and security groups. ' +
    'It is optional and unset by default, in which case those jobs and their data transfers run on a network SageMaker manages, outside your VPC controls and flow logs. ' +
    'Jobs of both API versions are read with DescribeAutoMLJobV2. Finished jobs are evaluated too.',
  remediation: {
    console: [
      'AutoML jobs cannot be changed after they are created: fix the pipeline, notebook or template that launches the job.',
      'Set SecurityConfig.VpcConfig to private subnets and security groups that have VPC endpoints for Amazon S3 and the other services the jobs use.',
      'In the SageMaker Python SDK, pass vpc_config={"Subnets": [...], "SecurityGroupIds": [...]} to AutoMLV2.',
    ],
    cli: 'aws sagemaker create-auto-ml-job-v2 ... --security-config VpcConfig={SecurityGroupIds=[sg-EXAMPLE],Subnets=[subnet-EXAMPLE1,subnet-EXAMPLE2]}',
    cloudformation: 'AWS::SageMaker::AutoMLJob SecurityConfig.VpcConfig: { SecurityGroupIds: [...], Subnets: [...] }',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_AutoMLSecurityConfig.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeAutoMLJobV2.html',
    'https://docs.aws.amazon.com/sagemaker/latest/dg/infrastructure-give-access.html',
  ],
  compliance: [],
};

/** The jobs AutoML launches should stay on networks you control. */
export default defineItemCheck({
  meta,
  each: 'autoMLJobs',
  noun: 'AutoML job',
  evaluate: (job, resource) =>
    vpcFinding(resource, `AutoML job ${resource.name}`, 'SecurityConfig.VpcConfig', job.SecurityConfig?.VpcConfig, { AutoMLJobStatus: job.AutoMLJobStatus ?? null }),
});
