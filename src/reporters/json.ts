/**
 * The machine-readable report: the Report as pretty-printed JSON, described by schemas/report.schema.json and
 * docs/json-report.md. Keys come out in the order of the Report type, whatever order the objects were built in;
 * keys not known here (a field added to the type later) follow the known ones rather than being dropped.
 */
import type { CheckMeta, Finding } from '../model.js';
import type { Report } from '../engine/report.js';
import { escapeJsonText, sanitizeMessage } from './sanitize.js';

/** A copy of `obj` with `keys` first, in that order (absent ones skipped), then any other keys in their own order. */
function ordered<T extends object>(obj: T, keys: readonly (keyof T & string)[], map: Partial<Record<keyof T & string, (v: never) => unknown>> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const src = obj as Record<string, unknown>;
  for (const k of keys) {
    if (src[k] === undefined) continue;
    const f = map[k] as ((v: unknown) => unknown) | undefined;
    out[k] = f ? f(src[k]) : src[k];
  }
  for (const [k, v] of Object.entries(src)) {
    if (!(k in out) && !(keys as readonly string[]).includes(k)) out[k] = v;
  }
  return out;
}

function check(c: CheckMeta): Record<string, unknown> {
  return ordered(c, ['id', 'title', 'severity', 'service', 'resourceType', 'rationale', 'remediation', 'references', 'compliance'], {
    remediation: (r: CheckMeta['remediation']) => ordered(r, ['console', 'cli', 'cloudformation', 'terraform']),
    compliance: (list: CheckMeta['compliance']) => list.map((x) => ordered(x, ['framework', 'id'])),
  });
}

function finding(f: Finding): Record<string, unknown> {
  return ordered(f, ['checkId', 'severity', 'account', 'status', 'resource', 'message', 'evidence', 'suppression', 'baseline'], {
    resource: (r: Finding['resource']) => ordered(r, ['arn', 'type', 'region', 'name', 'tags']),
    suppression: (s: NonNullable<Finding['suppression']>) => ordered(s, ['reason', 'expires']),
    // The message is prose shown to people and often embeds resource names: no controls, bidi or zero-width
    // characters in it. Names, ARNs and evidence stay exact (escapeJsonText keeps them safe in the file).
    message: (m: string) => sanitizeMessage(m),
  });
}

/** The report as a plain object in the documented key order. */
export function toJsonReport(report: Report): Record<string, unknown> {
  return ordered(report, ['schemaVersion', 'tool', 'source', 'account', 'regions', 'checks', 'findings', 'suppressions', 'baseline', 'summary'], {
    tool: (t: Report['tool']) => ordered(t, ['name', 'version']),
    source: (s: Report['source']) => ordered(s, ['kind', 'file', 'collectedAt']),
    account: (a: Report['account']) => ordered(a, ['id', 'partition']),
    checks: (list: CheckMeta[]) => list.map(check),
    findings: (list: Finding[]) => list.map(finding),
    suppressions: (list: NonNullable<Report['suppressions']>) =>
      list.map((x) => ordered(x, ['check', 'resources', 'tags', 'reason', 'expires', 'state', 'matched'])),
    baseline: (b: NonNullable<Report['baseline']>) => ordered(b, ['file', 'collectedAt', 'new', 'unchanged', 'fixed']),
    summary: (s: Report['summary']) =>
      ordered(s, ['byStatus', 'failBySeverity', 'errorBySeverity', 'suppressed'], {
        byStatus: (b: Report['summary']['byStatus']) => ordered(b, ['fail', 'error', 'pass', 'not_applicable']),
        failBySeverity: (b: Report['summary']['failBySeverity']) => ordered(b, ['critical', 'high', 'medium', 'low', 'info']),
        errorBySeverity: (b: Report['summary']['errorBySeverity']) => ordered(b, ['critical', 'high', 'medium', 'low', 'info']),
      }),
  });
}

/** The report as 2-space indented JSON with a trailing newline. */
export function renderJson(report: Report): string {
  return escapeJsonText(JSON.stringify(toJsonReport(report), null, 2)) + '\n';
}
