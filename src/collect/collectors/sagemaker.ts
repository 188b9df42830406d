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
}

/** Lists a resource kind in every audited region and describes each resource found. */
export async function listAndDescribe<T>(ctx: CollectContext, spec: ListDescribeSpec): Promise<Regional<Item<T>[]>> {
  const perRegion = await Promise.all(
    ctx.account.regions.map(async (region) => {
      const listRequest: AwsRequest = { service: 'sagemaker', region, operation: spec.listOperation, input: spec.listInput ?? {} };
      let summaries: Record<string, unknown>[];
      try {
        summaries = await paginate<Record<string, unknown>>(ctx.access, listRequest, {
          inputToken: 'NextToken',
          outputToken: 'NextToken',
          items: spec.itemsKey,
        });
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
  });
