/**
 * Many requests of one command in flight at once on one SDK client, each answered out of order: every answer must be
 * the answer to its own request, and the requests must stay the same from the first to the last. LiveAccess resolves
 * the SDK's middleware stack once per command for most services (cacheMiddleware), which shares one context object
 * between concurrent requests; this is what proves that sharing harmless where it is enabled, and that S3 (whose
 * endpoint depends on the bucket) still sends each request to its own bucket.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { LiveAccess } from '../../src/collect/live.js';
import { loopbackEnv } from '../helpers/fake-aws-server.js';

interface Seen {
  path: string;
  target: string;
  userAgent: string;
  body: string;
}

let server: Server;
let tmp: string;
const seen: Seen[] = [];

/** Answers after a delay that differs per request, so that answers come back in another order than the requests. */
function answer(req: IncomingMessage, body: string): { status: number; type: string; body: string; delayMs: number } {
  const target = String(req.headers['x-amz-target'] ?? '');
  const delayMs = (seen.length * 7) % 23;
  if (target.endsWith('.DescribeTrainingJob')) {
    const name = (JSON.parse(body) as { TrainingJobName: string }).TrainingJobName;
    return { status: 200, type: 'application/x-amz-json-1.1', body: JSON.stringify({ TrainingJobName: name, TrainingJobArn: `arn:aws:sagemaker:us-east-1:123456789012:training-job/${name}` }), delayMs };
  }
  if (target.endsWith('.DescribeModel')) {
    const name = (JSON.parse(body) as { ModelName: string }).ModelName;
    return { status: 200, type: 'application/x-amz-json-1.1', body: JSON.stringify({ ModelName: name }), delayMs };
  }
  // S3 path style: GET /<bucket>?policy answers the bucket's name inside its policy.
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (url.searchParams.has('policy')) {
    const bucket = url.pathname.split('/')[1] ?? '';
    return { status: 200, type: 'application/json', body: JSON.stringify({ Id: bucket }), delayMs };
  }
  return { status: 400, type: 'text/plain', body: 'unexpected request', delayMs: 0 };
}

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'smsec-concurrency-'));
  writeFileSync(join(tmp, 'config'), '');
  writeFileSync(join(tmp, 'credentials'), '');
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const a = answer(req, body);
      seen.push({ path: req.url ?? '', target: String(req.headers['x-amz-target'] ?? ''), userAgent: String(req.headers['user-agent'] ?? ''), body });
      setTimeout(() => res.writeHead(a.status, { 'content-type': a.type, 'x-amzn-requestid': 'r' }).end(a.body), a.delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  for (const name of Object.keys(process.env)) if (name.startsWith('AWS_')) vi.stubEnv(name, undefined);
  for (const [name, value] of Object.entries(loopbackEnv(endpoint, tmp))) vi.stubEnv(name, value);
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(tmp, { recursive: true, force: true });
});

const N = 60;

describe('LiveAccess with many requests of one command in flight', () => {
  it('gives each SageMaker request its own answer, and every request the same headers', async () => {
    const access = new LiveAccess({ maxAttempts: 1 });
    seen.length = 0;
    try {
      // Two rounds: the second runs on the middleware the first resolved.
      for (const round of [1, 2]) {
        const names = Array.from({ length: N }, (_, i) => `job-${round}-${i}`);
        const answers = await Promise.all([
          ...names.map((name) => access.send({ service: 'sagemaker', region: 'us-east-1', operation: 'DescribeTrainingJob', input: { TrainingJobName: name } })),
          ...names.map((name) => access.send({ service: 'sagemaker', region: 'us-east-1', operation: 'DescribeModel', input: { ModelName: name } })),
        ]);
        expect(answers.map((a) => a.TrainingJobName ?? a.ModelName)).toEqual([...names, ...names]);
        expect(answers.slice(0, N).map((a) => a.TrainingJobArn)).toEqual(names.map((n) => `arn:aws:sagemaker:us-east-1:123456789012:training-job/${n}`));
      }
    } finally {
      access.destroy();
    }
    expect(seen).toHaveLength(4 * N);
    // The user agent does not grow or change from request to request (nothing accumulates in a shared context).
    expect(new Set(seen.map((s) => s.userAgent)).size).toBe(1);
    expect(seen.filter((s) => s.target === 'SageMaker.DescribeTrainingJob').map((s) => (JSON.parse(s.body) as { TrainingJobName: string }).TrainingJobName).sort()).toEqual(
      [1, 2].flatMap((round) => Array.from({ length: N }, (_, i) => `job-${round}-${i}`)).sort(),
    );
  });

  it('sends each S3 request to its own bucket', async () => {
    const access = new LiveAccess({ maxAttempts: 1 });
    seen.length = 0;
    try {
      const buckets = Array.from({ length: N }, (_, i) => `bucket-${i}`);
      const answers = await Promise.all(buckets.map((Bucket) => access.send({ service: 's3', region: 'us-east-1', operation: 'GetBucketPolicy', input: { Bucket } })));
      expect(answers.map((a) => (JSON.parse(String(a.Policy)) as { Id: string }).Id)).toEqual(buckets);
    } finally {
      access.destroy();
    }
    expect(seen.map((s) => s.path.split('?')[0]!.split('/')[1]).sort()).toEqual(Array.from({ length: N }, (_, i) => `bucket-${i}`).sort());
  });
});
