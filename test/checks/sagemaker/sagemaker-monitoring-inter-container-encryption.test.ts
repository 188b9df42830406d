import check from '../../../checks/sagemaker/sagemaker-monitoring-inter-container-encryption.js';
import type { Inventory, Item, MonitoringJobDefinition, MonitoringSchedule } from '../../../src/inventory/types.js';
import { testCheck } from '../../helpers/check-tester.js';
import { biasDef, dataQualityDef, inlineDef, inlineSchedule, schedule } from '../../helpers/endpoints-monitoring.js';
import { regional, unreadableItem } from '../../helpers/inventory.js';

const world = (scheds: Item<MonitoringSchedule>[], defs: Item<MonitoringJobDefinition>[], failedDefs: string[] = []): Partial<Inventory> => ({
  monitoringSchedules: regional(scheds),
  monitoringJobDefinitions: regional(defs, failedDefs),
});

testCheck(check, {
  pass: [
    {
      name: 'two instances with encryption',
      inventory: world([schedule('s-dq')], [dataQualityDef('dq-a')]),
      expect: [{ status: 'pass', resource: 's-dq', message: '2 instances', evidence: { InstanceCount: 2, EnableInterContainerTrafficEncryption: true } }],
    },
  ],
  fail: [
    {
      name: 'two instances, EnableInterContainerTrafficEncryption false',
      inventory: world([schedule('s-dq')], [dataQualityDef('dq-a', { encryption: false })]),
      expect: [{ status: 'fail', resource: 's-dq', message: 'is false', evidence: { EnableInterContainerTrafficEncryption: false } }],
    },
    {
      name: 'not set on an unused bias definition with four instances',
      inventory: world([], [biasDef('bias-a', { encryption: undefined, count: 4 })]),
      expect: [{ status: 'fail', resource: 'model-bias-job-definition/bias-a', message: ['4 instances', 'not set'] }],
    },
    {
      name: 'instance count not reported counts as several',
      inventory: world([inlineSchedule('s-inline', { ...inlineDef({ encryption: false }), MonitoringResources: undefined })], []),
      expect: [{ status: 'fail', resource: 's-inline', message: 'unreported number of instances', evidence: { InstanceCount: null } }],
    },
  ],
  notApplicable: [
    {
      name: 'a single instance (Security Hub logic): nothing passes between containers',
      inventory: world([inlineSchedule('s-inline', inlineDef({ count: 1, encryption: false }))], [dataQualityDef('dq-one', { count: 1, encryption: undefined })]),
      expect: [
        { status: 'not_applicable', resource: 's-inline', message: '1 instance' },
        { status: 'not_applicable', resource: 'data-quality-job-definition/dq-one' },
      ],
    },
  ],
  error: [
    {
      name: 'unreadable definition; unresolvable name',
      inventory: world([schedule('s-dq'), schedule('s-orphan', { MonitoringScheduleConfig: { MonitoringJobDefinitionName: 'gone', MonitoringType: 'DataQuality' } })], [unreadableItem('data-quality-job-definition', 'dq-a')]),
      expect: [
        { status: 'error', resource: 's-dq', message: 'AccessDeniedException' },
        { status: 'error', resource: 's-orphan', message: 'does not exist' },
      ],
    },
    {
      name: 'definition lists failed in a region (the error names the failing kind)',
      inventory: {
        monitoringSchedules: regional([]),
        monitoringJobDefinitions: { 'us-east-1': { ok: true, value: [] }, 'eu-west-1': { ok: false, error: { code: 'AccessDeniedException', message: 'no', operation: 'sagemaker:ListModelBiasJobDefinitions' } } },
      },
      expect: [{ status: 'error', resource: 'arn:aws:sagemaker:eu-west-1:111122223333:model-bias-job-definition/*', message: 'ListModelBiasJobDefinitions' }],
    },
  ],
  empty: { monitoringSchedules: regional([]), monitoringJobDefinitions: regional([]) },
});
