import {
  captureState,
  defineCheck,
  describeError,
  eachServingEndpoint,
  endpointConfigUnread,
  finding,
  type CheckMeta,
  type MonitoringSchedule,
} from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-endpoint-model-monitoring',
  title: 'SageMaker endpoints that capture inference data are watched by an active Model Monitor schedule',
  severity: 'low',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::Endpoint',
  rationale:
    'Capturing inference data only helps if something reads it: SageMaker Model Monitor schedules compare the captured traffic with a baseline and report data drift, quality loss, bias and feature attribution drift, which are also how poisoning, abuse or a silently broken upstream feed show up. ' +
    'A schedule that is stopped, or whose last execution failed, watches nothing. This check passes a serving endpoint (InService, or updating or rolling back) with data capture on when at least one schedule for it has MonitoringScheduleStatus Scheduled and a last execution that did not fail (a schedule that has not run yet counts). ' +
    'Endpoints without data capture are not applicable (see sagemaker-endpoint-data-capture-enabled); a schedule that could not be read is reported as an error rather than assumed absent.',
  remediation: {
    console: [
      'In Amazon SageMaker Studio open the endpoint (Deployments, Endpoints), choose the Monitoring tab (or Model Monitor in the classic console) and create a monitoring schedule.',
      'Choose the monitoring type (data quality, model quality, bias or explainability), a baseline, an instance type, an output S3 location with a KMS key, network isolation and a schedule, then create it.',
      'If an existing schedule is stopped, start it again; if its executions fail, read the FailureReason of the last execution (DescribeMonitoringSchedule) and fix the job definition or its permissions.',
    ],
    cli: 'aws sagemaker create-monitoring-schedule --monitoring-schedule-name NAME --monitoring-schedule-config \'{"ScheduleConfig":{"ScheduleExpression":"cron(0 * ? * * *)"},"MonitoringJobDefinitionName":"JOB_DEFINITION","MonitoringType":"DataQuality"}\'  # or: aws sagemaker start-monitoring-schedule --monitoring-schedule-name NAME',
    cloudformation: 'AWS::SageMaker::MonitoringSchedule with EndpointName and MonitoringScheduleConfig (MonitoringJobDefinitionName + MonitoringType, ScheduleConfig)',
    terraform: 'aws_sagemaker_monitoring_schedule (monitoring_schedule_config.monitoring_job_definition_name, monitoring_type, schedule_config)',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/dg/model-monitor.html',
    'https://docs.aws.amazon.com/sagemaker/latest/dg/model-monitor-scheduling.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeMonitoringSchedule.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_MonitoringExecutionSummary.html',
  ],
  compliance: [],
};

/** The endpoint a schedule watches: DescribeMonitoringSchedule EndpointName, else its inline job's endpoint input. */
function endpointOf(s: MonitoringSchedule): string | undefined {
  return s.EndpointName ?? s.MonitoringScheduleConfig?.MonitoringJobDefinition?.MonitoringInputs?.map((i) => i.EndpointInput?.EndpointName).find(Boolean);
}

/** Why a schedule does not count as active monitoring (undefined when it does). */
function inactive(s: MonitoringSchedule): string | undefined {
  if (s.MonitoringScheduleStatus !== 'Scheduled') return `status ${s.MonitoringScheduleStatus ?? 'not reported'}`;
  if (s.LastMonitoringExecutionSummary?.MonitoringExecutionStatus === 'Failed') {
    const why = s.LastMonitoringExecutionSummary.FailureReason;
    return `last execution failed${why ? ` (${why})` : ''}`;
  }
  return undefined;
}

/** Captured data nobody analyses does not reveal drift, abuse or poisoning; an endpoint that captures should be monitored. */
export default defineCheck({
  meta,
  requires: ['endpoints', 'endpointConfigs', 'monitoringSchedules'],
  evaluate({ inventory, account }) {
    return eachServingEndpoint(inventory.endpoints, inventory.endpointConfigs, account, meta.resourceType, (ep, cfg, resource, item) => {
      if (!cfg.ok) return endpointConfigUnread(ep, resource, 'captures data to be monitored', cfg);
      const capture = captureState(cfg.config, ep);
      if (!capture.enabled) {
        return finding('not_applicable', resource, `Endpoint ${resource.name} does not capture inference data (${capture.reason}), so Model Monitor has nothing to analyse`, {
          EndpointConfigName: cfg.name,
        });
      }
      const list = Object.hasOwn(inventory.monitoringSchedules, item.region) ? inventory.monitoringSchedules[item.region] : undefined;
      if (!list || !list.ok) {
        const why = list ? describeError(list.error) : 'not collected';
        return finding('error', resource, `Could not tell whether endpoint ${resource.name} is monitored: the monitoring schedules of ${item.region} could not be read (${why})`, {
          errorCode: list ? list.error.code : 'NotCollected',
        });
      }
      // SageMaker names are unique regardless of case (CreateEndpoint reference).
      const target = (ep.EndpointName ?? resource.name).toLowerCase();
      const mine = list.value.filter((s) => s.data.ok && endpointOf(s.data.value)?.toLowerCase() === target);
      const active = mine.filter((s) => s.data.ok && !inactive(s.data.value)).map((s) => s.name);
      const idle = mine.flatMap((s) => (s.data.ok && inactive(s.data.value) ? [`${s.name} (${inactive(s.data.value)})`] : []));
      const unreadable = list.value.filter((s) => !s.data.ok).map((s) => s.name);
      const evidence = { EndpointConfigName: cfg.name, activeSchedules: active, inactiveSchedules: idle, unreadableSchedules: unreadable };
      if (active.length > 0) {
        return finding('pass', resource, `Endpoint ${resource.name} is monitored by active schedule(s) ${active.join(', ')}`, evidence);
      }
      if (unreadable.length > 0) {
        return finding(
          'error',
          resource,
          `Could not tell whether endpoint ${resource.name} is monitored: monitoring schedule(s) ${unreadable.join(', ')} could not be read${idle.length ? `; readable schedules for it are inactive: ${idle.join(', ')}` : ''}`,
          evidence,
        );
      }
      const detail = idle.length > 0 ? `its schedule(s) are not active: ${idle.join(', ')}` : 'no monitoring schedule names it';
      return finding('fail', resource, `Endpoint ${resource.name} captures inference data but is not watched by an active Model Monitor schedule: ${detail}`, evidence);
    });
  },
});
