/** Recording and replay: the two halves that make a snapshot exactly what a live run saw. */
import { AwsCallError, operationName, requestKey, type AwsAccess, type AwsRequest, type AwsResponse } from './access.js';
import type { RecordedCall, Snapshot } from '../snapshot/format.js';

/** Wraps a transport and keeps every request with its response or error, in the order they completed. */
export class RecordingAccess implements AwsAccess {
  readonly calls: RecordedCall[] = [];
  constructor(private readonly inner: AwsAccess) {}

  async send(request: AwsRequest): Promise<AwsResponse> {
    const base = { service: request.service, region: request.region, operation: request.operation, input: request.input };
    try {
      const response = await this.inner.send(request);
      this.calls.push({ ...base, response });
      return response;
    } catch (err) {
      if (err instanceof AwsCallError) {
        this.calls.push({
          ...base,
          error: { name: err.code, message: err.message, ...(err.httpStatus !== undefined ? { httpStatus: err.httpStatus } : {}) },
        });
      }
      throw err;
    }
  }

  /** The recorded calls in a deterministic order (by request key), so equal runs give equal files. */
  sortedCalls(): RecordedCall[] {
    return [...this.calls].sort((a, b) => {
      const ka = requestKey(a);
      const kb = requestKey(b);
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
  }
}

export interface ReplayOptions {
  /**
   * Hand out the recorded responses themselves instead of copies. Only for a snapshot nothing else reads (one loaded
   * from a file for this replay), behind a DedupingAccess: equal requests then share one answer, as they would anyway.
   * Copying every response doubled the memory of a large replay.
   */
  shareResponses?: boolean;
}

/** Answers requests from a snapshot. A request the snapshot does not hold is a NotRecorded error, never empty data. */
export class ReplayAccess implements AwsAccess {
  private readonly byKey = new Map<string, RecordedCall>();
  private readonly share: boolean;
  constructor(snapshot: Snapshot, options: ReplayOptions = {}) {
    for (const call of snapshot.calls) this.byKey.set(requestKey(call), call);
    this.share = options.shareResponses ?? false;
  }

  send(request: AwsRequest): Promise<AwsResponse> {
    const call = this.byKey.get(requestKey(request));
    if (!call) {
      return Promise.reject(
        new AwsCallError('NotRecorded', `the snapshot holds no answer for ${operationName(request)} in ${request.region}`, undefined, operationName(request)),
      );
    }
    if (call.error) {
      return Promise.reject(new AwsCallError(call.error.name, call.error.message, call.error.httpStatus, operationName(request)));
    }
    // A copy, so nothing above the transport can alter the snapshot (unless the snapshot is this replay's alone).
    if (this.share) return Promise.resolve(call.response ?? {});
    return Promise.resolve(structuredClone(call.response ?? {}));
  }
}
