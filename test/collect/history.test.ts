/**
 * Job history under --since (src/collect/collectors/sagemaker.ts): jobs created since the window are listed; older
 * jobs still running are found even though the list APIs apply StatusEquals after cutting each page; finished older
 * jobs are counted as left out; every list asks for full pages; Describes start while the listing still pages.
 * Against a small in-memory ListTrainingJobs that behaves as the API reference documents.
 */
import { describe, expect, it } from 'vitest';
import { AwsCallError, requestKey, type AwsAccess, type AwsRequest, type AwsResponse } from '../../src/collect/access.js';
import { collect } from '../../src/collect/collect.js';
import { MAX_PENDING_DESCRIBES, RUNNING_SLICES, SAGEMAKER_PAGE_SIZE } from '../../src/collect/collectors/sagemaker.js';
import type { OmittedJobs } from '../../src/collect/context.js';
import type { AccountContext } from '../../src/inventory/types.js';

const R = 'us-east-1';
const account: AccountContext = { accountId: '111122223333', partition: 'aws', regions: [R] };
const DAY = 86_400_000;
const NOW = Date.parse('2026-06-01T00:00:00.000Z');
const SINCE = new Date(NOW - 90 * DAY);

interface Job {
  name: string;
  created: number;
  status: 'InProgress' | 'Completed' | 'Failed';
}

/**
 * ListTrainingJobs + DescribeTrainingJob over `jobs`: strict CreationTimeAfter/Before, SortBy CreationTime, SortOrder
 * (default Ascending), MaxResults 1–100 (default 10), StatusEquals applied after the page is cut, opaque tokens.
 */
class JobsApi implements AwsAccess {
  readonly requests: AwsRequest[] = [];
  /** Operation of each request, in the order they were sent. */
  readonly order: string[] = [];
  constructor(private readonly jobs: Job[]) {}

  send(request: AwsRequest): Promise<AwsResponse> {
    this.requests.push(request);
    this.order.push(`${request.operation}:${String(request.input.TrainingJobName ?? request.input.NextToken ?? '')}`);
    if (request.operation === 'DescribeTrainingJob') {
      const job = this.jobs.find((j) => j.name === request.input.TrainingJobName);
      if (!job) return Promise.reject(new AwsCallError('ValidationException', 'Requested resource not found', 400, 'sagemaker:DescribeTrainingJob'));
      return Promise.resolve({ TrainingJobName: job.name, TrainingJobArn: arn(job.name), TrainingJobStatus: job.status, CreationTime: new Date(job.created).toISOString() });
    }
    if (request.operation !== 'ListTrainingJobs') return Promise.reject(new AwsCallError('NotScripted', requestKey(request), undefined, `sagemaker:${request.operation}`));
    const input = request.input;
    const allowed = ['CreationTimeAfter', 'CreationTimeBefore', 'MaxResults', 'NextToken', 'SortBy', 'SortOrder', 'StatusEquals'];
    const unknown = Object.keys(input).filter((k) => !allowed.includes(k));
    if (unknown.length) return Promise.reject(new AwsCallError('ValidationException', `unknown ${unknown.join()}`, 400, 'sagemaker:ListTrainingJobs'));
    const max = (input.MaxResults as number | undefined) ?? 10;
    if (max < 1 || max > 100) return Promise.reject(new AwsCallError('ValidationException', 'MaxResults', 400, 'sagemaker:ListTrainingJobs'));
    const after = input.CreationTimeAfter === undefined ? -Infinity : Date.parse(String(input.CreationTimeAfter));
    const before = input.CreationTimeBefore === undefined ? Infinity : Date.parse(String(input.CreationTimeBefore));
    const matching = this.jobs.filter((j) => j.created > after && j.created < before).sort((a, b) => a.created - b.created || (a.name < b.name ? -1 : 1));
    if (input.SortOrder === 'Descending') matching.reverse();
    const offset = input.NextToken === undefined ? 0 : Number(String(input.NextToken).replace('page-', ''));
    const page = matching.slice(offset, offset + max).filter((j) => input.StatusEquals === undefined || j.status === input.StatusEquals);
    const next = offset + max < matching.length ? { NextToken: `page-${offset + max}` } : {};
    return Promise.resolve({
      TrainingJobSummaries: page.map((j) => ({ TrainingJobName: j.name, TrainingJobArn: arn(j.name), TrainingJobStatus: j.status, CreationTime: new Date(j.created).toISOString() })),
      ...next,
    });
  }
}

const arn = (name: string) => `arn:aws:sagemaker:${R}:111122223333:training-job/${name}`;

async function listJobs(api: AwsAccess, since?: Date): Promise<{ names: string[]; omitted: OmittedJobs[] }> {
  const omitted: OmittedJobs[] = [];
  const inventory = await collect(api, account, ['trainingJobs'], { ...(since ? { since } : {}), omitted });
  const list = inventory.trainingJobs?.[R];
  if (!list?.ok) throw new Error(`listing failed: ${JSON.stringify(list)}`);
  for (const item of list.value) expect(item.data.ok, item.name).toBe(true);
  return { names: list.value.map((i) => i.name).sort(), omitted };
}

/** `n` finished jobs spread evenly over the `days` before `end`. */
const history = (n: number, end: number, days: number, prefix = 'old'): Job[] =>
  Array.from({ length: n }, (_, i) => ({ name: `${prefix}-${String(i).padStart(5, '0')}`, created: end - days * DAY + Math.floor((i * days * DAY) / n), status: i % 7 === 0 ? 'Failed' : 'Completed' }));

describe('job history with --since', () => {
  it('lists the window, finds old running jobs across a long history in parallel slices, and counts what it left out', async () => {
    const old = history(2_500, SINCE.getTime(), 3 * 365);
    const recent = history(30, NOW, 80, 'new');
    const oldRunning: Job[] = [
      // The very oldest job, one exactly on a slice boundary region, one just before the window, one exactly at it.
      { name: 'run-oldest', created: old[0]!.created - 5_000, status: 'InProgress' },
      { name: 'run-middle', created: old[1_234]!.created, status: 'InProgress' },
      { name: 'run-late', created: SINCE.getTime() - 1, status: 'InProgress' },
      { name: 'run-at-since', created: SINCE.getTime(), status: 'InProgress' },
    ];
    const recentRunning: Job = { name: 'run-new', created: NOW - DAY, status: 'InProgress' };
    const api = new JobsApi([...old, ...recent, ...oldRunning, recentRunning]);
    const { names, omitted } = await listJobs(api, SINCE);

    expect(names).toEqual([...recent.map((j) => j.name), ...oldRunning.map((j) => j.name), recentRunning.name].sort());
    // Every list call asked for full pages.
    const lists = api.requests.filter((r) => r.operation === 'ListTrainingJobs');
    for (const r of lists) expect(r.input.MaxResults).toBe(SAGEMAKER_PAGE_SIZE);
    // The older history was searched for running jobs in time slices, each a status-filtered listing.
    const sliceStarts = lists.filter((r) => r.input.StatusEquals === 'InProgress' && r.input.NextToken === undefined);
    expect(sliceStarts).toHaveLength(RUNNING_SLICES);
    // Each job was described once; finished older jobs never were.
    const described = api.requests.filter((r) => r.operation === 'DescribeTrainingJob').map((r) => String(r.input.TrainingJobName));
    expect(described.sort()).toEqual(names);
    // Left out: at least a page of finished older jobs (more exist beyond the probe page).
    expect(omitted).toEqual([{ key: 'ListTrainingJobs', region: R, count: expect.any(Number) as number, atLeast: true }]);
    expect(omitted[0]!.count).toBeGreaterThanOrEqual(SAGEMAKER_PAGE_SIZE - oldRunning.length);
    expect(omitted[0]!.count).toBeLessThanOrEqual(SAGEMAKER_PAGE_SIZE);
  });

  it('when the older jobs fit in one page, reads their running ones from that page and walks nothing more', async () => {
    const old = history(40, SINCE.getTime(), 365);
    old[3]!.status = 'InProgress';
    const recent = history(12, NOW, 30, 'new');
    const api = new JobsApi([...old, ...recent]);
    const { names, omitted } = await listJobs(api, SINCE);
    expect(names).toEqual([old[3]!.name, ...recent.map((j) => j.name)].sort());
    expect(api.requests.filter((r) => r.input.StatusEquals !== undefined)).toEqual([]);
    expect(omitted).toEqual([{ key: 'ListTrainingJobs', region: R, count: 39, atLeast: false }]);
  });

  it('without --since lists everything, in pages of 100', async () => {
    const jobs = history(250, NOW, 400);
    const api = new JobsApi(jobs);
    const { names, omitted } = await listJobs(api);
    expect(names).toEqual(jobs.map((j) => j.name));
    expect(omitted).toEqual([]);
    expect(api.requests.filter((r) => r.operation === 'ListTrainingJobs').map((r) => r.input)).toEqual([
      { MaxResults: 100 },
      { MaxResults: 100, NextToken: 'page-100' },
      { MaxResults: 100, NextToken: 'page-200' },
    ]);
  });

  it('marks every listing page unique, so that DedupingAccess does not keep the summaries for the rest of the run', async () => {
    const jobs = history(250, NOW, 400);
    const api = new JobsApi(jobs);
    await listJobs(api);
    const lists = api.requests.filter((r) => r.operation === 'ListTrainingJobs');
    expect(lists.length).toBe(3);
    expect(lists.every((r) => r.unique === true)).toBe(true);
  });

  it('starts describing the jobs of a page before the next page is asked for', async () => {
    const jobs = history(150, NOW, 400);
    const api = new JobsApi(jobs);
    await listJobs(api);
    const firstDescribe = api.order.findIndex((o) => o.startsWith('DescribeTrainingJob:'));
    const secondPage = api.order.indexOf('ListTrainingJobs:page-100');
    expect(firstDescribe).toBeGreaterThan(0);
    expect(firstDescribe).toBeLessThan(secondPage);
  });

  it('stops asking for pages while MAX_PENDING_DESCRIBES Describes are unanswered, and resumes when they are', async () => {
    const jobs = history(5_000, NOW, 400);
    const api = new JobsApi(jobs);
    // Describes are held until released; listing pages are answered at once.
    const held: (() => void)[] = [];
    const slow: AwsAccess = {
      send: (r) =>
        r.operation === 'DescribeTrainingJob' ? new Promise<void>((resolve) => held.push(resolve)).then(() => api.send(r)) : api.send(r),
    };
    const listing = listJobs(slow);
    const settle = async () => {
      for (let i = 0; i < 50; i++) await new Promise((r) => setImmediate(r));
    };
    await settle();
    const pages = () => api.requests.filter((r) => r.operation === 'ListTrainingJobs').length;
    // Pages up to the limit, then nothing more: not the 50 pages of the whole listing.
    expect(held).toHaveLength(Math.ceil(MAX_PENDING_DESCRIBES / SAGEMAKER_PAGE_SIZE) * SAGEMAKER_PAGE_SIZE);
    expect(pages()).toBe(Math.ceil(MAX_PENDING_DESCRIBES / SAGEMAKER_PAGE_SIZE));
    // Answering fewer than half of them is not enough to resume; answering half is.
    const answer = (n: number) => held.splice(0, n).forEach((release) => release());
    answer(MAX_PENDING_DESCRIBES / 4);
    await settle();
    expect(pages()).toBe(Math.ceil(MAX_PENDING_DESCRIBES / SAGEMAKER_PAGE_SIZE));
    answer(MAX_PENDING_DESCRIBES);
    await settle();
    expect(pages()).toBeGreaterThan(Math.ceil(MAX_PENDING_DESCRIBES / SAGEMAKER_PAGE_SIZE));
    // Released as they come, every job is listed and described once.
    const drain = setInterval(() => answer(held.length), 1);
    const { names } = await listing;
    clearInterval(drain);
    expect(names).toEqual(jobs.map((j) => j.name));
    expect(api.requests.filter((r) => r.operation === 'DescribeTrainingJob')).toHaveLength(jobs.length);
  });

  it('a later page that fails makes the region unreadable even though some jobs were already described', async () => {
    const jobs = history(150, NOW, 400);
    const api = new JobsApi(jobs);
    const failing: AwsAccess = {
      send: (r) => (r.operation === 'ListTrainingJobs' && r.input.NextToken !== undefined ? Promise.reject(new AwsCallError('ThrottlingException', 'Rate exceeded', 400, 'sagemaker:ListTrainingJobs')) : api.send(r)),
    };
    const inventory = await collect(failing, account, ['trainingJobs']);
    const list = inventory.trainingJobs?.[R];
    expect(list?.ok).toBe(false);
    expect(list && !list.ok && list.error.code).toBe('ThrottlingException');
  });
});
