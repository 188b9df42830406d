/**
 * `npm run bench`: the live collector against generated accounts of 1k, 10k and 50k resources and one with 500k
 * finished training jobs, served by the fake AWS endpoint (test/helpers/fake-aws-server.ts) on 127.0.0.1 with a fixed
 * per-call latency and per-service request-rate quotas. For each account: `smsec audit` live (a child process with
 * AWS_ENDPOINT_URL pointing at the fake), `smsec record`, and `smsec audit --snapshot` of the recording. Measures
 * wall time against the critical-path bound, requests made against distinct requests, duplicates, throttled answers,
 * peak RSS of the smsec process, replay time; writes bench/results.md.
 *
 * Nothing leaves 127.0.0.1. Every child has a timeout (killed when it passes), and the whole run stops starting new
 * steps after BUDGET_MS.
 *
 * Options: --quick (counts ÷ 50, for a smoke run), --only=<case>[,<case>], --latency=<ms>, --out=<file>.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loopbackEnv, startFakeAwsServer, type FakeAwsServer, type ServerStats } from '../test/helpers/fake-aws-server.js';
import { Faults, type ThrottleQuota } from '../test/helpers/fake-faults.js';
import { GeneratedAccount, recordGenerated, type GeneratedAccountSpec } from '../test/helpers/generated-account.js';
import type { RequirementKey } from '../src/inventory/types.js';

/** The repository (this file runs from dist/bench/bench/). */
const ROOT = [fileURLToPath(new URL('../../../', import.meta.url)), process.cwd()].find((d) => existsSync(join(d, 'bin', 'smsec.js')))!;
const BIN = join(ROOT, 'bin', 'smsec.js');
const REGIONS = ['us-east-1', 'eu-west-1'];
/** The generated accounts' present: today (midnight UTC), so that the CLI's --since window, taken from the clock, covers them. */
const NOW = new Date(Math.floor(Date.now() / 86_400_000) * 86_400_000).toISOString();
/** The whole bench stops starting new steps after this. */
const BUDGET_MS = 14.5 * 60_000;

const args = new Map(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k!, v ?? 'true'] as const;
  }),
);
const QUICK = args.has('quick');
const LATENCY_MS = Number(args.get('latency') ?? 20);
const ONLY = args.get('only')?.split(',');
const OUT = args.get('out') ?? join(ROOT, 'bench', 'results.md');
/**
 * Request-rate quotas (token buckets per service, all regions together). SageMaker's is above what its per-service
 * concurrency can reach at this latency (8 in flight / 20 ms = 400/s), so it only bites on bursts; the small services
 * have small quotas, like the real ones.
 */
const QUOTAS: ThrottleQuota[] = [
  { service: 'sagemaker', rate: 450, burst: 50 },
  { service: 's3', rate: 1000, burst: 100 },
  { service: 'sts', rate: 20, burst: 5 },
  { service: 'cloudtrail', rate: 20, burst: 5 },
  { service: 'guardduty', rate: 20, burst: 5 },
  { service: 'iam', rate: 20, burst: 5 },
  { service: 'kms', rate: 100, burst: 20 },
  { service: 'ec2', rate: 100, burst: 20 },
];

interface Case {
  name: string;
  /** What the account holds, in words. */
  label: string;
  spec: GeneratedAccountSpec;
  /** Resources an audit with the default --since reads (approximately, for the table). */
  resources: number;
  timeoutMs: number;
  /**
   * How the snapshot to replay is made: `smsec record` against the fake ('cli'), or the collector recording the
   * generated account in this process, as `smsec record` would but without HTTP ('in-process': for the largest case,
   * where a second live collection does not fit the time budget); false: no replay.
   */
  record: 'cli' | 'in-process' | false;
}

/** An account of about `n` resources, all created in the last 80 days (inside the default --since window). */
function estate(n: number): { spec: GeneratedAccountSpec; resources: number } {
  const k = (f: number) => Math.max(1, Math.round(n * f));
  const recent = (x: number) => ({ finished: x, running: Math.max(1, Math.round(x / 200)), spreadDays: 80, growth: 1 });
  const spec: GeneratedAccountSpec = {
    regions: REGIONS,
    now: NOW,
    notebooks: k(0.02),
    endpoints: k(0.03),
    trainingJobs: recent(k(0.7)),
    processingJobs: recent(k(0.06)),
    transformJobs: recent(k(0.03)),
    tuningJobs: recent(k(0.02)),
    autoMLJobs: recent(k(0.01)),
    compilationJobs: recent(k(0.01)),
    buckets: k(0.06),
  };
  const resources = (['notebooks', 'buckets'] as const).reduce((a, key) => a + (spec[key] as number), 0) + 3 * (spec.endpoints as number) +
    (['trainingJobs', 'processingJobs', 'transformJobs', 'tuningJobs', 'autoMLJobs', 'compilationJobs'] as const).reduce((a, key) => {
      const j = spec[key] as { finished: number; running: number };
      return a + j.finished + j.running;
    }, 0);
  return { spec, resources };
}

const scale = (n: number) => (QUICK ? Math.max(20, Math.round(n / 50)) : n);

function cases(): Case[] {
  const out: Case[] = [];
  const sized = (name: string, n: number, timeoutMs: number, record: Case['record']) => {
    const e = estate(scale(n));
    out.push({ name, label: `${e.resources.toLocaleString('en')} resources, 2 regions, all created in the last 80 days`, ...e, timeoutMs, record });
  };
  sized('1k', 1_000, 120_000, 'cli');
  sized('10k', 10_000, 180_000, false);
  const jobs = scale(500_000);
  const base = estate(scale(1_000));
  out.push({
    name: '500k-jobs',
    label: `${jobs.toLocaleString('en')} finished training jobs over 6 years (+20 running) and ${base.resources.toLocaleString('en')} other resources`,
    spec: { ...base.spec, trainingJobs: { finished: jobs, running: 20, spreadDays: 6 * 365, growth: 2 } },
    resources: base.resources,
    timeoutMs: 150_000,
    record: false,
  });
  // Last, as it takes most of the time budget.
  sized('50k', 50_000, 480_000, 'in-process');
  return ONLY ? out.filter((c) => ONLY.includes(c.name)) : out;
}

// ---------------------------------------------------------------------------------------------------------------
// Running smsec

interface ChildRun {
  code: number | null;
  wallMs: number;
  /** performance.now() at spawn and exit (same clock as the fake's stats). */
  startedAt: number;
  endedAt: number;
  /** Peak resident set size of the smsec process, in MiB. */
  rssMb?: number;
  /** CPU time of the smsec process (user + system), in seconds, from /usr/bin/time. */
  cpuS?: number;
  timedOut: boolean;
  stderr: string;
}

const TIME = ['/usr/bin/time', '/bin/time'].find((p) => existsSync(p));

function childPids(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function vmHwmKb(pid: number): number | undefined {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** Runs `smsec <args>` against `endpoint` (or no endpoint at all), under /usr/bin/time -v when present. */
function smsec(cliArgs: string[], endpoint: string | undefined, home: string, timeoutMs: number): Promise<ChildRun> {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: home,
    NO_COLOR: '1',
    // Only the fake endpoint: with no endpoint (snapshot replay) every AWS call would fail, and none is made.
    ...loopbackEnv(endpoint ?? 'http://127.0.0.1:9', home),
  };
  const timeFile = join(home, `time-${process.hrtime.bigint()}.txt`);
  const [cmd, argv] = TIME ? [TIME, ['-v', '-o', timeFile, process.execPath, BIN, ...cliArgs]] : [process.execPath, [BIN, ...cliArgs]];
  const t0 = performance.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, argv, { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => {
      stderr = (stderr + d.toString('utf8')).slice(-4000);
    });
    let hwm = 0;
    const smsecPid = () => (TIME ? childPids(child.pid!)[0] : child.pid);
    const poll = setInterval(() => {
      const pid = smsecPid();
      if (pid) hwm = Math.max(hwm, vmHwmKb(pid) ?? 0);
    }, 200);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      const pid = smsecPid();
      if (pid) hwm = Math.max(hwm, vmHwmKb(pid) ?? 0);
      if (pid && pid !== child.pid) process.kill(pid, 'SIGKILL');
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('close', (code) => {
      clearInterval(poll);
      clearTimeout(timer);
      const wallMs = performance.now() - t0;
      let rssKb = hwm || undefined;
      let cpuS: number | undefined;
      if (existsSync(timeFile)) {
        const text = readFileSync(timeFile, 'utf8');
        const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(text);
        if (m) rssKb = Math.max(Number(m[1]), hwm);
        const u = /User time \(seconds\): ([\d.]+)/.exec(text);
        const sy = /System time \(seconds\): ([\d.]+)/.exec(text);
        if (u && sy) cpuS = Number(u[1]) + Number(sy[1]);
        rmSync(timeFile, { force: true });
      }
      // /usr/bin/time reports the child's exit status as its own.
      resolve({ code: timedOut ? null : code, wallMs, startedAt: t0, endedAt: t0 + wallMs, ...(rssKb ? { rssMb: rssKb / 1024 } : {}), ...(cpuS !== undefined ? { cpuS } : {}), timedOut, stderr: stderr.replace(/Command exited with non-zero status \d+\n?/, '') });
    });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Bounds

interface Concurrency {
  global: number;
  perService: Record<string, number>;
  defaultPerService: number;
  source: string;
}

async function concurrency(help: string): Promise<Concurrency> {
  const mod = async (rel: string): Promise<Record<string, unknown>> => {
    try {
      return (await import(pathToFileURL(join(ROOT, rel)).href)) as Record<string, unknown>;
    } catch {
      return {};
    }
  };
  const source = await mod('dist/src/commands/source.js');
  const access = await mod('dist/src/collect/access.js');
  const builtDefault = Number(source.DEFAULT_MAX_CONCURRENCY ?? source.DEFAULT_CONCURRENCY ?? 8);
  const global = help.includes('--max-concurrency') ? 16 : builtDefault;
  return {
    global,
    perService: (access.SERVICE_CONCURRENCY as Record<string, number> | undefined) ?? {},
    defaultPerService: Number(access.DEFAULT_SERVICE_CONCURRENCY ?? global),
    source: help.includes('--max-concurrency') ? '--max-concurrency 16 (passed)' : `built default ${builtDefault} (no --max-concurrency flag)`,
  };
}

interface Bound {
  /** distinct calls × latency ÷ --max-concurrency */
  global: number;
  /** max over services of calls × latency ÷ min(service limit, global) */
  service: number;
  /** longest page chain × latency (pages of one listing follow each other) */
  chain: number;
  /** max over services of calls ÷ quota rate */
  quota: number;
  bound: number;
  /** The service whose concurrency limit gives `service`. */
  busiest?: string;
}

function bound(stats: ServerStats, c: Concurrency): Bound {
  const L = LATENCY_MS / 1000;
  const byService = stats.answeredByService;
  const total = Object.values(byService).reduce((a, b) => a + b, 0);
  const global = (total * L) / c.global;
  let service = 0;
  let quota = 0;
  let busiest: string | undefined;
  for (const [svc, n] of Object.entries(byService)) {
    const limit = Math.min(c.perService[svc] ?? c.defaultPerService, c.global);
    if ((n * L) / limit > service) busiest = svc;
    service = Math.max(service, (n * L) / limit);
    const q = QUOTAS.find((x) => x.service === svc);
    if (q) quota = Math.max(quota, n / q.rate);
  }
  const chain = (stats.longestPageChain?.pages ?? 0) * L;
  return { global, service, chain, quota, bound: Math.max(global, service, chain, quota), ...(busiest ? { busiest } : {}) };
}

// ---------------------------------------------------------------------------------------------------------------

interface Row {
  c: Case;
  live?: ChildRun & { stats: ServerStats; bound: Bound; findings?: number };
  record?: ChildRun & { stats: ServerStats; bytes?: number };
  replay?: ChildRun & { findings?: number };
  /** Size of a snapshot recorded in process, bytes. */
  inProcessSnapshot?: number;
  notes: string[];
}

/** Where the CLI's default --since window starts now (from the build), or undefined when it has none. */
async function defaultSince(): Promise<Date | undefined> {
  try {
    const m = (await import(pathToFileURL(join(ROOT, 'dist/src/commands/since.js')).href)) as { DEFAULT_SINCE: string; parseSince(v: string): Date | undefined };
    return m.parseSince(m.DEFAULT_SINCE);
  } catch {
    return undefined;
  }
}

/** The inventory keys `smsec audit` (every built-in check) needs, from the build. */
async function cliChecks(): Promise<{ plan: RequirementKey[] }> {
  const { BUILTIN_CHECKS } = (await import(pathToFileURL(join(ROOT, 'dist/checks/index.js')).href)) as { BUILTIN_CHECKS: { requires: readonly string[] }[] };
  return { plan: [...new Set(BUILTIN_CHECKS.flatMap((c) => [...c.requires]))].sort() as RequirementKey[] };
}

const sec = (ms: number | undefined) => (ms === undefined ? '–' : (ms / 1000).toFixed(1));
const mb = (x: number | undefined) => (x === undefined ? '–' : x.toFixed(0));

function countFindings(file: string): number | undefined {
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { findings: unknown[] }).findings.length;
  } catch {
    return undefined;
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const load0 = loadavg();
  const home = mkdtempSync(join(tmpdir(), 'smsec-bench-'));
  writeFileSync(join(home, 'config'), '');
  writeFileSync(join(home, 'credentials'), '');
  const rows: Row[] = [];
  let help = '';
  let server: FakeAwsServer | undefined;
  try {
    help = await new Promise<string>((resolve) => {
      const p = spawn(process.execPath, [BIN, 'audit', '--help'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] });
      let out = '';
      p.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
      p.on('close', () => resolve(out));
    });
    const conc = await concurrency(help);
    const flags = [...(help.includes('--max-concurrency') ? ['--max-concurrency', String(conc.global)] : []), ...(help.includes('--quiet') ? ['--quiet'] : [])];
    const hasSince = help.includes('--since');
    log(`smsec flags: max-concurrency=${help.includes('--max-concurrency')} since=${hasSince} quiet=${help.includes('--quiet')}; concurrency ${conc.global}, per service ${JSON.stringify(conc.perService)}`);

    for (const c of cases()) {
      const row: Row = { c, notes: [] };
      rows.push(row);
      const left = () => BUDGET_MS - (performance.now() - started);
      if (left() < 30_000) {
        row.notes.push('skipped: bench time budget used up');
        continue;
      }
      const account = new GeneratedAccount(c.spec);
      const faults = new Faults({ quotas: QUOTAS });
      server = await startFakeAwsServer(account, { latencyMs: LATENCY_MS, faults, logLimit: 0 });
      const common = ['--regions', REGIONS.join(','), ...flags];
      try {
        // Live audit.
        const report = join(home, `${c.name}-live.json`);
        log(`${c.name}: live audit (${c.label})`);
        const live = await smsec(['audit', ...common, '--format', 'json', '--output', report, '--fail-on', 'none'], server.endpoint, home, Math.min(c.timeoutMs, left()));
        const stats = server.stats();
        row.live = { ...live, stats, bound: bound(stats, conc), findings: countFindings(report) };
        if (live.timedOut) row.notes.push(`live audit killed at its ${sec(live.wallMs)} s timeout; the counts are up to then`);
        else if (live.code !== 0) row.notes.push(`live audit exit ${live.code}: ${live.stderr.trim().split('\n').slice(-2).join(' ')}`);
        log(`${c.name}: live ${sec(live.wallMs)} s, ${stats.requests} requests, rss ${mb(live.rssMb)} MB`);

        const snap = join(home, `${c.name}.json.gz`);
        const how = c.record;
        if (how === 'cli' && !live.timedOut && left() > 30_000) {
          server.reset();
          faults.reset();
          log(`${c.name}: record`);
          const rec = await smsec(['record', ...common, '--output', snap], server.endpoint, home, Math.min(c.timeoutMs, left()));
          row.record = { ...rec, stats: server.stats(), ...(existsSync(snap) ? { bytes: statSync(snap).size } : {}) };
          if (rec.timedOut) row.notes.push(`record killed at its ${sec(Math.min(c.timeoutMs, left()))} s timeout`);
          else if (rec.code !== 0) row.notes.push(`record exit ${rec.code}: ${rec.stderr.trim().split('\n').slice(-2).join(' ')}`);
        } else if (how === 'in-process' && left() > 60_000) {
          log(`${c.name}: recording in process`);
          const t0 = performance.now();
          const checks = await cliChecks();
          // The window `smsec record` applies by default (--since 90d), kept in the snapshot as the CLI keeps it.
          const since = hasSince ? await defaultSince() : undefined;
          const snapshot = await recordGenerated(account, checks.plan, since ? { since } : {}, since ? { since: since.toISOString() } : {});
          const { saveSnapshot } = (await import(pathToFileURL(join(ROOT, 'dist/src/snapshot/io.js')).href)) as { saveSnapshot(s: unknown, f: string): void };
          saveSnapshot(snapshot, snap);
          row.notes.push(
            `snapshot recorded in process (the collector over the generated account, no HTTP: ${snapshot.calls.length} calls in ${sec(performance.now() - t0)} s${since ? `, --since ${since.toISOString()}` : ''}), ` +
              'as a second live collection does not fit the time budget',
          );
          row.inProcessSnapshot = statSync(snap).size;
        }
        if (existsSync(snap) && left() > 20_000) {
          const out = join(home, `${c.name}-replay.json`);
          log(`${c.name}: replay`);
          const rep = await smsec(['audit', '--snapshot', snap, '--regions', REGIONS.join(','), '--format', 'json', '--output', out, '--fail-on', 'none'], undefined, home, Math.min(150_000, left()));
          row.replay = { ...rep, findings: countFindings(out) };
          if (rep.timedOut) row.notes.push('replay killed at its timeout');
          else if (rep.code !== 0) row.notes.push(`replay exit ${rep.code}: ${rep.stderr.trim().split('\n').slice(-2).join(' ')}`);
          if (row.live?.findings !== undefined && row.replay.findings !== row.live.findings) row.notes.push(`replay found ${row.replay.findings} findings, live ${row.live.findings}`);
        }
      } finally {
        await server.close();
        server = undefined;
      }
    }
  } finally {
    await server?.close();
    rmSync(home, { recursive: true, force: true });
  }
  const load1 = loadavg();
  writeFileSync(OUT, render(rows, help, await concurrency(help), { load0, load1, ms: performance.now() - started }));
  log(`wrote ${OUT}`);
}

function log(s: string): void {
  process.stderr.write(`bench: ${s}\n`);
}

function render(rows: Row[], help: string, conc: Concurrency, run: { load0: number[]; load1: number[]; ms: number }): string {
  const date = new Date().toISOString();
  const lines: string[] = [];
  lines.push('# smsec live-collector benchmark', '');
  lines.push(
    `Run ${date} by \`npm run bench\`${QUICK ? ' --quick (counts ÷ 50)' : ''}: ${cpus().length} CPUs (\`nproc\`), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; ` +
      `load average ${run.load0.map((x) => x.toFixed(1)).join(' ')} at the start, ${run.load1.map((x) => x.toFixed(1)).join(' ')} at the end; the bench took ${sec(run.ms)} s.`,
    '',
  );
  lines.push(
    `Fake endpoint: 127.0.0.1, ${LATENCY_MS} ms per call, request-rate quotas ${QUOTAS.map((q) => `${q.service} ${q.rate}/s (burst ${q.burst})`).join(', ')}. ` +
      `Concurrency: ${conc.source}; per-service limits ${JSON.stringify(conc.perService)} (others ${conc.defaultPerService}). ` +
      `smsec flags seen in \`audit --help\`: ${['--max-concurrency', '--since', '--quiet'].map((f) => `${f} ${help.includes(f) ? 'yes' : 'no'}`).join(', ')}. ` +
      'Every case audits us-east-1 and eu-west-1 with the default --since and every built-in check (the secret scanners included).',
    '',
  );
  lines.push(
    '| case | account | live wall (s) | of which collecting (s) | smsec CPU (s) | bound (s) | wall ÷ bound | requests | distinct | duplicates | throttled | longest page chain | max in flight | peak RSS (MB) | record (s) | snapshot (MB, gz) | replay (s) | replay RSS (MB) | findings |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  );
  for (const r of rows) {
    const l = r.live;
    const collecting = l?.stats.firstRequestAt !== undefined && l.stats.lastAnswerAt !== undefined ? l.stats.lastAnswerAt - l.stats.firstRequestAt : undefined;
    const snapBytes = r.record?.bytes ?? r.inProcessSnapshot;
    lines.push(
      `| ${r.c.name} | ${r.c.label} | ${l ? `${sec(l.wallMs)}${l.timedOut ? ' (killed)' : ''}` : '–'} | ${sec(collecting)} | ${l?.cpuS !== undefined ? l.cpuS.toFixed(1) : '–'} | ${l ? `${l.timedOut ? '≥ ' : ''}${l.bound.bound.toFixed(1)}` : '–'} | ${l && !l.timedOut ? (l.wallMs / 1000 / l.bound.bound).toFixed(2) : '–'} | ` +
        `${l?.stats.requests ?? '–'} | ${l?.stats.distinctKeys ?? '–'} | ${l?.stats.duplicates ?? '–'} | ${l?.stats.throttled ?? '–'} | ${l?.stats.longestPageChain?.pages ?? '–'} | ${l?.stats.maxInFlight ?? '–'} | ${mb(l?.rssMb)} | ` +
        `${r.record ? sec(r.record.wallMs) : '–'} | ${snapBytes !== undefined ? (snapBytes / 2 ** 20).toFixed(1) : '–'} | ${r.replay ? sec(r.replay.wallMs) : '–'} | ${mb(r.replay?.rssMb)} | ${l?.findings ?? '–'} |`,
    );
  }
  lines.push('', '### Bound per case', '');
  lines.push('bound = max(global, per-service, page chain, quota); each in seconds.', '');
  lines.push(
    '| case | distinct × latency ÷ max-concurrency | per-service concurrency | longest page chain × latency | calls ÷ quota | busiest service: mean time the fake held a request (ms) | its mean requests in flight at the fake while collecting | requests by service (distinct answered) |',
    '|---|---|---|---|---|---|---|---|',
  );
  for (const r of rows) {
    const l = r.live;
    if (!l) continue;
    const svc = l.bound.busiest;
    const held = svc ? l.stats.heldMsByService?.[svc] : undefined;
    const n = svc ? l.stats.answeredByService[svc] : undefined;
    const span = l.stats.firstRequestAt !== undefined && l.stats.lastAnswerAt !== undefined ? l.stats.lastAnswerAt - l.stats.firstRequestAt : undefined;
    lines.push(
      `| ${r.c.name} | ${l.bound.global.toFixed(1)} | ${l.bound.service.toFixed(1)} | ${l.bound.chain.toFixed(1)} | ${l.bound.quota.toFixed(1)} | ` +
        `${svc && held !== undefined && n ? `${svc}: ${(held / n).toFixed(1)}` : '–'} | ${held !== undefined && span ? (held / span).toFixed(2) : '–'} | ` +
        `${Object.entries(l.stats.answeredByService).map(([s, n]) => `${s} ${n}`).join(', ')} |`,
    );
  }
  const find = (n: string) => rows.find((r) => r.c.name === n);
  const r50 = find('50k');
  const r500 = find('500k-jobs');
  const verdict = (ok: boolean | undefined) => (ok === undefined ? 'not measured' : ok ? '**met**' : '**not met**');
  lines.push('', '## Targets', '');
  lines.push(
    `- wall ≤ 1.2 × bound at 50k: ${verdict(r50?.live && !r50.live.timedOut ? r50.live.wallMs / 1000 <= 1.2 * r50.live.bound.bound : undefined)}` +
      (r50?.live ? ` (${sec(r50.live.wallMs)} s against ${r50.live.bound.bound.toFixed(1)} s)` : ''),
  );
  const dups = rows.filter((r) => r.live).map((r) => r.live!.stats.duplicates + (r.record?.stats.duplicates ?? 0));
  lines.push(`- zero duplicate calls: ${verdict(dups.length ? dups.every((d) => d === 0) : undefined)} (${dups.join(', ')} over the cases, live + record)`);
  lines.push(
    `- peak RSS < 300 MB for the 500k-job account with default --since: ${verdict(r500?.live?.rssMb !== undefined && !r500.live.timedOut ? r500.live.rssMb < 300 : undefined)}` +
      (r500?.live ? ` (${mb(r500.live.rssMb)} MB${r500.live.timedOut ? ' when killed' : ''})` : ''),
  );
  lines.push(
    `- replay of the 50k snapshot < 3 s: ${verdict(r50?.replay ? (r50.replay.timedOut ? false : r50.replay.code === 0 ? r50.replay.wallMs < 3000 : undefined) : undefined)}` +
      (r50?.replay ? ` (${sec(r50.replay.wallMs)} s${r50.replay.timedOut ? ', killed unfinished' : ''})` : ''),
  );
  const notes = rows.flatMap((r) => r.notes.map((n) => `- ${r.c.name}: ${n}`));
  if (notes.length) lines.push('', '## Notes', '', ...notes);
  lines.push(
    '',
    'Columns: *requests* every request the fake received (retries included); *distinct* distinct requests (request keys); ' +
      '*duplicates* answers with data to a request already answered; *throttled* answers that were the service\'s throttling error; ' +
      '*longest page chain* the most pages of one listing; *max in flight* the most requests the fake held at once; ' +
      '*of which collecting* from the first request the fake received to its last answer; ' +
      '*smsec CPU* user + system time of the smsec process (2 cores are shared with the fake endpoint and whatever else runs); ' +
      'wall times include Node start-up and report writing. Peak RSS from `/usr/bin/time -v` (else /proc VmHWM). ' +
      'In the bound table, *mean time the fake held a request* runs from the request\'s last byte received to the end of its answer ' +
      '(the configured latency plus the fake\'s own work and event-loop delays, on the cores smsec shares): above the latency, it ' +
      'stretches the wall time however smsec schedules; *mean requests in flight* is that service\'s held time over the collecting ' +
      'span, to compare with its concurrency limit.',
    '',
  );
  return lines.join('\n');
}

main().catch((err: unknown) => {
  process.stderr.write(`bench: ${(err as Error).stack ?? String(err)}\n`);
  process.exitCode = 1;
});
