/** Live transport: sends requests through AWS SDK v3 clients (default credential chain, optional profile). */
import { AwsCallError, operationName, type AwsAccess, type AwsRequest, type AwsResponse } from './access.js';
import { SERVICES, type ServiceName } from './commands.js';

export interface LiveOptions {
  profile?: string;
  /** Retry attempts per request, including the first (SDK adaptive retry). */
  maxAttempts?: number;
}

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
        maxAttempts: this.options.maxAttempts ?? 5,
        retryMode: 'adaptive',
      };
      if (this.options.profile) config.profile = this.options.profile;
      if (service === 's3') {
        config.followRegionRedirects = true;
        // A custom endpoint (AWS_ENDPOINT_URL, e.g. a local emulator) cannot serve virtual-hosted bucket names.
        if (process.env.AWS_ENDPOINT_URL || process.env.AWS_ENDPOINT_URL_S3) config.forcePathStyle = true;
      }
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
      output = await this.client(request.service, request.region).send(new Command(request.input));
    } catch (err) {
      const e = err as { name?: string; Code?: string; message?: string; $metadata?: { httpStatusCode?: number } };
      throw new AwsCallError(
        e.name ?? e.Code ?? 'UnknownError',
        e.message ?? String(err),
        e.$metadata?.httpStatusCode,
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

/** Drops `$metadata` and turns Dates into ISO strings: the response a check sees is the one a snapshot stores. */
export function toPlainResponse(output: unknown): AwsResponse {
  const { $metadata: _drop, ...rest } = (output ?? {}) as Record<string, unknown>;
  void _drop;
  return JSON.parse(JSON.stringify(rest)) as AwsResponse;
}
