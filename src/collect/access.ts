/**
 * The access layer: the only way smsec talks to AWS. A request is (service, region, operation, input);
 * the answer is the raw SDK output without `$metadata`, or an AwsCallError. Live calls, recording and
 * snapshot replay all implement AwsAccess, so everything above this layer is shared by live and recorded audits.
 */
import type { CollectionError } from '../model.js';
import type { ServiceName } from './commands.js';

export interface AwsRequest {
  service: ServiceName;
  region: string;
  operation: string;
  input: Record<string, unknown>;
  /**
   * Set by a caller that never sends an equal request again once this one is answered (the Describe of a listed
   * resource, which its collector asks for once per ARN): DedupingAccess then shares the answer only while it is in
   * flight and does not keep it for the rest of the run. Not part of the request's identity.
   */
  unique?: boolean;
}

export type AwsResponse = Record<string, unknown>;

/** Transport for read-only AWS requests. */
export interface AwsAccess {
  send(request: AwsRequest): Promise<AwsResponse>;
}

/** An AWS call that failed; `code` is the AWS error name (AccessDeniedException, NoSuchBucketPolicy …). */
export class AwsCallError extends Error {
  readonly code: string;
  readonly httpStatus: number | undefined;
  readonly operation: string;

  constructor(code: string, message: string, httpStatus: number | undefined, operation: string) {
    super(message);
    this.name = 'AwsCallError';
    this.code = code;
    this.httpStatus = httpStatus;
    this.operation = operation;
  }

  toCollectionError(): CollectionError {
    return { code: this.code, message: this.message, operation: this.operation };
  }
}

/** "service:Operation", the IAM action spelling of a request. */
export function operationName(req: Pick<AwsRequest, 'service' | 'operation'>): string {
  return `${req.service}:${req.operation}`;
}

/** JSON with object keys sorted, so equal inputs give equal keys. */
export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
}

/** Identity of a request: equal requests are made once and replayed from the same snapshot entry. */
export function requestKey(req: AwsRequest): string {
  return `${req.service}|${req.region}|${req.operation}|${stableStringify(req.input)}`;
}

/** Turns anything thrown by an access layer into a CollectionError. */
export function toCollectionError(err: unknown, req: Pick<AwsRequest, 'service' | 'operation'>): CollectionError {
  if (err instanceof AwsCallError) return err.toCollectionError();
  const e = err as { name?: unknown; message?: unknown };
  return {
    code: typeof e?.name === 'string' ? e.name : 'Error',
    message: typeof e?.message === 'string' ? e.message : String(err),
    operation: operationName(req),
  };
}

/** Makes each distinct request once per run: concurrent and later equal requests share the first answer. */
export class DedupingAccess implements AwsAccess {
  private readonly inflight = new Map<string, Promise<AwsResponse>>();
  constructor(private readonly inner: AwsAccess) {}

  send(request: AwsRequest): Promise<AwsResponse> {
    const key = requestKey(request);
    let p = this.inflight.get(key);
    if (!p) {
      p = this.inner.send(request);
      this.inflight.set(key, p);
      // Answers to `unique` requests are not kept once settled: on large accounts they are most of the memory.
      if (request.unique) {
        const forget = () => this.inflight.delete(key);
        p.then(forget, forget);
      }
    }
    return p;
  }
}

/**
 * Requests in flight per service, sized below the services' documented default request-rate quotas so that an audit
 * stays polite; the global --max-concurrency caps the sum. Unlisted services get DEFAULT_SERVICE_CONCURRENCY.
 */
export const SERVICE_CONCURRENCY: Record<string, number> = {
  sagemaker: 8,
  s3: 16,
  ec2: 8,
  iam: 4,
  kms: 8,
  cloudtrail: 4,
  guardduty: 4,
  macie2: 4,
  sts: 2,
};
export const DEFAULT_SERVICE_CONCURRENCY = 4;

/**
 * A global limit plus one limit per service. A request starts when both have room; when a slot frees, waiting
 * services are served in turn (round robin), so a service with many requests queued (S3's per-bucket calls) cannot
 * take the global slots another service (SageMaker) is entitled to: each keeps up to its own limit in flight as long
 * as the global limit allows.
 */
export class ServiceLimitedAccess implements AwsAccess {
  private active = 0;
  private readonly activeBy = new Map<string, number>();
  private readonly waiting = new Map<string, (() => void)[]>();
  /** Services with waiting requests, in the order they are served next. */
  private readonly turn: string[] = [];

  constructor(
    private readonly inner: AwsAccess,
    private readonly maxConcurrency: number,
    private readonly limits: Record<string, number> = SERVICE_CONCURRENCY,
  ) {}

  private limitOf(service: string): number {
    return this.limits[service] ?? DEFAULT_SERVICE_CONCURRENCY;
  }

  private hasRoom(service: string): boolean {
    return this.active < this.maxConcurrency && (this.activeBy.get(service) ?? 0) < this.limitOf(service);
  }

  private take(service: string): void {
    this.active++;
    this.activeBy.set(service, (this.activeBy.get(service) ?? 0) + 1);
  }

  /** Starts waiting requests while there is room: one per service in turn. */
  private dispatch(): void {
    let skipped = 0;
    while (this.turn.length > 0 && skipped < this.turn.length && this.active < this.maxConcurrency) {
      const service = this.turn.shift()!;
      const queue = this.waiting.get(service)!;
      if (!this.hasRoom(service)) {
        this.turn.push(service);
        skipped++;
        continue;
      }
      skipped = 0;
      this.take(service);
      queue.shift()!();
      if (queue.length > 0) this.turn.push(service);
      else this.waiting.delete(service);
    }
  }

  async send(request: AwsRequest): Promise<AwsResponse> {
    const service = request.service;
    if (this.hasRoom(service) && !this.waiting.has(service)) {
      this.take(service);
    } else {
      await new Promise<void>((resolve) => {
        const queue = this.waiting.get(service);
        if (queue) queue.push(resolve);
        else {
          this.waiting.set(service, [resolve]);
          this.turn.push(service);
        }
      });
    }
    try {
      return await this.inner.send(request);
    } finally {
      this.active--;
      this.activeBy.set(service, this.activeBy.get(service)! - 1);
      this.dispatch();
    }
  }
}

/** Counts requests and errors as they complete (for progress display and run statistics). */
export class CountingAccess implements AwsAccess {
  requests = 0;
  errors = 0;
  inFlight = 0;
  readonly byService = new Map<string, number>();
  constructor(
    private readonly inner: AwsAccess,
    private readonly onChange: () => void = () => {},
  ) {}

  async send(request: AwsRequest): Promise<AwsResponse> {
    this.inFlight++;
    try {
      return await this.inner.send(request);
    } catch (err) {
      this.errors++;
      throw err;
    } finally {
      this.inFlight--;
      this.requests++;
      this.byService.set(request.service, (this.byService.get(request.service) ?? 0) + 1);
      this.onChange();
    }
  }
}

/** How an operation pages: which input field takes the token, which output field returns it, which holds items. */
export interface PageSpec<T = unknown> {
  inputToken: string;
  outputToken: string;
  items: string;
  /**
   * Called with each page's items as the page arrives (e.g. to start describing them before the listing ends). The
   * items are then handed over, not kept: paginate resolves to an empty list. When it returns a promise, the next
   * page is asked for once that settles (the caller has fallen behind).
   */
  onPage?: (items: T[]) => void | Promise<void>;
}

/** Upper bound on pages per listing, against services that return the same token forever. */
const MAX_PAGES = 10_000;

/** Follows a paginated operation to its end; every page is its own (recorded) request. */
export async function paginate<T>(access: AwsAccess, request: AwsRequest, spec: PageSpec<T>): Promise<T[]> {
  const items: T[] = [];
  const seen = new Set<string>();
  let token: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const input = token === undefined ? request.input : { ...request.input, [spec.inputToken]: token };
    const out = await access.send({ ...request, input });
    const pageItems = out[spec.items];
    if (Array.isArray(pageItems)) {
      if (spec.onPage) {
        const behind = spec.onPage(pageItems as T[]);
        if (behind) await behind;
      } else {
        for (const item of pageItems as T[]) items.push(item);
      }
    }
    const next = out[spec.outputToken];
    if (typeof next !== 'string' || next === '') return items;
    if (seen.has(next)) {
      throw new AwsCallError('PaginationLoop', `the service repeated page token after ${page + 1} pages`, undefined, operationName(request));
    }
    seen.add(next);
    token = next;
  }
  throw new AwsCallError('PaginationLimit', `more than ${MAX_PAGES} pages`, undefined, operationName(request));
}
