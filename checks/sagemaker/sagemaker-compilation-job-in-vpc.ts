import { defineItemCheck, vpcFinding, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-compilation-job-in-vpc',
  title: 'SageMaker Neo compilation jobs reach their model artifacts through your VPC',
  severity: 'low',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::CompilationJob',
  rationale:
    'With VpcConfig a compilation job reads the model from Amazon S3 and writes the compiled model through your subnets and security groups, so bucket policies can require your VPC endpoint. ' +
    'VpcConfig is optional and unset by default; the job then uses a network SageMaker manages. The exposure is limited to the model artifacts, hence the low severity. Finished jobs are evaluated too.',
  remediation: {
    console: [
      'Compilation jobs cannot be changed after they are created: fix the pipeline, notebook or template that launches the job.',
      'Set VpcConfig to private subnets and security groups with a VPC endpoint for Amazon S3, and compile the model again.',
    ],
    cli: 'aws sagemaker create-compilation-job ... --vpc-config SecurityGroupIds=sg-EXAMPLE,Subnets=subnet-EXAMPLE1,subnet-EXAMPLE2',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/dg/neo-vpc.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_NeoVpcConfig.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeCompilationJob.html',
  ],
  compliance: [],
};

/** Model artifacts should move between S3 and the compiler over networks you control. */
export default defineItemCheck({
  meta,
  each: 'compilationJobs',
  noun: 'compilation job',
  evaluate: (job, resource) =>
    vpcFinding(resource, `Compilation job ${resource.name}`, 'VpcConfig', job.VpcConfig, { CompilationJobStatus: job.CompilationJobStatus ?? null }),
});
