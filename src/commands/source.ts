/**
 * Where audit data comes from: a live account through the SDK, or a recorded snapshot. Both end in an AwsAccess.
 * The SDK (clients, credential providers, the live transport) is loaded only for live sources: replaying a snapshot
 * loads none of it.
 */
import { setFlagsFromString } from 'node:v8';
import { AwsCallError, CountingAccess, DedupingAccess, ServiceLimitedAccess, type AwsAccess } from '../collect/access.js';
import { identify } from '../collect/collect.js';
import { SERVICES } from '../collect/commands.js';
import { LiveAccess } from '../collect/live.js';
import { ReplayAccess } from '../collect/record.js';
import { UsageError } from '../errors.js';
import type { AccountContext } from '../inventory/types.js';
import { readSnapshot } from '../snapshot/io.js';
import type { Snapshot } from '../snapshot/format.js';
import type { ReportSource } from '../engine/report.js';
import type { Progress } from './progress.js';

const REGION_RE = /^[a-z]{2}(-[a-z]+)+-\d+$/;

/** Requests in flight at once against a live account (all services together); per-service limits apply too. */
export const DEFAULT_MAX_CONCURRENCY = 16;

/** Region names given by the user; "all" (alone) means every region enabled for the account. */
export function parseRegions(list: string[]): string[] {
  if (list.length === 1 && list[0] === 'all') return ['all'];
  for (const r of list) if (!REGION_RE.test(r)) throw new UsageError(`--regions: "${r}" is not a region name (e.g. us-east-1) or "all"`);
  return [...new Set(list)];
}

export function parsePositiveInt(flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1000) throw new UsageError(`${flag}: "${value}" is not a whole number between 1 and 1000`);
  return n;
}

const ROLE_ARN_RE = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@\/-]+$/;

/** Live-read flags shared by `audit` and `record`, as commander parses them. */
export interface LiveFlags {
  profile?: string;
  roleArn?: string;
  externalId?: string;
  roleSessionName?: string;
  maxConcurrency?: string;
  since?: string;
  quiet?: boolean;
}

/** Turns the shared live flags into live-source options (with progress on a terminal unless --quiet). */
export function liveOptions(flags: LiveFlags, regions: string[], progress: Progress): LiveSourceOptions {
  return {
    ...(flags.profile ? { profile: flags.profile } : {}),
    ...(flags.roleArn ? { roleArn: flags.roleArn } : {}),
    ...(flags.externalId ? { externalId: flags.externalId } : {}),
    ...(flags.roleSessionName ? { roleSessionName: flags.roleSessionName } : {}),
    regions,
    maxConcurrency: parsePositiveInt('--max-concurrency', flags.maxConcurrency, DEFAULT_MAX_CONCURRENCY),
    onRequest: (stats) => progress.update(stats),
  };
}

/** Live-audit options that come from the command line. */
export interface LiveSourceOptions {
  profile?: string;
  regions: string[];
  roleArn?: string;
  externalId?: string;
  roleSessionName?: string;
  maxConcurrency?: number;
  /** Called whenever a request completes (progress display). */
  onRequest?: (stats: { requests: number; errors: number; inFlight: number }) => void;
}

export interface Source {
  /** The job-history window: for snapshots, the one the recording used. */
  since?: Date;
  access: AwsAccess;
  account: AccountContext;
  source: ReportSource;
  snapshot?: Snapshot;
  close(): void;
}

export async function snapshotSource(file: string, regions: string[]): Promise<Source> {
  const snapshot = await readSnapshot(file);
  const recorded = snapshot.metadata.regions;
  const wanted = regions.length && regions[0] !== 'all' ? regions : recorded;
  const missing = wanted.filter((r) => !recorded.includes(r));
  if (missing.length) {
    throw new UsageError(`--regions: ${missing.join(', ')} not in the snapshot (it holds ${recorded.join(', ')})`);
  }
  return {
    // The snapshot was loaded for this replay alone: its responses need no copying.
    access: new DedupingAccess(new ReplayAccess(snapshot, { shareResponses: true })),
    account: { accountId: snapshot.metadata.accountId, partition: snapshot.metadata.partition, regions: wanted },
    source: { kind: 'snapshot', file, collectedAt: snapshot.metadata.recordedAt },
    ...(snapshot.metadata.since ? { since: new Date(snapshot.metadata.since) } : {}),
    snapshot,
    close() {},
  };
}

/**
 * The region the SDK would use by default (AWS_REGION, profile config …); a UsageError if none is configured.
 * For --regions all, us-east-1 serves as the starting point when nothing is configured.
 */
async function configuredRegion(profile: string | undefined, fallbackToUsEast1 = false): Promise<string> {
  const client = new SERVICES.sts.client(profile ? { profile } : {});
  try {
    const region = await client.config.region();
    if (!region) throw new Error('no region');
    return region;
  } catch {
    if (fallbackToUsEast1) return 'us-east-1';
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

/** Credentials for an assumed role (--role-arn), refreshed by the SDK; the base credentials come from the default chain or --profile. */
async function roleCredentials(options: LiveSourceOptions, region: string): Promise<unknown> {
  if (!options.roleArn) {
    if (options.externalId || options.roleSessionName) throw new UsageError('--external-id and --role-session-name need --role-arn');
    return undefined;
  }
  if (!ROLE_ARN_RE.test(options.roleArn)) throw new UsageError(`--role-arn: "${options.roleArn}" is not an IAM role ARN`);
  const { fromNodeProviderChain, fromTemporaryCredentials } = await import('@aws-sdk/credential-providers');
  return fromTemporaryCredentials({
    params: {
      RoleArn: options.roleArn,
      RoleSessionName: options.roleSessionName ?? 'smsec-audit',
      ...(options.externalId ? { ExternalId: options.externalId } : {}),
      DurationSeconds: 3600,
    },
    clientConfig: { region },
    ...(options.profile ? { masterCredentials: fromNodeProviderChain({ profile: options.profile }) } : {}),
  });
}

/** Every region enabled for the account (opted-in or not requiring opt-in), from EC2 DescribeRegions. */
async function enabledRegions(access: AwsAccess, region: string): Promise<string[]> {
  const out = await access.send({ service: 'ec2', region, operation: 'DescribeRegions', input: { AllRegions: false } });
  const regions = ((out.Regions ?? []) as { RegionName?: string; OptInStatus?: string }[])
    .filter((r) => r.RegionName && r.OptInStatus !== 'not-opted-in')
    .map((r) => r.RegionName!)
    .sort();
  if (regions.length === 0) throw new AwsCallError('NoRegions', 'DescribeRegions returned no enabled region', undefined, 'ec2:DescribeRegions');
  return regions;
}

/**
 * A live audit's heap grows with what it has read, so V8 is asked to let it grow at most 50 % past what the last full
 * collection kept, instead of its default of up to 4 times when allocation is fast. Measured on the bench accounts:
 * peak memory 550 → 500 MB (40,000 training jobs read) and 630 → 570 MB (50,000 resources) for no measurable CPU;
 * 20 % saved more memory but cost a third more CPU, as each full collection walks everything read so far. Snapshot
 * replays, which only compute, keep V8's default.
 */
function keepHeapSmall(): void {
  setFlagsFromString('--heap-growing-percent=50');
}

/**
 * A live source: default credential chain (or --profile, or an assumed --role-arn), account from STS, checked before
 * any scanning. Wraps the live transport so that `wrap` (e.g. recording) sees every request, requests are limited per
 * service and globally, and equal requests are sent once.
 */
export async function liveSource(options: LiveSourceOptions, wrap: (a: AwsAccess) => AwsAccess = (a) => a): Promise<Source> {
  keepHeapSmall();
  const all = options.regions.length === 1 && options.regions[0] === 'all';
  const baseRegion = options.regions.length && !all ? options.regions[0]! : await configuredRegion(options.profile, all);
  const credentials = await roleCredentials(options, baseRegion);
  const live = new LiveAccess({ profile: options.profile, credentials });
  const counting = new CountingAccess(new ServiceLimitedAccess(live, options.maxConcurrency ?? DEFAULT_MAX_CONCURRENCY), () =>
    options.onRequest?.(counting),
  );
  const access = new DedupingAccess(wrap(counting));
  let who;
  let regions: string[];
  try {
    who = await identify(access, baseRegion);
    regions = all ? await enabledRegions(access, baseRegion) : options.regions.length ? options.regions : [baseRegion];
  } catch (err) {
    live.destroy();
    const code = err instanceof AwsCallError ? err.code : (err as Error).name;
    const message = (err as Error).message.split('\n')[0];
    if (CREDENTIAL_ERRORS.has(code) || /credential|token/i.test(message ?? '')) {
      throw new UsageError(`AWS credentials are missing, invalid or expired (${code}: ${message})`);
    }
    if (options.roleArn && /assume|sts/i.test(`${code} ${message}`)) {
      throw new UsageError(`cannot assume role ${options.roleArn} (${code}: ${message})`);
    }
    throw new UsageError(`cannot ${who ? 'list the enabled regions' : 'identify the AWS account'} (${code}: ${message})`);
  }
  return {
    access,
    account: { accountId: who.accountId, partition: who.partition, regions },
    source: { kind: 'live', collectedAt: new Date().toISOString() },
    close: () => live.destroy(),
  };
}
