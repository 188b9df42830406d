/**
 * The live collector under faults, end to end without AWS: the real SDK clients (LiveAccess) talk to the fake endpoint
 * (test/helpers/fake-aws-server.ts) serving a generated account (test/helpers/generated-account.ts), with faults from
 * test/helpers/fake-faults.ts. What is asserted: throttling and transient errors are retried and end in exactly the
 * data an undisturbed run reads (and the server saw the retries); a persistent failure becomes an `error` finding for
 * exactly the resources or regions it hid, everything else unchanged; bad page tokens end in an error, never a hang;
 * and nothing unread ever passes.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BUILTIN_CHECKS } from '../../checks/index.js';
import { DEFAULT_SERVICE_CONCURRENCY, DedupingAccess, SERVICE_CONCURRENCY, ServiceLimitedAccess, requestKey, type AwsRequest } from '../../src/collect/access.js';
import { collect } from '../../src/collect/collect.js';
import { LiveAccess, type LiveOptions } from '../../src/collect/live.js';
import { evaluateChecks } from '../../src/engine/evaluate.js';
import { plan } from '../../src/engine/audit.js';
import type { Finding } from '../../src/model.js';
import type { Inventory, RequirementKey } from '../../src/inventory/types.js';
import { loopbackEnv, startFakeAwsServer, type FakeAwsServer, type FakeAwsServerOptions, type ServerStats } from '../helpers/fake-aws-server.js';
import { Faults, type FaultRule, type ThrottleQuota } from '../helpers/fake-faults.js';
import { GeneratedAccount, generatedAccess } from '../helpers/generated-account.js';

const REGIONS = ['us-east-1', 'eu-west-1'];
/** Jobs are all recent (inside the CLI's default 90-day --since window), relative to the real clock. */
const account = new GeneratedAccount({
  regions: REGIONS,
  now: new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000).toISOString(),
  notebooks: 6,
  endpoints: 4,
  trainingJobs: { finished: 230, running: 2, spreadDays: 60 },
  processingJobs: { finished: 4, spreadDays: 60 },
  buckets: 4,
});
const ctx = account.context;

/** The data this file is about: SageMaker resources, buckets and their settings, trails, detectors. */
const KEYS = new Set<string>([
  'notebookInstances', 'endpoints', 'endpointConfigs', 'models', 'trainingJobs', 'processingJobs', 'transformJobs', 'tuningJobs', 'autoMLJobs',
  'compilationJobs', 'buckets', 'bucketVersioning', 'bucketEncryption', 'bucketPolicy', 'trails', 'guardDutyDetectors', 'mlReferences',
]);
/** Every built-in check that reads only that data. */
const CHECKS = BUILTIN_CHECKS.filter((c) => c.requires.every((k) => KEYS.has(k)));
const PLAN = plan(CHECKS);

const arnOf = (kind: Parameters<GeneratedAccount['arnOf']>[0], region: string, i: number) => account.arnOf(kind, region, i);
const nameOf = (kind: Parameters<GeneratedAccount['nameOf']>[0], region: string, i: number) => account.nameOf(kind, region, i);

let tmp: string;
let baseline: { inventory: Partial<Inventory>; findings: Finding[] };

interface Run {
  inventory: Partial<Inventory>;
  findings: Finding[];
  stats: ServerStats;
  /** The run's own fake endpoint (closed): its counts and request log. */
  server: FakeAwsServer;
  ms: number;
}

/** A fresh fake endpoint for one run, so nothing a previous run left in flight can reach it. */
async function withServer<T>(source: GeneratedAccount, options: FakeAwsServerOptions, fn: (server: FakeAwsServer) => Promise<T>): Promise<T> {
  const server = await startFakeAwsServer(source, options);
  vi.stubEnv('AWS_ENDPOINT_URL', server.endpoint);
  try {
    return await fn(server);
  } finally {
    await server.close();
  }
}

/** Collects and evaluates through the real SDK against a fake endpoint with these faults. */
async function liveRun(
  rules: FaultRule[] = [],
  live: LiveOptions = {},
  setup: { quotas?: ThrottleQuota[]; keys?: RequirementKey[]; source?: GeneratedAccount; since?: Date } = {},
): Promise<Run> {
  const faults = new Faults({ rules, quotas: setup.quotas ?? [] });
  return withServer(setup.source ?? account, { faults }, async (server) => {
    const t0 = performance.now();
    const transport = new LiveAccess({ maxAttempts: 3, requestTimeoutMs: 10_000, ...live });
    let inventory: Partial<Inventory>;
    try {
      inventory = await collect(new DedupingAccess(new ServiceLimitedAccess(transport, 8)), ctx, setup.keys ?? PLAN, setup.since ? { since: setup.since, omitted: [] } : {});
    } finally {
      transport.destroy();
    }
    const ms = performance.now() - t0;
    // Connections the client gave up on close a moment after it moved on.
    await vi.waitFor(() => expect(server.stats().inFlight).toBe(0), { timeout: 2_000 }).catch(() => undefined);
    return { inventory, findings: await evaluateChecks(CHECKS, inventory, ctx), stats: server.stats(), server, ms };
  });
}

/** Findings about resources other than `arns`. */
const apart = (findings: Finding[], arns: string[]) => findings.filter((f) => !arns.includes(f.resource.arn));
const about = (findings: Finding[], arns: string[]) => findings.filter((f) => arns.includes(f.resource.arn));

/** Checks that join SageMaker resources to what they use (mlReferences): they see less when a resource is unread. */
const JOINING = new Set(CHECKS.filter((c) => c.requires.includes('mlReferences')).map((c) => c.meta.id));

/**
 * Every finding not about `arns` is as undisturbed. Checks that join through mlReferences may name fewer users of a
 * bucket and add an error for the region whose references are incomplete, but never change a status otherwise, and
 * nothing passes that did not pass undisturbed.
 */
function unchangedApart(run: Run, arns: string[]): void {
  const direct = (f: Finding) => !JOINING.has(f.checkId);
  expect(apart(run.findings, arns).filter(direct)).toEqual(apart(baseline.findings, arns).filter(direct));
  for (const f of apart(run.findings, arns).filter((x) => !direct(x))) {
    if (f.status === 'error') continue;
    const before = baseline.findings.find((b) => b.checkId === f.checkId && b.resource.arn === f.resource.arn);
    expect(before?.status, `${f.checkId} ${f.resource.arn}`).toBe(f.status);
  }
}

/** Every finding about `arns` is an error naming `code`, each of them has at least one, and the rest is as undisturbed. */
function onlyTheseUnreadable(run: Run, arns: string[], code: string): void {
  const hit = about(run.findings, arns);
  expect(new Set(hit.map((f) => f.resource.arn))).toEqual(new Set(arns));
  for (const f of hit) {
    expect(f.status, `${f.checkId} ${f.resource.arn}`).toBe('error');
    expect(f.evidence.errorCode, `${f.checkId} ${f.resource.arn}`).toBe(code);
  }
  unchangedApart(run, arns);
}

/** Requests the server answered with data more than once, and keys the collector asked for that the account lacks. */
function servedOnce(stats: ServerStats): void {
  expect(stats.duplicates).toBe(0);
  expect(stats.byOutcome['not-recorded'] ?? 0).toBe(0);
  expect(stats.byOutcome.refused ?? 0).toBe(0);
  expect(stats.byOutcome['unknown-operation'] ?? 0).toBe(0);
}

const keyOf = (req: Omit<AwsRequest, 'input'> & { input?: Record<string, unknown> }) => requestKey({ input: {}, ...req } as AwsRequest);

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'smsec-faults-'));
  writeFileSync(join(tmp, 'config'), '');
  writeFileSync(join(tmp, 'credentials'), '');
  for (const name of Object.keys(process.env)) if (name.startsWith('AWS_')) vi.stubEnv(name, undefined);
  for (const [name, value] of Object.entries(loopbackEnv('http://127.0.0.1:9', tmp))) vi.stubEnv(name, value);
  const inventory = await collect(new DedupingAccess(generatedAccess(account)), ctx, PLAN);
  baseline = { inventory, findings: await evaluateChecks(CHECKS, inventory, ctx) };
});

afterAll(() => {
  vi.unstubAllEnvs();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});


describe('the generated account over the wire', () => {
  it('reads exactly what the in-process account holds: every request answered once, nothing outside the service model', async () => {
    expect(CHECKS.length).toBeGreaterThan(10);
    const run = await liveRun();
    expect(run.findings).toEqual(baseline.findings);
    expect(run.findings.filter((f) => f.status === 'error')).toEqual([]);
    servedOnce(run.stats);
    expect(run.stats.faults).toEqual({});
    expect(run.server.problems).toEqual([]);
    // The listings really were paged: 116 training jobs per region, 100 a page.
    expect(run.server.countsByKey().get(keyOf({ service: 'sagemaker', region: 'us-east-1', operation: 'ListTrainingJobs', input: { MaxResults: 100 } }))).toBe(1);
    expect(run.stats.longestPageChain?.pages).toBe(2);
  });

  it('the collector with --since over the wire: the window plus running jobs, older history searched in time slices', async () => {
    // One day back: more than a page (100) of older jobs in each region, so the sliced search for running jobs runs, and
    // running jobs on both sides of the window's start (they are created over the last two days).
    const since = new Date(account.now - 86_400_000);
    for (const r of REGIONS) expect(account.expectedNames('trainingJobs', r, (created) => created <= since.getTime()).length).toBeGreaterThan(100);
    const running = REGIONS.flatMap((r) => account.expectedNames('trainingJobs', r, (created, status) => status === 'InProgress' && created <= since.getTime()));
    expect(running.length).toBeGreaterThan(0);
    const run = await liveRun([], {}, { keys: ['trainingJobs'], since });
    const recentOrRunning = REGIONS.flatMap((r) => account.expectedNames('trainingJobs', r, (created, status) => created > since.getTime() || status === 'InProgress'));
    const listed = REGIONS.flatMap((r) => {
      const list = run.inventory.trainingJobs?.[r];
      if (!list?.ok) throw new Error(`${r}: ${JSON.stringify(list)}`);
      return list.value.map((i) => i.name);
    });
    expect(listed.sort()).toEqual(recentOrRunning.sort());
    const sliced = run.server.requests.filter((r) => r.operation === 'ListTrainingJobs' && r.input?.StatusEquals === 'InProgress' && r.input?.CreationTimeAfter !== undefined);
    expect(sliced.length).toBeGreaterThanOrEqual(2 * 8);
    servedOnce(run.stats);
  });

  it('honours --since style filters: CreationTimeAfter (epoch seconds on the wire) and StatusEquals, filtered after the page is cut', async () => {
    const since = new Date(account.now - 20 * 86_400_000);
    const out: Record<string, unknown>[] = [];
    await withServer(account, {}, async (server) => {
      const transport = new LiveAccess({ maxAttempts: 1 });
      try {
        for (const region of REGIONS) {
          for (const input of [{ CreationTimeAfter: since }, { StatusEquals: 'InProgress', MaxResults: 7 }]) {
            let token: string | undefined;
            for (let page = 0; page < 40; page++) {
              const res = await transport.send({ service: 'sagemaker', region, operation: 'ListTrainingJobs', input: { ...input, ...(token ? { NextToken: token } : {}) } });
              out.push(...(res.TrainingJobSummaries as Record<string, unknown>[]));
              token = res.NextToken as string | undefined;
              if (!token) break;
            }
          }
        }
      } finally {
        transport.destroy();
      }
      // StatusEquals walks the whole history in pages of MaxResults, most of them empty: 116 jobs a region, 7 a page.
      expect(server.requests.filter((r) => r.input?.StatusEquals === 'InProgress')).toHaveLength(2 * 17);
      // The wire carried epoch seconds; the fake keyed the request with the ISO time, as a recording does.
      expect(server.requests.some((r) => r.input?.CreationTimeAfter === since.toISOString())).toBe(true);
    });
    const names = out.map((s) => s.TrainingJobName);
    const recent = REGIONS.flatMap((r) => account.expectedNames('trainingJobs', r, (created) => created > since.getTime()));
    const running = REGIONS.flatMap((r) => account.expectedNames('trainingJobs', r, (_c, status) => status === 'InProgress'));
    expect(running).toHaveLength(2);
    expect(recent.length).toBeGreaterThan(running.length);
    expect(recent.length).toBeLessThan(232);
    expect(names).toHaveLength(new Set(names).size + 2); // the running jobs are recent too: listed by both queries
    expect(new Set(names)).toEqual(new Set([...recent, ...running]));
  });
});

describe('throttling and transient errors are retried and end in the undisturbed data', () => {
  it("each service's own throttling error (400, 503 SlowDown, 429) is retried until answered", async () => {
    // A few throttles per client: the SDK's adaptive mode cuts the client's send rate at each one (see the quota test).
    const run = await liveRun([
      { service: 'sagemaker', region: 'eu-west-1', when: (r) => r.operation.startsWith('Describe'), fault: { kind: 'throttle' }, times: 3, per: 'rule' },
      { service: 's3', fault: { kind: 'throttle' }, times: 2, per: 'rule' },
      { service: 'guardduty', fault: { kind: 'throttle' }, times: 1, per: 'rule' },
      { service: 'cloudtrail', fault: { kind: 'throttle' }, times: 1, per: 'rule' },
    ], { maxAttempts: 4 });
    expect(run.findings).toEqual(baseline.findings);
    servedOnce(run.stats);
    expect(run.stats.throttled).toBe(7);
    // Every throttled request came back until it was answered: received = answered + throttled.
    expect([...run.server.countsByKey().values()].reduce((a, b) => a + b, 0)).toBe(run.server.answersByKey().size + run.stats.throttled);
    const statuses = new Set(run.server.requests.filter((r) => r.outcome === 'throttled').map((r) => `${r.service} ${r.httpStatus}`));
    expect(statuses).toEqual(new Set(['sagemaker 400', 's3 503', 'guardduty 429', 'cloudtrail 400']));
  });

  it('a request-rate quota (token bucket) throttles bursts; the adaptive client slows down and still reads everything once', async () => {
    const run = await liveRun([], { maxAttempts: 8 }, { quotas: [{ service: 'sagemaker', rate: 60, burst: 4 }] });
    expect(run.findings).toEqual(baseline.findings);
    servedOnce(run.stats);
    expect(run.stats.throttled).toBeGreaterThan(0);
    expect(run.stats.faults.throttle).toBe(run.stats.throttled);
  });

  it('5xx (InternalFailure 500, ServiceUnavailable 503, S3 InternalError) and a cut-off body, a few times each, then the answer', async () => {
    const run = await liveRun([
      { service: 'sagemaker', operation: 'ListNotebookInstances', fault: { kind: 'server-error', status: 500 }, times: 2 },
      { service: 'sagemaker', operation: 'DescribeModel', fault: { kind: 'server-error', status: 503 }, times: 1 },
      { service: 'sagemaker', operation: 'ListTrainingJobs', when: (r) => r.input.NextToken !== undefined, fault: { kind: 'server-error' }, times: 1 },
      { service: 's3', operation: 'GetBucketPolicy', fault: { kind: 'server-error' }, times: 1 },
      { service: 'guardduty', operation: 'GetDetector', fault: { kind: 'server-error' }, times: 2 },
      { service: 'sagemaker', operation: 'DescribeEndpoint', fault: { kind: 'truncated-body' }, times: 1 },
    ], { maxAttempts: 3 });
    expect(run.findings).toEqual(baseline.findings);
    servedOnce(run.stats);
    const f = run.stats.faults;
    // Exactly the faults declared: ListNotebookInstances twice in each of 2 regions, each model once, the one later
    // ListTrainingJobs page of each region once, each bucket policy once, each region's detector twice.
    const answered = [...run.server.answersByKey().keys()];
    const n = (re: RegExp) => answered.filter((k) => re.test(k)).length;
    expect(f['server-error']).toBe(2 * 2 + n(/\|DescribeModel\|/) + 2 + n(/^s3\|[^|]+\|GetBucketPolicy\|/) + 2 * 2);
    expect(f['truncated-body']).toBe(n(/\|DescribeEndpoint\|/));
    expect(run.stats.byOutcome.fault).toBe(f['server-error']! + f['truncated-body']!);
  });
});

describe('persistent failures become error findings for exactly what they hid', () => {
  it('AccessDenied on one notebook and two training jobs: not retried; an error for each, every other finding unchanged', async () => {
    const nb = nameOf('notebooks', 'us-east-1', 1);
    const jobs = [nameOf('trainingJobs', 'eu-west-1', 0), nameOf('trainingJobs', 'eu-west-1', 9)];
    const run = await liveRun([
      { service: 'sagemaker', region: 'us-east-1', operation: 'DescribeNotebookInstance', input: { NotebookInstanceName: nb }, fault: { kind: 'access-denied' } },
      { service: 'sagemaker', region: 'eu-west-1', operation: 'DescribeTrainingJob', when: (r) => jobs.includes(String(r.input.TrainingJobName)), fault: { kind: 'access-denied' } },
    ]);
    onlyTheseUnreadable(run, [arnOf('notebooks', 'us-east-1', 1), arnOf('trainingJobs', 'eu-west-1', 0), arnOf('trainingJobs', 'eu-west-1', 9)], 'AccessDeniedException');
    expect(run.stats.faults['access-denied']).toBe(3);
    expect(run.server.countsByKey().get(keyOf({ service: 'sagemaker', region: 'us-east-1', operation: 'DescribeNotebookInstance', input: { NotebookInstanceName: nb } }))).toBe(1);
  });

  it('a 5xx that never clears (500 on a processing job, S3 SlowDown on one bucket): retried maxAttempts times, then an error for that resource', async () => {
    const job = nameOf('processingJobs', 'us-east-1', 1);
    const buckets = baseline.inventory.buckets;
    if (!buckets?.ok) throw new Error('baseline has no buckets');
    const { name: bucket, region } = buckets.value[2]!;
    if (!region.ok) throw new Error('baseline has no bucket region');
    const run = await liveRun([
      { service: 'sagemaker', operation: 'DescribeProcessingJob', input: { ProcessingJobName: job }, fault: { kind: 'server-error' } },
      { service: 's3', operation: 'GetBucketVersioning', input: { Bucket: bucket }, fault: { kind: 'throttle' } },
    ], { maxAttempts: 3 });
    const jobArn = arnOf('processingJobs', 'us-east-1', 1);
    expect(about(run.findings, [jobArn]).every((f) => f.evidence.errorCode === 'InternalFailure')).toBe(true);
    const bucketFindings = run.findings.filter((f) => f.resource.arn === `arn:aws:s3:::${bucket}` && f.status === 'error');
    expect(bucketFindings.length).toBeGreaterThan(0);
    for (const f of bucketFindings) expect(f.evidence.errorCode).toBe('SlowDown');
    // Other bucket checks (encryption, policy) read other calls: only the versioning checks lose this bucket.
    const changed = run.findings.filter((f) => !baseline.findings.some((b) => JSON.stringify(b) === JSON.stringify(f)));
    expect(changed.filter((f) => f.resource.arn === `arn:aws:s3:::${bucket}`).map((f) => f.checkId).sort()).toEqual(
      CHECKS.filter((c) => c.requires.includes('bucketVersioning')).map((c) => c.meta.id).sort(),
    );
    expect(new Set(changed.filter((f) => !JOINING.has(f.checkId)).map((f) => f.resource.arn))).toEqual(new Set([jobArn]));
    expect(changed.filter((f) => f.resource.arn === jobArn || f.resource.arn === `arn:aws:s3:::${bucket}`).every((f) => f.status === 'error')).toBe(true);
    unchangedApart(run, [jobArn, `arn:aws:s3:::${bucket}`]);
    const counts = run.server.countsByKey();
    expect(counts.get(keyOf({ service: 'sagemaker', region: 'us-east-1', operation: 'DescribeProcessingJob', input: { ProcessingJobName: job } }))).toBe(3);
    expect(counts.get(keyOf({ service: 's3', region: region.value, operation: 'GetBucketVersioning', input: { Bucket: bucket } }))).toBe(3);
  });

  it('a Describe that never answers: each attempt is abandoned at the client timeout, then an error for that job alone', async () => {
    const job = nameOf('trainingJobs', 'us-east-1', 5);
    const run = await liveRun(
      [{ service: 'sagemaker', operation: 'DescribeTrainingJob', input: { TrainingJobName: job }, fault: { kind: 'hang', ms: 8_000 } }],
      { maxAttempts: 2, requestTimeoutMs: 2_000 },
    );
    const arn = arnOf('trainingJobs', 'us-east-1', 5);
    const hit = about(run.findings, [arn]);
    expect(hit.length).toBeGreaterThan(0);
    expect(hit.every((f) => f.status === 'error')).toBe(true);
    unchangedApart(run, [arn]);
    expect(run.server.countsByKey().get(keyOf({ service: 'sagemaker', region: 'us-east-1', operation: 'DescribeTrainingJob', input: { TrainingJobName: job } }))).toBe(2);
    // The client gave up on each attempt itself (it did not wait for the server to cut the connection).
    expect(run.stats.clientAborts).toBe(2);
    expect(hit.every((f) => f.evidence.errorCode === 'TimeoutError')).toBe(true);
    expect(run.ms).toBeLessThan(16_000);
  }, 45_000);

  it('a listing that fails (AccessDenied on a region, 500 on a later page) is one region-level error; the other region is unaffected', async () => {
    const run = await liveRun([
      { service: 'sagemaker', region: 'eu-west-1', operation: 'ListNotebookInstances', fault: { kind: 'access-denied' } },
      { service: 'sagemaker', region: 'us-east-1', operation: 'ListTrainingJobs', when: (r) => r.input.NextToken !== undefined, fault: { kind: 'server-error' } },
    ]);
    const nbWildcard = `arn:aws:sagemaker:eu-west-1:${ctx.accountId}:notebook-instance/*`;
    const tjWildcard = `arn:aws:sagemaker:us-east-1:${ctx.accountId}:training-job/*`;
    const regionLevel = run.findings.filter((f) => f.resource.arn.endsWith('/*'));
    expect(new Set(regionLevel.map((f) => f.resource.arn))).toEqual(new Set([nbWildcard, tjWildcard]));
    for (const f of regionLevel) expect(f.status).toBe('error');
    expect(new Set(regionLevel.filter((f) => f.resource.arn === nbWildcard).map((f) => f.evidence.errorCode))).toEqual(new Set(['AccessDeniedException']));
    expect(new Set(regionLevel.filter((f) => f.resource.arn === tjWildcard).map((f) => f.evidence.errorCode))).toEqual(new Set(['InternalFailure']));
    // Nothing about the hidden resources, and the rest as undisturbed.
    const hidden = (f: Finding) =>
      (f.resource.type === 'AWS::SageMaker::NotebookInstance' && f.resource.region === 'eu-west-1') ||
      (f.resource.type === 'AWS::SageMaker::TrainingJob' && f.resource.region === 'us-east-1');
    expect(run.findings.filter((f) => hidden(f) && !f.resource.arn.endsWith('/*'))).toEqual([]);
    const visible = (fs: Finding[]) => fs.filter((f) => !hidden(f) && !JOINING.has(f.checkId));
    expect(visible(run.findings)).toEqual(visible(baseline.findings));
    // The page-2 listing was retried maxAttempts times; the denied listing once.
    expect(run.stats.faults['server-error']).toBe(3);
    expect(run.stats.faults['access-denied']).toBe(1);
  });
});

describe('page tokens', () => {
  it('a service that repeats its page token: a PaginationLoop error for that region, promptly, not a hang', async () => {
    const run = await liveRun([{ service: 'sagemaker', region: 'eu-west-1', operation: 'ListTrainingJobs', fault: { kind: 'repeat-token' } }], {}, { keys: ['trainingJobs'] });
    const list = run.inventory.trainingJobs?.['eu-west-1'];
    expect(list?.ok).toBe(false);
    expect(list && !list.ok && list.error.code).toBe('PaginationLoop');
    expect(run.inventory.trainingJobs?.['us-east-1']?.ok).toBe(true);
    expect(run.server.requests.filter((r) => r.region === 'eu-west-1' && r.operation === 'ListTrainingJobs')).toHaveLength(2);
    expect(run.ms).toBeLessThan(5_000);
  });

  it('an expired token on a later page: a region-level ValidationException, not a partial list', async () => {
    const run = await liveRun([{ service: 'sagemaker', region: 'us-east-1', operation: 'ListTrainingJobs', fault: { kind: 'expired-token' } }], {}, { keys: ['trainingJobs'] });
    const list = run.inventory.trainingJobs?.['us-east-1'];
    expect(list && !list.ok && list.error).toMatchObject({ code: 'ValidationException', operation: 'sagemaker:ListTrainingJobs' });
  });

  it('short and empty pages that still carry a NextToken are followed to the end', async () => {
    const ragged = new GeneratedAccount({ ...account.spec, ragged: true });
    const run = await liveRun([], {}, { keys: ['trainingJobs', 'notebookInstances', 'endpoints'], source: ragged });
    // 116 jobs a region in pages of 0 to 100: more pages than the 2 a region full pages need.
    expect(run.server.requests.filter((r) => r.operation === 'ListTrainingJobs').length).toBeGreaterThan(4);
    for (const key of ['trainingJobs', 'notebookInstances', 'endpoints'] as const) expect(run.inventory[key], key).toEqual(baseline.inventory[key]);
    servedOnce(run.stats);
  });
});

describe('never a pass for unread data', () => {
  it('with every kind of persistent fault at once, no resource behind a fault has a pass, fail or n/a finding', async () => {
    const nb = nameOf('notebooks', 'eu-west-1', 0);
    const run = await liveRun([
      { service: 'sagemaker', operation: 'DescribeNotebookInstance', input: { NotebookInstanceName: nb }, fault: { kind: 'server-error' } },
      { service: 'sagemaker', region: 'us-east-1', operation: 'ListEndpointConfigs', fault: { kind: 'access-denied' } },
      { service: 'sagemaker', region: 'eu-west-1', operation: 'ListModels', fault: { kind: 'server-error', status: 503 } },
      { service: 's3', operation: 'GetBucketEncryption', fault: { kind: 'access-denied' } },
      { service: 'cloudtrail', operation: 'DescribeTrails', region: 'eu-west-1', fault: { kind: 'server-error', status: 503 } },
      { service: 'guardduty', operation: 'ListDetectors', region: 'us-east-1', fault: { kind: 'throttle' } },
    ], { maxAttempts: 2 });
    const hidden = (f: Finding): boolean =>
      f.resource.arn === arnOf('notebooks', 'eu-west-1', 0) ||
      (f.resource.type === 'AWS::SageMaker::EndpointConfig' && f.resource.region === 'us-east-1') ||
      (f.resource.type === 'AWS::SageMaker::Model' && f.resource.region === 'eu-west-1') ||
      (f.checkId.includes('encryption-kms') && f.resource.type === 'AWS::S3::Bucket') ||
      (f.resource.type === 'AWS::GuardDuty::Detector' && f.resource.region === 'us-east-1');
    const leaked = run.findings.filter((f) => hidden(f) && f.status !== 'error');
    expect(leaked).toEqual([]);
    expect(run.findings.filter(hidden).length).toBeGreaterThan(0);
    expect(run.findings.some((f) => f.resource.region === 'eu-west-1' && f.checkId.startsWith('cloudtrail') && f.status === 'pass')).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The built CLI (bin/smsec.js → dist/; `npm run build` first) under faults.

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function smsec(args: string[], endpoint: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: tmp, NO_COLOR: '1', ...loopbackEnv(endpoint, tmp) };
  return new Promise((resolve) => {
    execFile(process.execPath, ['bin/smsec.js', ...args], { cwd: ROOT, env, timeout: 60_000, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : null) : 0, stdout, stderr });
    });
  });
}

describe('the built CLI under faults', () => {
  let help = '';
  const checks = ['--checks', CHECKS.map((c) => c.meta.id).join(','), '--regions', REGIONS.join(',')];
  const findings = (s: string) => (JSON.parse(s) as { findings: Finding[] }).findings;

  beforeAll(async () => {
    if (!existsSync(join(ROOT, 'dist/src/cli.js'))) throw new Error('dist/src/cli.js is missing: run `npm run build` before these tests');
    help = (await smsec(['audit', '--help'], 'http://127.0.0.1:9')).stdout;
  }, 60_000);

  it('record under throttling and 5xx, then audit the recording: the findings of an undisturbed live audit, each request answered once', async () => {
    const out = join(tmp, 'faulted.json.gz');
    const faults = new Faults({
      rules: [
        { service: 'sagemaker', when: (r) => r.operation.startsWith('Describe'), fault: { kind: 'throttle' }, times: 4, per: 'rule' },
        { service: 'sagemaker', when: (r) => r.operation.startsWith('List'), fault: { kind: 'server-error' }, times: 1 },
        { service: 's3', fault: { kind: 'throttle' }, times: 2, per: 'rule' },
        { service: 'sts', fault: { kind: 'server-error' }, times: 1 },
      ],
    });
    await withServer(account, { faults }, async (server) => {
      const rec = await smsec(['record', ...checks, '--output', out], server.endpoint);
      expect(rec.code, rec.stderr).toBe(0);
      const stats = server.stats();
      servedOnce(stats);
      // The per-service limits bind the requests the endpoint is serving.
      for (const [service, n] of Object.entries(stats.maxInFlightByService)) expect(n, service).toBeLessThanOrEqual(SERVICE_CONCURRENCY[service] ?? DEFAULT_SERVICE_CONCURRENCY);
      expect(stats.throttled).toBe(6);
      expect(stats.faults['server-error']).toBeGreaterThan(10);
    });
    const replay = await smsec(['audit', '--snapshot', out, ...checks, '--format', 'json', '--fail-on', 'none'], 'http://127.0.0.1:9');
    expect(replay.code, replay.stderr).toBe(0);
    const live = await withServer(account, {}, (server) => smsec(['audit', ...checks, '--format', 'json', '--fail-on', 'none'], server.endpoint));
    expect(live.code, live.stderr).toBe(0);
    expect(findings(replay.stdout)).toEqual(findings(live.stdout));
    expect(findings(live.stdout).filter((f) => f.status === 'error')).toEqual([]);
    expect(findings(live.stdout).length).toBe(baseline.findings.length);
  }, 120_000);

  it('--max-concurrency caps the requests in flight (when the CLI has the flag)', async (t) => {
    if (!help.includes('--max-concurrency')) t.skip();
    await withServer(account, { latencyMs: 25 }, async (server) => {
      const run = await smsec(['audit', ...checks, '--max-concurrency', '3', '--format', 'json', '--fail-on', 'none'], server.endpoint);
      expect(run.code, run.stderr).toBe(0);
      const stats = server.stats();
      expect(stats.maxInFlight).toBe(3);
      // The fake's held time (the bench's "mean time the fake held a request") covers at least the latency of each
      // request answered, and (a sanity bound) never averages twenty times the latency per request received.
      const held = stats.heldMsByService.sagemaker ?? 0;
      expect(held).toBeGreaterThanOrEqual(24 * (stats.answeredByService.sagemaker ?? 1));
      expect(held).toBeLessThan(25 * stats.requests * 20);
    });
  }, 60_000);
});
