import { defineCheck, eachMonitoringJob, finding, monitoringEvidence, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-monitoring-inter-container-encryption',
  title: 'SageMaker Model Monitor jobs on several instances encrypt the traffic between them',
  severity: 'medium',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::MonitoringSchedule',
  rationale:
    'A monitoring job that runs on two or more instances exchanges the data it analyses between its containers. Unless NetworkConfig.EnableInterContainerTrafficEncryption is true (it is optional and off unless set), that traffic is not encrypted. ' +
    'As in Security Hub and AWS Config, jobs on a single instance are not applicable: there is no traffic between instances to protect; an instance count that is not reported counts as several. ' +
    'Schedules are judged by the job definition they run (inline, or resolved by name and type; an unresolvable name is an error), and job definitions no schedule uses are judged on their own.',
  remediation: {
    console: [
      'Job definitions cannot be changed: create a new monitoring job definition of the same kind with inter-container traffic encryption enabled (SageMaker Python SDK: network_config=NetworkConfig(encrypt_inter_container_traffic=True)).',
      'Update each monitoring schedule that uses the old definition to the new one, or recreate schedules that carry their job inline with NetworkConfig.EnableInterContainerTrafficEncryption true.',
    ],
    cli: 'aws sagemaker create-model-bias-job-definition --job-definition-name NEW_DEF ... --network-config EnableInterContainerTrafficEncryption=true,EnableNetworkIsolation=true',
    cloudformation: 'AWS::SageMaker::ModelBiasJobDefinition (and DataQuality/ModelQuality/ModelExplainability) NetworkConfig.EnableInterContainerTrafficEncryption: true',
    terraform: 'aws_sagemaker_data_quality_job_definition.network_config.enable_inter_container_traffic_encryption = true',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_MonitoringNetworkConfig.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_MonitoringClusterConfig.html',
    'https://docs.aws.amazon.com/config/latest/developerguide/sagemaker-model-explainability-job-encrypt-in-transit.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html',
  ],
  compliance: [
    { framework: 'AWS Security Hub', id: 'SageMaker.9' },
    { framework: 'AWS Security Hub', id: 'SageMaker.10' },
    { framework: 'AWS Security Hub', id: 'SageMaker.13' },
    { framework: 'AWS Security Hub', id: 'SageMaker.15' },
  ],
};

/** Data exchanged between the instances of a distributed monitoring job should not cross the network in the clear. */
export default defineCheck({
  meta,
  requires: ['monitoringSchedules', 'monitoringJobDefinitions'],
  evaluate({ inventory, account }) {
    return eachMonitoringJob(inventory.monitoringSchedules, inventory.monitoringJobDefinitions, account, (def, resource, subject) => {
      const evidence = { ...monitoringEvidence(def, subject), EnableInterContainerTrafficEncryption: def.interContainerEncryption ?? null };
      if (def.instanceCount !== undefined && def.instanceCount < 2) {
        return finding('not_applicable', resource, `${subject.label} runs on ${def.instanceCount} instance, so no traffic passes between its containers`, evidence);
      }
      const count = def.instanceCount === undefined ? 'an unreported number of instances (counted as several)' : `${def.instanceCount} instances`;
      if (def.interContainerEncryption === true) {
        return finding('pass', resource, `${subject.label} encrypts the traffic between its containers on ${count}`, evidence);
      }
      const why = def.interContainerEncryption === false ? 'EnableInterContainerTrafficEncryption is false' : 'EnableInterContainerTrafficEncryption not set (off unless enabled)';
      return finding('fail', resource, `${subject.label} runs on ${count} without encrypting the traffic between them: ${why}`, evidence);
    });
  },
});
