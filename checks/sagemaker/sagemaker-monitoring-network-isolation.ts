import { defineCheck, eachMonitoringJob, finding, monitoringEvidence, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-monitoring-network-isolation',
  title: 'SageMaker Model Monitor jobs run with network isolation',
  severity: 'medium',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::MonitoringSchedule',
  rationale:
    'Model Monitor jobs read captured inference data, ground truth and baselines, often personal data. Without network isolation their containers can make outbound network calls, so a compromised or malicious monitoring image can send that data anywhere. ' +
    'NetworkConfig.EnableNetworkIsolation is optional and not enabled unless set. Each monitoring schedule is judged by the job definition it runs (inline, or resolved by MonitoringJobDefinitionName and MonitoringType; a name that cannot be resolved is an error), ' +
    'and each data quality, model quality, model bias or model explainability job definition that no schedule uses is judged on its own, since a schedule can start using it at any time.',
  remediation: {
    console: [
      'Job definitions cannot be changed: create a new monitoring job definition of the same kind with network isolation enabled (SageMaker Python SDK: network_config=NetworkConfig(enable_network_isolation=True)).',
      'Update each monitoring schedule that uses the old definition to the new one (UpdateMonitoringSchedule), or recreate schedules that carry their job inline with NetworkConfig.EnableNetworkIsolation true.',
      'Delete the old job definition once no schedule uses it.',
    ],
    cli: 'aws sagemaker create-data-quality-job-definition --job-definition-name NEW_DEF ... --network-config EnableNetworkIsolation=true,EnableInterContainerTrafficEncryption=true && aws sagemaker update-monitoring-schedule --monitoring-schedule-name SCHEDULE --monitoring-schedule-config \'{"MonitoringJobDefinitionName":"NEW_DEF","MonitoringType":"DataQuality","ScheduleConfig":{"ScheduleExpression":"cron(0 * ? * * *)"}}\'',
    cloudformation: 'AWS::SageMaker::DataQualityJobDefinition (and ModelQuality/ModelBias/ModelExplainability) NetworkConfig.EnableNetworkIsolation: true; AWS::SageMaker::MonitoringSchedule MonitoringJobDefinition.NetworkConfig.EnableNetworkIsolation: true',
    terraform: 'aws_sagemaker_data_quality_job_definition.network_config.enable_network_isolation = true; aws_sagemaker_monitoring_schedule monitoring_job_definition_name',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_MonitoringNetworkConfig.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeMonitoringSchedule.html',
    'https://docs.aws.amazon.com/sagemaker/latest/dg/model-monitor-scp-rules.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html',
  ],
  compliance: [
    { framework: 'AWS Security Hub', id: 'SageMaker.11' },
    { framework: 'AWS Security Hub', id: 'SageMaker.12' },
    { framework: 'AWS Security Hub', id: 'SageMaker.14' },
  ],
};

/** A monitoring container with network access can send the captured inference data it analyses anywhere. */
export default defineCheck({
  meta,
  requires: ['monitoringSchedules', 'monitoringJobDefinitions'],
  evaluate({ inventory, account }) {
    return eachMonitoringJob(inventory.monitoringSchedules, inventory.monitoringJobDefinitions, account, (def, resource, subject) => {
      const evidence = { ...monitoringEvidence(def, subject), EnableNetworkIsolation: def.networkIsolation ?? null };
      if (def.networkIsolation === true) return finding('pass', resource, `${subject.label} runs with network isolation enabled`, evidence);
      const why = def.networkIsolation === false ? 'EnableNetworkIsolation is false' : 'EnableNetworkIsolation not set (isolation is off unless enabled)';
      return finding('fail', resource, `${subject.label} runs without network isolation: ${why}`, evidence);
    });
  },
});
