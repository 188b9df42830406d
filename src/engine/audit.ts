/** The audit pipeline: plan from the selected checks → collect once → evaluate → report. */
import { collect } from '../collect/collect.js';
import type { AwsAccess } from '../collect/access.js';
import type { AnyCheck } from '../check-api/check.js';
import type { AccountContext, RequirementKey } from '../inventory/types.js';
import { VERSION } from '../version.js';
import { evaluateChecks } from './evaluate.js';
import { REPORT_SCHEMA_VERSION, summarize, type Report, type ReportSource } from './report.js';

/** The inventory keys the selected checks need, in a stable order. */
export function plan(checks: AnyCheck[]): RequirementKey[] {
  return [...new Set(checks.flatMap((c) => [...c.requires] as RequirementKey[]))].sort();
}

export async function runAudit(options: {
  checks: AnyCheck[];
  access: AwsAccess;
  account: AccountContext;
  source: ReportSource;
}): Promise<Report> {
  const { checks, access, account, source } = options;
  const inventory = await collect(access, account, plan(checks));
  const findings = await evaluateChecks(checks, inventory, account);
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'smsec', version: VERSION },
    source,
    account: { id: account.accountId, partition: account.partition },
    regions: account.regions,
    checks: checks.map((c) => c.meta),
    findings,
    summary: summarize(findings),
  };
}
