/** `smsec record`: read a live account once and store every request and answer as a snapshot. */
import type { AnyCheck } from '../check-api/check.js';
import { collect } from '../collect/collect.js';
import { RecordingAccess } from '../collect/record.js';
import { plan } from '../engine/audit.js';
import { selectChecks, splitList } from '../engine/select.js';
import { UsageError } from '../errors.js';
import { SNAPSHOT_FORMAT, SNAPSHOT_FORMAT_VERSION, type Snapshot } from '../snapshot/format.js';
import { saveSnapshot } from '../snapshot/io.js';
import { VERSION } from '../version.js';
import { Progress } from './progress.js';
import { DEFAULT_SINCE, parseSince } from './since.js';
import { liveOptions, liveSource, parseRegions, type LiveFlags } from './source.js';
import type { OmittedJobs } from '../collect/context.js';

export interface RecordOptions extends LiveFlags {
  output: string;
  regions?: string;
  profile?: string;
  checks?: string;
  skipChecks?: string;
}

export async function recordCommand(catalogue: AnyCheck[], opts: RecordOptions): Promise<number> {
  const checks = selectChecks(catalogue, { checks: splitList(opts.checks), skipChecks: splitList(opts.skipChecks) });
  if (checks.length === 0) throw new UsageError('no checks selected');
  const regions = parseRegions(splitList(opts.regions));
  let recorder: RecordingAccess | undefined;
  const since = parseSince(opts.since ?? DEFAULT_SINCE);
  const progress = new Progress(Progress.wanted(opts.quiet));
  const source = await liveSource(liveOptions(opts, regions, progress), (inner) => (recorder = new RecordingAccess(inner)));
  const omitted: OmittedJobs[] = [];
  try {
    await collect(source.access, source.account, plan(checks), { ...(since ? { since } : {}), omitted });
  } finally {
    progress.done();
    source.close();
  }
  const snapshot: Snapshot = {
    format: SNAPSHOT_FORMAT,
    formatVersion: SNAPSHOT_FORMAT_VERSION,
    metadata: {
      smsecVersion: VERSION,
      accountId: source.account.accountId,
      partition: source.account.partition,
      regions: source.account.regions,
      recordedAt: source.source.collectedAt,
      ...(since ? { since: since.toISOString() } : {}),
    },
    calls: recorder!.sortedCalls(),
  };
  try {
    saveSnapshot(snapshot, opts.output);
  } catch (err) {
    throw new UsageError(`cannot write ${opts.output}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  const errors = snapshot.calls.filter((c) => c.error).length;
  const left = omitted.reduce((n, o) => n + o.count, 0);
  const history = left ? `; ${omitted.some((o) => o.atLeast) ? 'at least ' : ''}${left} finished jobs created before ${since!.toISOString().slice(0, 10)} were left out (--since)` : '';
  process.stderr.write(`smsec: recorded ${snapshot.calls.length} requests (${errors} answered with an error) to ${opts.output}${history}\n`);
  return 0;
}
