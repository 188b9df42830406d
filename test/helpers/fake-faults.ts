/**
 * Faults for the fake AWS endpoint (fake-aws-server.ts `faults` option): throttling quotas, 5xx, AccessDenied, hangs,
 * cut bodies and looping page tokens, each answered in the service's own words so the SDK classifies them exactly as it
 * would classify the real thing.
 *
 * How the SDK (installed @smithy/core, retries-2026 config) treats them, from
 * node_modules/@smithy/core/dist-es/submodules/retry/{service-error-classification,util-retry}:
 *  - THROTTLING: HTTP 429, or an error name in THROTTLING_ERROR_CODES (ThrottlingException, Throttling, SlowDown,
 *    TooManyRequestsException, RequestLimitExceeded …). Retried after random(0, 1000 ms × 2^attempt) (capped at 20 s),
 *    costing 5 of the client's 500 retry tokens; adaptive mode also lowers the client's send rate (CUBIC).
 *  - TRANSIENT: HTTP 500/502/503/504, TimeoutError/RequestTimeout, socket errors ECONNRESET/EPIPE/ETIMEDOUT/ECONNREFUSED.
 *    Retried after random(0, 50 ms × 2^attempt), costing 14 retry tokens.
 *  - Anything else (AccessDenied, ValidationException, NotRecorded …) is not retried.
 *  A retried request that then succeeds refunds its cost; each success without a retry adds 1 token (up to 500). With the
 *  tokens gone, retryable errors surface at once ("No retry token available" is swallowed, the last error is thrown).
 *
 * Rules match requests by service, operation, region, request key, input fields or a predicate. A rule with `times`
 * is transient: it faults the first N matching requests of each request key (or of the rule, with per: 'rule'), and
 * lets the rest through. Quotas are token buckets per service (or per service and region, or per operation): a request
 * arriving with the bucket empty is answered with the service's throttling error.
 */
import { stableStringify, type AwsRequest } from '../../src/collect/access.js';
import type { RecordedError } from '../../src/snapshot/format.js';
import type { FaultDecision, FaultInjector } from './fake-aws-server.js';

const ROLE = 'arn:aws:sts::123456789012:assumed-role/smsec-audit/ci';

/** The throttling answer of each service: name and HTTP status as the service sends them. */
export const THROTTLING_ERRORS: Readonly<Record<string, RecordedError>> = {
  sagemaker: { name: 'ThrottlingException', message: 'Rate exceeded', httpStatus: 400 },
  cloudtrail: { name: 'ThrottlingException', message: 'Rate exceeded', httpStatus: 400 },
  kms: { name: 'ThrottlingException', message: 'Rate exceeded', httpStatus: 400 },
  sts: { name: 'Throttling', message: 'Rate exceeded', httpStatus: 400 },
  iam: { name: 'Throttling', message: 'Rate exceeded', httpStatus: 400 },
  ec2: { name: 'RequestLimitExceeded', message: 'Request limit exceeded.', httpStatus: 503 },
  s3: { name: 'SlowDown', message: 'Please reduce your request rate.', httpStatus: 503 },
  s3control: { name: 'SlowDown', message: 'Please reduce your request rate.', httpStatus: 503 },
  guardduty: { name: 'TooManyRequestsException', message: 'Rate exceeded', httpStatus: 429 },
  macie2: { name: 'ThrottlingException', message: 'Rate exceeded', httpStatus: 429 },
};

/** Internal errors (500) and unavailability (503), as each protocol family names them. */
export function serverError(service: string, status: 500 | 502 | 503 | 504 = 500): RecordedError {
  if (status === 503) {
    return { name: 'ServiceUnavailable', message: 'The request has failed due to a temporary failure of the server.', httpStatus: 503 };
  }
  if (status !== 500) return { name: 'BadGateway', message: `HTTP ${status} from the front end`, httpStatus: status };
  if (service === 's3' || service === 's3control') return { name: 'InternalError', message: 'We encountered an internal error. Please try again.', httpStatus: 500 };
  if (service === 'guardduty' || service === 'macie2') return { name: 'InternalServerErrorException', message: 'Internal server error', httpStatus: 500 };
  if (service === 'ec2') return { name: 'InternalError', message: 'An internal error has occurred', httpStatus: 500 };
  return { name: 'InternalFailure', message: 'The request processing has failed because of an unknown error, exception or failure.', httpStatus: 500 };
}

/** AccessDenied as each service sends it (the JSON services say AccessDeniedException, with 400 or 403). */
export function accessDenied(request: Pick<AwsRequest, 'service' | 'operation'>): RecordedError {
  const action = `${request.service}:${request.operation}`;
  switch (request.service) {
    case 's3':
    case 's3control':
      return { name: 'AccessDenied', message: 'Access Denied', httpStatus: 403 };
    case 'sts':
    case 'iam':
      return { name: 'AccessDenied', message: `User: ${ROLE} is not authorized to perform: ${action}`, httpStatus: 403 };
    case 'ec2':
      return { name: 'UnauthorizedOperation', message: 'You are not authorized to perform this operation.', httpStatus: 403 };
    case 'guardduty':
    case 'macie2':
      return { name: 'AccessDeniedException', message: `User: ${ROLE} is not authorized to perform: ${action}`, httpStatus: 403 };
    default:
      return { name: 'AccessDeniedException', message: `User: ${ROLE} is not authorized to perform: ${action}`, httpStatus: 400 };
  }
}

export type Fault =
  /** The service's throttling error (THROTTLING_ERRORS). */
  | { kind: 'throttle' }
  /** InternalFailure 500 / ServiceUnavailable 503 (by protocol family). */
  | { kind: 'server-error'; status?: 500 | 502 | 503 | 504 }
  /** AccessDenied(Exception) as the service sends it. */
  | { kind: 'access-denied' }
  /** Any error. */
  | { kind: 'error'; error: RecordedError }
  /** Extra latency; the request is then answered normally (other rules still apply). */
  | { kind: 'latency'; ms: number }
  /** No answer: the request is held `ms`, then the connection is cut. A client timeout shorter than `ms` gives up first. */
  | { kind: 'hang'; ms: number }
  /** Status line, headers and half the body, then the connection is cut. */
  | { kind: 'truncated-body' }
  /**
   * A page asked for with a token answers with that same token as its NextToken (a service stuck on a page). Pages
   * asked for without a token are left alone.
   */
  | { kind: 'repeat-token' }
  /** A page asked for with a token is refused as an expired / invalid token (ValidationException, 400). */
  | { kind: 'expired-token' };

export interface FaultRule {
  service?: string;
  operation?: string;
  region?: string;
  /** The request's requestKey. */
  key?: string;
  /** Input fields the request must carry with these values (compared as stable JSON). */
  input?: Record<string, unknown>;
  when?: (request: AwsRequest) => boolean;
  fault: Fault;
  /** Fault only the first N matching requests (per request key, or per rule with per: 'rule'); default every one. */
  times?: number;
  per?: 'key' | 'rule';
}

export interface ThrottleQuota {
  service: string;
  /** Requests per second the bucket refills. */
  rate: number;
  /** Bucket size: requests that may arrive at once (default: a tenth of a second's worth, at least 1). */
  burst?: number;
  /** One bucket per service (default), per service and region, or per operation and region. */
  per?: 'service' | 'region' | 'operation';
  /** Only these operations count against the quota. */
  operations?: string[];
}

const TOKEN_IN = ['NextToken', 'ContinuationToken', 'Marker'];

function tokenOf(input: Record<string, unknown>): { field: string; token: string } | undefined {
  for (const field of TOKEN_IN) {
    const v = input[field];
    if (typeof v === 'string' && v !== '') return { field, token: v };
  }
  return undefined;
}

interface Bucket {
  tokens: number;
  last: number;
}

/** Rules and quotas for one fake endpoint. Deterministic except for quotas, which follow the clock. */
export class Faults implements FaultInjector {
  private readonly rules: FaultRule[] = [];
  private readonly quotas: ThrottleQuota[] = [];
  private readonly buckets = new Map<string, Bucket>();
  private readonly used = new Map<string, number>();
  /** Faults injected per rule index (rules first, then quotas as "quota:<service>"). */
  readonly injected = new Map<string, number>();

  constructor(
    setup: { rules?: FaultRule[]; quotas?: ThrottleQuota[] } = {},
    private readonly now: () => number = () => performance.now(),
  ) {
    for (const r of setup.rules ?? []) this.rule(r);
    for (const q of setup.quotas ?? []) this.quota(q);
  }

  rule(rule: FaultRule): this {
    this.rules.push(rule);
    return this;
  }

  quota(quota: ThrottleQuota): this {
    if (!(quota.rate > 0)) throw new Error('fake-faults: a quota needs a positive rate');
    this.quotas.push(quota);
    return this;
  }

  /** Forgets how often each transient rule fired and refills every bucket. */
  reset(): void {
    this.used.clear();
    this.buckets.clear();
    this.injected.clear();
  }

  private count(label: string): void {
    this.injected.set(label, (this.injected.get(label) ?? 0) + 1);
  }

  private matches(rule: FaultRule, request: AwsRequest, key: string): boolean {
    if (rule.service !== undefined && rule.service !== request.service) return false;
    if (rule.operation !== undefined && rule.operation !== request.operation) return false;
    if (rule.region !== undefined && rule.region !== request.region) return false;
    if (rule.key !== undefined && rule.key !== key) return false;
    if (rule.input) {
      for (const [k, v] of Object.entries(rule.input)) if (stableStringify(request.input[k]) !== stableStringify(v)) return false;
    }
    if (rule.when && !rule.when(request)) return false;
    return true;
  }

  /** True when the request finds its quota's bucket empty (and so is throttled). */
  private overQuota(request: AwsRequest): ThrottleQuota | undefined {
    for (const q of this.quotas) {
      if (q.service !== request.service) continue;
      if (q.operations && !q.operations.includes(request.operation)) continue;
      const id = q.per === 'operation' ? `${q.service}|${request.region}|${request.operation}` : q.per === 'region' ? `${q.service}|${request.region}` : q.service;
      const burst = q.burst ?? Math.max(1, q.rate / 10);
      const t = this.now();
      let b = this.buckets.get(id);
      if (!b) this.buckets.set(id, (b = { tokens: burst, last: t }));
      b.tokens = Math.min(burst, b.tokens + ((t - b.last) / 1000) * q.rate);
      b.last = t;
      if (b.tokens >= 1) {
        b.tokens -= 1;
        continue;
      }
      return q;
    }
    return undefined;
  }

  decide(request: AwsRequest, key: string): FaultDecision | undefined {
    const quota = this.overQuota(request);
    if (quota) {
      this.count(`quota:${quota.service}`);
      return { label: 'throttle', throttled: true, error: THROTTLING_ERRORS[request.service] ?? THROTTLING_ERRORS.sagemaker };
    }
    let delayMs = 0;
    for (let i = 0; i < this.rules.length; i++) {
      const rule = this.rules[i]!;
      if (!this.matches(rule, request, key)) continue;
      const fault = rule.fault;
      const token = tokenOf(request.input);
      // Token faults only concern pages asked for with a token; they neither fire nor count on first pages.
      if ((fault.kind === 'repeat-token' || fault.kind === 'expired-token') && !token) continue;
      if (rule.times !== undefined) {
        const id = rule.per === 'rule' ? `${i}` : `${i}|${key}`;
        const n = this.used.get(id) ?? 0;
        if (n >= rule.times) continue;
        this.used.set(id, n + 1);
      }
      this.count(`${i}:${fault.kind}`);
      const withDelay = (d: FaultDecision): FaultDecision => (delayMs ? { ...d, delayMs } : d);
      switch (fault.kind) {
        case 'latency':
          delayMs += fault.ms;
          continue;
        case 'throttle':
          return withDelay({ label: 'throttle', throttled: true, error: THROTTLING_ERRORS[request.service] ?? THROTTLING_ERRORS.sagemaker });
        case 'server-error':
          return withDelay({ label: 'server-error', error: serverError(request.service, fault.status ?? 500) });
        case 'access-denied':
          return withDelay({ label: 'access-denied', error: accessDenied(request) });
        case 'error':
          return withDelay({ label: 'error', error: fault.error });
        case 'hang':
          return { label: 'hang', hangMs: fault.ms };
        case 'truncated-body':
          return withDelay({ label: 'truncated-body', truncateBody: true });
        case 'expired-token':
          return withDelay({
            label: 'expired-token',
            error: { name: 'ValidationException', message: 'The provided pagination token has expired or is invalid.', httpStatus: 400 },
          });
        case 'repeat-token': {
          const { token: asked } = token!;
          return withDelay({
            label: 'repeat-token',
            rewrite: (response) => {
              const out = { ...response };
              const field = TOKEN_IN.find((f) => f in out) ?? (token!.field === 'ContinuationToken' ? 'ContinuationToken' : 'NextToken');
              out[field] = asked;
              return out;
            },
          });
        }
      }
    }
    return delayMs ? { label: 'latency', delayMs } : undefined;
  }
}
