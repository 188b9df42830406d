import check from '../../../checks/sagemaker/sagemaker-monitoring-kms.js';
import type { Inventory, Item, MonitoringJobDefinition, MonitoringSchedule } from '../../../src/inventory/types.js';
import { testCheck } from '../../helpers/check-tester.js';
import { KEY, biasDef, dataQualityDef, inlineDef, inlineSchedule, schedule } from '../../helpers/endpoints-monitoring.js';
import { regional, unreadableItem } from '../../helpers/inventory.js';

const world = (scheds: Item<MonitoringSchedule>[], defs: Item<MonitoringJobDefinition>[]): Partial<Inventory> => ({
  monitoringSchedules: regional(scheds),
  monitoringJobDefinitions: regional(defs),
});

testCheck(check, {
  pass: [
    {
      name: 'volume and output keys on the named definition',
      inventory: world([schedule('s-dq')], [dataQualityDef('dq-a')]),
      expect: [{ status: 'pass', resource: 's-dq', evidence: { VolumeKmsKeyId: KEY, OutputKmsKeyId: KEY, missingKeys: [] } }],
    },
    {
      name: 'NVMe instance type: no volume key possible, output key present',
      inventory: world([inlineSchedule('s-nvme', inlineDef({ volumeKey: undefined, instanceType: 'ml.m5d.xlarge' }))], []),
      expect: [{ status: 'pass', resource: 's-nvme', message: 'local NVMe', evidence: { missingKeys: [] } }],
    },
  ],
  fail: [
    {
      name: 'volume key missing (the volume half)',
      inventory: world([schedule('s-dq')], [dataQualityDef('dq-a', { volumeKey: undefined })]),
      expect: [{ status: 'fail', resource: 's-dq', message: 'the volume half', evidence: { missingKeys: ['volume'], VolumeKmsKeyId: null } }],
    },
    {
      name: 'output key missing (the output half)',
      inventory: world([inlineSchedule('s-inline', inlineDef({ outputKey: undefined }))], []),
      expect: [{ status: 'fail', resource: 's-inline', message: 'the output half', evidence: { missingKeys: ['output'], OutputKmsKeyId: null } }],
    },
    {
      name: 'both keys missing on an unused bias definition',
      inventory: world([], [biasDef('bias-a', { volumeKey: undefined, outputKey: undefined })]),
      expect: [{ status: 'fail', resource: 'model-bias-job-definition/bias-a', message: 'both halves', evidence: { missingKeys: ['volume', 'output'] } }],
    },
  ],
  error: [
    {
      name: 'schedule unreadable; named definition unreadable',
      inventory: world([unreadableItem('monitoring-schedule', 's-x'), schedule('s-dq')], [unreadableItem('data-quality-job-definition', 'dq-a')]),
      expect: [
        { status: 'error', resource: 's-x', message: 'AccessDeniedException' },
        { status: 'error', resource: 's-dq', message: 'dq-a' },
      ],
    },
  ],
  empty: { monitoringSchedules: regional([]), monitoringJobDefinitions: regional([]) },
});
