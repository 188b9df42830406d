/** Where audit data comes from: a live account through the SDK, or a recorded snapshot. Both end in an AwsAccess. */
import { STSClient } from '@aws-sdk/client-sts';
import { DedupingAccess, LimitedAccess, AwsCallError, type AwsAccess } from '../collect/access.js';
import { identify } from '../collect/collect.js';
import { LiveAccess } from '../collect/live.js';
import { ReplayAccess } from '../collect/record.js';
import { UsageError } from '../errors.js';
import type { AccountContext } from '../inventory/types.js';
import { loadSnapshot } from '../snapshot/io.js';
import type { Snapshot } from '../snapshot/format.js';
import type { ReportSource } from '../engine/report.js';

const REGION_RE = /^[a-z]{2}(-[a-z]+)+-\d+$/;

/** Requests in flight at once against a live account. */
export const DEFAULT_CONCURRENCY = 8;

export function parseRegions(list: string[]): string[] {
  for (const r of list) if (!REGION_RE.test(r)) throw new UsageError(`--regions: "${r}" is not a region name (e.g. us-east-1)`);
  return [...new Set(list)];
}

export interface Source {
  access: AwsAccess;
  account: AccountContext;
  source: ReportSource;
  snapshot?: Snapshot;
  close(): void;
}

export function snapshotSource(file: string, regions: string[]): Source {
  const snapshot = loadSnapshot(file);
  const recorded = snapshot.metadata.regions;
  const wanted = regions.length ? regions : recorded;
  const missing = wanted.filter((r) => !recorded.includes(r));
  if (missing.length) {
    throw new UsageError(`--regions: ${missing.join(', ')} not in the snapshot (it holds ${recorded.join(', ')})`);
  }
  return {
    access: new DedupingAccess(new ReplayAccess(snapshot)),
    account: { accountId: snapshot.metadata.accountId, partition: snapshot.metadata.partition, regions: wanted },
    source: { kind: 'snapshot', file, collectedAt: snapshot.metadata.recordedAt },
    snapshot,
    close() {},
  };
}

/** The region the SDK would use by default (AWS_REGION, profile config …); a UsageError if none is configured. */
async function configuredRegion(profile: string | undefined): Promise<string> {
  const client = new STSClient(profile ? { profile } : {});
  try {
    const region = await client.config.region();
    if (!region) throw new Error('no region');
    return region;
  } catch {
    throw new UsageError('no AWS region configured: pass --regions or set AWS_REGION (or a region in your profile)');
  } finally {
    client.destroy();
  }
}

const CREDENTIAL_ERRORS = new Set([
  'CredentialsProviderError',
  'ExpiredToken',
  'ExpiredTokenException',
  'InvalidClientTokenId',
  'SignatureDoesNotMatch',
  'UnrecognizedClientException',
  'AccessDenied',
  'TokenRefreshRequired',
]);

/**
 * A live source: default credential chain (or --profile), account from STS. Wraps the live transport so that
 * `wrap` (e.g. recording) sees every request, and equal requests are sent once.
 */
export async function liveSource(
  options: { profile?: string; regions: string[] },
  wrap: (a: AwsAccess) => AwsAccess = (a) => a,
): Promise<Source> {
  const regions = options.regions.length ? options.regions : [await configuredRegion(options.profile)];
  const live = new LiveAccess({ profile: options.profile });
  const access = new DedupingAccess(wrap(new LimitedAccess(live, DEFAULT_CONCURRENCY)));
  let who;
  try {
    who = await identify(access, regions[0]!);
  } catch (err) {
    live.destroy();
    const code = err instanceof AwsCallError ? err.code : (err as Error).name;
    const message = (err as Error).message.split('\n')[0];
    if (CREDENTIAL_ERRORS.has(code) || /credential|token/i.test(message ?? '')) {
      throw new UsageError(`AWS credentials are missing, invalid or expired (${code}: ${message})`);
    }
    throw new UsageError(`cannot identify the AWS account with sts:GetCallerIdentity (${code}: ${message})`);
  }
  return {
    access,
    account: { accountId: who.accountId, partition: who.partition, regions },
    source: { kind: 'live', collectedAt: new Date().toISOString() },
    close: () => live.destroy(),
  };
}
