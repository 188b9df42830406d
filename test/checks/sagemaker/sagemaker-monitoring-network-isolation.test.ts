import check from '../../../checks/sagemaker/sagemaker-monitoring-network-isolation.js';
import type { Inventory, Item, MonitoringJobDefinition, MonitoringSchedule } from '../../../src/inventory/types.js';
import { testCheck } from '../../helpers/check-tester.js';
import { biasDef, dataQualityDef, inlineDef, inlineSchedule, schedule } from '../../helpers/endpoints-monitoring.js';
import { regional, unreadableItem } from '../../helpers/inventory.js';

const world = (scheds: Item<MonitoringSchedule>[], defs: Item<MonitoringJobDefinition>[], failed: { schedules?: string[]; defs?: string[] } = {}): Partial<Inventory> => ({
  monitoringSchedules: regional(scheds, failed.schedules),
  monitoringJobDefinitions: regional(defs, failed.defs),
});
const named = (defName: string, type: 'DataQuality' | 'ModelBias' | undefined) => ({
  MonitoringScheduleConfig: { ScheduleConfig: { ScheduleExpression: 'cron(0 * ? * * *)' }, MonitoringJobDefinitionName: defName, MonitoringType: type },
});

testCheck(check, {
  pass: [
    {
      name: 'schedule → named data quality definition with isolation (judged once, on the schedule)',
      inventory: world([schedule('s-dq')], [dataQualityDef('dq-a')]),
      expect: [{ status: 'pass', resource: 's-dq', message: 'data quality job definition dq-a', evidence: { jobDefinition: 'dq-a', kind: 'DataQuality', via: 'named', EnableNetworkIsolation: true } }],
    },
    {
      name: 'inline job definition with isolation',
      inventory: world([inlineSchedule('s-inline', inlineDef())], []),
      expect: [{ status: 'pass', resource: 's-inline', message: 'inline data quality job definition', evidence: { via: 'inline', jobDefinition: null } }],
    },
    {
      name: 'the type picks the definition: a same-named bias definition elsewhere is judged on its own',
      inventory: world([schedule('s-dq')], [dataQualityDef('dq-a'), biasDef('dq-a', { isolation: false })]),
      expect: [
        { status: 'pass', resource: 's-dq' },
        { status: 'fail', resource: 'model-bias-job-definition/dq-a', message: 'not used by any monitoring schedule' },
      ],
    },
  ],
  fail: [
    {
      name: 'named definition with EnableNetworkIsolation false',
      inventory: world([schedule('s-bias', named('bias-a', 'ModelBias'))], [biasDef('bias-a', { isolation: false })]),
      expect: [{ status: 'fail', resource: 's-bias', message: ['model bias job definition bias-a', 'EnableNetworkIsolation is false'], evidence: { EnableNetworkIsolation: false } }],
    },
    {
      name: 'EnableNetworkIsolation not set on an inline definition',
      inventory: world([inlineSchedule('s-inline', inlineDef({ isolation: undefined }))], []),
      expect: [{ status: 'fail', resource: 's-inline', message: 'not set', evidence: { EnableNetworkIsolation: null } }],
    },
    {
      name: 'a definition no schedule uses is judged on its own resource',
      inventory: world([], [dataQualityDef('dq-spare', { isolation: false }, 'eu-west-1')]),
      expect: [{ status: 'fail', resource: 'data-quality-job-definition/dq-spare', message: 'not used by any monitoring schedule', evidence: { via: 'standalone' } }],
    },
  ],
  error: [
    {
      name: 'the named definition does not exist: error, never pass',
      inventory: world([schedule('s-orphan', named('gone', 'DataQuality'))], [dataQualityDef('dq-a')]),
      expect: [
        { status: 'error', resource: 's-orphan', message: ['gone', 'does not exist'], evidence: { MonitoringJobDefinitionName: 'gone' } },
        { status: 'pass', resource: 'data-quality-job-definition/dq-a' },
      ],
    },
    {
      name: 'the named definition cannot be described',
      inventory: world([schedule('s-dq')], [unreadableItem('data-quality-job-definition', 'dq-a')]),
      expect: [{ status: 'error', resource: 's-dq', message: ['dq-a', 'AccessDeniedException'] }],
    },
    {
      name: 'the definitions of the region could not be listed',
      inventory: world([schedule('s-dq')], [], { defs: ['us-east-1'] }),
      expect: [
        { status: 'error', resource: 's-dq', message: 'could not be read' },
        { status: 'error', resource: 'arn:aws:sagemaker:us-east-1:111122223333:data-quality-job-definition/*' },
      ],
    },
    {
      name: 'a schedule with neither an inline nor a named definition',
      inventory: world([schedule('s-empty', { MonitoringScheduleConfig: { ScheduleConfig: { ScheduleExpression: 'cron(0 * ? * * *)' } } })], []),
      expect: [{ status: 'error', resource: 's-empty', message: 'names none' }],
    },
    {
      name: 'no type and two kinds share the name: ambiguous, error',
      inventory: world([schedule('s-amb', { MonitoringType: undefined, ...named('twin', undefined) })], [dataQualityDef('twin'), biasDef('twin')]),
      expect: [{ status: 'error', resource: 's-amb', message: 'several kinds' }, { status: 'pass', resource: 'data-quality-job-definition/twin' }, { status: 'pass', resource: 'model-bias-job-definition/twin' }],
    },
    {
      name: 'DescribeMonitoringSchedule denied, and ListMonitoringSchedules denied in another region',
      inventory: world([unreadableItem('monitoring-schedule', 's-x')], [], { schedules: ['eu-west-1'] }),
      expect: [
        { status: 'error', resource: 's-x', message: 'AccessDeniedException' },
        { status: 'error', resource: 'arn:aws:sagemaker:eu-west-1:111122223333:monitoring-schedule/*' },
      ],
    },
  ],
  empty: { monitoringSchedules: regional([]), monitoringJobDefinitions: regional([]) },
});
