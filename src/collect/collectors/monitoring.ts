/**
 * Model Monitor: monitoring schedules, and the four kinds of monitoring job definition (data quality, model
 * quality, model bias, model explainability) read with their own List/Describe calls and merged into one view.
 */
import { failed, ok, type CollectionError } from '../../model.js';
import { fromJobDefinition, type MonitoringKind, type RawMonitoringJobDefinition } from '../../inventory/monitoring.js';
import type { Item, MonitoringJobDefinition, MonitoringSchedule, Regional } from '../../inventory/types.js';
import type { Collector } from '../context.js';
import { listAndDescribe } from './sagemaker.js';

export const collectMonitoringSchedules: Collector<'monitoringSchedules'> = (ctx) =>
  listAndDescribe<MonitoringSchedule>(ctx, {
    listOperation: 'ListMonitoringSchedules',
    itemsKey: 'MonitoringScheduleSummaries',
    nameKey: 'MonitoringScheduleName',
    arnKey: 'MonitoringScheduleArn',
    describeOperation: 'DescribeMonitoringSchedule',
    describeNameKey: 'MonitoringScheduleName',
  });

/** The List/Describe operation pair of each kind (SageMaker API reference, e.g. ListDataQualityJobDefinitions). */
const KIND_OPERATIONS: Record<MonitoringKind, { list: string; describe: string }> = {
  DataQuality: { list: 'ListDataQualityJobDefinitions', describe: 'DescribeDataQualityJobDefinition' },
  ModelQuality: { list: 'ListModelQualityJobDefinitions', describe: 'DescribeModelQualityJobDefinition' },
  ModelBias: { list: 'ListModelBiasJobDefinitions', describe: 'DescribeModelBiasJobDefinition' },
  ModelExplainability: { list: 'ListModelExplainabilityJobDefinitions', describe: 'DescribeModelExplainabilityJobDefinition' },
};

/**
 * Every monitoring job definition of every kind, per region, in the typed view (raw output kept). The four lists
 * share one regional entry: when any of them fails in a region, the whole region is reported as unreadable
 * rather than shown with a kind silently missing.
 */
export const collectMonitoringJobDefinitions: Collector<'monitoringJobDefinitions'> = async (ctx) => {
  const kinds = Object.keys(KIND_OPERATIONS) as MonitoringKind[];
  const perKind = await Promise.all(
    kinds.map(async (kind) => {
      const ops = KIND_OPERATIONS[kind];
      // Summaries are MonitoringJobDefinitionSummary; the describe input takes JobDefinitionName.
      // Not streamed: the four listings make one key, and their answers are converted below.
      const regional = await listAndDescribe<unknown>({ ...ctx, stream: undefined }, {
        listOperation: ops.list,
        itemsKey: 'JobDefinitionSummaries',
        nameKey: 'MonitoringJobDefinitionName',
        arnKey: 'MonitoringJobDefinitionArn',
        describeOperation: ops.describe,
        describeNameKey: 'JobDefinitionName',
      });
      return { kind, regional };
    }),
  );
  const out: Regional<Item<MonitoringJobDefinition>[]> = {};
  for (const region of ctx.account.regions) {
    const items: Item<MonitoringJobDefinition>[] = [];
    let error: CollectionError | undefined;
    for (const { kind, regional } of perKind) {
      const list = regional[region];
      if (!list) continue;
      if (!list.ok) {
        error ??= list.error;
        continue;
      }
      for (const item of list.value) {
        const data = item.data.ok
          ? ok(fromJobDefinition({ kind, output: item.data.value } as Exclude<RawMonitoringJobDefinition, { kind: 'Inline' }>, { name: item.name, arn: item.arn }))
          : failed(item.data.error);
        items.push({ name: item.name, arn: item.arn, region: item.region, data });
      }
    }
    if (error) {
      out[region] = failed({ ...error, message: `${error.message} (the monitoring job definitions of this region are incomplete)` });
    } else {
      items.sort((a, b) => (a.arn < b.arn ? -1 : a.arn > b.arn ? 1 : 0));
      out[region] = ok(items);
    }
  }
  return out;
};
