/** SageMaker: list each resource kind per region, then describe each resource (settings live only in Describe*). */
import { ok, failed } from '../../model.js';
import { paginate, toCollectionError, type AwsRequest } from '../access.js';
import { compactAnswer } from '../compact.js';
import type { CollectContext, Collector } from '../context.js';
import type { Endpoint, EndpointConfig, Item, Model, NotebookInstance, Regional, TrainingJob } from '../../inventory/types.js';

/**
 * Page size sent with every SageMaker list call: the APIs' maximum (their default is 10, which makes a listing of
 * 100,000 jobs 10,000 sequential pages instead of 1,000).
 */
export const SAGEMAKER_PAGE_SIZE = 100;
/** How SageMaker list calls page. */
export const SAGEMAKER_PAGES = { inputToken: 'NextToken', outputToken: 'NextToken' } as const;

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
   * Describe output fields no check reads that grow with a resource's life (status transitions, metric values): left
   * out of the inventory so that memory stays bounded on accounts with tens of thousands of jobs. The answer itself
   * is not changed (a recording keeps it whole).
   */
  omitFields?: readonly string[];
  /**
   * For job kinds (history): with --since, list only jobs created since then (CreationTimeAfter) plus every older job
   * whose status is `runningStatus`, and report how many finished older jobs were left out.
   */
  history?: {
    runningStatus: string;
    /** The list input field filtering by status (default StatusEquals). */
    statusKey?: string;
    /** The summary field holding the job's status, e.g. TrainingJobStatus. */
    summaryStatusKey: string;
  };
}

/**
 * Time slices the search for still-running jobs older than --since is split into, walked in parallel. The list
 * APIs apply StatusEquals after cutting each page (ListTrainingJobs documents it), so that search reads every older
 * job's summary, a page at a time; slicing turns one chain of N pages into several shorter chains.
 */
export const RUNNING_SLICES = 8;
/** Slices overlap by this much, so that no creation time falls between two strict CreationTimeAfter/Before filters. */
const SLICE_OVERLAP_MS = 1000;

type Summary = Record<string, unknown>;

/**
 * Describes started and not finished past which a listing waits before asking for its next page. Far more than the
 * SageMaker slots and the streamed evaluation's window, so the Describes never wait for the listing. Without it, a
 * listing runs ahead (a page of 100 summaries takes one call, its Describes 100) and starts the Describe of every job
 * in the window at once, each then suspended with its request until a slot frees: work held in proportion to the
 * account instead of to this limit.
 */
export const MAX_PENDING_DESCRIBES = 1024;

/**
 * Lists one region's summaries, honouring the --since window for job kinds; `onSummaries` receives each page as it
 * arrives (so that Describes can start before the listing ends), and the listing waits for the promise it may return.
 * Resolves when every listing has ended.
 */
async function listSummaries(
  ctx: CollectContext,
  spec: ListDescribeSpec,
  region: string,
  onSummaries: (page: Summary[]) => void | Promise<void>,
): Promise<void> {
  const base = { ...spec.listInput, MaxResults: SAGEMAKER_PAGE_SIZE };
  const list = async (input: Record<string, unknown>, keep: (s: Summary) => boolean = () => true): Promise<void> => {
    // Each listing is asked once (the --since filters and slices make every request distinct), so its pages need not
    // be kept once answered: `unique`, like the Describes.
    await paginate<Summary>(ctx.access, { service: 'sagemaker', region, operation: spec.listOperation, input, unique: true }, {
      ...SAGEMAKER_PAGES,
      items: spec.itemsKey,
      onPage: (page) => onSummaries(page.filter(keep)),
    });
  };
  const since = ctx.options.since;
  const history = spec.history;
  if (!history || !since) return list(base);
  const sinceIso = since.toISOString();
  const isRunning = (s: Summary) => s[history.summaryStatusKey] === history.runningStatus;
  // The oldest jobs created before the window, oldest first: whether any exist, how many (up to a page), and from when.
  const olderProbe = async (): Promise<void> => {
    const probe = await ctx.access.send({
      service: 'sagemaker',
      region,
      operation: spec.listOperation,
      input: { ...base, CreationTimeBefore: sinceIso, SortBy: 'CreationTime', SortOrder: 'Ascending' },
    });
    const older = Array.isArray(probe[spec.itemsKey]) ? (probe[spec.itemsKey] as Summary[]) : [];
    const more = typeof probe.NextToken === 'string' && probe.NextToken !== '';
    await onSummaries(older.filter(isRunning));
    const finished = older.filter((s) => !isRunning(s)).length;
    if (finished > 0) ctx.options.omitted?.push({ key: spec.listOperation, region, count: finished, atLeast: more });
    if (!more) return;
    // More older jobs than one page: search them for running ones, in parallel time slices from the oldest to `since`.
    const oldest = Date.parse(String(older[0]?.CreationTime));
    const end = since.getTime();
    const start = Number.isFinite(oldest) && oldest < end ? oldest : undefined;
    const statusFilter = { [history.statusKey ?? 'StatusEquals']: history.runningStatus };
    if (start === undefined) {
      await list({ ...base, ...statusFilter, CreationTimeBefore: sinceIso }, isRunning);
      return;
    }
    const width = (end - start) / RUNNING_SLICES;
    await Promise.all(
      Array.from({ length: RUNNING_SLICES }, (_, i) => {
        const from = i === 0 ? start - SLICE_OVERLAP_MS : Math.floor(start + i * width) - SLICE_OVERLAP_MS;
        const to = i === RUNNING_SLICES - 1 ? end + SLICE_OVERLAP_MS : Math.floor(start + (i + 1) * width);
        return list({ ...base, ...statusFilter, CreationTimeAfter: new Date(from).toISOString(), CreationTimeBefore: new Date(to).toISOString() }, isRunning);
      }),
    );
  };
  await Promise.all([list({ ...base, CreationTimeAfter: sinceIso }), olderProbe()]);
}

/**
 * Lists a resource kind in every audited region and describes each resource found, as soon as its page arrives. With
 * `ctx.stream` (streamed evaluation of the key being collected), each item goes to the stream as it is described and
 * the result keeps what the stream gives back: a collector that builds its key from several listings, or converts the
 * items, must call this with a context without `stream`.
 */
export async function listAndDescribe<T>(ctx: CollectContext, spec: ListDescribeSpec): Promise<Regional<Item<T>[]>> {
  const stream = ctx.stream;
  const keep = (item: Item<T>): Promise<Item<T>> => (stream ? stream.item(item) : Promise.resolve(item));
  // Describes started and not finished, in every region, and the listings waiting for them to fall to half the limit.
  let pending = 0;
  let listingsWait: { promise: Promise<void>; resume: () => void } | undefined;
  const finished = (): void => {
    pending--;
    if (listingsWait && pending <= MAX_PENDING_DESCRIBES / 2) {
      listingsWait.resume();
      listingsWait = undefined;
    }
  };
  const behind = (): Promise<void> | undefined => {
    if (pending < MAX_PENDING_DESCRIBES) return undefined;
    if (!listingsWait) {
      let resume!: () => void;
      const promise = new Promise<void>((r) => (resume = r));
      listingsWait = { promise, resume };
    }
    return listingsWait.promise;
  };
  const perRegion = await Promise.all(
    ctx.account.regions.map(async (region) => {
      const listRequest: AwsRequest = { service: 'sagemaker', region, operation: spec.listOperation, input: spec.listInput ?? {} };
      const described = new Map<string, Promise<Item<T>>>();
      const describe = async (name: string, arn: string): Promise<Item<T>> => {
        pending++;
        try {
          // Asked once per ARN (`described` below): nothing else sends this request, so its answer need not be kept.
          const request: AwsRequest = { service: 'sagemaker', region, operation: spec.describeOperation, input: { [spec.describeNameKey]: name }, unique: true };
          // Waits only when the evaluation of streamed items has fallen behind (no turn of the event loop otherwise).
          const congested = stream?.ready();
          if (congested) await congested;
          let item: Item<T>;
          try {
            const answer = await ctx.access.send(request);
            item = { name, arn, region, data: ok(compactAnswer(answer, spec.omitFields) as T) };
          } catch (err) {
            item = { name, arn, region, data: failed(toCollectionError(err, request)) };
          }
          return await keep(item);
        } finally {
          finished();
        }
      };
      try {
        await listSummaries(ctx, spec, region, (page) => {
          for (const summary of page) {
            const arn = String(summary[spec.arnKey]);
            if (!described.has(arn)) described.set(arn, describe(String(summary[spec.nameKey]), arn));
          }
          return behind();
        });
      } catch (err) {
        // Describes already started settle on their own (they never reject); the region is unreadable as a whole.
        await Promise.all(described.values());
        return [region, failed(toCollectionError(err, listRequest))] as const;
      }
      const items = await Promise.all(described.values());
      items.sort((a, b) => (a.arn < b.arn ? -1 : a.arn > b.arn ? 1 : 0));
      return [region, ok(items)] as const;
    }),
  );
  await stream?.end();
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
    omitFields: ['SecondaryStatusTransitions', 'FinalMetricDataList', 'DebugRuleEvaluationStatuses', 'ProfilerRuleEvaluationStatuses'],
    history: { runningStatus: 'InProgress', summaryStatusKey: 'TrainingJobStatus' },
  });
