/** The audit pipeline: plan from the selected checks → collect once → evaluate → suppress → compare → report. */
import { collect } from '../collect/collect.js';
import type { AwsAccess } from '../collect/access.js';
import type { OmittedJobs } from '../collect/context.js';
import type { AnyCheck } from '../check-api/check.js';
import type { AccountContext, RequirementKey } from '../inventory/types.js';
import { VERSION } from '../version.js';
import { applyBaseline } from './baseline.js';
import { evaluateChecks } from './evaluate.js';
import { streamEvaluation } from './stream.js';
import { REPORT_SCHEMA_VERSION, summarize, type Report, type ReportSource } from './report.js';
import { applySuppressions, utcToday, type SuppressionRule } from './suppress.js';

/** The inventory keys the selected checks need, in a stable order. */
export function plan(checks: AnyCheck[]): RequirementKey[] {
  return [...new Set(checks.flatMap((c) => [...c.requires] as RequirementKey[]))].sort();
}

export async function runAudit(options: {
  checks: AnyCheck[];
  access: AwsAccess;
  account: AccountContext;
  source: ReportSource;
  /** Accepted risks (config file). */
  suppressions?: readonly SuppressionRule[];
  /** YYYY-MM-DD for suppression expiry; default today in UTC. */
  today?: string;
  /** An earlier report: findings get `baseline: new|unchanged`, and only new ones gate. */
  baseline?: { report: Report; file: string };
  /** Job-history window: finished jobs created before it are not listed (running ones always are). */
  since?: Date;
  /** false: evaluate item checks over the whole inventory after collection instead of as each item is read. */
  streamed?: boolean;
}): Promise<Report> {
  const { checks, access, account, source } = options;
  const omitted: OmittedJobs[] = [];
  // Item checks run on each resource as it is read, unless told not to (tests compare both ways).
  const streamed = options.streamed === false ? undefined : streamEvaluation(checks, account);
  const inventory = await collect(access, account, plan(checks), {
    ...(options.since ? { since: options.since } : {}),
    omitted,
    ...(streamed ? { streams: streamed.streams } : {}),
  });
  const early = streamed?.finish(inventory) ?? { findings: [], rest: checks };
  const evaluated = await evaluateChecks(early.rest, inventory, account, early.findings);
  const checkIds = checks.map((c) => c.meta.id);
  const suppressed = applySuppressions(evaluated, options.suppressions ?? [], { today: options.today ?? utcToday(), checkIds });
  const compared = options.baseline ? applyBaseline(suppressed.findings, options.baseline.report, options.baseline.file, checkIds) : undefined;
  const findings = compared?.findings ?? suppressed.findings;
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'smsec', version: VERSION },
    source,
    account: { id: account.accountId, partition: account.partition },
    regions: account.regions,
    checks: checks.map((c) => c.meta),
    findings,
    suppressions: suppressed.suppressions,
    ...(compared ? { baseline: compared.info } : {}),
    collection: {
      since: options.since ? options.since.toISOString() : null,
      omitted: [...omitted].sort((a, b) => (a.key + a.region < b.key + b.region ? -1 : 1)),
    },
    summary: summarize(findings),
  };
}
