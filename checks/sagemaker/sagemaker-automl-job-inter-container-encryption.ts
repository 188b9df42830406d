import { defineItemCheck, flagFinding, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-automl-job-inter-container-encryption',
  title: 'SageMaker AutoML jobs encrypt the traffic between the containers of the jobs they launch',
  severity: 'medium',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::AutoMLJob',
  rationale:
    'SecurityConfig.EnableInterContainerTrafficEncryption makes the jobs an AutoML job launches encrypt traffic between their containers. ' +
    'It is optional and defaults to false. AutoML chooses how many instances its jobs use and does not report it, so every AutoML job is evaluated (none is assumed to be single-instance). ' +
    'Jobs of both API versions are read with DescribeAutoMLJobV2. Finished jobs are evaluated too.',
  remediation: {
    console: [
      'AutoML jobs cannot be changed after they are created: fix the pipeline, notebook or template that launches the job.',
      'Set SecurityConfig.EnableInterContainerTrafficEncryption to true (with a VPC security group allowing UDP port 500 and protocol 50 within itself).',
      'In the SageMaker Python SDK, pass encrypt_inter_container_traffic=True to AutoMLV2.',
    ],
    cli: 'aws sagemaker create-auto-ml-job-v2 ... --security-config EnableInterContainerTrafficEncryption=true',
    cloudformation: 'AWS::SageMaker::AutoMLJob SecurityConfig.EnableInterContainerTrafficEncryption: true',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_AutoMLSecurityConfig.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeAutoMLJobV2.html',
    'https://docs.aws.amazon.com/sagemaker/latest/dg/train-encrypt.html',
  ],
  compliance: [],
};

/** Containers of the jobs AutoML launches should talk to each other over encrypted links. */
export default defineItemCheck({
  meta,
  each: 'autoMLJobs',
  noun: 'AutoML job',
  evaluate: (job, resource) =>
    // SecurityConfig and its EnableInterContainerTrafficEncryption are optional; false when absent (AutoMLSecurityConfig reference).
    flagFinding(
      resource,
      `AutoML job ${resource.name}`,
      'SecurityConfig.EnableInterContainerTrafficEncryption',
      'inter-container traffic encryption',
      [{ value: job.SecurityConfig?.EnableInterContainerTrafficEncryption }],
      { AutoMLJobStatus: job.AutoMLJobStatus ?? null },
    ),
});
