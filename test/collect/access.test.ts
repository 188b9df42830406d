/** The access layer's combinators: request identity, de-duplication, concurrency limit and pagination. */
import { describe, expect, it } from 'vitest';
import {
  AwsCallError,
  DedupingAccess,
  ServiceLimitedAccess,
  paginate,
  requestKey,
  stableStringify,
  type AwsAccess,
  type AwsRequest,
  type AwsResponse,
} from '../../src/collect/access.js';
import { RecordingAccess } from '../../src/collect/record.js';

/** A transport that counts requests per key and answers with `answer` (after `delayMs`). */
function counting(answer: (req: AwsRequest, n: number) => AwsResponse | Error, delayMs = 0) {
  const counts = new Map<string, number>();
  let total = 0;
  const access: AwsAccess = {
    async send(req) {
      total++;
      const k = requestKey(req);
      counts.set(k, (counts.get(k) ?? 0) + 1);
      if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
      const a = answer(req, total);
      if (a instanceof Error) throw a;
      return a;
    },
  };
  return { access, counts, total: () => total };
}

const req = (input: Record<string, unknown> = {}, region = 'us-east-1'): AwsRequest => ({ service: 'sagemaker', region, operation: 'ListModels', input });

describe('requestKey', () => {
  it('is the same for equal requests whatever the key order or undefined fields', () => {
    expect(requestKey(req({ A: 1, B: { y: [1, { q: 2, p: 1 }], x: null } }))).toBe(requestKey(req({ B: { x: null, y: [1, { p: 1, q: 2 }] }, A: 1, C: undefined })));
    expect(requestKey(req({ A: 1 }))).not.toBe(requestKey(req({ A: '1' })));
    expect(requestKey(req({}, 'us-east-1'))).not.toBe(requestKey(req({}, 'eu-west-1')));
    expect(stableStringify({ b: 1, a: [true, 'x'] })).toBe('{"a":[true,"x"],"b":1}');
  });
});

describe('DedupingAccess', () => {
  it('sends equal requests once and gives every caller the first answer', async () => {
    const t = counting((r) => ({ Models: [], Asked: r.input }));
    const d = new DedupingAccess(t.access);
    const a = await d.send(req({ MaxResults: 10, SortBy: 'Name' }));
    const b = await d.send(req({ SortBy: 'Name', MaxResults: 10 }));
    expect(b).toBe(a);
    expect(t.total()).toBe(1);
  });

  it('a `unique` request is shared while in flight, and its answer is not kept afterwards', async () => {
    const t = counting(() => ({ Big: 'x'.repeat(100) }), 10);
    const d = new DedupingAccess(t.access);
    const unique = { ...req({ TrainingJobName: 'j' }), unique: true };
    const [a, b] = await Promise.all([d.send(unique), d.send(unique)]);
    expect(b).toBe(a);
    expect(t.total()).toBe(1);
    await new Promise((res) => setTimeout(res, 0));
    // Nothing holds the answer any more: asking again (which collectors never do) goes to AWS again.
    expect(await d.send(unique)).not.toBe(a);
    expect(t.total()).toBe(2);
    // `unique` is not part of the identity: a plain equal request is the same request.
    const plain = req({ TrainingJobName: 'k' });
    const first = await d.send({ ...plain, unique: false });
    expect(await d.send(plain)).toBe(first);
  });

  it('concurrent equal requests share one request in flight', async () => {
    const t = counting(() => ({ Models: [1] }), 20);
    const d = new DedupingAccess(t.access);
    const answers = await Promise.all([d.send(req()), d.send(req()), d.send(req())]);
    expect(t.total()).toBe(1);
    expect(answers[1]).toBe(answers[0]);
    expect(answers[2]).toBe(answers[0]);
  });

  it('different requests are each sent; a failure is shared by equal requests too', async () => {
    const t = counting((r) => (r.region === 'eu-west-1' ? new AwsCallError('AccessDeniedException', 'no', 400, 'sagemaker:ListModels') : { Models: [] }));
    const d = new DedupingAccess(t.access);
    await d.send(req());
    await d.send(req({ NextToken: 'x' }));
    await expect(d.send(req({}, 'eu-west-1'))).rejects.toMatchObject({ code: 'AccessDeniedException' });
    await expect(d.send(req({}, 'eu-west-1'))).rejects.toMatchObject({ code: 'AccessDeniedException' });
    expect(t.total()).toBe(3);
    expect([...t.counts.values()]).toEqual([1, 1, 1]);
  });
});

describe('ServiceLimitedAccess', () => {
  /** An inner access that records, per service, how many requests are in flight whenever one starts. */
  function tracked(ms = 3) {
    const active = new Map<string, number>();
    let total = 0;
    let peakTotal = 0;
    const peaks = new Map<string, number>();
    /** In-flight count of `service` seen by each request of the other service while both were queued. */
    const samples: { service: string; inFlight: Record<string, number> }[] = [];
    const inner: AwsAccess = {
      async send(r) {
        active.set(r.service, (active.get(r.service) ?? 0) + 1);
        total++;
        peakTotal = Math.max(peakTotal, total);
        peaks.set(r.service, Math.max(peaks.get(r.service) ?? 0, active.get(r.service)!));
        samples.push({ service: r.service, inFlight: Object.fromEntries(active) });
        await new Promise((res) => setTimeout(res, ms));
        active.set(r.service, active.get(r.service)! - 1);
        total--;
        return { ok: true };
      },
    };
    return { inner, peaks, samples, peakTotal: () => peakTotal };
  }
  const on = (service: string, i: number): AwsRequest => ({ service: service as AwsRequest['service'], region: 'us-east-1', operation: 'Op', input: { i } });

  it('keeps each service under its own limit and all of them under the global one', async () => {
    const t = tracked();
    const l = new ServiceLimitedAccess(t.inner, 5, { a: 2, b: 4 });
    await Promise.all([...Array.from({ length: 20 }, (_, i) => l.send(on('a', i))), ...Array.from({ length: 20 }, (_, i) => l.send(on('b', i))), l.send(on('c', 0))]);
    expect(t.peaks.get('a')).toBe(2);
    expect(t.peaks.get('b')).toBeLessThanOrEqual(4);
    expect(t.peakTotal()).toBe(5);
  });

  it('a service with a long queue does not starve another of the global slots (served in turn)', async () => {
    const t = tracked();
    // s3 may use every global slot on its own; sagemaker is entitled to 4 of the 8.
    const l = new ServiceLimitedAccess(t.inner, 8, { s3: 8, sagemaker: 4 });
    const s3 = Array.from({ length: 200 }, (_, i) => l.send(on('s3', i)));
    const sm = Array.from({ length: 40 }, (_, i) => l.send(on('sagemaker', i)));
    await Promise.all([...s3, ...sm]);
    // Once both queues are long, every SageMaker request starts with its 4 slots in use (itself included), or close.
    const smStarts = t.samples.filter((x) => x.service === 'sagemaker').slice(8);
    const starved = smStarts.filter((x) => (x.inFlight.sagemaker ?? 0) < 3);
    expect(starved).toEqual([]);
  });

  it('answers every request, errors included', async () => {
    const inner: AwsAccess = { send: (r) => (r.input.i === 3 ? Promise.reject(new AwsCallError('Boom', 'boom', 500, 'x')) : Promise.resolve({ i: r.input.i })) };
    const l = new ServiceLimitedAccess(inner, 2, { a: 1 });
    const results = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => l.send(on(i % 2 ? 'a' : 'b', i))));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(7);
  });
});

describe('paginate', () => {
  const spec = { inputToken: 'NextToken', outputToken: 'NextToken', items: 'Models' };

  it('follows page tokens to the end; each page is its own request with the token added to the input', async () => {
    const pages: Record<string, AwsResponse> = {
      '': { Models: [1, 2], NextToken: 'p2' },
      p2: { Models: [3], NextToken: 'p3' },
      p3: { Models: [], NextToken: 'p4' },
      p4: { Models: [4], NextToken: '' },
    };
    const rec = new RecordingAccess(counting((r) => pages[String(r.input.NextToken ?? '')]!).access);
    const items = await paginate<number>(rec, req({ SortBy: 'Name' }), spec);
    expect(items).toEqual([1, 2, 3, 4]);
    expect(rec.calls.map((c) => c.input)).toEqual([
      { SortBy: 'Name' },
      { SortBy: 'Name', NextToken: 'p2' },
      { SortBy: 'Name', NextToken: 'p3' },
      { SortBy: 'Name', NextToken: 'p4' },
    ]);
  });

  it('with onPage, hands each page over as it arrives and keeps none of the items itself', async () => {
    const pages: Record<string, AwsResponse> = { '': { Models: [1, 2], NextToken: 'p2' }, p2: { Models: [3], NextToken: '' } };
    const t = counting((r) => pages[String(r.input.NextToken ?? '')]!);
    const seen: number[][] = [];
    await expect(
      paginate<number>(t.access, req(), {
        ...spec,
        onPage: (items) => {
          seen.push(items);
        },
      }),
    ).resolves.toEqual([]);
    expect(seen).toEqual([[1, 2], [3]]);
  });

  it('waits for the promise onPage returns before asking for the next page', async () => {
    const pages: Record<string, AwsResponse> = { '': { Models: [1], NextToken: 'p2' }, p2: { Models: [2], NextToken: '' } };
    const t = counting((r) => pages[String(r.input.NextToken ?? '')]!);
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const listing = paginate<number>(t.access, req(), { ...spec, onPage: (items) => (items[0] === 1 ? held : undefined) });
    for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
    expect(t.total()).toBe(1);
    release();
    await expect(listing).resolves.toEqual([]);
    expect(t.total()).toBe(2);
  });

  it('a page without the items field contributes nothing; a missing token ends the listing', async () => {
    const t = counting(() => ({ Other: [1] }));
    await expect(paginate(t.access, req(), spec)).resolves.toEqual([]);
    expect(t.total()).toBe(1);
  });

  it('a service repeating a token ends in a PaginationLoop error, not an endless loop', async () => {
    const same = counting(() => ({ Models: [1], NextToken: 'again' }));
    const err = (await paginate(same.access, req(), spec).catch((e: unknown) => e)) as AwsCallError;
    expect(err).toBeInstanceOf(AwsCallError);
    expect(err).toMatchObject({ code: 'PaginationLoop', operation: 'sagemaker:ListModels' });
    expect(same.total()).toBe(2);

    const cycle = counting((r) => ({ Models: [], NextToken: r.input.NextToken === 'a' ? 'b' : 'a' }));
    await expect(paginate(cycle.access, req(), spec)).rejects.toMatchObject({ code: 'PaginationLoop' });
    expect(cycle.total()).toBe(3);
  });

  it('a service handing out new tokens forever is cut off after a bounded number of pages', async () => {
    const endless = counting((_r, n) => ({ Models: [n], NextToken: `t${n}` }));
    await expect(paginate(endless.access, req(), spec)).rejects.toMatchObject({ code: 'PaginationLimit' });
    expect(endless.total()).toBe(10_000);
  });

  it('a failing page fails the whole listing (no partial list)', async () => {
    const t = counting((r) => (r.input.NextToken ? new AwsCallError('ThrottlingException', 'slow down', 400, 'sagemaker:ListModels') : { Models: [1], NextToken: 'p2' }));
    await expect(paginate(t.access, req(), spec)).rejects.toMatchObject({ code: 'ThrottlingException' });
  });
});
