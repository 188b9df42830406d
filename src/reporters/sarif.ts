/**
 * SARIF 2.1.0 for GitHub code scanning, shaped as /work/shared/sarif/README.md prescribes for cloud findings:
 * one run, one rule per check, one result per failing (and by default unreadable) finding, each with exactly one
 * physical location on a deterministic pseudo-path built from the resource, the ARN as a logical location, and a
 * fingerprint that depends only on the rule id and the ARN.
 */
import { createHash } from 'node:crypto';
import { severityRank, type CheckMeta, type Finding, type Severity } from '../model.js';
import type { Report } from '../engine/report.js';
import { escapeJsonText, sanitizeMessage, truncate } from './sanitize.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

/** GitHub limits (README "Limits"). */
const MAX_RULE_NAME = 255;
const MAX_DESCRIPTION = 1024;
const MAX_TAGS = 10;
/** GitHub accepts at most this many results per run. */
export const MAX_RESULTS = 25_000;

export interface SarifOptions {
  /** Also report `error` findings (data that could not be read) as results. Default true: unknown is not safe. */
  includeErrors?: boolean;
  /** tool.driver.informationUri. */
  informationUri?: string;
  /**
   * Also report suppressed findings, with SARIF `suppressions`. Default false: GitHub ignores SARIF suppressions and
   * shows such results as open alerts.
   */
  includeSuppressed?: boolean;
  /** Keep at most this many results, the most severe (default {@link MAX_RESULTS}, GitHub's limit per run). */
  maxResults?: number;
}

/** What rendering left out, for the caller to tell the user (the reporter itself prints nothing). */
export interface SarifInfo {
  /** Results written. */
  results: number;
  /** Reportable findings dropped to stay within maxResults (the least severe). */
  dropped: number;
}

export type SarifLevel = 'error' | 'warning' | 'note';

/** `level` and `defaultConfiguration.level`: error for critical/high, warning for medium, note for low/info. */
export const SARIF_LEVEL: Record<Severity, SarifLevel> = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' };

/** GitHub `security-severity`, numeric strings in the middle of GitHub's bands; none for info. */
export const SECURITY_SEVERITY: Record<Severity, string | undefined> = { critical: '9.5', high: '8.0', medium: '5.5', low: '2.0', info: undefined };

/** CodeQL-style `problem.severity`. */
const PROBLEM_SEVERITY: Record<Severity, 'error' | 'warning' | 'recommendation'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'recommendation',
  info: 'recommendation',
};

// ---------------------------------------------------------------------------------------------------------------
// Minimal SARIF types for what we emit.

export interface SarifMessage {
  text: string;
  markdown?: string;
}

export interface SarifRule {
  id: string;
  name: string;
  shortDescription: SarifMessage;
  fullDescription: SarifMessage;
  help: SarifMessage;
  helpUri?: string;
  defaultConfiguration: { level: SarifLevel };
  properties: { 'security-severity'?: string; tags: string[]; precision: 'very-high'; 'problem.severity': string };
}

export interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: [
    {
      physicalLocation: { artifactLocation: { uri: string }; region: { startLine: 1 } };
      logicalLocations: { name: string; fullyQualifiedName: string; kind: 'resource' }[];
    },
  ];
  partialFingerprints: { primaryLocationLineHash: string };
  /** With --baseline: new or unchanged since the baseline report. */
  baselineState?: 'new' | 'unchanged';
  /** Only with includeSuppressed (GitHub still shows these as open alerts). */
  suppressions?: { kind: 'external'; justification: string }[];
  properties: {
    smsecStatus: 'fail' | 'error';
    resourceArn: string;
    resourceType: string;
    region: string;
    accountId: string;
    evidence: Finding['evidence'];
  };
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: [
    {
      tool: { driver: { name: 'smsec'; version: string; semanticVersion?: string; informationUri?: string; rules: SarifRule[] } };
      automationDetails: { id: string };
      results: SarifResult[];
    },
  ];
}

// ---------------------------------------------------------------------------------------------------------------
// Naming helpers.

/** `sagemaker-notebook-no-direct-internet` → `SagemakerNotebookNoDirectInternet`. */
export function pascalCase(id: string): string {
  const name = id
    .split(/[^A-Za-z0-9]+/)
    .filter((p) => p.length > 0)
    .map((p) => p[0]!.toUpperCase() + p.slice(1))
    .join('');
  return name.length > 0 ? name : 'Rule';
}

/** `NotebookInstance` → `notebook-instance`, `DBCluster` → `db-cluster`. */
export function kebabCase(s: string): string {
  return s
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
}

const UNRESERVED = /^[A-Za-z0-9._~-]$/;

/**
 * One path segment: UTF-8 bytes outside [A-Za-z0-9._~-] percent-encoded (upper-case hex), and dots-only segments
 * ("." , "..") fully encoded so no segment can be a relative-path step. Lone surrogates become U+FFFD. Never empty.
 */
export function encodeSegment(value: string): string {
  if (value === '') return '_';
  if (/^\.+$/.test(value)) return '%2E'.repeat(value.length);
  let out = '';
  for (const byte of Buffer.from(value, 'utf8')) {
    const ch = String.fromCharCode(byte);
    out += byte < 0x80 && UNRESERVED.test(ch) ? ch : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** The service part of a resource type (AWS::SageMaker::NotebookInstance → sagemaker), else of the ARN. */
function serviceOf(f: Finding): string {
  const fromType = f.resource.type.split('::')[1];
  if (fromType) return fromType.toLowerCase();
  const fromArn = f.resource.arn.split(':')[2];
  return fromArn ? fromArn.toLowerCase() : 'account';
}

/** The resource id at the end of an ARN (after the last ':' or '/'), when the finding has no name. */
function arnResourceId(arn: string): string {
  const tail = arn.split(':').slice(5).join(':');
  return tail.split('/').pop() ?? '';
}

/** `aws/<accountId>/<region or global>/<service>/<resource-type-kebab>/<name-or-id>`, each segment percent-encoded. */
export function artifactUri(f: Finding): string {
  const typeName = f.resource.type.split('::').pop() ?? '';
  const segments = [
    'aws',
    f.account,
    f.resource.region || 'global',
    serviceOf(f),
    kebabCase(typeName) || 'resource',
    f.resource.name || arnResourceId(f.resource.arn),
  ];
  return segments.map(encodeSegment).join('/');
}

/** First 16 hex chars of sha256("smsec/v1\n" + ruleId + "\n" + arn), plus ":1". Depends on nothing else. */
export function fingerprint(ruleId: string, arn: string): string {
  return `${createHash('sha256').update(`smsec/v1\n${ruleId}\n${arn}`, 'utf8').digest('hex').slice(0, 16)}:1`;
}

// ---------------------------------------------------------------------------------------------------------------
// Rules.

/** A fence longer than any backtick run in `s`. */
function fence(s: string): string {
  const longest = Math.max(0, ...(s.match(/`+/g) ?? []).map((m) => m.length));
  return '`'.repeat(Math.max(3, longest + 1));
}

function inlineCode(s: string): string {
  const longest = Math.max(0, ...(s.match(/`+/g) ?? []).map((m) => m.length));
  const ticks = '`'.repeat(longest + 1);
  return longest > 0 ? `${ticks} ${s} ${ticks}` : `${ticks}${s}${ticks}`;
}

function helpText(m: CheckMeta): string {
  const r = m.remediation;
  const parts = [`${m.title}.`, m.rationale, 'Remediation'];
  if (r.console.length > 0) parts.push(['AWS console:', ...r.console.map((step, i) => `  ${i + 1}. ${step}`)].join('\n'));
  if (r.cli) parts.push(`AWS CLI:\n  ${r.cli}`);
  if (r.cloudformation) parts.push(`CloudFormation: ${r.cloudformation}`);
  if (r.terraform) parts.push(`Terraform: ${r.terraform}`);
  if (m.compliance.length > 0) parts.push(`Compliance: ${m.compliance.map((c) => `${c.framework} ${c.id}`).join('; ')}`);
  if (m.references.length > 0) parts.push(['References:', ...m.references.map((u) => `  - ${u}`)].join('\n'));
  return parts.join('\n\n');
}

function helpMarkdown(m: CheckMeta): string {
  const r = m.remediation;
  const parts = [`**${m.title}.**`, m.rationale, '## Remediation'];
  if (r.console.length > 0) parts.push('### AWS console', r.console.map((step, i) => `${i + 1}. ${step}`).join('\n'));
  if (r.cli) parts.push('### AWS CLI', `${fence(r.cli)}sh\n${r.cli}\n${fence(r.cli)}`);
  if (r.cloudformation) parts.push('### CloudFormation', inlineCode(r.cloudformation));
  if (r.terraform) parts.push('### Terraform', inlineCode(r.terraform));
  if (m.compliance.length > 0) parts.push('## Compliance', m.compliance.map((c) => `- ${c.framework}: ${c.id}`).join('\n'));
  if (m.references.length > 0) parts.push('## References', m.references.map((u) => `- <${u}>`).join('\n'));
  return parts.join('\n\n');
}

function ruleFor(m: CheckMeta): SarifRule {
  const tags = [...new Set(['security', m.service, ...m.compliance.map((c) => c.id)].filter((t) => t.length > 0))].slice(0, MAX_TAGS);
  const securitySeverity = SECURITY_SEVERITY[m.severity];
  return {
    id: m.id,
    name: truncate(pascalCase(m.id), MAX_RULE_NAME),
    shortDescription: { text: truncate(m.title, MAX_DESCRIPTION) },
    fullDescription: { text: truncate(m.rationale || m.title, MAX_DESCRIPTION) },
    help: { text: helpText(m), markdown: helpMarkdown(m) },
    ...(m.references[0] ? { helpUri: m.references[0] } : {}),
    defaultConfiguration: { level: SARIF_LEVEL[m.severity] },
    properties: {
      ...(securitySeverity !== undefined ? { 'security-severity': securitySeverity } : {}),
      tags,
      precision: 'very-high',
      'problem.severity': PROBLEM_SEVERITY[m.severity],
    },
  };
}

/** Stand-in metadata for a finding whose check is missing from report.checks (should not happen; never drop it). */
function placeholderMeta(f: Finding): CheckMeta {
  return {
    id: f.checkId,
    title: f.checkId,
    severity: f.severity,
    service: serviceOf(f),
    resourceType: f.resource.type,
    rationale: '',
    remediation: { console: [] },
    references: [],
    compliance: [],
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Results.

/** The message, then the ARN (which embeds the resource name, so it is sanitized too; properties keep it exact). */
function resultMessage(f: Finding): string {
  const body = f.status === 'error' ? `Could not verify: ${f.message}` : f.message;
  return sanitizeMessage(`${body}${/[.!?]$/.test(body) ? '' : '.'} ARN: ${f.resource.arn}`);
}

function resultFor(f: Finding & { status: 'fail' | 'error' }, ruleIndex: number): SarifResult {
  return {
    ruleId: f.checkId,
    ruleIndex,
    level: SARIF_LEVEL[f.severity],
    message: { text: resultMessage(f) },
    locations: [
      {
        physicalLocation: { artifactLocation: { uri: artifactUri(f) }, region: { startLine: 1 } },
        logicalLocations: [{ name: f.resource.name, fullyQualifiedName: f.resource.arn, kind: 'resource' }],
      },
    ],
    partialFingerprints: { primaryLocationLineHash: fingerprint(f.checkId, f.resource.arn) },
    ...(f.baseline ? { baselineState: f.baseline } : {}),
    ...(f.suppression
      ? { suppressions: [{ kind: 'external' as const, justification: sanitizeMessage(`${f.suppression.reason} (until ${f.suppression.expires})`) }] }
      : {}),
    properties: {
      smsecStatus: f.status,
      resourceArn: f.resource.arn,
      resourceType: f.resource.type,
      region: f.resource.region,
      accountId: f.account,
      evidence: f.evidence,
    },
  };
}

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

/**
 * The reportable findings, at most `max`: when there are more, the most severe are kept (fail before error at equal
 * severity, then report order), in report order.
 */
function mostSevere<T extends Finding>(findings: T[], max: number): T[] {
  if (findings.length <= max) return findings;
  const keep = new Set(
    findings
      .map((f, i) => ({ f, i }))
      .sort((a, b) => severityRank(a.f.severity) - severityRank(b.f.severity) || (a.f.status === b.f.status ? 0 : a.f.status === 'fail' ? -1 : 1) || a.i - b.i)
      .slice(0, Math.max(0, max))
      .map((x) => x.f),
  );
  return findings.filter((f) => keep.has(f));
}

/** The report as a SARIF log object, and what was left out. */
export function toSarifWithInfo(report: Report, options: SarifOptions = {}): { log: SarifLog; info: SarifInfo } {
  const includeErrors = options.includeErrors ?? true;
  const includeSuppressed = options.includeSuppressed ?? false;
  const candidates = report.findings.filter(
    (f): f is Finding & { status: 'fail' | 'error' } =>
      (f.status === 'fail' || (includeErrors && f.status === 'error')) && (includeSuppressed || f.suppression === undefined),
  );
  const reportable = mostSevere(candidates, options.maxResults ?? MAX_RESULTS);

  const metas: CheckMeta[] = [];
  const index = new Map<string, number>();
  const addRule = (m: CheckMeta): void => {
    if (index.has(m.id)) return;
    index.set(m.id, metas.length);
    metas.push(m);
  };
  report.checks.forEach(addRule);
  for (const f of reportable) if (!index.has(f.checkId)) addRule(placeholderMeta(f));

  const version = report.tool.version;
  const log: SarifLog = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'smsec',
            version,
            ...(SEMVER.test(version) ? { semanticVersion: version } : {}),
            ...(options.informationUri ? { informationUri: options.informationUri } : {}),
            rules: metas.map(ruleFor),
          },
        },
        automationDetails: { id: `smsec/aws/${report.account.id}/` },
        results: reportable.map((f) => resultFor(f, index.get(f.checkId)!)),
      },
    ],
  };
  return { log, info: { results: reportable.length, dropped: candidates.length - reportable.length } };
}

/** The report as a SARIF log object. */
export function toSarif(report: Report, options: SarifOptions = {}): SarifLog {
  return toSarifWithInfo(report, options).log;
}

/** The report as SARIF 2.1.0 JSON (2-space indented, trailing newline), and what was left out. */
export function renderSarifWithInfo(report: Report, options: SarifOptions = {}): { text: string; info: SarifInfo } {
  const { log, info } = toSarifWithInfo(report, options);
  return { text: escapeJsonText(JSON.stringify(log, null, 2)) + '\n', info };
}

/** The report as SARIF 2.1.0 JSON (2-space indented, trailing newline). */
export function renderSarif(report: Report, options: SarifOptions = {}): string {
  return renderSarifWithInfo(report, options).text;
}
