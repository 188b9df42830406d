import { defineItemCheck, flagFinding, withTuningDefinitions, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-tuning-job-network-isolation',
  title: 'SageMaker hyperparameter tuning jobs launch their training jobs with network isolation',
  severity: 'medium',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::HyperParameterTuningJob',
  rationale:
    'Each training job definition of a tuning job sets EnableNetworkIsolation for the training jobs it launches; it is optional and defaults to false, ' +
    'letting every launched container make outbound calls with the training data and the execution role credentials at hand. ' +
    'All definitions (TrainingJobDefinition and TrainingJobDefinitions) must enable it. Finished jobs are evaluated too.',
  remediation: {
    console: [
      'Tuning jobs cannot be changed after they are created: fix the pipeline, notebook or template that launches the job.',
      'Set EnableNetworkIsolation to true in every training job definition of the tuning job.',
      'In the SageMaker Python SDK, pass enable_network_isolation=True to the Estimator given to the HyperparameterTuner.',
    ],
    cli: 'aws sagemaker create-hyper-parameter-tuning-job ... --training-job-definition file://definition.json ("EnableNetworkIsolation": true)',
    terraform: 'aws_sagemaker_hyperparameter_tuning_job training_job_definition.enable_network_isolation = true',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_HyperParameterTrainingJobDefinition.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeHyperParameterTuningJob.html',
    'https://docs.aws.amazon.com/sagemaker/latest/dg/mkt-algo-model-internet-free.html',
  ],
  compliance: [],
};

/** No training job a tuning job launches should have a network of its own. */
export default defineItemCheck({
  meta,
  each: 'tuningJobs',
  noun: 'hyperparameter tuning job',
  evaluate: (job, resource) =>
    withTuningDefinitions(job, resource, (defs, subject) => {
      // EnableNetworkIsolation is optional and defaults to false (HyperParameterTrainingJobDefinition reference).
      const units = defs.map((d) => ({ definition: d.label, value: d.definition.EnableNetworkIsolation }));
      return flagFinding(resource, subject, 'EnableNetworkIsolation', 'network isolation', units, { HyperParameterTuningJobStatus: job.HyperParameterTuningJobStatus ?? null });
    }),
});
