import check from '../../../checks/sagemaker/sagemaker-endpoint-model-monitoring.js';
import type { Endpoint, EndpointConfig, Inventory, Item, MonitoringSchedule } from '../../../src/inventory/types.js';
import { testCheck } from '../../helpers/check-tester.js';
import { endpoint, endpointConfig, inlineDef, inlineSchedule, schedule } from '../../helpers/endpoints-monitoring.js';
import { regional, unreadableItem } from '../../helpers/inventory.js';

const world = (eps: Item<Endpoint>[], cfgs: Item<EndpointConfig>[], scheds: Item<MonitoringSchedule>[], failedSchedules: string[] = []): Partial<Inventory> => ({
  endpoints: regional(eps),
  endpointConfigs: regional(cfgs),
  monitoringSchedules: regional(scheds, failedSchedules),
});
const ran = (status: 'Completed' | 'Failed' | 'CompletedWithViolations', reason?: string) => ({
  MonitoringScheduleName: 's',
  ScheduledTime: new Date('2026-03-01T10:00:00Z'),
  CreationTime: new Date('2026-03-01T10:00:00Z'),
  LastModifiedTime: new Date('2026-03-01T10:10:00Z'),
  MonitoringExecutionStatus: status,
  FailureReason: reason,
});

testCheck(check, {
  pass: [
    {
      name: 'a Scheduled schedule whose last run completed',
      inventory: world([endpoint('ep-a')], [endpointConfig('cfg-a')], [schedule('dq-hourly')]),
      expect: [{ status: 'pass', resource: 'ep-a', message: 'dq-hourly', evidence: { activeSchedules: ['dq-hourly'] } }],
    },
    {
      name: 'a schedule that has not run yet, and one whose last run found violations, count as active',
      inventory: world(
        [endpoint('ep-a')],
        [endpointConfig('cfg-a')],
        [schedule('fresh', { LastMonitoringExecutionSummary: undefined }), schedule('drifting', { LastMonitoringExecutionSummary: ran('CompletedWithViolations') })],
      ),
      expect: [{ status: 'pass', resource: 'ep-a', evidence: { activeSchedules: ['fresh', 'drifting'] } }],
    },
    {
      name: 'an inline schedule matched through its endpoint input (no top-level EndpointName); one healthy schedule is enough',
      inventory: world(
        [endpoint('ep-a')],
        [endpointConfig('cfg-a')],
        [inlineSchedule('legacy', inlineDef(), { EndpointName: undefined }), schedule('broken', { LastMonitoringExecutionSummary: ran('Failed') })],
      ),
      expect: [{ status: 'pass', resource: 'ep-a', message: 'legacy', evidence: { activeSchedules: ['legacy'], inactiveSchedules: ['broken (last execution failed)'] } }],
    },
  ],
  fail: [
    {
      name: 'no schedule names the endpoint (a schedule for another endpoint does not count)',
      inventory: world([endpoint('ep-a')], [endpointConfig('cfg-a')], [schedule('other', { EndpointName: 'ep-b' })]),
      expect: [{ status: 'fail', resource: 'ep-a', message: 'no monitoring schedule names it' }],
    },
    {
      name: 'the only schedule is stopped',
      inventory: world([endpoint('ep-a')], [endpointConfig('cfg-a')], [schedule('dq-hourly', { MonitoringScheduleStatus: 'Stopped' })]),
      expect: [{ status: 'fail', resource: 'ep-a', message: 'dq-hourly (status Stopped)', evidence: { inactiveSchedules: ['dq-hourly (status Stopped)'] } }],
    },
    {
      name: 'the only schedule failed its last run',
      inventory: world([endpoint('ep-a')], [endpointConfig('cfg-a')], [schedule('dq-hourly', { LastMonitoringExecutionSummary: ran('Failed', 'no data') })]),
      expect: [{ status: 'fail', resource: 'ep-a', message: 'last execution failed (no data)' }],
    },
    {
      name: 'a schedule in another region does not count',
      inventory: world([endpoint('ep-a')], [endpointConfig('cfg-a')], [schedule('dq-eu', {}, 'eu-west-1')]),
      expect: [{ status: 'fail', resource: 'ep-a' }],
    },
  ],
  notApplicable: [
    {
      name: 'capture off, and endpoint not in service',
      inventory: world(
        [endpoint('ep-a'), endpoint('ep-new', { EndpointStatus: 'Creating' })],
        [endpointConfig('cfg-a', { DataCaptureConfig: undefined })],
        [],
      ),
      expect: [
        { status: 'not_applicable', resource: 'ep-a', message: 'does not capture' },
        { status: 'not_applicable', resource: 'ep-new', message: 'Creating' },
      ],
    },
  ],
  error: [
    {
      name: 'ListMonitoringSchedules denied in the region',
      inventory: world([endpoint('ep-a')], [endpointConfig('cfg-a')], [], ['us-east-1']),
      expect: [{ status: 'error', resource: 'ep-a', message: ['monitoring schedules of us-east-1', 'AccessDeniedException'] }],
    },
    {
      name: 'an unreadable schedule and no active one: error, not fail',
      inventory: world([endpoint('ep-a')], [endpointConfig('cfg-a')], [unreadableItem('monitoring-schedule', 'hidden'), schedule('stopped', { MonitoringScheduleStatus: 'Stopped' })]),
      expect: [{ status: 'error', resource: 'ep-a', message: ['hidden', 'stopped (status Stopped)'], evidence: { unreadableSchedules: ['hidden'] } }],
    },
    {
      name: 'the endpoint config cannot be read',
      inventory: world([endpoint('ep-a')], [unreadableItem('endpoint-config', 'cfg-a')], [schedule('dq-hourly')]),
      expect: [{ status: 'error', resource: 'ep-a', message: 'cfg-a' }],
    },
  ],
  empty: { endpoints: regional([]), endpointConfigs: regional([]), monitoringSchedules: regional([]) },
});
