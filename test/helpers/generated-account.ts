/**
 * Generated accounts: a SageMaker estate of any size described by a few counts, answered on demand. Nothing is stored
 * per resource: resource i of a kind in a region has a name, creation time and settings computed from (kind, region, i),
 * so a 500,000-job account costs no more memory than a 5-job one, and list pages and Describe answers are computed when
 * asked (by the fake endpoint, as an AccountSource, or in process through `generatedAccess`).
 *
 * The list calls behave as the SageMaker API reference describes them:
 *  - pages of MaxResults items (1–100; 10 when not given, as ListEndpoints documents), with an opaque NextToken that is
 *    only valid for the same query (anything else is a ValidationException);
 *  - CreationTimeAfter/Before (strict), LastModifiedTimeAfter/Before, NameContains, StatusEquals filters;
 *    SortBy CreationTime (default) / Name / Status, SortOrder (ListTrainingJobs defaults to Ascending, the others to
 *    Descending);
 *  - ListTrainingJobs applies StatusEquals after cutting the page: "the MaxResults number of training jobs are first
 *    retrieved ignoring the StatusEquals parameter and then they are filtered by the StatusEquals parameter" (API
 *    reference), so a status-filtered listing walks the whole history, in short or empty pages;
 *  - with `ragged: true`, pages are also short or empty for no reason, as real list APIs may answer.
 * A list input field the generator does not know is not guessed at: the request gets no answer (NotRecorded).
 *
 * Job kinds have `finished` jobs created over `spreadDays` before `now` (denser towards the present: creation times
 * grow as (i/n)^(1/growth)) and `running` jobs created in the last two days, status InProgress.
 */
import { AwsCallError, operationName, requestKey, stableStringify, type AwsAccess, type AwsRequest, type AwsResponse } from '../../src/collect/access.js';
import { collect, identify } from '../../src/collect/collect.js';
import { RecordingAccess } from '../../src/collect/record.js';
import type { ServiceName } from '../../src/collect/commands.js';
import type { AccountContext, RequirementKey } from '../../src/inventory/types.js';
import type { RecordedCall, Snapshot } from '../../src/snapshot/format.js';
import { operationModel, type AccountSource, type SourceAnswer } from './fake-aws-server.js';

const DAY = 86_400_000;

export interface JobCounts {
  /** Completed, Failed or Stopped jobs. */
  finished: number;
  /** InProgress jobs, created in the last two days. */
  running?: number;
  /** Finished jobs are created over this many days before `now` (default 1095: three years). */
  spreadDays?: number;
  /** >1: more jobs recently (default 2: the creation rate grows linearly over the spread). */
  growth?: number;
}

export interface GeneratedAccountSpec {
  accountId?: string;
  partition?: string;
  regions: string[];
  /** The account's present (ISO): the newest creation times lie just before it. */
  now?: string;
  /** Totals over all regions (split evenly, remainder to the first regions). */
  notebooks?: number;
  endpoints?: number;
  /** Default: as many as endpoints (endpoint i uses config i, which serves model i). */
  endpointConfigs?: number;
  models?: number;
  trainingJobs?: number | JobCounts;
  processingJobs?: number | JobCounts;
  transformJobs?: number | JobCounts;
  tuningJobs?: number | JobCounts;
  autoMLJobs?: number | JobCounts;
  compilationJobs?: number | JobCounts;
  buckets?: number;
  /** ListBuckets reports each bucket's region (current API; default true). false: GetBucketLocation is needed. */
  bucketRegionInList?: boolean;
  /** Default page size of SageMaker lists when MaxResults is not given (10). */
  defaultPageSize?: number;
  /** Short and empty pages (with a NextToken) besides full ones. */
  ragged?: boolean;
  /** Varies settings between accounts of equal counts. */
  seed?: number;
}

// ---------------------------------------------------------------------------------------------------------------
// Deterministic variety

/** A 32-bit hash of a few integers (murmur3 finaliser over a running mix). */
function hash(...xs: number[]): number {
  let h = 0x9e3779b9;
  for (const x of xs) {
    h = Math.imul(h ^ (x | 0), 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

const pick = <T>(xs: readonly T[], h: number): T => xs[h % xs.length]!;
const pad = (i: number) => String(i).padStart(7, '0');
const iso = (ms: number) => new Date(ms).toISOString();

function strHash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

// ---------------------------------------------------------------------------------------------------------------
// Kinds

type JobKind = 'trainingJobs' | 'processingJobs' | 'transformJobs' | 'tuningJobs' | 'autoMLJobs' | 'compilationJobs';
type PlainKind = 'notebooks' | 'endpoints' | 'endpointConfigs' | 'models';
type Kind = PlainKind | JobKind;

interface KindDef {
  list: string;
  items: string;
  name: string;
  arn: string;
  arnType: string;
  status?: string;
  describe: string;
  describeName: string;
  prefix: string;
  job: boolean;
  /** Default SortOrder. */
  order: 'Ascending' | 'Descending';
  /** StatusEquals filters the page after it is cut (ListTrainingJobs). */
  statusAfterPage?: boolean;
  /** List input fields understood besides the common ones. */
  filters: string[];
  /** Terminal statuses of finished jobs. */
  finished?: readonly string[];
  running?: string;
}

const COMMON_FILTERS = ['NextToken', 'MaxResults', 'SortBy', 'SortOrder', 'NameContains', 'CreationTimeAfter', 'CreationTimeBefore'];
const MODIFIED = ['LastModifiedTimeAfter', 'LastModifiedTimeBefore', 'StatusEquals'];

const KINDS: Record<Kind, KindDef> = {
  notebooks: {
    list: 'ListNotebookInstances', items: 'NotebookInstances', name: 'NotebookInstanceName', arn: 'NotebookInstanceArn', arnType: 'notebook-instance',
    status: 'NotebookInstanceStatus', describe: 'DescribeNotebookInstance', describeName: 'NotebookInstanceName', prefix: 'nb', job: false,
    order: 'Descending', filters: MODIFIED,
  },
  endpoints: {
    list: 'ListEndpoints', items: 'Endpoints', name: 'EndpointName', arn: 'EndpointArn', arnType: 'endpoint', status: 'EndpointStatus',
    describe: 'DescribeEndpoint', describeName: 'EndpointName', prefix: 'ep', job: false, order: 'Descending', filters: MODIFIED,
  },
  endpointConfigs: {
    list: 'ListEndpointConfigs', items: 'EndpointConfigs', name: 'EndpointConfigName', arn: 'EndpointConfigArn', arnType: 'endpoint-config',
    describe: 'DescribeEndpointConfig', describeName: 'EndpointConfigName', prefix: 'epc', job: false, order: 'Descending', filters: [],
  },
  models: {
    list: 'ListModels', items: 'Models', name: 'ModelName', arn: 'ModelArn', arnType: 'model', describe: 'DescribeModel', describeName: 'ModelName',
    prefix: 'model', job: false, order: 'Descending', filters: [],
  },
  trainingJobs: {
    list: 'ListTrainingJobs', items: 'TrainingJobSummaries', name: 'TrainingJobName', arn: 'TrainingJobArn', arnType: 'training-job',
    status: 'TrainingJobStatus', describe: 'DescribeTrainingJob', describeName: 'TrainingJobName', prefix: 'train', job: true, order: 'Ascending',
    statusAfterPage: true, filters: MODIFIED, finished: ['Completed', 'Completed', 'Completed', 'Failed', 'Stopped'], running: 'InProgress',
  },
  processingJobs: {
    list: 'ListProcessingJobs', items: 'ProcessingJobSummaries', name: 'ProcessingJobName', arn: 'ProcessingJobArn', arnType: 'processing-job',
    status: 'ProcessingJobStatus', describe: 'DescribeProcessingJob', describeName: 'ProcessingJobName', prefix: 'proc', job: true, order: 'Descending',
    filters: MODIFIED, finished: ['Completed', 'Completed', 'Failed', 'Stopped'], running: 'InProgress',
  },
  transformJobs: {
    list: 'ListTransformJobs', items: 'TransformJobSummaries', name: 'TransformJobName', arn: 'TransformJobArn', arnType: 'transform-job',
    status: 'TransformJobStatus', describe: 'DescribeTransformJob', describeName: 'TransformJobName', prefix: 'xform', job: true, order: 'Descending',
    filters: MODIFIED, finished: ['Completed', 'Completed', 'Failed', 'Stopped'], running: 'InProgress',
  },
  tuningJobs: {
    list: 'ListHyperParameterTuningJobs', items: 'HyperParameterTuningJobSummaries', name: 'HyperParameterTuningJobName',
    arn: 'HyperParameterTuningJobArn', arnType: 'hyper-parameter-tuning-job', status: 'HyperParameterTuningJobStatus',
    describe: 'DescribeHyperParameterTuningJob', describeName: 'HyperParameterTuningJobName', prefix: 'hpo', job: true, order: 'Descending',
    filters: MODIFIED, finished: ['Completed', 'Completed', 'Failed', 'Stopped'], running: 'InProgress',
  },
  autoMLJobs: {
    list: 'ListAutoMLJobs', items: 'AutoMLJobSummaries', name: 'AutoMLJobName', arn: 'AutoMLJobArn', arnType: 'automl-job', status: 'AutoMLJobStatus',
    describe: 'DescribeAutoMLJobV2', describeName: 'AutoMLJobName', prefix: 'automl', job: true, order: 'Descending', filters: MODIFIED,
    finished: ['Completed', 'Failed', 'Stopped'], running: 'InProgress',
  },
  compilationJobs: {
    list: 'ListCompilationJobs', items: 'CompilationJobSummaries', name: 'CompilationJobName', arn: 'CompilationJobArn', arnType: 'compilation-job',
    status: 'CompilationJobStatus', describe: 'DescribeCompilationJob', describeName: 'CompilationJobName', prefix: 'neo', job: true, order: 'Descending',
    filters: MODIFIED, finished: ['COMPLETED', 'COMPLETED', 'FAILED', 'STOPPED'], running: 'INPROGRESS',
  },
};

const KIND_NAMES = Object.keys(KINDS) as Kind[];
const BY_LIST = new Map(KIND_NAMES.map((k) => [KINDS[k].list, k]));
const BY_DESCRIBE = new Map(KIND_NAMES.map((k) => [KINDS[k].describe, k]));

interface Population {
  /** Per region. */
  counts: number[];
  finished: number[];
  spreadMs: number;
  growth: number;
}

const validation = (message: string): SourceAnswer => ({ error: { name: 'ValidationException', message, httpStatus: 400 } });

const TRAINING_IMAGES = [
  '763104351884.dkr.ecr.{r}.amazonaws.com/pytorch-training:2.3.0-gpu-py311',
  '763104351884.dkr.ecr.{r}.amazonaws.com/tensorflow-training:2.16.1-gpu-py310',
  '683313688378.dkr.ecr.{r}.amazonaws.com/sagemaker-xgboost:1.7-1',
  '763104351884.dkr.ecr.{r}.amazonaws.com/huggingface-pytorch-training:2.1.0-transformers4.36.0-gpu-py310-cu121-ubuntu20.04',
];
const INSTANCE_TYPES = ['ml.m5.xlarge', 'ml.m5.2xlarge', 'ml.c5.4xlarge', 'ml.g5.2xlarge', 'ml.p3.2xlarge', 'ml.p4d.24xlarge', 'ml.g4dn.xlarge'];

// ---------------------------------------------------------------------------------------------------------------

export class GeneratedAccount implements AccountSource {
  readonly label = 'the generated account';
  readonly accountId: string;
  readonly partition: string;
  readonly regions: readonly string[];
  readonly now: number;
  private readonly seed: number;
  private readonly pops = new Map<Kind, Population>();
  private readonly buckets: number;
  private readonly bucketRegionInList: boolean;
  private readonly pageSize: number;
  private readonly ragged: boolean;
  /** Filtered index lists of recent queries that need one (name, status or modified-time filters, Status sort). */
  private readonly queryCache = new Map<string, Int32Array>();

  constructor(readonly spec: GeneratedAccountSpec) {
    if (spec.regions.length === 0) throw new Error('generated-account: at least one region');
    this.accountId = spec.accountId ?? '123456789012';
    this.partition = spec.partition ?? 'aws';
    this.regions = spec.regions;
    this.now = Date.parse(spec.now ?? '2026-11-20T08:00:00.000Z');
    this.seed = spec.seed ?? 1;
    this.buckets = spec.buckets ?? 0;
    this.bucketRegionInList = spec.bucketRegionInList ?? true;
    this.pageSize = spec.defaultPageSize ?? 10;
    this.ragged = spec.ragged ?? false;
    const endpoints = spec.endpoints ?? 0;
    const plain: Record<PlainKind, number> = {
      notebooks: spec.notebooks ?? 0,
      endpoints,
      endpointConfigs: spec.endpointConfigs ?? endpoints,
      models: spec.models ?? spec.endpointConfigs ?? endpoints,
    };
    for (const [kind, total] of Object.entries(plain) as [PlainKind, number][]) {
      const counts = this.split(total);
      this.pops.set(kind, { counts, finished: counts, spreadMs: 720 * DAY, growth: 1 });
    }
    for (const kind of ['trainingJobs', 'processingJobs', 'transformJobs', 'tuningJobs', 'autoMLJobs', 'compilationJobs'] as JobKind[]) {
      const raw = spec[kind] ?? 0;
      const jc: JobCounts = typeof raw === 'number' ? { finished: raw } : raw;
      const finished = this.split(jc.finished);
      const running = this.split(jc.running ?? 0);
      this.pops.set(kind, {
        counts: finished.map((f, r) => f + running[r]!),
        finished,
        spreadMs: (jc.spreadDays ?? 1095) * DAY,
        growth: jc.growth ?? 2,
      });
    }
  }

  private split(total: number): number[] {
    const n = this.regions.length;
    return this.regions.map((_, r) => Math.floor(total / n) + (r < total % n ? 1 : 0));
  }

  private regionIndex(region: string): number {
    return this.regions.indexOf(region);
  }

  /** How many resources of a kind a region holds. */
  count(kind: Kind, region: string): number {
    const r = this.regionIndex(region);
    return r < 0 ? 0 : this.pops.get(kind)!.counts[r]!;
  }

  /** Creation time (epoch ms) of resource i; non-decreasing in i. */
  created(kind: Kind, r: number, i: number): number {
    const pop = this.pops.get(kind)!;
    const f = pop.finished[r]!;
    if (i >= f) {
      // Running jobs: the last two days.
      const running = pop.counts[r]! - f;
      return Math.floor(this.now - 2 * DAY + ((i - f + 0.5) / running) * (2 * DAY - 60_000));
    }
    const start = this.now - pop.spreadMs;
    const usable = pop.spreadMs - 2 * DAY - 60_000;
    return Math.floor(start + usable * Math.pow((i + 0.5) / f, 1 / pop.growth));
  }

  private isRunning(kind: Kind, r: number, i: number): boolean {
    return KINDS[kind].job && i >= this.pops.get(kind)!.finished[r]!;
  }

  private statusOf(kind: Kind, r: number, i: number): string | undefined {
    const def = KINDS[kind];
    if (def.job) return this.isRunning(kind, r, i) ? def.running : pick(def.finished!, hash(this.seed, 7, r, i));
    if (kind === 'notebooks') return pick(['InService', 'InService', 'Stopped'], hash(this.seed, 8, r, i));
    if (kind === 'endpoints') return 'InService';
    return undefined;
  }

  /** Last modification (epoch ms): finished jobs when they ended, everything else a while after creation. */
  private modified(kind: Kind, r: number, i: number): number {
    const c = this.created(kind, r, i);
    if (this.isRunning(kind, r, i)) return Math.min(this.now - 1000, c + 600_000);
    return Math.min(this.now - 1000, c + 1_800_000 + (hash(this.seed, 9, r, i) % 14_400_000));
  }

  nameOf(kind: Kind, region: string, i: number): string {
    return `${KINDS[kind].prefix}-${region}-${pad(i)}`;
  }

  arnOf(kind: Kind, region: string, i: number): string {
    return `arn:${this.partition}:sagemaker:${region}:${this.accountId}:${KINDS[kind].arnType}/${this.nameOf(kind, region, i)}`;
  }

  private indexOfName(kind: Kind, region: string, name: unknown): number | undefined {
    if (typeof name !== 'string') return undefined;
    const prefix = `${KINDS[kind].prefix}-${region}-`;
    if (!name.startsWith(prefix)) return undefined;
    const rest = name.slice(prefix.length);
    if (!/^\d{7}$/.test(rest)) return undefined;
    const i = Number(rest);
    return i < this.count(kind, region) ? i : undefined;
  }

  keyArn(region: string): string {
    return `arn:${this.partition}:kms:${region}:${this.accountId}:key/${hash(this.seed, 11, this.regionIndex(region)).toString(16).padStart(8, '0')}-1c2d-4e5f-8a9b-0c1d2e3f4a5b`;
  }

  private role(): string {
    return `arn:${this.partition}:iam::${this.accountId}:role/service-role/AmazonSageMaker-ExecutionRole-generated`;
  }

  private bucketName(b: number): string {
    return `smsec-gen-${this.accountId}-${pad(b)}`;
  }

  private bucketRegion(b: number): string {
    return this.regions[b % this.regions.length]!;
  }

  // -------------------------------------------------------------------------------------------------------------
  // Listing

  /** Index of the first resource created strictly after `ms` (creation times are non-decreasing). */
  private firstAfter(kind: Kind, r: number, n: number, ms: number): number {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.created(kind, r, mid) > ms) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  private list(kind: Kind, request: AwsRequest): SourceAnswer | undefined {
    const def = KINDS[kind];
    const input = request.input;
    for (const k of Object.keys(input)) if (input[k] !== undefined && !COMMON_FILTERS.includes(k) && !def.filters.includes(k)) return undefined;
    const r = this.regionIndex(request.region);
    const n = r < 0 ? 0 : this.pops.get(kind)!.counts[r]!;
    const time = (field: string): number | undefined => {
      const v = input[field];
      if (v === undefined) return undefined;
      const ms = v instanceof Date ? v.getTime() : typeof v === 'number' ? v * 1000 : Date.parse(String(v));
      return Number.isNaN(ms) ? NaN : ms;
    };
    const max = input.MaxResults;
    if (max !== undefined && (typeof max !== 'number' || !Number.isInteger(max) || max < 1 || max > 100)) {
      return validation(`1 validation error detected: Value '${String(max)}' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 100`);
    }
    const sortBy = (input.SortBy as string | undefined) ?? 'CreationTime';
    const order = (input.SortOrder as string | undefined) ?? def.order;
    if (!['CreationTime', 'Name', 'Status'].includes(sortBy) || !['Ascending', 'Descending'].includes(order)) return validation('invalid SortBy or SortOrder');
    const after = time('CreationTimeAfter');
    const before = time('CreationTimeBefore');
    if (Number.isNaN(after) || Number.isNaN(before)) return validation('invalid timestamp');
    // Creation-time filters cut a contiguous range of indices.
    let lo = 0;
    let hi = n;
    if (after !== undefined) lo = this.firstAfter(kind, r, n, after);
    if (before !== undefined) hi = Math.min(hi, this.firstAfter(kind, r, n, before - 1));
    if (hi < lo) hi = lo;
    const status = input.StatusEquals as string | undefined;
    const preStatus = status !== undefined && !def.statusAfterPage ? status : undefined;
    const postStatus = status !== undefined && def.statusAfterPage ? status : undefined;
    const needsList =
      typeof input.NameContains === 'string' || preStatus !== undefined || input.LastModifiedTimeAfter !== undefined || input.LastModifiedTimeBefore !== undefined || sortBy === 'Status';
    // The query's fingerprint: a token is valid only for the query that issued it.
    const { NextToken: _t, MaxResults: _m, ...query } = input;
    void _t;
    void _m;
    const fingerprint = strHash(`${kind}|${request.region}|${stableStringify(query)}`).toString(36);
    let positions: Int32Array | undefined;
    if (needsList) {
      const cacheKey = `${fingerprint}|${order}`;
      positions = this.queryCache.get(cacheKey);
      if (!positions) {
        const modAfter = time('LastModifiedTimeAfter');
        const modBefore = time('LastModifiedTimeBefore');
        const name = typeof input.NameContains === 'string' ? input.NameContains : undefined;
        const picked: number[] = [];
        for (let i = lo; i < hi; i++) {
          if (name !== undefined && !this.nameOf(kind, request.region, i).includes(name)) continue;
          if (preStatus !== undefined && this.statusOf(kind, r, i) !== preStatus) continue;
          if (modAfter !== undefined && !(this.modified(kind, r, i) > modAfter)) continue;
          if (modBefore !== undefined && !(this.modified(kind, r, i) < modBefore)) continue;
          picked.push(i);
        }
        if (sortBy === 'Status') picked.sort((a, b) => (this.statusOf(kind, r, a)! < this.statusOf(kind, r, b)! ? -1 : this.statusOf(kind, r, a)! > this.statusOf(kind, r, b)! ? 1 : a - b));
        if (order === 'Descending') picked.reverse();
        positions = Int32Array.from(picked);
        if (this.queryCache.size > 16) this.queryCache.delete(this.queryCache.keys().next().value!);
        this.queryCache.set(cacheKey, positions);
      }
    }
    const total = positions ? positions.length : hi - lo;
    // Names sort like indices (zero-padded), so Name and CreationTime orders agree.
    const at = (p: number): number => (positions ? positions[p]! : order === 'Descending' ? hi - 1 - p : lo + p);

    let offset = 0;
    let page = 0;
    if (input.NextToken !== undefined) {
      const parsed = this.parseToken(input.NextToken, fingerprint);
      if (!parsed) return validation('The NextToken is invalid.');
      [offset, page] = parsed;
    }
    let size = (max as number | undefined) ?? this.pageSize;
    if (this.ragged) {
      const h = hash(this.seed, 13, strHash(fingerprint), page);
      size = h % 4 === 0 ? 0 : 1 + (h % size);
    }
    const end = Math.min(total, offset + size);
    const items: Record<string, unknown>[] = [];
    for (let p = offset; p < end; p++) {
      const i = at(p);
      if (postStatus !== undefined && this.statusOf(kind, r, i) !== postStatus) continue;
      items.push(this.summary(kind, request.region, r, i));
    }
    const out: Record<string, unknown> = { [def.items]: items };
    if (end < total) out.NextToken = this.token(fingerprint, end, page + 1);
    return { response: out };
  }

  private token(fingerprint: string, offset: number, page: number): string {
    return Buffer.from(`${fingerprint}:${offset}:${page}`).toString('base64');
  }

  private parseToken(token: unknown, fingerprint: string): [number, number] | undefined {
    if (typeof token !== 'string') return undefined;
    const m = /^([0-9a-z]+):(\d+):(\d+)$/.exec(Buffer.from(token, 'base64').toString('utf8'));
    if (!m || m[1] !== fingerprint) return undefined;
    return [Number(m[2]), Number(m[3])];
  }

  private summary(kind: Kind, region: string, r: number, i: number): Record<string, unknown> {
    const def = KINDS[kind];
    const created = iso(this.created(kind, r, i));
    const base: Record<string, unknown> = { [def.name]: this.nameOf(kind, region, i), [def.arn]: this.arnOf(kind, region, i), CreationTime: created };
    const status = this.statusOf(kind, r, i);
    if (def.status && status) base[def.status] = status;
    const modified = iso(this.modified(kind, r, i));
    const running = this.isRunning(kind, r, i);
    switch (kind) {
      case 'notebooks':
        return { ...base, InstanceType: pick(['ml.t3.medium', 'ml.t3.xlarge', 'ml.m5.xlarge'], hash(this.seed, 1, r, i)), LastModifiedTime: modified, Url: `${this.nameOf(kind, region, i)}.notebook.${region}.sagemaker.aws` };
      case 'endpoints':
        return { ...base, LastModifiedTime: modified };
      case 'trainingJobs':
        return { ...base, LastModifiedTime: modified, ...(running ? { SecondaryStatus: 'Training' } : { TrainingEndTime: modified, SecondaryStatus: status }) };
      case 'processingJobs':
        return { ...base, LastModifiedTime: modified, ...(running ? {} : { ProcessingEndTime: modified }) };
      case 'transformJobs':
        return { ...base, LastModifiedTime: modified, ...(running ? {} : { TransformEndTime: modified }) };
      case 'tuningJobs':
        return {
          ...base,
          Strategy: 'Bayesian',
          LastModifiedTime: modified,
          TrainingJobStatusCounters: { Completed: 10, InProgress: running ? 2 : 0, RetryableError: 0, NonRetryableError: 0, Stopped: 0 },
          ObjectiveStatusCounters: { Succeeded: 10, Pending: running ? 2 : 0, Failed: 0 },
          ...(running ? {} : { HyperParameterTuningEndTime: modified }),
        };
      case 'autoMLJobs':
        return { ...base, AutoMLJobSecondaryStatus: running ? 'Training' : 'Completed', LastModifiedTime: modified, ...(running ? {} : { EndTime: modified }) };
      case 'compilationJobs':
        return { ...base, CompilationTargetDevice: 'ml_c5', LastModifiedTime: modified, ...(running ? {} : { CompilationEndTime: modified }) };
      default:
        return base;
    }
  }

  // -------------------------------------------------------------------------------------------------------------
  // Describing

  private describe(kind: Kind, request: AwsRequest): SourceAnswer | undefined {
    const def = KINDS[kind];
    const keys = Object.keys(request.input).filter((k) => request.input[k] !== undefined);
    if (keys.length !== 1 || keys[0] !== def.describeName) return undefined;
    const region = request.region;
    const i = this.indexOfName(kind, region, request.input[def.describeName]);
    if (i === undefined) return validation(`Could not find ${def.arnType.replace(/-/g, ' ')} "${String(request.input[def.describeName])}".`);
    return { response: this.details(kind, region, this.regionIndex(region), i) };
  }

  private details(kind: Kind, region: string, r: number, i: number): Record<string, unknown> {
    const h = hash(this.seed, 2, KIND_NAMES.indexOf(kind), r, i);
    const name = this.nameOf(kind, region, i);
    const arn = this.arnOf(kind, region, i);
    const createdMs = this.created(kind, r, i);
    const created = iso(createdMs);
    const modified = iso(this.modified(kind, r, i));
    const status = this.statusOf(kind, r, i);
    const running = this.isRunning(kind, r, i);
    const key = this.keyArn(region);
    const withKey = (bit: number) => ((h >>> bit) & 3) !== 0; // three in four
    const bucket = `sagemaker-${region}-${this.accountId}`;
    const role = this.role();
    switch (kind) {
      case 'notebooks':
        return {
          NotebookInstanceArn: arn, NotebookInstanceName: name, NotebookInstanceStatus: status,
          Url: `${name}.notebook.${region}.sagemaker.aws`, InstanceType: pick(['ml.t3.medium', 'ml.t3.xlarge', 'ml.m5.xlarge'], hash(this.seed, 1, r, i)),
          RoleArn: role, ...(withKey(0) ? { KmsKeyId: key } : {}), NetworkInterfaceId: `eni-${h.toString(16).padStart(17, '0')}`,
          LastModifiedTime: modified, CreationTime: created, DirectInternetAccess: (h & 4) !== 0 ? 'Enabled' : 'Disabled', VolumeSizeInGB: 5 + (h % 100),
          RootAccess: (h & 8) !== 0 ? 'Enabled' : 'Disabled', PlatformIdentifier: 'notebook-al2-v3',
          InstanceMetadataServiceConfiguration: { MinimumInstanceMetadataServiceVersion: (h & 16) !== 0 ? '2' : '1' },
        };
      case 'models':
        return {
          ModelName: name, ModelArn: arn, CreationTime: created, ExecutionRoleArn: role,
          PrimaryContainer: {
            Image: pick(TRAINING_IMAGES, h).replace('{r}', region).replace('-training', '-inference'), Mode: 'SingleModel',
            ModelDataUrl: `s3://${bucket}/models/${name}/model.tar.gz`, Environment: { SAGEMAKER_PROGRAM: 'inference.py', SAGEMAKER_REGION: region },
          },
          EnableNetworkIsolation: (h & 4) !== 0,
        };
      case 'endpointConfigs':
        return {
          EndpointConfigName: name, EndpointConfigArn: arn, CreationTime: created, ...(withKey(0) ? { KmsKeyId: key } : {}),
          ProductionVariants: [
            {
              VariantName: 'AllTraffic', ModelName: this.nameOf('models', region, i % Math.max(1, this.count('models', region))),
              InitialInstanceCount: 1 + (h % 3), InstanceType: pick(['ml.m5.xlarge', 'ml.c5.2xlarge', 'ml.g4dn.xlarge', 'ml.g5.xlarge'], h >>> 3), InitialVariantWeight: 1,
            },
          ],
        };
      case 'endpoints':
        return {
          EndpointName: name, EndpointArn: arn, EndpointConfigName: this.nameOf('endpointConfigs', region, i % Math.max(1, this.count('endpointConfigs', region))),
          EndpointStatus: status, CreationTime: created, LastModifiedTime: modified,
          ProductionVariants: [{ VariantName: 'AllTraffic', CurrentWeight: 1, DesiredWeight: 1, CurrentInstanceCount: 1, DesiredInstanceCount: 1 }],
        };
      case 'trainingJobs': {
        const start = createdMs + 180_000;
        const end = this.modified(kind, r, i);
        const instanceType = pick(INSTANCE_TYPES, h >>> 5);
        const transitions = ['Starting', 'Downloading', 'Training', 'Uploading', 'Completed'].slice(0, running ? 3 : 5).map((s, k, all) => ({
          Status: s,
          StartTime: iso(start + k * 60_000),
          ...(k < all.length - 1 || !running ? { EndTime: iso(k === all.length - 1 ? end : start + (k + 1) * 60_000) } : {}),
          StatusMessage: s === 'Training' ? 'Training image download completed. Training in progress.' : `${s} the training job`,
        }));
        return {
          TrainingJobName: name, TrainingJobArn: arn, TrainingJobStatus: status, SecondaryStatus: running ? 'Training' : status,
          ...(status === 'Failed' ? { FailureReason: 'AlgorithmError: ExecuteUserScriptError: ExitCode 1' } : {}),
          ...(running ? {} : { ModelArtifacts: { S3ModelArtifacts: `s3://${bucket}/jobs/${name}/output/model.tar.gz` } }),
          HyperParameters: {
            epochs: String(5 + (h % 20)), 'learning-rate': '0.0005', batch_size: '64', sagemaker_program: '"train.py"',
            sagemaker_submit_directory: `"s3://${bucket}/jobs/${name}/source/sourcedir.tar.gz"`, sagemaker_region: `"${region}"`,
            sagemaker_container_log_level: '20', sagemaker_job_name: `"${name}"`,
          },
          AlgorithmSpecification: {
            TrainingImage: pick(TRAINING_IMAGES, h).replace('{r}', region), TrainingInputMode: 'File', EnableSageMakerMetricsTimeSeries: true,
            MetricDefinitions: [{ Name: 'train:loss', Regex: 'loss: ([0-9\\.]+)' }, { Name: 'validation:accuracy', Regex: 'val_acc: ([0-9\\.]+)' }],
          },
          RoleArn: role,
          InputDataConfig: ['train', 'validation'].map((c) => ({
            ChannelName: c,
            DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: `s3://${bucket}/datasets/${c}/`, S3DataDistributionType: 'FullyReplicated' } },
            ContentType: 'application/x-parquet', CompressionType: 'None', RecordWrapperType: 'None',
          })),
          OutputDataConfig: { S3OutputPath: `s3://${bucket}/jobs/`, ...(withKey(2) ? { KmsKeyId: key } : {}), CompressionType: 'GZIP' },
          ResourceConfig: { InstanceType: instanceType, InstanceCount: 1 + ((h >>> 8) % 2), VolumeSizeInGB: 30 + (h % 200), ...(withKey(4) ? { VolumeKmsKeyId: key } : {}) },
          StoppingCondition: { MaxRuntimeInSeconds: 86_400 },
          CreationTime: created, TrainingStartTime: iso(start), ...(running ? {} : { TrainingEndTime: iso(end) }), LastModifiedTime: modified,
          SecondaryStatusTransitions: transitions,
          ...(running ? {} : { FinalMetricDataList: [{ MetricName: 'train:loss', Value: (h % 1000) / 10_000, Timestamp: iso(end) }] }),
          EnableNetworkIsolation: (h & 64) !== 0, EnableInterContainerTrafficEncryption: (h & 128) !== 0, EnableManagedSpotTraining: false,
          ...(running ? {} : { TrainingTimeInSeconds: Math.round((end - start) / 1000), BillableTimeInSeconds: Math.round((end - start) / 1000) }),
        };
      }
      case 'processingJobs':
        return {
          ProcessingJobName: name, ProcessingJobArn: arn, ProcessingJobStatus: status, CreationTime: created, LastModifiedTime: modified, RoleArn: role,
          ProcessingResources: { ClusterConfig: { InstanceCount: 1, InstanceType: 'ml.m5.xlarge', VolumeSizeInGB: 30, ...(withKey(0) ? { VolumeKmsKeyId: key } : {}) } },
          AppSpecification: { ImageUri: `683313688378.dkr.ecr.${region}.amazonaws.com/sagemaker-scikit-learn:1.2-1-cpu-py3` },
          ProcessingOutputConfig: { Outputs: [{ OutputName: 'out', S3Output: { S3Uri: `s3://${bucket}/processing/${name}/`, LocalPath: '/opt/ml/processing/output', S3UploadMode: 'EndOfJob' } }], ...(withKey(2) ? { KmsKeyId: key } : {}) },
          StoppingCondition: { MaxRuntimeInSeconds: 3600 }, NetworkConfig: { EnableNetworkIsolation: (h & 64) !== 0, EnableInterContainerTrafficEncryption: (h & 128) !== 0 },
        };
      case 'transformJobs':
        return {
          TransformJobName: name, TransformJobArn: arn, TransformJobStatus: status, CreationTime: created, ModelName: this.nameOf('models', region, 0),
          TransformInput: { DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: `s3://${bucket}/batch/in/` } }, ContentType: 'text/csv' },
          TransformOutput: { S3OutputPath: `s3://${bucket}/batch/out/`, ...(withKey(2) ? { KmsKeyId: key } : {}) },
          TransformResources: { InstanceType: 'ml.m5.xlarge', InstanceCount: 1, ...(withKey(0) ? { VolumeKmsKeyId: key } : {}) },
        };
      case 'tuningJobs':
        return {
          HyperParameterTuningJobName: name, HyperParameterTuningJobArn: arn, HyperParameterTuningJobStatus: status, CreationTime: created, LastModifiedTime: modified,
          HyperParameterTuningJobConfig: { Strategy: 'Bayesian', ResourceLimits: { MaxNumberOfTrainingJobs: 12, MaxParallelTrainingJobs: 2 } },
          TrainingJobDefinition: {
            AlgorithmSpecification: { TrainingImage: pick(TRAINING_IMAGES, h).replace('{r}', region), TrainingInputMode: 'File' }, RoleArn: role,
            OutputDataConfig: { S3OutputPath: `s3://${bucket}/hpo/`, ...(withKey(2) ? { KmsKeyId: key } : {}) },
            ResourceConfig: { InstanceType: 'ml.m5.xlarge', InstanceCount: 1, VolumeSizeInGB: 30, ...(withKey(4) ? { VolumeKmsKeyId: key } : {}) },
            StoppingCondition: { MaxRuntimeInSeconds: 3600 }, EnableNetworkIsolation: (h & 64) !== 0,
          },
          TrainingJobStatusCounters: { Completed: 10, InProgress: running ? 2 : 0, RetryableError: 0, NonRetryableError: 0, Stopped: 0 },
          ObjectiveStatusCounters: { Succeeded: 10, Pending: running ? 2 : 0, Failed: 0 },
        };
      case 'autoMLJobs':
        return {
          AutoMLJobName: name, AutoMLJobArn: arn, AutoMLJobStatus: status, AutoMLJobSecondaryStatus: running ? 'Training' : 'Completed', CreationTime: created,
          LastModifiedTime: modified, RoleArn: role, OutputDataConfig: { S3OutputPath: `s3://${bucket}/automl/`, ...(withKey(2) ? { KmsKeyId: key } : {}) },
          AutoMLJobInputDataConfig: [{ ChannelType: 'training', DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: `s3://${bucket}/automl/in/` } } }],
          AutoMLProblemTypeConfig: { TabularJobConfig: { TargetAttributeName: 'label' } },
          ...(withKey(4) ? { SecurityConfig: { VolumeKmsKeyId: key, EnableInterContainerTrafficEncryption: true } } : {}),
        };
      case 'compilationJobs':
        return {
          CompilationJobName: name, CompilationJobArn: arn, CompilationJobStatus: status, CreationTime: created, LastModifiedTime: modified, RoleArn: role,
          StoppingCondition: { MaxRuntimeInSeconds: 900 },
          InputConfig: { S3Uri: `s3://${bucket}/neo/${name}/model.tar.gz`, Framework: 'PYTORCH', DataInputConfig: '{"input0":[1,3,224,224]}' },
          OutputConfig: { S3OutputLocation: `s3://${bucket}/neo/out/`, TargetDevice: 'ml_c5', ...(withKey(2) ? { KmsKeyId: key } : {}) },
          ModelArtifacts: { S3ModelArtifacts: `s3://${bucket}/neo/out/${name}.tar.gz` },
        };
    }
  }

  // -------------------------------------------------------------------------------------------------------------
  // Other services

  private s3(request: AwsRequest): SourceAnswer | undefined {
    const input = request.input;
    if (request.operation === 'ListBuckets') {
      for (const k of Object.keys(input)) if (input[k] !== undefined && !['MaxBuckets', 'ContinuationToken', 'BucketRegion', 'Prefix'].includes(k)) return undefined;
      const all: number[] = [];
      for (let b = 0; b < this.buckets; b++) {
        if (input.BucketRegion !== undefined && this.bucketRegion(b) !== input.BucketRegion) continue;
        if (typeof input.Prefix === 'string' && !this.bucketName(b).startsWith(input.Prefix)) continue;
        all.push(b);
      }
      let start = 0;
      if (input.ContinuationToken !== undefined) {
        const m = /^c(\d+)$/.exec(Buffer.from(String(input.ContinuationToken), 'base64').toString('utf8'));
        if (!m) return { error: { name: 'InvalidArgument', message: 'The continuation token provided is incorrect', httpStatus: 400 } };
        start = Number(m[1]);
      }
      const size = typeof input.MaxBuckets === 'number' ? input.MaxBuckets : all.length;
      const page = all.slice(start, start + size);
      const next = start + size < all.length ? Buffer.from(`c${start + size}`).toString('base64') : undefined;
      return {
        response: {
          Buckets: page.map((b) => ({
            Name: this.bucketName(b),
            CreationDate: iso(this.now - 400 * DAY + b * 60_000),
            ...(this.bucketRegionInList ? { BucketRegion: this.bucketRegion(b) } : {}),
          })),
          Owner: { ID: 'a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2' },
          ...(next ? { ContinuationToken: next } : {}),
          ...(typeof input.Prefix === 'string' ? { Prefix: input.Prefix } : {}),
        },
      };
    }
    const keys = Object.keys(input).filter((k) => input[k] !== undefined && k !== 'ExpectedBucketOwner');
    if (keys.length !== 1 || keys[0] !== 'Bucket') return undefined;
    const m = new RegExp(`^smsec-gen-${this.accountId}-(\\d{7})$`).exec(String(input.Bucket));
    const b = m ? Number(m[1]) : -1;
    if (b < 0 || b >= this.buckets) return { error: { name: 'NoSuchBucket', message: 'The specified bucket does not exist', httpStatus: 404 } };
    const home = this.bucketRegion(b);
    if (request.operation === 'GetBucketLocation') return { response: home === 'us-east-1' ? {} : { LocationConstraint: home } };
    if (request.region !== home) {
      return {
        error: {
          name: 'AuthorizationHeaderMalformed',
          message: `The authorization header is malformed; the region '${request.region}' is wrong; expecting '${home}'`,
          httpStatus: 400,
        },
      };
    }
    const h = hash(this.seed, 3, b);
    const name = this.bucketName(b);
    switch (request.operation) {
      case 'GetBucketVersioning':
        return { response: (h & 3) === 0 ? {} : { Status: (h & 4) !== 0 ? 'Enabled' : 'Suspended', ...((h & 8) !== 0 ? { MFADelete: 'Disabled' } : {}) } };
      case 'GetBucketEncryption':
        return {
          response: {
            ServerSideEncryptionConfiguration: {
              Rules: [
                (h & 16) !== 0
                  ? { ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: this.keyArn(home) }, BucketKeyEnabled: true }
                  : { ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' }, BucketKeyEnabled: false },
              ],
            },
          },
        };
      case 'GetBucketPolicy':
        if ((h & 32) === 0) return { error: { name: 'NoSuchBucketPolicy', message: 'The bucket policy does not exist', httpStatus: 404 } };
        return {
          response: {
            Policy: JSON.stringify({
              Version: '2012-10-17',
              Statement: [
                {
                  Sid: 'DenyInsecureTransport', Effect: 'Deny', Principal: '*', Action: 's3:*',
                  Resource: [`arn:${this.partition}:s3:::${name}`, `arn:${this.partition}:s3:::${name}/*`],
                  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
                },
              ],
            }),
          },
        };
      case 'GetPublicAccessBlock':
        if ((h & 64) === 0) return { error: { name: 'NoSuchPublicAccessBlockConfiguration', message: 'The public access block configuration was not found', httpStatus: 404 } };
        return { response: { PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true } } };
      case 'GetBucketLogging':
        return { response: (h & 128) !== 0 ? { LoggingEnabled: { TargetBucket: `smsec-gen-logs-${this.accountId}`, TargetPrefix: `${name}/` } } : {} };
      default:
        return undefined;
    }
  }

  private trailArn(): string {
    return `arn:${this.partition}:cloudtrail:${this.regions[0]}:${this.accountId}:trail/org-trail`;
  }

  private other(request: AwsRequest): SourceAnswer | undefined {
    const { service, operation, region, input } = request;
    const inputKeys = Object.keys(input).filter((k) => input[k] !== undefined);
    const id = `${service}:${operation}`;
    switch (id) {
      case 'sts:GetCallerIdentity':
        return { response: { UserId: 'AROAEXAMPLEID:ci', Account: this.accountId, Arn: `arn:${this.partition}:sts::${this.accountId}:assumed-role/smsec-audit/ci` } };
      case 'cloudtrail:DescribeTrails':
        return {
          response: {
            trailList: [
              {
                Name: 'org-trail', S3BucketName: `smsec-gen-trail-${this.accountId}`, IncludeGlobalServiceEvents: true, IsMultiRegionTrail: true,
                HomeRegion: this.regions[0], TrailARN: this.trailArn(), LogFileValidationEnabled: true, KmsKeyId: this.keyArn(this.regions[0]!),
                HasCustomEventSelectors: false, HasInsightSelectors: false, IsOrganizationTrail: false,
              },
            ],
          },
        };
      case 'cloudtrail:GetTrailStatus':
        if (input.Name !== this.trailArn() && input.Name !== 'org-trail') return { error: { name: 'TrailNotFoundException', message: `Unknown trail: ${String(input.Name)}`, httpStatus: 400 } };
        return { response: { IsLogging: true, LatestDeliveryTime: iso(this.now - 300_000), StartLoggingTime: iso(this.now - 800 * DAY) } };
      case 'cloudtrail:GetEventSelectors':
        return { response: { TrailARN: this.trailArn(), EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [], ExcludeManagementEventSources: [] }] } };
      case 'guardduty:ListDetectors':
        if (inputKeys.some((k) => k !== 'MaxResults')) return undefined;
        return { response: { DetectorIds: [this.detectorId(region)] } };
      case 'guardduty:GetDetector': {
        if (input.DetectorId !== this.detectorId(region)) return { error: { name: 'BadRequestException', message: 'The request is rejected because the input detectorId is not owned by the current account.', httpStatus: 400 } };
        const enabled = this.regionIndex(region) % 3 !== 2;
        return {
          response: {
            Status: enabled ? 'ENABLED' : 'DISABLED', ServiceRole: `arn:${this.partition}:iam::${this.accountId}:role/aws-service-role/guardduty.amazonaws.com/AWSServiceRoleForAmazonGuardDuty`,
            FindingPublishingFrequency: 'SIX_HOURS', CreatedAt: iso(this.now - 500 * DAY), UpdatedAt: iso(this.now - 100 * DAY),
            Features: [{ Name: 'S3_DATA_EVENTS', Status: enabled ? 'ENABLED' : 'DISABLED', UpdatedAt: iso(this.now - 100 * DAY) }],
          },
        };
      }
      case 'kms:ListKeys':
        return { response: { Keys: [{ KeyId: this.keyArn(region).split('/')[1], KeyArn: this.keyArn(region) }], Truncated: false } };
      case 'kms:DescribeKey':
      case 'kms:GetKeyRotationStatus':
      case 'kms:GetKeyPolicy': {
        const k = String(input.KeyId ?? '');
        if (k !== this.keyArn(region) && k !== this.keyArn(region).split('/')[1]) return { error: { name: 'NotFoundException', message: `Key '${k}' does not exist`, httpStatus: 400 } };
        if (operation === 'GetKeyRotationStatus') return { response: { KeyRotationEnabled: true, KeyId: this.keyArn(region) } };
        if (operation === 'GetKeyPolicy') {
          const policy = { Version: '2012-10-17', Statement: [{ Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: `arn:${this.partition}:iam::${this.accountId}:root` }, Action: 'kms:*', Resource: '*' }] };
          return { response: { Policy: JSON.stringify(policy), PolicyName: 'default' } };
        }
        return {
          response: {
            KeyMetadata: {
              AWSAccountId: this.accountId, KeyId: this.keyArn(region).split('/')[1], Arn: this.keyArn(region), CreationDate: iso(this.now - 900 * DAY), Enabled: true,
              Description: 'ML data key', KeyUsage: 'ENCRYPT_DECRYPT', KeyState: 'Enabled', Origin: 'AWS_KMS', KeyManager: 'CUSTOMER',
              CustomerMasterKeySpec: 'SYMMETRIC_DEFAULT', KeySpec: 'SYMMETRIC_DEFAULT', EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'], MultiRegion: false,
            },
          },
        };
      }
      case 's3control:GetPublicAccessBlock':
        if (input.AccountId !== this.accountId) return { error: { name: 'AccessDenied', message: 'Access Denied', httpStatus: 403 } };
        return { response: { PublicAccessBlockConfiguration: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true } } };
      case 'iam:GetAccountSummary':
        return { response: { SummaryMap: { AccountMFAEnabled: 1, AccountAccessKeysPresent: 0, Users: 0, Roles: 3, Policies: 2 } } };
      case 'iam:GetAccountPasswordPolicy':
        return { error: { name: 'NoSuchEntity', message: `The Password Policy with domain name ${this.accountId} cannot be found.`, httpStatus: 404 } };
      case 'macie2:GetMacieSession':
        return { error: { name: 'AccessDeniedException', message: 'Macie is not enabled.', httpStatus: 403 } };
      case 'ec2:DescribeRegions':
        return { response: { Regions: this.regions.map((r) => ({ RegionName: r, Endpoint: `ec2.${r}.amazonaws.com`, OptInStatus: 'opt-in-not-required' })) } };
    }
    // Any other listing of things this account does not have: empty, in one page.
    const listing = operation.startsWith('List') || (service === 'ec2' && operation.startsWith('Describe')) || id === 'iam:GetAccountAuthorizationDetails';
    if (!listing || inputKeys.some((k) => !['MaxResults', 'MaxItems', 'Filters', 'NextToken', 'Marker', 'Limit'].includes(k) && !/Ids?$|Names?$|Filter$/.test(k))) return undefined;
    const model = operationModel(service as ServiceName, operation);
    if (!model) return undefined;
    const out: Record<string, unknown> = {};
    const raw = model.output.raw as unknown[];
    const names = raw[4] as string[];
    const refs = raw[5] as unknown[];
    names.forEach((n, i) => {
      let ref = refs[i];
      if (Array.isArray(ref) && ref.length === 2) ref = ref[0];
      if (typeof ref === 'function') ref = (ref as () => unknown)();
      const isList = (typeof ref === 'number' && ref >= 64 && ref < 128) || (Array.isArray(ref) && ref[0] === 1);
      out[n] = isList ? [] : undefined;
    });
    if (service === 'kms') out.Truncated = false;
    if (service === 'iam' && 'IsTruncated' in out) out.IsTruncated = false;
    for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
    return { response: out };
  }

  private detectorId(region: string): string {
    return hash(this.seed, 5, this.regionIndex(region)).toString(16).padStart(8, '0').repeat(4);
  }

  // -------------------------------------------------------------------------------------------------------------

  answer(request: AwsRequest): SourceAnswer | undefined {
    if (request.service === 'sagemaker') {
      const listKind = BY_LIST.get(request.operation);
      if (listKind) return this.list(listKind, request);
      const describeKind = BY_DESCRIBE.get(request.operation);
      if (describeKind) return this.describe(describeKind, request);
    }
    if (request.service === 's3') return this.s3(request);
    return this.other(request);
  }

  /** Resources of each kind with their counts, for tests: what a full listing of a region returns. */
  expectedNames(kind: Kind, region: string, filter: (created: number, status: string | undefined) => boolean = () => true): string[] {
    const r = this.regionIndex(region);
    const out: string[] = [];
    for (let i = 0; i < this.count(kind, region); i++) if (filter(this.created(kind, r, i), this.statusOf(kind, r, i))) out.push(this.nameOf(kind, region, i));
    return out;
  }

  /**
   * Every call a collector without filters makes, AccountBuilder-style: identity, each region's SageMaker listings
   * page by page (default page size) and a Describe per resource, trails, detectors, buckets and their settings.
   * Lazily, so a large account can be streamed to a file.
   */
  *calls(): Generator<RecordedCall> {
    const call = (service: ServiceName, region: string, operation: string, input: Record<string, unknown>): RecordedCall | undefined => {
      const a = this.answer({ service, region, operation, input });
      if (!a) return undefined;
      return a.error ? { service, region, operation, input, error: a.error } : { service, region, operation, input, response: a.response ?? {} };
    };
    const home = this.regions[0]!;
    yield call('sts', home, 'GetCallerIdentity', {})!;
    for (const region of this.regions) {
      for (const kind of KIND_NAMES) {
        const def = KINDS[kind];
        let input: Record<string, unknown> = {};
        for (let guard = 0; guard < 1_000_000; guard++) {
          const c = call('sagemaker', region, def.list, input)!;
          yield c;
          const items = (c.response?.[def.items] ?? []) as Record<string, unknown>[];
          for (const item of items) {
            const d = call('sagemaker', region, def.describe, { [def.describeName]: item[def.name] });
            if (d) yield d;
          }
          const next = c.response?.NextToken;
          if (typeof next !== 'string') break;
          input = { NextToken: next };
        }
      }
      yield call('cloudtrail', region, 'DescribeTrails', { includeShadowTrails: true })!;
      yield call('guardduty', region, 'ListDetectors', {})!;
      yield call('guardduty', region, 'GetDetector', { DetectorId: this.detectorId(region) })!;
    }
    yield call('cloudtrail', home, 'GetTrailStatus', { Name: this.trailArn() })!;
    const global = this.partition === 'aws' ? 'us-east-1' : home;
    yield call('s3', global, 'ListBuckets', {})!;
    for (let b = 0; b < this.buckets; b++) {
      const input = { Bucket: this.bucketName(b) };
      for (const op of ['GetBucketVersioning', 'GetBucketEncryption', 'GetBucketPolicy']) yield call('s3', this.bucketRegion(b), op, input)!;
      if (!this.bucketRegionInList) yield call('s3', global, 'GetBucketLocation', input)!;
    }
  }

  /** The calls as a snapshot (sorted by request key, like a recording). For small accounts: it holds every answer. */
  toSnapshot(smsecVersion = '0.1.0', description = 'generated account'): Snapshot {
    const calls = [...this.calls()].sort((a, b) => (requestKey(a) < requestKey(b) ? -1 : requestKey(a) > requestKey(b) ? 1 : 0));
    return {
      format: 'smsec-snapshot',
      formatVersion: 1,
      metadata: { smsecVersion, accountId: this.accountId, partition: this.partition, regions: [...this.regions], recordedAt: iso(this.now), description },
      calls,
    };
  }

  get context(): AccountContext {
    return { accountId: this.accountId, partition: this.partition, regions: [...this.regions] };
  }
}

/** The account answering in process, as ReplayAccess answers from a snapshot (no SDK, no HTTP). */
export function generatedAccess(account: AccountSource): AwsAccess {
  return {
    send(request: AwsRequest): Promise<AwsResponse> {
      const a = account.answer(request, requestKey(request));
      if (!a) {
        return Promise.reject(
          new AwsCallError('NotRecorded', `${account.label ?? 'the fake account'} holds no answer for ${operationName(request)} in ${request.region}`, undefined, operationName(request)),
        );
      }
      if (a.error) return Promise.reject(new AwsCallError(a.error.name, a.error.message, a.error.httpStatus, operationName(request)));
      return Promise.resolve(structuredClone(a.response ?? {}));
    },
  };
}

/** What the collector makes of the account, recorded: a snapshot holding exactly the calls `keys` need. */
export async function recordGenerated(
  account: GeneratedAccount,
  keys: Iterable<RequirementKey>,
  collectOptions: Parameters<typeof collect>[3] = {},
  metadata: Partial<Snapshot['metadata']> = {},
): Promise<Snapshot> {
  const recorder = new RecordingAccess(generatedAccess(account));
  await identify(recorder, account.regions[0]!);
  await collect(recorder, account.context, keys, collectOptions);
  const byKey = new Map<string, RecordedCall>();
  for (const c of recorder.calls) byKey.set(requestKey(c), JSON.parse(JSON.stringify(c)) as RecordedCall);
  return {
    format: 'smsec-snapshot',
    formatVersion: 1,
    metadata: { smsecVersion: '0.1.0', accountId: account.accountId, partition: account.partition, regions: [...account.regions], recordedAt: iso(account.now), ...metadata },
    calls: [...byKey.values()].sort((a, b) => (requestKey(a) < requestKey(b) ? -1 : requestKey(a) > requestKey(b) ? 1 : 0)),
  };
}

export type { Kind as GeneratedKind };
