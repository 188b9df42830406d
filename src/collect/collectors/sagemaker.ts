/** SageMaker: list each resource kind per region, then describe each resource (settings live only in Describe*). */
import { ok, failed } from '../../model.js';
import { paginate, toCollectionError, type AwsRequest } from '../access.js';
import type { CollectContext, Collector } from '../context.js';
import type { Endpoint, EndpointConfig, Item, Model, NotebookInstance, Regional, TrainingJob } from '../../inventory/types.js';

export interface ListDescribeSpec {
  listOperation: string;
  listInput?: Record<string, unknown>;
  /** Output field holding the summaries. */
  itemsKey: string;
  nameKey: string;
  arnKey: string;
  describeOperation: string;
  /** Describe input field that takes the resource name. */
  describeNameKey: string;
  /**
   * For job kinds (history): with --since, list only jobs created since then (CreationTimeAfter) plus every job whose
   * status is `runningStatus` (StatusEquals), and probe how many finished older jobs were left out.
   */
  history?: { runningStatus: string; statusKey?: string };
}

/** How many summaries one probe page may return (the SageMaker list maximum). */
const PROBE_PAGE = 100;

/** Lists one region's summaries, honouring the --since window for job kinds. */
async function listSummaries(ctx: CollectContext, spec: ListDescribeSpec, region: string): Promise<Record<string, unknown>[]> {
  const base = spec.listInput ?? {};
  const list = (input: Record<string, unknown>) =>
    paginate<Record<string, unknown>>(ctx.access, { service: 'sagemaker', region, operation: spec.listOperation, input }, {
      inputToken: 'NextToken',
      outputToken: 'NextToken',
      items: spec.itemsKey,
    });
  const since = ctx.options.since;
  if (!spec.history || !since) return list(base);
  const statusKey = spec.history.statusKey ?? 'StatusEquals';
  const sinceIso = since.toISOString();
  const [recent, running, probe] = await Promise.all([
    list({ ...base, CreationTimeAfter: sinceIso }),
    list({ ...base, [statusKey]: spec.history.runningStatus }),
    ctx.access.send({ service: 'sagemaker', region, operation: spec.listOperation, input: { ...base, CreationTimeBefore: sinceIso, MaxResults: PROBE_PAGE } }),
  ]);
  const byArn = new Map<string, Record<string, unknown>>();
  for (const s of [...recent, ...running]) byArn.set(String(s[spec.arnKey]), s);
  const older = ((probe[spec.itemsKey] ?? []) as Record<string, unknown>[]).filter((s) => !byArn.has(String(s[spec.arnKey])));
  if (older.length > 0) {
    ctx.options.omitted?.push({ key: spec.listOperation, region, count: older.length, atLeast: typeof probe.NextToken === 'string' && probe.NextToken !== '' });
  }
  return [...byArn.values()];
}

/** Lists a resource kind in every audited region and describes each resource found. */
export async function listAndDescribe<T>(ctx: CollectContext, spec: ListDescribeSpec): Promise<Regional<Item<T>[]>> {
  const perRegion = await Promise.all(
    ctx.account.regions.map(async (region) => {
      const listRequest: AwsRequest = { service: 'sagemaker', region, operation: spec.listOperation, input: spec.listInput ?? {} };
      let summaries: Record<string, unknown>[];
      try {
        summaries = await listSummaries(ctx, spec, region);
      } catch (err) {
        return [region, failed(toCollectionError(err, listRequest))] as const;
      }
      const items = await Promise.all(
        summaries.map(async (summary): Promise<Item<T>> => {
          const name = String(summary[spec.nameKey]);
          const arn = String(summary[spec.arnKey]);
          const request: AwsRequest = {
            service: 'sagemaker',
            region,
            operation: spec.describeOperation,
            input: { [spec.describeNameKey]: name },
          };
          try {
            return { name, arn, region, data: ok((await ctx.access.send(request)) as T) };
          } catch (err) {
            return { name, arn, region, data: failed(toCollectionError(err, request)) };
          }
        }),
      );
      items.sort((a, b) => (a.arn < b.arn ? -1 : a.arn > b.arn ? 1 : 0));
      return [region, ok(items)] as const;
    }),
  );
  return Object.fromEntries(perRegion);
}

export const collectNotebookInstances: Collector<'notebookInstances'> = (ctx) =>
  listAndDescribe<NotebookInstance>(ctx, {
    listOperation: 'ListNotebookInstances',
    itemsKey: 'NotebookInstances',
    nameKey: 'NotebookInstanceName',
    arnKey: 'NotebookInstanceArn',
    describeOperation: 'DescribeNotebookInstance',
    describeNameKey: 'NotebookInstanceName',
  });

export const collectEndpoints: Collector<'endpoints'> = (ctx) =>
  listAndDescribe<Endpoint>(ctx, {
    listOperation: 'ListEndpoints',
    itemsKey: 'Endpoints',
    nameKey: 'EndpointName',
    arnKey: 'EndpointArn',
    describeOperation: 'DescribeEndpoint',
    describeNameKey: 'EndpointName',
  });

export const collectEndpointConfigs: Collector<'endpointConfigs'> = (ctx) =>
  listAndDescribe<EndpointConfig>(ctx, {
    listOperation: 'ListEndpointConfigs',
    itemsKey: 'EndpointConfigs',
    nameKey: 'EndpointConfigName',
    arnKey: 'EndpointConfigArn',
    describeOperation: 'DescribeEndpointConfig',
    describeNameKey: 'EndpointConfigName',
  });

export const collectModels: Collector<'models'> = (ctx) =>
  listAndDescribe<Model>(ctx, {
    listOperation: 'ListModels',
    itemsKey: 'Models',
    nameKey: 'ModelName',
    arnKey: 'ModelArn',
    describeOperation: 'DescribeModel',
    describeNameKey: 'ModelName',
  });

export const collectTrainingJobs: Collector<'trainingJobs'> = (ctx) =>
  listAndDescribe<TrainingJob>(ctx, {
    listOperation: 'ListTrainingJobs',
    itemsKey: 'TrainingJobSummaries',
    nameKey: 'TrainingJobName',
    arnKey: 'TrainingJobArn',
    describeOperation: 'DescribeTrainingJob',
    describeNameKey: 'TrainingJobName',
    history: { runningStatus: 'InProgress' },
  });
