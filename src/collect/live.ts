/** Live transport: sends requests through AWS SDK v3 clients (default credential chain, optional profile). */
import { AwsCallError, operationName, type AwsAccess, type AwsRequest, type AwsResponse } from './access.js';
import { SERVICES, type ServiceName } from './commands.js';
import { intern } from './compact.js';

export interface LiveOptions {
  profile?: string;
  /** Credentials to use instead of the default chain (e.g. an assumed role's). */
  credentials?: unknown;
  /** Retry attempts per request, including the first (SDK adaptive retry). */
  maxAttempts?: number;
  /** Milliseconds one HTTP attempt may take before it is abandoned (and retried). */
  requestTimeoutMs?: number;
}

/** Default per-attempt timeout: long enough for a slow Describe page, short enough that a hung socket cannot stall an audit. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;
/** Default attempts per request: the SDK's adaptive mode backs off and rate-limits the client on throttling. */
export const DEFAULT_MAX_ATTEMPTS = 8;

type Client = { send(command: unknown): Promise<unknown>; destroy(): void };

/** Sends each request with the SDK; responses are returned as plain JSON, exactly as a snapshot stores them. */
export class LiveAccess implements AwsAccess {
  private readonly clients = new Map<string, Client>();
  constructor(private readonly options: LiveOptions = {}) {}

  private client(service: ServiceName, region: string): Client {
    const key = `${service}|${region}`;
    let c = this.clients.get(key);
    if (!c) {
      const entry = SERVICES[service];
      const config: Record<string, unknown> = {
        region,
        maxAttempts: this.options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
        retryMode: 'adaptive',
        requestHandler: {
          requestTimeout: this.options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
          // Without this the handler only logs a warning when requestTimeout passes, and a hung call stalls the audit.
          throwOnRequestTimeout: true,
          connectionTimeout: Math.min(10_000, this.options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS),
        },
      };
      // Resolve each command's middleware stack once instead of on every request (~50 µs of CPU a request: on a CPU-bound
      // run, SageMaker's few slots wait on it). The cached stack shares one context object between concurrent requests
      // of a command, so only where everything the middleware writes there is the same for every request of the client
      // (the endpoint depends only on the region): not S3 or S3 Control, whose endpoints depend on the bucket or account.
      if (service !== 's3' && service !== 's3control') config.cacheMiddleware = true;
      if (this.options.credentials) config.credentials = this.options.credentials;
      else if (this.options.profile) config.profile = this.options.profile;
      if (service === 's3') {
        config.followRegionRedirects = true;
        // smsec only reads bucket settings (no object bodies): skip the flexible-checksum middleware's work on every call.
        config.requestChecksumCalculation = 'WHEN_REQUIRED';
        config.responseChecksumValidation = 'WHEN_REQUIRED';
        // A custom endpoint (AWS_ENDPOINT_URL, e.g. a local emulator) cannot serve virtual-hosted bucket names.
        if (process.env.AWS_ENDPOINT_URL || process.env.AWS_ENDPOINT_URL_S3) config.forcePathStyle = true;
      }
      // network-s3-kms: S3 Control's endpoint rules put the account id in the host name ({AccountId}.<endpoint>), which a custom
      // endpoint given as an IP address (a local emulator) cannot serve; send such requests to the endpoint as given instead
      // (the account id still travels in the x-amz-account-id header).
      const s3ControlEndpoint = process.env.AWS_ENDPOINT_URL_S3_CONTROL ?? process.env.AWS_ENDPOINT_URL;
      if (service === 's3control' && s3ControlEndpoint) config.endpointProvider = () => ({ url: new URL(s3ControlEndpoint) });
      c = new entry.client(config) as Client;
      this.clients.set(key, c);
    }
    return c;
  }

  async send(request: AwsRequest): Promise<AwsResponse> {
    const commands = SERVICES[request.service].commands as Record<string, new (input: unknown) => unknown>;
    const Command = commands[request.operation];
    if (!Command) throw new Error(`smsec bug: no command registered for ${operationName(request)}`);
    let output: unknown;
    try {
      output = await this.client(request.service, request.region).send(new Command(toSdkInput(request.input)));
    } catch (err) {
      throw new AwsCallError(
        errorCode(err),
        (err as { message?: string }).message ?? String(err),
        (err as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode,
        operationName(request),
      );
    }
    return toPlainResponse(output);
  }

  /** Closes the SDK clients' sockets. */
  destroy(): void {
    for (const c of this.clients.values()) c.destroy();
    this.clients.clear();
  }
}

/**
 * The code an SDK failure is reported under: the AWS error name (AccessDeniedException, ThrottlingException …), or for
 * a network failure, which surfaces as a plain `Error`, Node's error code (ECONNRESET, ECONNREFUSED, EPIPE …) so that
 * the finding says what happened.
 */
export function errorCode(err: unknown): string {
  const e = err as { name?: unknown; Code?: unknown; code?: unknown };
  const name = typeof e?.name === 'string' && e.name !== '' ? e.name : undefined;
  const nodeCode = typeof e?.code === 'string' && e.code !== '' ? e.code : undefined;
  if (name && name !== 'Error') return name;
  if (typeof e?.Code === 'string' && e.Code !== '') return e.Code;
  return nodeCode ?? name ?? 'UnknownError';
}

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/**
 * Requests are plain JSON (so they can be recorded and matched); time filters such as CreationTimeAfter are stored as
 * ISO strings and handed to the SDK as Dates.
 */
export function toSdkInput(input: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(input)) out[k] = typeof v === 'string' && /(After|Before)$/.test(k) && ISO_TIME.test(v) ? new Date(v) : v;
  return out;
}

/**
 * Drops `$metadata` and turns Dates into ISO strings: the response a check sees is the one a snapshot stores. The
 * result is exactly what a JSON round trip (`JSON.parse(JSON.stringify(…))`) would give, built in one walk (objects
 * through Object.fromEntries: it defines "__proto__" as an own property, as JSON.parse does, and keeps objects of many
 * fields in V8's fast mode, where assigning field after field turns them into kilobyte-sized hash tables), with
 * strings interned (equal values in thousands of answers share one copy): values
 * with toJSON (Dates, Buffers) are replaced by its result, typed arrays become objects keyed by index, undefined,
 * functions and symbols are dropped from objects and become null in arrays, non-finite numbers become null.
 */
export function toPlainResponse(output: unknown): AwsResponse {
  if (output === null || output === undefined) return {};
  const entries: [string, unknown][] = [];
  for (const key of Object.keys(output)) {
    if (key === '$metadata') continue;
    const v = plainJson((output as Record<string, unknown>)[key], key);
    if (v !== undefined) entries.push([key, v]);
  }
  return Object.fromEntries(entries);
}

/** The value JSON.stringify then JSON.parse would give for `value` found under `key`; undefined where JSON.stringify omits it. */
function plainJson(value: unknown, key: string): unknown {
  if (typeof value === 'object' && value !== null) {
    const toJSON = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') value = (toJSON as (k: string) => unknown).call(value, key);
  }
  switch (typeof value) {
    case 'string':
      return intern(value);
    case 'boolean':
      return value;
    case 'number':
      // JSON has no NaN, Infinity or -0.
      return Number.isFinite(value) ? (value === 0 ? 0 : value) : null;
    case 'bigint':
      throw new TypeError('Do not know how to serialize a BigInt');
    case 'object': {
      if (value === null) return null;
      if (value instanceof Number || value instanceof String || value instanceof Boolean) return plainJson(value.valueOf(), key);
      if (Array.isArray(value)) {
        const arr = new Array<unknown>(value.length);
        for (let i = 0; i < value.length; i++) arr[i] = plainJson(value[i], String(i)) ?? null;
        return arr;
      }
      const entries: [string, unknown][] = [];
      for (const k of Object.keys(value)) {
        const v = plainJson((value as Record<string, unknown>)[k], k);
        if (v !== undefined) entries.push([k, v]);
      }
      return Object.fromEntries(entries);
    }
    default:
      // undefined, functions, symbols
      return undefined;
  }
}
