import { defineItemCheck, flagFinding, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-training-job-network-isolation',
  title: 'SageMaker training jobs run their containers with network isolation',
  severity: 'medium',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::TrainingJob',
  rationale:
    'A training container runs code and dependencies you may not fully control, next to the training data and with the credentials of the execution role. ' +
    'With network isolation the container can make no inbound or outbound network calls (other than between the instances of a distributed job); SageMaker itself moves the data and artifacts. ' +
    'EnableNetworkIsolation is optional and defaults to false, so a job that does not set it lets its container reach the internet or any network it can route to. ' +
    'Jobs are history: finished jobs are evaluated too, since their configuration is what the pipeline that launched them will launch again.',
  remediation: {
    console: [
      'Training jobs cannot be changed after they are created: fix the pipeline, notebook or template that launches the job.',
      'In the Amazon SageMaker AI console, choose Training, Training jobs, select the job and choose Clone.',
      'Under Network, turn on Enable network isolation (the training image must not need network access; provide code and packages as input channels), then create the job.',
      'In the SageMaker Python SDK, pass enable_network_isolation=True to the Estimator.',
    ],
    cli: 'aws sagemaker create-training-job ... --enable-network-isolation',
    cloudformation: 'AWS::SageMaker::TrainingJob EnableNetworkIsolation: true',
    terraform: 'aws_sagemaker_training_job.enable_network_isolation = true',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/dg/mkt-algo-model-internet-free.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateTrainingJob.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeTrainingJob.html',
  ],
  compliance: [],
};

/** The training container should have no network of its own. */
export default defineItemCheck({
  meta,
  each: 'trainingJobs',
  noun: 'training job',
  evaluate: (job, resource) =>
    // EnableNetworkIsolation is optional and defaults to false (CreateTrainingJob reference).
    flagFinding(resource, `Training job ${resource.name}`, 'EnableNetworkIsolation', 'network isolation', [{ value: job.EnableNetworkIsolation }], {
      TrainingJobStatus: job.TrainingJobStatus ?? null,
    }),
});
