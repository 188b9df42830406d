/**
 * The live transport end to end, without AWS: the real SDK clients talk to a fake AWS endpoint on 127.0.0.1
 * (test/helpers/fake-aws-server.ts) that answers from the demo snapshot over the services' real wire protocols.
 * Proves that what a live audit sees is exactly what a snapshot holds (timestamps included), that the CLI's
 * live and snapshot audits agree, and that a record → replay round trip loses nothing.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { BUILTIN_CHECKS } from '../../checks/index.js';
import { buildDemoAccount } from '../../fixtures/demo/demo-account.js';
import { AwsCallError, DedupingAccess, requestKey, type AwsAccess, type AwsRequest } from '../../src/collect/access.js';
import { collect, identify } from '../../src/collect/collect.js';
import { COLLECTORS } from '../../src/collect/collectors/index.js';
import { SERVICES, type ServiceName } from '../../src/collect/commands.js';
import { LiveAccess } from '../../src/collect/live.js';
import { RecordingAccess, ReplayAccess } from '../../src/collect/record.js';
import { plan } from '../../src/engine/audit.js';
import type { AccountContext, RequirementKey } from '../../src/inventory/types.js';
import type { RecordedCall, Snapshot } from '../../src/snapshot/format.js';
import { loadSnapshot } from '../../src/snapshot/io.js';
import { PROTOCOLS, loopbackEnv, modelView, startFakeAwsServer, type FakeAwsServer } from '../helpers/fake-aws-server.js';

const demo = buildDemoAccount('0.1.0');
const account: AccountContext = { accountId: demo.metadata.accountId, partition: demo.metadata.partition, regions: demo.metadata.regions };
const ALL_KEYS = Object.keys(COLLECTORS) as RequirementKey[];

/** A call as a snapshot file stores it (undefined fields dropped). */
const asStored = (c: RecordedCall): RecordedCall => JSON.parse(JSON.stringify(c)) as RecordedCall;

const sortedByKey = (calls: RecordedCall[]): RecordedCall[] =>
  [...calls].sort((a, b) => (requestKey(a) < requestKey(b) ? -1 : requestKey(a) > requestKey(b) ? 1 : 0));

/** The calls of a recording, one per request; equal requests made twice must have had equal answers. */
function byKey(calls: RecordedCall[]): Map<string, RecordedCall> {
  const out = new Map<string, RecordedCall>();
  for (const c of calls.map(asStored)) {
    const k = requestKey(c);
    const seen = out.get(k);
    if (seen) expect(c, `two answers for ${k}`).toEqual(seen);
    out.set(k, c);
  }
  return out;
}

/** The keys a replay of `snapshot` is asked for when collecting `keys`. */
async function keysAsked(snapshot: Snapshot, keys: RequirementKey[]): Promise<Set<string>> {
  const asked = new Set<string>();
  const replay = new ReplayAccess(snapshot);
  const tracking: AwsAccess = {
    send(req: AwsRequest) {
      asked.add(requestKey(req));
      return replay.send(req);
    },
  };
  await collect(tracking, account, keys);
  return asked;
}

let tmp: string;
let server: FakeAwsServer;


beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'smsec-loopback-'));
  writeFileSync(join(tmp, 'config'), '');
  writeFileSync(join(tmp, 'credentials'), '');
  server = await startFakeAwsServer(demo);
  // Nothing from the developer's own AWS setup may leak in: clear every AWS_* variable, then set ours.
  for (const name of Object.keys(process.env)) if (name.startsWith('AWS_')) vi.stubEnv(name, undefined);
  for (const [name, value] of Object.entries(loopbackEnv(server.endpoint, tmp))) vi.stubEnv(name, value);
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await server?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

beforeEach(() => {
  server.setSnapshot(demo);
  server.reset();
});

describe('the fake endpoint speaks what the installed clients speak', () => {
  it.each(Object.keys(SERVICES) as ServiceName[])('%s', (service) => {
    const client = new SERVICES[service].client({ region: 'us-east-1' }) as unknown as {
      config: { protocol: { getShapeId(): string }; protocolSettings: { serviceTarget?: string; version?: string; xmlNamespace?: string } };
      destroy(): void;
    };
    try {
      const info = PROTOCOLS[service];
      if (!info) throw new Error(`test/helpers/fake-aws-server.ts has no wire protocol for ${service}: add it to PROTOCOLS`);
      expect(client.config.protocol.getShapeId()).toBe(info.shapeId);
      const settings = client.config.protocolSettings;
      if (info.target) expect(settings.serviceTarget).toBe(info.target);
      if (info.version) expect(settings.version).toBe(info.version);
      if (info.xmlNamespace) expect(settings.xmlNamespace).toBe(info.xmlNamespace);
    } finally {
      client.destroy();
    }
  });
});

/** Fields the demo fixture holds that the service model does not define (no live call could return them): none. */
const KNOWN_FIXTURE_FIELDS_OUTSIDE_MODEL: string[] = [];

/** The demo calls as the SDK can carry them (fields outside the service model dropped), as a snapshot file stores them. */
const demoAsModelled = new Map(
  demo.calls.map((c) => {
    const call = c.response ? { ...c, response: modelView(c.service, c.operation, c.response) } : c;
    return [requestKey(c), asStored(call)] as const;
  }),
);

describe('LiveAccess through the real SDK clients against the demo account', () => {
  it('records the snapshot calls for the built-in checks: same requests, responses, errors and timestamps', async () => {
    const live = new LiveAccess({ maxAttempts: 1 });
    const recorder = new RecordingAccess(live);
    try {
      await collect(recorder, account, plan([...BUILTIN_CHECKS]));
    } finally {
      live.destroy();
    }
    const recorded = byKey(recorder.calls);
    expect(recorded.size).toBeGreaterThan(0);
    expect(new Set(recorded.keys())).toEqual(await keysAsked(demo, plan([...BUILTIN_CHECKS])));
    for (const [k, call] of recorded) expect(call, k).toEqual(demoAsModelled.get(k));
    // Every request reached the fake endpoint and was answered from the snapshot (a response or a recorded error).
    expect(server.requests.length).toBeGreaterThanOrEqual(recorded.size);
    expect(server.requests.filter((r) => r.outcome !== 'response' && r.outcome !== 'error')).toEqual([]);
    expect(new Set(server.requests.map((r) => r.key))).toEqual(new Set(recorded.keys()));
  });

  it('records every call of the snapshot when every collector runs, each distinct request sent once', async () => {
    const live = new LiveAccess({ maxAttempts: 1 });
    const recorder = new RecordingAccess(live);
    const access = new DedupingAccess(recorder);
    try {
      await identify(access, account.regions[0]!);
      await collect(access, account, ALL_KEYS);
    } finally {
      live.destroy();
    }
    expect(recorder.sortedCalls().map(asStored)).toEqual([...demoAsModelled.values()]);
    expect(server.countsByKey().size).toBe(demo.calls.length);
    expect([...server.countsByKey()].filter(([, n]) => n !== 1)).toEqual([]);
    expect(server.problems).toEqual(KNOWN_FIXTURE_FIELDS_OUTSIDE_MODEL);
  });

  it('surfaces the recorded errors with their name, message and HTTP status', async () => {
    const live = new LiveAccess({ maxAttempts: 1 });
    try {
      const errors = demo.calls.filter((c) => c.error);
      expect(errors.length).toBeGreaterThan(0);
      for (const call of errors) {
        const err = await live.send(call).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(err, requestKey(call)).toBeInstanceOf(AwsCallError);
        const e = err as AwsCallError;
        expect({ name: e.code, message: e.message, httpStatus: e.httpStatus }, requestKey(call)).toEqual(call.error);
      }
    } finally {
      live.destroy();
    }
  });

  it('answers a request the snapshot does not hold with an error, in every protocol, never with data', async () => {
    const unknown: AwsRequest[] = [
      { service: 'sts', region: 'eu-west-1', operation: 'GetCallerIdentity', input: {} },
      { service: 'sagemaker', region: 'us-east-1', operation: 'DescribeModel', input: { ModelName: 'no-such-model' } },
      { service: 'sagemaker', region: 'eu-west-1', operation: 'ListModels', input: { NextToken: 'page-2' } },
      { service: 'cloudtrail', region: 'eu-west-1', operation: 'GetTrailStatus', input: { Name: 'no-such-trail' } },
      { service: 's3', region: 'eu-west-1', operation: 'ListBuckets', input: {} },
      { service: 's3', region: 'us-east-1', operation: 'GetBucketPolicy', input: { Bucket: 'no-such-bucket' } },
      { service: 'guardduty', region: 'eu-west-1', operation: 'GetDetector', input: { DetectorId: '00000000000000000000000000000000' } },
      { service: 'guardduty', region: 'us-east-1', operation: 'ListDetectors', input: { NextToken: 'page-2' } },
    ];
    const live = new LiveAccess({ maxAttempts: 1 });
    try {
      for (const req of unknown) {
        const err = await live.send(req).then(
          (data) => data,
          (e: unknown) => e,
        );
        expect(err, requestKey(req)).toBeInstanceOf(AwsCallError);
        expect((err as AwsCallError).code, requestKey(req)).toBe('NotRecorded');
        expect((err as AwsCallError).httpStatus).toBe(400);
      }
    } finally {
      live.destroy();
    }
    // The fake understood each request (service, region, operation, input) and found it missing.
    expect(server.requests.map((r) => [r.key, r.outcome])).toEqual(unknown.map((r) => [requestKey(r), 'not-recorded']));
  });

  it('a listing the snapshot lacks becomes a collection error in the inventory, not an empty list', async () => {
    const missing = (c: RecordedCall) => c.service === 'sagemaker' && c.region === 'eu-west-1' && c.operation === 'ListModels';
    server.setSnapshot({ ...demo, calls: demo.calls.filter((c) => !missing(c)) });
    const live = new LiveAccess({ maxAttempts: 1 });
    let inventory;
    try {
      inventory = await collect(live, account, ['models']);
    } finally {
      live.destroy();
    }
    expect(inventory.models?.['eu-west-1']).toEqual({
      ok: false,
      error: { code: 'NotRecorded', message: 'the snapshot holds no answer for sagemaker:ListModels in eu-west-1', operation: 'sagemaker:ListModels' },
    });
    expect(inventory.models?.['us-east-1']?.ok).toBe(true);
  });
});

describe('each protocol over the wire', () => {
  /** Errors in every service, modelled by the SDK (own error class) or not (generic ServiceException). */
  const zoo: RecordedCall[] = [
    { service: 'sts', region: 'us-east-1', operation: 'GetCallerIdentity', input: {}, error: { name: 'InvalidClientTokenId', message: 'The security token included in the request is invalid.', httpStatus: 403 } },
    { service: 'sts', region: 'eu-west-1', operation: 'GetCallerIdentity', input: {}, error: { name: 'ExpiredToken', message: 'The security token included in the request is expired', httpStatus: 400 } },
    { service: 'sagemaker', region: 'us-east-1', operation: 'DescribeTrainingJob', input: { TrainingJobName: 'gone' }, error: { name: 'ResourceNotFound', message: 'Requested resource not found.', httpStatus: 400 } },
    { service: 'sagemaker', region: 'eu-west-1', operation: 'ListEndpoints', input: {}, error: { name: 'ThrottlingExceptionNot', message: 'not a real AWS error name', httpStatus: 400 } },
    { service: 'cloudtrail', region: 'us-east-1', operation: 'GetTrailStatus', input: { Name: 'gone' }, error: { name: 'TrailNotFoundException', message: 'Unknown trail: gone for the user: 123456789012', httpStatus: 400 } },
    { service: 'cloudtrail', region: 'eu-west-1', operation: 'DescribeTrails', input: { includeShadowTrails: true }, error: { name: 'AccessDeniedException', message: 'User is not authorized to perform: cloudtrail:DescribeTrails', httpStatus: 400 } },
    { service: 'guardduty', region: 'us-east-1', operation: 'ListDetectors', input: {}, error: { name: 'AccessDeniedException', message: 'User is not authorized to perform: guardduty:ListDetectors', httpStatus: 403 } },
    { service: 'guardduty', region: 'eu-west-1', operation: 'GetDetector', input: { DetectorId: 'abc' }, error: { name: 'BadRequestException', message: 'The request is rejected because the input detectorId is not owned by the current account.', httpStatus: 400 } },
    { service: 's3', region: 'us-east-1', operation: 'GetBucketVersioning', input: { Bucket: 'gone-bucket' }, error: { name: 'NoSuchBucket', message: 'The specified bucket does not exist', httpStatus: 404 } },
    { service: 's3', region: 'eu-west-1', operation: 'GetBucketEncryption', input: { Bucket: 'odd-bucket' }, error: { name: 'AccessDenied', message: `Access Denied <for> "odd-bucket" & 'you'`, httpStatus: 403 } },
  ];

  it.each(zoo.map((c) => [`${c.service}:${c.operation} ${c.error!.name}`, c] as const))('%s keeps its name, message and status', async (_label, call) => {
    server.setSnapshot({ ...demo, calls: zoo });
    const live = new LiveAccess({ maxAttempts: 1 });
    try {
      const err = await live.send(call).then(
        (data) => data,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(AwsCallError);
      const e = err as AwsCallError;
      expect({ name: e.code, message: e.message, httpStatus: e.httpStatus }).toEqual(call.error);
    } finally {
      live.destroy();
    }
  });

  it('follows page tokens in each protocol (JSON body, query string) and reads bucket regions from GetBucketLocation', async () => {
    const r = 'us-east-1';
    const model = (name: string) => ({ ModelName: name, ModelArn: `arn:aws:sagemaker:${r}:123456789012:model/${name}`, CreationTime: '2026-01-02T03:04:05.678Z' });
    const paging: RecordedCall[] = [
      { service: 'sagemaker', region: r, operation: 'ListModels', input: { MaxResults: 100 }, response: { Models: [model('a')], NextToken: 'tok/2+=' } },
      { service: 'sagemaker', region: r, operation: 'ListModels', input: { MaxResults: 100, NextToken: 'tok/2+=' }, response: { Models: [model('b')] } },
      { service: 'sagemaker', region: r, operation: 'DescribeModel', input: { ModelName: 'a' }, response: { ...model('a'), EnableNetworkIsolation: true } },
      { service: 'sagemaker', region: r, operation: 'DescribeModel', input: { ModelName: 'b' }, response: { ...model('b'), EnableNetworkIsolation: false } },
      { service: 'guardduty', region: r, operation: 'ListDetectors', input: {}, response: { DetectorIds: ['d1'], NextToken: 'next page&=' } },
      { service: 'guardduty', region: r, operation: 'ListDetectors', input: { NextToken: 'next page&=' }, response: { DetectorIds: ['d2'] } },
      { service: 'guardduty', region: r, operation: 'GetDetector', input: { DetectorId: 'd1' }, response: { Status: 'ENABLED', CreatedAt: '2025-01-10T10:00:00.000Z', Tags: { team: 'ml' } } },
      { service: 'guardduty', region: r, operation: 'GetDetector', input: { DetectorId: 'd2' }, response: { Status: 'DISABLED', DataSources: { S3Logs: { Status: 'DISABLED' } } } },
      {
        service: 's3', region: r, operation: 'ListBuckets', input: {},
        response: { Buckets: [{ Name: 'legacy-eu', CreationDate: '2012-03-01T00:00:00.000Z' }, { Name: 'old.use1.bucket', CreationDate: '2013-04-05T06:07:08.000Z' }], ContinuationToken: 'c2', Owner: { ID: 'abc', DisplayName: 'owner' } },
      },
      { service: 's3', region: r, operation: 'ListBuckets', input: { ContinuationToken: 'c2' }, response: { Buckets: [{ Name: 'mumbai-data', CreationDate: '2020-01-01T00:00:00.000Z' }] } },
      { service: 's3', region: r, operation: 'GetBucketLocation', input: { Bucket: 'legacy-eu' }, response: { LocationConstraint: 'EU' } },
      { service: 's3', region: r, operation: 'GetBucketLocation', input: { Bucket: 'old.use1.bucket' }, response: {} },
      { service: 's3', region: r, operation: 'GetBucketLocation', input: { Bucket: 'mumbai-data' }, response: { LocationConstraint: 'ap-south-1' } },
    ];
    server.setSnapshot({ ...demo, calls: paging });
    const live = new LiveAccess({ maxAttempts: 1 });
    const recorder = new RecordingAccess(live);
    let inventory;
    try {
      inventory = await collect(recorder, { ...account, regions: [r] }, ['models', 'guardDutyDetectors', 'buckets']);
    } finally {
      live.destroy();
    }
    expect(recorder.sortedCalls().map(asStored)).toEqual(sortedByKey(paging).map(asStored));
    const models = inventory.models?.[r];
    expect(models?.ok && models.value.map((m) => m.name)).toEqual(['a', 'b']);
    const detectors = inventory.guardDutyDetectors?.[r];
    expect(detectors?.ok && detectors.value.map((d) => d.id)).toEqual(['d1', 'd2']);
    expect(inventory.buckets).toEqual({
      ok: true,
      value: [
        { name: 'legacy-eu', arn: 'arn:aws:s3:::legacy-eu', region: { ok: true, value: 'eu-west-1' } },
        { name: 'mumbai-data', arn: 'arn:aws:s3:::mumbai-data', region: { ok: true, value: 'ap-south-1' } },
        { name: 'old.use1.bucket', arn: 'arn:aws:s3:::old.use1.bucket', region: { ok: true, value: 'us-east-1' } },
      ],
    });
    expect(server.problems).toEqual([]);
    expect(server.countsByOperation()).toEqual({
      'guardduty:GetDetector': 2,
      'guardduty:ListDetectors': 2,
      's3:GetBucketLocation': 3,
      's3:ListBuckets': 2,
      'sagemaker:DescribeModel': 2,
      'sagemaker:ListModels': 2,
    });
  });

  describe('raw wire format', () => {
    const sign = (region: string, service: string) => ({
      authorization: `AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261120/${region}/${service}/aws4_request, SignedHeaders=host;x-amz-date, Signature=${'0'.repeat(64)}`,
      'x-amz-date': '20261120T080000Z',
    });

    it('SageMaker: awsJson1_1 with X-Amz-Target, timestamps as epoch seconds; errors as __type', async () => {
      const post = (op: string, body: object) =>
        fetch(`${server.endpoint}/`, {
          method: 'POST',
          headers: { ...sign('us-east-1', 'sagemaker'), 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `SageMaker.${op}` },
          body: JSON.stringify(body),
        });
      const ok = await post('DescribeNotebookInstance', { NotebookInstanceName: 'research-nb' });
      expect(ok.status).toBe(200);
      expect(ok.headers.get('content-type')).toBe('application/x-amz-json-1.1');
      const json = (await ok.json()) as Record<string, unknown>;
      expect(json.CreationTime).toBe(Date.parse('2026-09-14T08:12:31.000Z') / 1000);
      expect(json.NotebookInstanceName).toBe('research-nb');
      const denied = await post('DescribeNotebookInstance', { NotebookInstanceName: 'restricted-nb' });
      expect(denied.status).toBe(400);
      expect(await denied.json()).toMatchObject({ __type: 'AccessDeniedException' });
      const unknownOp = await post('DeleteNotebookInstance', { NotebookInstanceName: 'research-nb' });
      expect(unknownOp.status).toBe(400);
      expect(await unknownOp.json()).toMatchObject({ __type: 'UnknownOperationException' });
    });

    it('GuardDuty: restJson1 paths, lowerCamelCase keys, timestamps by the model (string createdAt, epoch updatedAt)', async () => {
      const list = await fetch(`${server.endpoint}/detector`, { headers: sign('us-east-1', 'guardduty') });
      expect(await list.json()).toEqual({ detectorIds: ['6ec5f2a1b0c9d8e7f6a5b4c3d2e1f0a9'] });
      const get = await fetch(`${server.endpoint}/detector/6ec5f2a1b0c9d8e7f6a5b4c3d2e1f0a9`, { headers: sign('us-east-1', 'guardduty') });
      const det = (await get.json()) as { createdAt: unknown; status: unknown; features: { updatedAt: unknown }[] };
      expect(det.status).toBe('ENABLED');
      expect(det.createdAt).toBe('2025-01-10T10:00:00.000Z');
      expect(det.features[0]!.updatedAt).toBe(Date.parse('2025-01-10T10:00:00.000Z') / 1000);
    });

    it('S3: restXml path-style, xmlName and flattened lists, ISO timestamps, the policy as the body, <Error> errors', async () => {
      const get = (path: string, region: string) => fetch(`${server.endpoint}${path}`, { headers: sign(region, 's3') });
      const list = await (await get('/?x-id=ListBuckets', 'us-east-1')).text();
      expect(list).toContain('<ListAllMyBucketsResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/">');
      expect(list).toContain('<Buckets><Bucket><Name>sagemaker-us-east-1-123456789012</Name><CreationDate>2025-01-10T10:00:00.000Z</CreationDate>');
      const versioning = await (await get('/sagemaker-us-east-1-123456789012?versioning', 'us-east-1')).text();
      expect(versioning).toContain('<Status>Enabled</Status><MfaDelete>Disabled</MfaDelete>');
      const enc = await (await get('/ml-training-data-demo/?encryption', 'eu-west-1')).text();
      expect(enc).toMatch(/<ServerSideEncryptionConfiguration xmlns="[^"]+"><Rule><ApplyServerSideEncryptionByDefault><SSEAlgorithm>AES256<\/SSEAlgorithm>/);
      const policy = await get('/sagemaker-us-east-1-123456789012?policy', 'us-east-1');
      expect(JSON.parse(await policy.text())).toMatchObject({ Version: '2012-10-17' });
      const none = await get('/ml-training-data-demo?policy', 'eu-west-1');
      expect(none.status).toBe(404);
      expect(await none.text()).toContain('<Error><Code>NoSuchBucketPolicy</Code><Message>The bucket policy does not exist</Message>');
      // The region comes from the signature: the same bucket asked in the wrong region is not in the snapshot.
      const wrongRegion = await get('/ml-training-data-demo?policy', 'us-east-1');
      expect(await wrongRegion.text()).toContain('<Code>NotRecorded</Code>');
    });

    it('STS: awsQuery form body, XML result, <ErrorResponse> errors; unsigned requests are refused', async () => {
      const post = (body: string, headers: Record<string, string> = sign('us-east-1', 'sts')) =>
        fetch(`${server.endpoint}/`, { method: 'POST', headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' }, body });
      const ok = await (await post('Action=GetCallerIdentity&Version=2011-06-15')).text();
      expect(ok).toContain('<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult>');
      expect(ok).toContain('<Account>123456789012</Account>');
      const bad = await post('Action=AssumeRole&Version=2011-06-15');
      expect(bad.status).toBe(400);
      expect(await bad.text()).toContain('<ErrorResponse');
      const unsigned = await post('Action=GetCallerIdentity&Version=2011-06-15', {});
      expect(unsigned.status).toBe(403);
      expect(server.requests.map((q) => q.outcome)).toEqual(['response', 'unknown-operation', 'unsigned']);
    });
  });

  it('delays answers by the configured latency, and closes promptly with answers still pending', async () => {
    const slow = await startFakeAwsServer(demo, { latencyMs: (req) => (req.service === 'sts' ? 10_000 : 150) });
    try {
      const headers = {
        authorization: `AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261120/us-east-1/guardduty/aws4_request, SignedHeaders=host, Signature=${'0'.repeat(64)}`,
        'x-amz-date': '20261120T080000Z',
      };
      const t0 = Date.now();
      const res = await fetch(`${slow.endpoint}/detector`, { headers });
      expect(res.status).toBe(200);
      expect(Date.now() - t0).toBeGreaterThanOrEqual(140);
      expect(slow.countsByOperation()).toEqual({ 'guardduty:ListDetectors': 1 });
      const pending = fetch(`${slow.endpoint}/`, {
        method: 'POST',
        headers: { ...headers, authorization: headers.authorization.replace('/guardduty/', '/sts/') },
        body: 'Action=GetCallerIdentity&Version=2011-06-15',
      }).then(
        () => 'answered',
        () => 'cut off',
      );
      await vi.waitFor(() => expect(slow.requests).toHaveLength(2));
      const t1 = Date.now();
      await slow.close();
      expect(await pending).toBe('cut off');
      expect(Date.now() - t1).toBeLessThan(2_000);
    } finally {
      await slow.close().catch(() => undefined);
    }
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The built CLI as a child process (bin/smsec.js → dist/; `npm run build` first).

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI asynchronously (the fake endpoint lives in this process, so it must not block). */
function smsec(args: string[]): Promise<Run> {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: tmp, NO_COLOR: '1', ...loopbackEnv(server.endpoint, tmp) };
  return new Promise((resolve) => {
    execFile(process.execPath, ['bin/smsec.js', ...args], { cwd: ROOT, env, timeout: 20_000, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : null) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

interface JsonReport {
  source: { kind: string };
  account: { id: string };
  findings: unknown[];
}

function findingsOf(run: Run): unknown[] {
  expect(run.stderr, run.stderr).not.toMatch(/\n\s+at /);
  const report = JSON.parse(run.stdout) as JsonReport;
  expect(report.account.id).toBe(demo.metadata.accountId);
  return report.findings;
}

/** What the fake served: every request understood and answered from the snapshot, each distinct request once. */
function servedOnceEach(): Set<string> {
  expect(server.requests.filter((r) => r.outcome !== 'response' && r.outcome !== 'error')).toEqual([]);
  expect([...server.countsByKey()].filter(([, n]) => n !== 1)).toEqual([]);
  return new Set(server.countsByKey().keys());
}

const REGIONS = ['--regions', 'us-east-1,eu-west-1', '--since', 'all'];

describe('the built CLI against the fake endpoint', () => {
  let snapshotFindings: unknown[];
  let liveServed: Set<string> | undefined;

  beforeAll(async () => {
    if (!existsSync(join(ROOT, 'dist/src/cli.js'))) throw new Error('dist/src/cli.js is missing: run `npm run build` before these tests');
    const run = await smsec(['audit', '--snapshot', 'fixtures/demo-account.json', '--format', 'json', '--fail-on', 'none']);
    expect(run.code, run.stderr).toBe(0);
    snapshotFindings = findingsOf(run);
    expect(snapshotFindings.length).toBeGreaterThan(0);
  });

  it('a live audit gives the same findings as the snapshot audit, every request served once by the fake', async () => {
    const run = await smsec(['audit', ...REGIONS, '--format', 'json', '--fail-on', 'none']);
    expect(run.code, run.stderr).toBe(0);
    expect((JSON.parse(run.stdout) as JsonReport).source.kind).toBe('live');
    expect(findingsOf(run)).toEqual(snapshotFindings);
    liveServed = servedOnceEach();
    expect(liveServed).toContain(requestKey({ service: 'sts', region: 'us-east-1', operation: 'GetCallerIdentity', input: {} }));
  });

  it('record → audit of the recording gives the same findings; the recording holds exactly what was served', async () => {
    const out = join(tmp, 'rec.json.gz');
    const rec = await smsec(['record', ...REGIONS, '--output', out]);
    expect(rec.code, rec.stderr).toBe(0);
    const served = servedOnceEach();
    if (liveServed) expect(served).toEqual(liveServed);

    const bytes = readFileSync(out);
    expect([bytes[0], bytes[1]]).toEqual([0x1f, 0x8b]);
    const recording = loadSnapshot(out);
    expect(rec.stderr).toBe(
      `smsec: recorded ${recording.calls.length} requests (${recording.calls.filter((c) => c.error).length} answered with an error) to ${out}\n`,
    );
    expect(recording.metadata).toMatchObject({ accountId: demo.metadata.accountId, partition: 'aws', regions: ['us-east-1', 'eu-west-1'] });
    // Every request the transport made is in the recording, and every one of them reached the fake endpoint.
    expect(new Set(recording.calls.map((c) => requestKey(c)))).toEqual(served);
    for (const call of recording.calls) expect(call, requestKey(call)).toEqual(demoAsModelled.get(requestKey(call)));

    const replay = await smsec(['audit', '--snapshot', out, '--format', 'json']);
    expect([0, 1], replay.stderr).toContain(replay.code);
    expect(findingsOf(replay)).toEqual(snapshotFindings);
  });

  it('bad credentials: InvalidClientTokenId from STS ends the run with exit 2 and one line on stderr', async () => {
    server.setSnapshot({
      ...demo,
      calls: demo.calls.map((c) =>
        c.operation === 'GetCallerIdentity'
          ? { service: c.service, region: c.region, operation: c.operation, input: c.input, error: { name: 'InvalidClientTokenId', message: 'The security token included in the request is invalid.', httpStatus: 403 } }
          : c,
      ),
    });
    for (const args of [['audit', ...REGIONS, '--format', 'json'], ['record', ...REGIONS, '--output', join(tmp, 'never.json')]]) {
      server.reset();
      const run = await smsec(args);
      expect(run.code, run.stderr).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(
        'smsec: AWS credentials are missing, invalid or expired (InvalidClientTokenId: The security token included in the request is invalid.)\n',
      );
      // Nothing was collected: the only request was the identity check.
      expect(server.requests.map((r) => [r.service, r.operation, r.outcome])).toEqual([['sts', 'GetCallerIdentity', 'error']]);
    }
    expect(existsSync(join(tmp, 'never.json'))).toBe(false);
  });
});
