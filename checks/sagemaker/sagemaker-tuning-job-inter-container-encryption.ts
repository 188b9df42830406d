import { defineItemCheck, trafficEncryptionFinding, tuningCompute, withTuningDefinitions, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-tuning-job-inter-container-encryption',
  title: 'SageMaker hyperparameter tuning jobs encrypt the traffic between the instances of the distributed training jobs they launch',
  severity: 'medium',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::HyperParameterTuningJob',
  rationale:
    'A training job definition with more than one instance launches distributed training jobs, whose instances exchange model state over the network. ' +
    'EnableInterContainerTrafficEncryption defaults to false. Definitions running on a single instance (ResourceConfig or HyperParameterTuningResourceConfig instance count below 2) are left out, ' +
    'and a job whose definitions all run on one instance is not applicable rather than failed. An unreported instance count is treated as distributed. Finished jobs are evaluated too.',
  remediation: {
    console: [
      'Tuning jobs cannot be changed after they are created: fix the pipeline, notebook or template that launches the job.',
      'Allow UDP port 500 and protocol 50 (ESP) within the job security group, and set EnableInterContainerTrafficEncryption to true in every multi-instance training job definition.',
      'In the SageMaker Python SDK, pass encrypt_inter_container_traffic=True to the Estimator given to the HyperparameterTuner.',
    ],
    cli: 'aws sagemaker create-hyper-parameter-tuning-job ... --training-job-definition file://definition.json ("EnableInterContainerTrafficEncryption": true)',
    terraform: 'aws_sagemaker_hyperparameter_tuning_job training_job_definition.enable_inter_container_traffic_encryption = true',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/dg/train-encrypt.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_HyperParameterTrainingJobDefinition.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_HyperParameterTuningResourceConfig.html',
  ],
  compliance: [],
};

/** Distributed training jobs launched by tuning should talk to each other over encrypted links. */
export default defineItemCheck({
  meta,
  each: 'tuningJobs',
  noun: 'hyperparameter tuning job',
  evaluate: (job, resource) =>
    withTuningDefinitions(job, resource, (defs, subject) => {
      // EnableInterContainerTrafficEncryption is optional and defaults to false (HyperParameterTrainingJobDefinition reference).
      const units = defs.map((d) => ({ definition: d.label, value: d.definition.EnableInterContainerTrafficEncryption, instances: tuningCompute(d.definition).instances }));
      return trafficEncryptionFinding(resource, subject, 'EnableInterContainerTrafficEncryption', units);
    }),
});
