import { defineItemCheck, trafficEncryptionFinding, trainingCompute, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-training-job-inter-container-encryption',
  title: 'Distributed SageMaker training jobs encrypt the traffic between their instances',
  severity: 'medium',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::TrainingJob',
  rationale:
    'In distributed training, instances exchange model state (gradients, weights) and sometimes data over the network. ' +
    'EnableInterContainerTrafficEncryption defaults to false, leaving that traffic unencrypted between the instances. ' +
    'It matters only when the job runs on more than one instance: jobs whose ResourceConfig.InstanceCount (or total over heterogeneous instance groups) is below 2 are not applicable, ' +
    'rather than failed as some scanners do. A job whose instance count is not reported is treated as distributed.',
  remediation: {
    console: [
      'Training jobs cannot be changed after they are created: fix the pipeline, notebook or template that launches the job.',
      'Add inbound and outbound rules to the job security group for UDP port 500 and protocol 50 (ESP) from the group itself.',
      'In the Amazon SageMaker AI console, choose Training, Training jobs, select the job, choose Clone, turn on Enable inter-container traffic encryption and create the job.',
      'In the SageMaker Python SDK, pass encrypt_inter_container_traffic=True to the Estimator.',
    ],
    cli: 'aws sagemaker create-training-job ... --enable-inter-container-traffic-encryption',
    cloudformation: 'AWS::SageMaker::TrainingJob EnableInterContainerTrafficEncryption: true',
    terraform: 'aws_sagemaker_training_job.enable_inter_container_traffic_encryption = true',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/dg/train-encrypt.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateTrainingJob.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ResourceConfig.html',
  ],
  compliance: [],
};

/** Instances of one distributed training job should talk to each other over encrypted links. */
export default defineItemCheck({
  meta,
  each: 'trainingJobs',
  noun: 'training job',
  evaluate: (job, resource) =>
    // EnableInterContainerTrafficEncryption is optional and defaults to false (CreateTrainingJob reference).
    trafficEncryptionFinding(resource, `Training job ${resource.name}`, 'EnableInterContainerTrafficEncryption', [
      { value: job.EnableInterContainerTrafficEncryption, instances: trainingCompute(job.ResourceConfig).instances },
    ]),
});
