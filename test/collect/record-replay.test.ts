/**
 * Record → replay, and the two halves on their own. Every SDK client smsec uses is mocked (aws-sdk-client-mock) to
 * answer from the demo snapshot the way the SDK would (timestamps as Dates, `$metadata`, errors with `name` and
 * `$metadata.httpStatusCode`); a recording of that "live" account replays to the same audit.
 */
import { mockClient, type AwsStub } from 'aws-sdk-client-mock';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { BUILTIN_CHECKS } from '../../checks/index.js';
import { buildDemoAccount } from '../../fixtures/demo/demo-account.js';
import { AwsCallError, DedupingAccess, requestKey, type AwsAccess, type AwsRequest, type AwsResponse } from '../../src/collect/access.js';
import { collect, identify } from '../../src/collect/collect.js';
import { COLLECTORS } from '../../src/collect/collectors/index.js';
import { SERVICES, type ServiceName } from '../../src/collect/commands.js';
import { LiveAccess } from '../../src/collect/live.js';
import { RecordingAccess, ReplayAccess } from '../../src/collect/record.js';
import { runAudit } from '../../src/engine/audit.js';
import type { AccountContext, RequirementKey } from '../../src/inventory/types.js';
import { SNAPSHOT_FORMAT, SNAPSHOT_FORMAT_VERSION, type RecordedCall, type Snapshot } from '../../src/snapshot/format.js';
import { parseSnapshot, serializeSnapshot } from '../../src/snapshot/io.js';
import { modelView, toSdkOutput } from '../helpers/fake-aws-server.js';

const demo = buildDemoAccount('0.1.0');
const account: AccountContext = { accountId: demo.metadata.accountId, partition: demo.metadata.partition, regions: demo.metadata.regions };
const asStored = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** The demo calls as an SDK client can return them (fields outside the service model dropped, see live-loopback). */
const demoAsModelled = new Map(
  demo.calls.map((c) => [requestKey(c), asStored(c.response ? { ...c, response: modelView(c.service, c.operation, c.response) } : c)] as const),
);

/** An error as the SDK throws it: a ServiceException-like object with name, message, $fault and $metadata. */
function sdkError(name: string, message: string, httpStatusCode: number | undefined): Error {
  return Object.assign(new Error(message), {
    name,
    $fault: (httpStatusCode ?? 400) >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode, requestId: 'mock-request-id', attempts: 1, totalRetryDelay: 0 },
  });
}

// ---------------------------------------------------------------------------------------------------------------
// The mocked "live" account

type AnyStub = AwsStub<object, { $metadata: object }, unknown>;
type MockableClient = Parameters<typeof mockClient>[0];
type MockableCommand = Parameters<AnyStub['on']>[0];

let answers = new Map<string, RecordedCall>();
const sent: AwsRequest[] = [];
const mocks: AnyStub[] = [];

beforeAll(() => {
  // Belt and braces: should a command ever miss its mock, it fails against a closed local port, never reaches AWS.
  for (const name of Object.keys(process.env)) if (name.startsWith('AWS_')) vi.stubEnv(name, undefined);
  vi.stubEnv('AWS_ENDPOINT_URL', 'http://127.0.0.1:9');
  vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIAIOSFODNN7EXAMPLE');
  vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'not-a-secret');
  vi.stubEnv('AWS_EC2_METADATA_DISABLED', 'true');
  answers = new Map(demo.calls.map((c) => [requestKey(c), c]));
  for (const [service, entry] of Object.entries(SERVICES) as [ServiceName, (typeof SERVICES)[ServiceName]][]) {
    const mock = mockClient(entry.client as unknown as MockableClient) as unknown as AnyStub;
    mocks.push(mock);
    for (const [operation, Command] of Object.entries(entry.commands)) {
      mock.on(Command as unknown as MockableCommand).callsFake(async (input: Record<string, unknown>, getClient: () => unknown) => {
        const region = await (getClient() as { config: { region: () => Promise<string> } }).config.region();
        const request: AwsRequest = { service, region, operation, input };
        sent.push(request);
        const call = answers.get(requestKey(request));
        if (!call) throw sdkError('NotRecorded', `no answer for ${service}:${operation} in ${region}`, 400);
        if (call.error) throw sdkError(call.error.name, call.error.message, call.error.httpStatus);
        return toSdkOutput(service, operation, call.response ?? {});
      });
    }
  }
});

afterAll(() => {
  for (const m of mocks) m.restore();
  vi.unstubAllEnvs();
});

afterEach(() => {
  sent.length = 0;
  answers = new Map(demo.calls.map((c) => [requestKey(c), c]));
});

function snapshotOf(recorder: RecordingAccess): Snapshot {
  return {
    format: SNAPSHOT_FORMAT,
    formatVersion: SNAPSHOT_FORMAT_VERSION,
    metadata: { smsecVersion: '0.0.0-test', accountId: account.accountId, partition: account.partition, regions: account.regions, recordedAt: '2026-11-20T08:00:00.000Z' },
    calls: recorder.sortedCalls(),
  };
}

describe('record → replay through mocked SDK clients', () => {
  it('the mocked clients answer like the SDK: Dates for timestamps, errors with name and HTTP status', async () => {
    const describe = demo.calls.find((c) => c.operation === 'DescribeNotebookInstance' && c.response)!;
    const client = new SERVICES.sagemaker.client({ region: describe.region });
    try {
      const input = describe.input as { NotebookInstanceName: string };
      const out = (await client.send(new SERVICES.sagemaker.commands.DescribeNotebookInstance(input))) as unknown as Record<string, unknown>;
      expect(out.CreationTime).toBeInstanceOf(Date);
      expect(out.$metadata).toMatchObject({ httpStatusCode: 200 });
    } finally {
      client.destroy();
    }
    const live = new LiveAccess();
    const denied = demo.calls.find((c) => c.error && c.service === 'sagemaker')!;
    await expect(live.send(denied)).rejects.toMatchObject({ code: denied.error!.name, message: denied.error!.message, httpStatus: denied.error!.httpStatus });
    live.destroy();
  });

  it('a recording of the live account replays to identical findings and inventory', async () => {
    const checks = [...BUILTIN_CHECKS];
    const live = new LiveAccess();
    const recorder = new RecordingAccess(live);
    const source = { kind: 'live' as const, collectedAt: '2026-11-20T08:00:00.000Z' };
    let liveReport;
    try {
      const access = new DedupingAccess(recorder);
      await identify(access, account.regions[0]!);
      liveReport = await runAudit({ checks, access, account, source });
    } finally {
      live.destroy();
    }
    expect(sent.length).toBeGreaterThan(0);

    // Through the file format (validated against the schema), as `smsec record` writes it.
    const snapshot = parseSnapshot(serializeSnapshot(snapshotOf(recorder), 'rec.json.gz'), 'rec.json.gz');
    for (const call of snapshot.calls) expect(call, requestKey(call)).toEqual(demoAsModelled.get(requestKey(call)));

    const replayReport = await runAudit({ checks, access: new DedupingAccess(new ReplayAccess(snapshot)), account, source });
    expect(replayReport.findings.length).toBeGreaterThan(0);
    expect(replayReport.findings).toEqual(liveReport.findings);
    expect(replayReport).toEqual(liveReport);
    // And the live (mocked) audit sees what an audit of the demo snapshot itself sees.
    const demoReport = await runAudit({ checks, access: new DedupingAccess(new ReplayAccess(demo)), account, source });
    expect(liveReport.findings).toEqual(demoReport.findings);

    // Whole inventories, for every collector (not only what today's checks need), against the demo as the SDK
    // can carry it (see KNOWN_FIXTURE_FIELDS_OUTSIDE_MODEL in live-loopback.test.ts).
    const keys = Object.keys(COLLECTORS) as RequirementKey[];
    const liveAgain = new LiveAccess();
    try {
      const fromLive = await collect(new DedupingAccess(liveAgain), account, keys);
      const modelled: Snapshot = { ...demo, calls: [...demoAsModelled.values()] };
      const fromDemo = await collect(new DedupingAccess(new ReplayAccess(modelled)), account, keys);
      expect(asStored(fromLive)).toEqual(asStored(fromDemo));
    } finally {
      liveAgain.destroy();
    }
  });

  it('records recorded errors with name, message and HTTP status, and unknown requests as NotRecorded', async () => {
    const live = new LiveAccess();
    const recorder = new RecordingAccess(live);
    const requests: AwsRequest[] = [
      ...demo.calls.filter((c) => c.error),
      { service: 'sagemaker', region: 'us-east-1', operation: 'DescribeModel', input: { ModelName: 'nope' } },
    ];
    try {
      for (const r of requests) await expect(recorder.send(r)).rejects.toBeInstanceOf(AwsCallError);
    } finally {
      live.destroy();
    }
    expect(recorder.calls.map((c) => c.error)).toEqual([
      ...demo.calls.filter((c) => c.error).map((c) => c.error),
      { name: 'NotRecorded', message: 'no answer for sagemaker:DescribeModel in us-east-1', httpStatus: 400 },
    ]);
    expect(recorder.calls.every((c) => c.response === undefined)).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('ReplayAccess', () => {
  const replay = new ReplayAccess(demo);

  it('a request the snapshot does not hold is a NotRecorded error, never data', async () => {
    const req: AwsRequest = { service: 'sagemaker', region: 'ap-south-1', operation: 'ListModels', input: {} };
    const err = (await replay.send(req).catch((e: unknown) => e)) as AwsCallError;
    expect(err).toBeInstanceOf(AwsCallError);
    expect(err).toMatchObject({ code: 'NotRecorded', operation: 'sagemaker:ListModels', httpStatus: undefined });
    expect(err.message).toBe('the snapshot holds no answer for sagemaker:ListModels in ap-south-1');
    // Same operation, different input: also not recorded.
    await expect(replay.send({ ...req, region: 'us-east-1', input: { NextToken: 'x' } })).rejects.toMatchObject({ code: 'NotRecorded' });
  });

  it('a recorded error is rethrown with its name, message and HTTP status', async () => {
    for (const call of demo.calls.filter((c) => c.error)) {
      const err = (await replay.send(call).catch((e: unknown) => e)) as AwsCallError;
      expect(err).toBeInstanceOf(AwsCallError);
      expect({ name: err.code, message: err.message, httpStatus: err.httpStatus }).toEqual(call.error);
      expect(err.operation).toBe(`${call.service}:${call.operation}`);
    }
  });

  it('matches requests by value: input key order does not matter', async () => {
    const call = demo.calls.find((c) => c.operation === 'DescribeTrails')!;
    await expect(replay.send({ region: call.region, input: { includeShadowTrails: true }, operation: 'DescribeTrails', service: 'cloudtrail' })).resolves.toEqual(
      call.response,
    );
  });

  it('returns copies: changing an answer changes neither the snapshot nor later answers', async () => {
    const call = demo.calls.find((c) => c.operation === 'ListBuckets')!;
    const before = structuredClone(call.response);
    const first = await replay.send(call);
    (first.Buckets as { Name: string }[])[0]!.Name = 'tampered';
    first.Extra = true;
    const second = await replay.send(call);
    expect(second).toEqual(before);
    expect(second).not.toBe(first);
    expect(call.response).toEqual(before);
  });
});

describe('RecordingAccess', () => {
  const answer = (req: AwsRequest): Promise<AwsResponse> => {
    if (req.operation === 'Denied') return Promise.reject(new AwsCallError('AccessDeniedException', 'no', 400, `${req.service}:Denied`));
    if (req.operation === 'NoStatus') return Promise.reject(new AwsCallError('PaginationLoop', 'loop', undefined, `${req.service}:NoStatus`));
    if (req.operation === 'Bug') return Promise.reject(new TypeError('x is undefined'));
    return Promise.resolve({ Echo: req.input });
  };

  it('records responses, and AWS errors with name, message and HTTP status (omitted when unknown)', async () => {
    const rec = new RecordingAccess({ send: answer });
    await rec.send({ service: 'sagemaker', region: 'us-east-1', operation: 'ListModels', input: { A: 1 } });
    await expect(rec.send({ service: 'sagemaker', region: 'us-east-1', operation: 'Denied', input: {} })).rejects.toThrow('no');
    await expect(rec.send({ service: 's3', region: 'us-east-1', operation: 'NoStatus', input: {} })).rejects.toThrow('loop');
    expect(rec.calls).toEqual([
      { service: 'sagemaker', region: 'us-east-1', operation: 'ListModels', input: { A: 1 }, response: { Echo: { A: 1 } } },
      { service: 'sagemaker', region: 'us-east-1', operation: 'Denied', input: {}, error: { name: 'AccessDeniedException', message: 'no', httpStatus: 400 } },
      { service: 's3', region: 'us-east-1', operation: 'NoStatus', input: {}, error: { name: 'PaginationLoop', message: 'loop' } },
    ]);
    expect('httpStatus' in rec.calls[2]!.error!).toBe(false);
  });

  it('rethrows errors that are not AWS answers without recording them', async () => {
    const rec = new RecordingAccess({ send: answer });
    await expect(rec.send({ service: 'sts', region: 'us-east-1', operation: 'Bug', input: {} })).rejects.toBeInstanceOf(TypeError);
    expect(rec.calls).toEqual([]);
  });

  it('sortedCalls is deterministic: the same requests in any completion order give the same list, by request key', async () => {
    const requests: AwsRequest[] = [
      { service: 's3', region: 'us-east-1', operation: 'GetBucketPolicy', input: { Bucket: 'b' } },
      { service: 'sagemaker', region: 'eu-west-1', operation: 'ListModels', input: {} },
      { service: 'sagemaker', region: 'eu-west-1', operation: 'Denied', input: {} },
      { service: 'cloudtrail', region: 'us-east-1', operation: 'DescribeTrails', input: { includeShadowTrails: true } },
      { service: 's3', region: 'us-east-1', operation: 'GetBucketPolicy', input: { Bucket: 'a' } },
    ];
    const delayed = (order: number[]): AwsAccess => ({
      send: async (req) => {
        await new Promise((r) => setTimeout(r, order[requests.findIndex((q) => requestKey(q) === requestKey(req))]! * 5));
        return answer(req);
      },
    });
    const runs = await Promise.all(
      [
        [0, 1, 2, 3, 4],
        [4, 3, 2, 1, 0],
        [2, 0, 4, 1, 3],
      ].map(async (order) => {
        const rec = new RecordingAccess(delayed(order));
        await Promise.all(requests.map((r) => rec.send(r).catch(() => undefined)));
        return rec;
      }),
    );
    expect(runs[0]!.calls.map((c) => requestKey(c))).not.toEqual(runs[1]!.calls.map((c) => requestKey(c)));
    expect(runs[1]!.sortedCalls()).toEqual(runs[0]!.sortedCalls());
    expect(runs[2]!.sortedCalls()).toEqual(runs[0]!.sortedCalls());
    const keys = runs[0]!.sortedCalls().map((c) => requestKey(c));
    expect(keys).toEqual([...keys].sort());
  });
});
