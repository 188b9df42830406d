import { defineItemCheck, flagFinding, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-processing-job-network-isolation',
  title: 'SageMaker processing jobs run their containers with network isolation',
  severity: 'medium',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::ProcessingJob',
  rationale:
    'Processing containers run arbitrary scripts and images against raw and often sensitive data, with the credentials of the execution role. ' +
    'NetworkConfig.EnableNetworkIsolation blocks inbound and outbound network calls from the containers; SageMaker still moves the inputs and outputs. ' +
    'It is optional and defaults to false (NetworkConfig absent counts as false). Finished jobs are evaluated too.',
  remediation: {
    console: [
      'Processing jobs cannot be changed after they are created: fix the pipeline, notebook or template that launches the job.',
      'Set NetworkConfig.EnableNetworkIsolation to true; provide code and packages as processing inputs, since the container cannot download them.',
      'In the SageMaker Python SDK, pass network_config=NetworkConfig(enable_network_isolation=True) to the Processor.',
    ],
    cli: 'aws sagemaker create-processing-job ... --network-config EnableNetworkIsolation=true',
    cloudformation: 'AWS::SageMaker::ProcessingJob NetworkConfig.EnableNetworkIsolation: true',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_NetworkConfig.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeProcessingJob.html',
  ],
  compliance: [],
};

/** The processing container should have no network of its own. */
export default defineItemCheck({
  meta,
  each: 'processingJobs',
  noun: 'processing job',
  evaluate: (job, resource) =>
    // NetworkConfig and its EnableNetworkIsolation are optional; false when absent (NetworkConfig reference).
    flagFinding(resource, `Processing job ${resource.name}`, 'NetworkConfig.EnableNetworkIsolation', 'network isolation', [{ value: job.NetworkConfig?.EnableNetworkIsolation }], {
      ProcessingJobStatus: job.ProcessingJobStatus ?? null,
    }),
});
