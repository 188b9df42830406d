/**
 * The machine-readable report: the Report as pretty-printed JSON, described by schemas/report.schema.json and
 * docs/json-report.md. Keys come out in the order of the Report type, whatever order the objects were built in;
 * keys not known here (a field added to the type later) follow the known ones rather than being dropped.
 */
import type { CheckMeta, Finding } from '../model.js';
import type { Report } from '../engine/report.js';
import { escapeJsonText, sanitizeMessage } from './sanitize.js';

/**
 * A function copying an object with `keys` first, in that order (absent ones skipped), then any other keys in their
 * own order; `map` converts the values of some keys. Made once per object kind (it runs once per finding).
 */
function orderer<T extends object>(keys: readonly (keyof T & string)[], map: Partial<Record<keyof T & string, (v: never) => unknown>> = {}): (obj: T) => Record<string, unknown> {
  const known = new Set<string>(keys);
  const maps = keys.map((k) => map[k] as ((v: unknown) => unknown) | undefined);
  return (obj) => {
    const out: Record<string, unknown> = {};
    const src = obj as Record<string, unknown>;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      const v = src[k];
      if (v === undefined) continue;
      const f = maps[i];
      out[k] = f ? f(v) : v;
    }
    for (const k of Object.keys(src)) {
      if (!(k in out) && !known.has(k)) out[k] = src[k];
    }
    return out;
  };
}

/** A copy of `obj` with `keys` first, in that order (absent ones skipped), then any other keys in their own order. */
function ordered<T extends object>(obj: T, keys: readonly (keyof T & string)[], map: Partial<Record<keyof T & string, (v: never) => unknown>> = {}): Record<string, unknown> {
  return orderer(keys, map)(obj);
}

function check(c: CheckMeta): Record<string, unknown> {
  return ordered(c, ['id', 'title', 'severity', 'service', 'resourceType', 'rationale', 'remediation', 'references', 'compliance'], {
    remediation: (r: CheckMeta['remediation']) => ordered(r, ['console', 'cli', 'cloudformation', 'terraform']),
    compliance: (list: CheckMeta['compliance']) => list.map((x) => ordered(x, ['framework', 'id'])),
  });
}

const finding = orderer<Finding>(['checkId', 'severity', 'account', 'status', 'resource', 'message', 'evidence', 'suppression', 'baseline'], {
  resource: orderer<Finding['resource']>(['arn', 'type', 'region', 'name', 'tags']),
  suppression: orderer<NonNullable<Finding['suppression']>>(['reason', 'expires']),
  // The message is prose shown to people and often embeds resource names: no controls, bidi or zero-width
  // characters in it. Names, ARNs and evidence stay exact (escapeJsonText keeps them safe in the file).
  message: (m: string) => sanitizeMessage(m),
});

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

/** JSON.stringify(value, null, 2) as it reads one level deep in an indented document (undefined where it has no JSON). */
function nested(value: unknown): string | undefined {
  const text = JSON.stringify(value, null, 2) as string | undefined;
  return text?.replaceAll('\n', '\n  ');
}

/**
 * Findings per piece of jsonPieces' output: a few dozen (some 25 KB of text), so that each piece is an ordinary young
 * object that dies in the next scavenge; pieces past V8's large-object size (128 KB) grew the heap by some 30 MB while
 * the report of 200,000 findings was written.
 */
const FINDINGS_PER_CHUNK = 32;
/** How JSON.stringify({ findings: [...] }, null, 2) begins and ends around the list's elements. */
const LIST_HEAD = '{\n  "findings": [';
const LIST_TAIL = '\n  ]\n}';

/**
 * The report as 2-space indented JSON with a trailing newline, in pieces: joined, exactly renderJson's text. The
 * findings are converted and serialised a few hundred at a time, as the pieces are asked for, so a report written to
 * a file never becomes one huge object or string.
 */
export function* jsonPieces(report: Report): Generator<string, void, undefined> {
  // Everything but the findings, in order; the findings are serialised below, in place of the empty list.
  const top = toJsonReport(report.findings ? { ...report, findings: [] } : report);
  let head = '{';
  let first = true;
  for (const [key, value] of Object.entries(top)) {
    const sep = `${first ? '' : ','}\n  ${JSON.stringify(key)}: `;
    if (key === 'findings' && report.findings.length > 0) {
      yield escapeJsonText(`${head}${sep}[`);
      const list = report.findings;
      for (let i = 0; i < list.length; i += FINDINGS_PER_CHUNK) {
        // Serialised inside a { findings: [...] } wrapper, the elements come out indented as in the report; the
        // wrapper's own first and last lines are cut off (a slice, not a copy).
        const text = JSON.stringify({ findings: list.slice(i, i + FINDINGS_PER_CHUNK).map(finding) }, null, 2);
        if (i > 0) yield ',';
        yield escapeJsonText(text.slice(LIST_HEAD.length, text.length - LIST_TAIL.length));
      }
      head = '\n  ]';
      first = false;
      continue;
    }
    const text = nested(value);
    if (text === undefined) continue;
    head += sep + text;
    first = false;
  }
  yield escapeJsonText(first ? '{}\n' : `${head}\n}\n`);
}

/** The report as 2-space indented JSON with a trailing newline. */
export function renderJson(report: Report): string {
  return [...jsonPieces(report)].join('');
}
