import { defineItemCheck, processingCompute, trafficEncryptionFinding, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-processing-job-inter-container-encryption',
  title: 'Distributed SageMaker processing jobs encrypt the traffic between their instances',
  severity: 'medium',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::ProcessingJob',
  rationale:
    'Distributed processing (Spark, Dask, sharded preprocessing) moves data between instances. NetworkConfig.EnableInterContainerTrafficEncryption defaults to false, leaving that traffic unencrypted. ' +
    'It applies only to jobs on more than one instance: ClusterConfig.InstanceCount defaults to 1, and single-instance jobs are not applicable rather than failed. Finished jobs are evaluated too.',
  remediation: {
    console: [
      'Processing jobs cannot be changed after they are created: fix the pipeline, notebook or template that launches the job.',
      'Set NetworkConfig.EnableInterContainerTrafficEncryption to true for jobs with an instance count of 2 or more.',
      'In the SageMaker Python SDK, pass network_config=NetworkConfig(encrypt_inter_container_traffic=True) to the Processor.',
    ],
    cli: 'aws sagemaker create-processing-job ... --network-config EnableInterContainerTrafficEncryption=true',
    cloudformation: 'AWS::SageMaker::ProcessingJob NetworkConfig.EnableInterContainerTrafficEncryption: true',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_NetworkConfig.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ProcessingClusterConfig.html',
    'https://docs.aws.amazon.com/sagemaker/latest/dg/train-encrypt.html',
  ],
  compliance: [],
};

/** Instances of one distributed processing job should talk to each other over encrypted links. */
export default defineItemCheck({
  meta,
  each: 'processingJobs',
  noun: 'processing job',
  evaluate: (job, resource) =>
    // EnableInterContainerTrafficEncryption is optional and false when absent (NetworkConfig reference).
    trafficEncryptionFinding(resource, `Processing job ${resource.name}`, 'NetworkConfig.EnableInterContainerTrafficEncryption', [
      { value: job.NetworkConfig?.EnableInterContainerTrafficEncryption, instances: processingCompute(job.ProcessingResources?.ClusterConfig).instances },
    ]),
});
