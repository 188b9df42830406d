/**
 * JUnit XML for CI test-report views (GitLab `artifacts:reports:junit`, Jenkins, Azure DevOps …): one test suite
 * per check, one test case per (check, resource) — classname = check id, name = resource ARN. A failing finding is a
 * <failure>, an unreadable one an <error>, a not-applicable or suppressed one <skipped>; a pass is a plain test case.
 * Every untrusted value is sanitized (visible escapes for controls), XML-escaped, and stripped of characters XML 1.0
 * forbids.
 */
import type { CheckMeta, Evidence, Finding } from '../model.js';
import type { Report } from '../engine/report.js';
import { xmlText } from './sanitize.js';

interface Counts {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
}

type Outcome = 'pass' | 'failure' | 'error' | 'skipped';

function outcome(f: Finding): Outcome {
  if (f.suppression) return 'skipped';
  switch (f.status) {
    case 'fail':
      return 'failure';
    case 'error':
      return 'error';
    case 'not_applicable':
      return 'skipped';
    case 'pass':
      return 'pass';
  }
}

function count(findings: Finding[]): Counts {
  const c: Counts = { tests: findings.length, failures: 0, errors: 0, skipped: 0 };
  for (const f of findings) {
    const o = outcome(f);
    if (o === 'failure') c.failures++;
    else if (o === 'error') c.errors++;
    else if (o === 'skipped') c.skipped++;
  }
  return c;
}

function attrs(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? String(v) : xmlText(v)}"`)
    .join('');
}

function evidenceLines(e: Evidence): string[] {
  return Object.entries(e).map(([k, v]) => `  ${k}: ${JSON.stringify(v)}`);
}

/** The body of a <failure> or <error>: what, where, why, how to learn more. */
function details(f: Finding): string {
  const lines = [
    f.message,
    '',
    `Check:    ${f.checkId} (severity ${f.severity})`,
    `Resource: ${f.resource.arn}`,
    `Type:     ${f.resource.type}`,
    `Region:   ${f.resource.region}`,
    `Account:  ${f.account}`,
  ];
  if (f.baseline) lines.push(`Baseline: ${f.baseline}`);
  const ev = evidenceLines(f.evidence);
  if (ev.length > 0) lines.push('Evidence:', ...ev);
  lines.push('', `Remediation: smsec explain ${f.checkId}`);
  // Each line is sanitized on its own (a newline inside a value becomes a visible "\n"); ours stay real newlines.
  return lines.map(xmlText).join('\n');
}

function testcase(f: Finding): string {
  const head = `    <testcase${attrs({ classname: f.checkId, name: f.resource.arn, time: 0 })}`;
  switch (outcome(f)) {
    case 'pass':
      return `${head}/>`;
    case 'skipped': {
      const why = f.suppression
        ? `suppressed until ${f.suppression.expires}: ${f.suppression.reason} (${f.status}: ${f.message})`
        : `not applicable: ${f.message}`;
      return `${head}>\n      <skipped${attrs({ message: why })}/>\n    </testcase>`;
    }
    case 'failure':
    case 'error': {
      const tag = outcome(f);
      const message = f.status === 'error' ? `Could not verify: ${f.message}` : f.message;
      return `${head}>\n      <${tag}${attrs({ message, type: f.severity })}>${details(f)}</${tag}>\n    </testcase>`;
    }
  }
}

function suite(check: CheckMeta, findings: Finding[], timestamp: string): string {
  const c = count(findings);
  const open = `  <testsuite${attrs({ name: check.id, tests: c.tests, failures: c.failures, errors: c.errors, skipped: c.skipped, time: 0, timestamp })}`;
  if (findings.length === 0) return `${open}/>`;
  return [`${open}>`, ...findings.map(testcase), '  </testsuite>'].join('\n');
}

/** The report as a JUnit XML document (UTF-8, trailing newline). Pure. */
export function renderJunit(report: Report): string {
  const byCheck = new Map<string, Finding[]>();
  const checks: CheckMeta[] = [];
  const add = (m: CheckMeta): void => {
    if (byCheck.has(m.id)) return;
    byCheck.set(m.id, []);
    checks.push(m);
  };
  report.checks.forEach(add);
  for (const f of report.findings) {
    if (!byCheck.has(f.checkId)) add({ id: f.checkId } as CheckMeta);
    byCheck.get(f.checkId)!.push(f);
  }
  // JUnit timestamps have no zone designator; collectedAt is UTC.
  const timestamp = report.source.collectedAt.replace(/(\.\d+)?Z$/, '');
  const total = count(report.findings);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attrs({ name: `smsec ${report.account.id}`, tests: total.tests, failures: total.failures, errors: total.errors, skipped: total.skipped, time: 0 })}>`,
    ...checks.map((m) => suite(m, byCheck.get(m.id)!, timestamp)),
    '</testsuites>',
    '',
  ].join('\n');
}
