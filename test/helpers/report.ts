/**
 * Report fixtures for reporter tests, independent of the real checks: a handful of made-up checks (one per
 * severity), findings of every status, and resource names an attacker controls (terminal escapes, OSC 8
 * hyperlinks, bidi overrides, zero-width characters, newlines, quotes, </script>, dots-only, very long names).
 */
import { REPORT_SCHEMA_VERSION, summarize, type Report } from '../../src/engine/report.js';
import type { CheckMeta, Evidence, Finding, Severity, Status } from '../../src/model.js';

export const ACCOUNT_ID = '111122223333';
export const REGIONS = ['us-east-1', 'eu-west-1'];

/** Hostile strings as they could appear in resource names, tags, evidence or AWS error messages. */
export const HOSTILE = {
  clearScreen: 'nb-\u001b[2J\u001b[H-cleared',
  osc8: 'nb-\u001b]8;;https://evil.example/\u0007click-me\u001b]8;;\u0007',
  bidi: 'nb-\u202eexe.txt\u202c-\u2066iso\u2069',
  zeroWidth: 'nb-zero\u200bwidth\u200d\ufeff',
  c1: 'nb-\u009b31m-csi-\u0085nel-\u007fdel',
  newline: 'nb-line1\n│ FAIL   │ forged-row │ x │ y │ z │\nline3\ttab\r',
  quote: 'nb-"quoted"-</script><script>alert(1)</script>&',
  dots: '..',
  long: `nb-${'x'.repeat(1200)}`,
  pathy: 'team a/b:c?d#e%f',
} as const;

/** The raw control sequences that must never reach any output unescaped. */
export const RAW_PAYLOADS = [
  '\u001b[2J',
  '\u001b]8;;',
  '\u0007',
  '\u202e',
  '\u202c',
  '\u2066',
  '\u2069',
  '\u200b',
  '\u200d',
  '\ufeff',
  '\u009b',
  '\u0085',
  '\u007f',
  '\r',
] as const;

export function makeCheck(id: string, severity: Severity, overrides: Partial<CheckMeta> = {}): CheckMeta {
  return {
    id,
    title: `Test resources satisfy ${id}`,
    severity,
    service: 'sagemaker',
    resourceType: 'AWS::SageMaker::NotebookInstance',
    rationale: `Rationale for ${id}: why the desired state matters.`,
    remediation: {
      console: ['Open the SageMaker console.', 'Change the setting.'],
      cli: `aws sagemaker update-something --name NAME # ${id}`,
      cloudformation: 'AWS::SageMaker::NotebookInstance Property: Value',
      terraform: 'aws_sagemaker_notebook_instance.property = "value"',
    },
    references: [`https://docs.aws.amazon.com/sagemaker/latest/dg/${id}.html`, 'https://docs.aws.amazon.com/sagemaker/latest/dg/security.html'],
    compliance: [{ framework: 'AWS Security Hub', id: 'SageMaker.1' }],
    ...overrides,
  };
}

export function nbArn(name: string, region = 'us-east-1', account = ACCOUNT_ID): string {
  return `arn:aws:sagemaker:${region}:${account}:notebook-instance/${name}`;
}

export function makeFinding(
  check: CheckMeta,
  status: Status,
  name: string,
  options: { region?: string; message?: string; evidence?: Evidence; arn?: string; type?: string } = {},
): Finding {
  const region = options.region ?? 'us-east-1';
  return {
    checkId: check.id,
    severity: check.severity,
    account: ACCOUNT_ID,
    status,
    resource: { arn: options.arn ?? nbArn(name, region), type: options.type ?? check.resourceType, region, name },
    message: options.message ?? `Notebook instance ${name} is ${status}`,
    evidence: options.evidence ?? { Setting: status === 'fail' ? 'Enabled' : 'Disabled' },
  };
}

export function makeReport(checks: CheckMeta[], findings: Finding[], overrides: Partial<Report> = {}): Report {
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'smsec', version: '0.1.0' },
    source: { kind: 'live', collectedAt: '2025-01-02T03:04:05.000Z' },
    account: { id: ACCOUNT_ID, partition: 'aws' },
    regions: [...REGIONS],
    checks,
    findings,
    summary: summarize(findings),
    ...overrides,
  };
}

export const CHECKS = {
  critical: makeCheck('test-critical-check', 'critical', { compliance: [{ framework: 'CIS AWS Foundations', id: '2.1.1' }, { framework: 'AWS Security Hub', id: 'SageMaker.3' }] }),
  high: makeCheck('test-high-check', 'high'),
  medium: makeCheck('test-medium-check', 'medium', { service: 's3', resourceType: 'AWS::S3::Bucket' }),
  low: makeCheck('test-low-check', 'low', { remediation: { console: ['Only a console step.'] }, compliance: [] }),
  info: makeCheck('test-info-check', 'info', { references: [] }),
} satisfies Record<Severity, CheckMeta>;

/**
 * A report with every status and severity, hostile names and an unreadable region. Findings are in the engine's
 * order (severity, check id, status, ARN) as far as the tests rely on it.
 */
export function sampleReport(): Report {
  const c = CHECKS;
  const findings: Finding[] = [
    makeFinding(c.critical, 'fail', 'nb-critical-open', { evidence: { DirectInternetAccess: 'Enabled', SubnetId: null } }),
    makeFinding(c.critical, 'fail', HOSTILE.clearScreen, { message: `Notebook instance ${HOSTILE.clearScreen} is open` }),
    makeFinding(c.critical, 'pass', 'nb-critical-ok'),
    makeFinding(c.high, 'fail', HOSTILE.osc8, { message: `Notebook instance ${HOSTILE.osc8} is open`, evidence: { Tag: HOSTILE.osc8 } }),
    makeFinding(c.high, 'fail', HOSTILE.bidi, { message: `Notebook instance ${HOSTILE.bidi} is open`, evidence: { Names: [HOSTILE.bidi, HOSTILE.zeroWidth] } }),
    makeFinding(c.high, 'error', 'all notebook instances in eu-west-1', {
      region: 'eu-west-1',
      arn: `arn:aws:sagemaker:eu-west-1:${ACCOUNT_ID}:notebook-instance/*`,
      message: `Could not read the notebook instances in eu-west-1: AccessDeniedException on sagemaker:ListNotebookInstances: User: arn:aws:iam::${ACCOUNT_ID}:user/\u001b[2Jmallory is not authorized.`,
      evidence: { errorCode: 'AccessDeniedException', operation: 'sagemaker:ListNotebookInstances' },
    }),
    makeFinding(c.high, 'not_applicable', 'nb-stopped'),
    makeFinding(c.medium, 'fail', HOSTILE.newline, {
      type: 'AWS::S3::Bucket',
      arn: 'arn:aws:s3:::weird-bucket',
      message: `Bucket ${HOSTILE.newline} is public`,
      evidence: { Policy: HOSTILE.newline },
    }),
    makeFinding(c.medium, 'fail', HOSTILE.quote, { type: 'AWS::S3::Bucket', arn: 'arn:aws:s3:::quote-bucket', message: `Bucket ${HOSTILE.quote} is public` }),
    makeFinding(c.medium, 'pass', 'ok-bucket', { type: 'AWS::S3::Bucket', arn: 'arn:aws:s3:::ok-bucket' }),
    makeFinding(c.low, 'fail', HOSTILE.zeroWidth, { message: `Notebook instance ${HOSTILE.zeroWidth} is open` }),
    makeFinding(c.low, 'fail', HOSTILE.c1, { message: `Notebook instance ${HOSTILE.c1} is open` }),
    makeFinding(c.low, 'fail', HOSTILE.dots, { message: 'Notebook instance .. is open' }),
    makeFinding(c.low, 'fail', HOSTILE.long, { message: `Notebook instance ${HOSTILE.long} is open` }),
    makeFinding(c.low, 'fail', HOSTILE.pathy, { message: `Notebook instance ${HOSTILE.pathy} is open` }),
    makeFinding(c.low, 'pass', 'nb-low-ok'),
    makeFinding(c.info, 'fail', 'nb-info'),
    makeFinding(c.info, 'error', ACCOUNT_ID, {
      region: 'global',
      arn: `arn:aws:::${ACCOUNT_ID}`,
      type: 'AWS::::Account',
      message: 'The check failed to run: boom',
      evidence: { errorCode: 'CheckCrashed' },
    }),
    makeFinding(c.info, 'not_applicable', 'nb-info-na'),
  ];
  return makeReport(Object.values(c), findings, { source: { kind: 'snapshot', file: 'demo-account.json', collectedAt: '2024-12-31T23:59:59.000Z' } });
}

/** Nothing failing, nothing unreadable. */
export function cleanReport(): Report {
  const c = CHECKS;
  return makeReport([c.high, c.low], [makeFinding(c.high, 'pass', 'nb-a'), makeFinding(c.low, 'not_applicable', 'nb-b')]);
}

/** No findings at all. */
export function emptyReport(): Report {
  return makeReport([CHECKS.high], []);
}

/**
 * A report as an audit with a config and a baseline produces it: a suppressed failure, a suppressed error, an
 * expired and a stale suppression, tagged resources, findings marked new and unchanged.
 */
export function ciReport(): Report {
  const c = CHECKS;
  const findings: Finding[] = [
    { ...makeFinding(c.critical, 'fail', 'nb-new-critical'), baseline: 'new' },
    {
      ...makeFinding(c.high, 'fail', 'nb-accepted', { message: 'Notebook instance nb-accepted is open' }),
      resource: { arn: nbArn('nb-accepted'), type: c.high.resourceType, region: 'us-east-1', name: 'nb-accepted', tags: { env: 'sandbox', owner: HOSTILE.clearScreen } },
      suppression: { reason: `Sandbox | accepted by \`sec\` <b>team</b> ${HOSTILE.bidi}`, expires: '2030-06-30' },
      baseline: 'unchanged',
    },
    { ...makeFinding(c.high, 'error', 'nb-denied'), suppression: { reason: 'Known AccessDenied in the lab account', expires: '2030-06-30' }, baseline: 'unchanged' },
    { ...makeFinding(c.high, 'fail', 'nb-old'), baseline: 'unchanged' },
    makeFinding(c.high, 'pass', 'nb-ok'),
    makeFinding(c.medium, 'not_applicable', 'bucket-na', { arn: 'arn:aws:s3:::bucket-na', type: 'AWS::S3::Bucket' }),
  ];
  return makeReport([c.critical, c.high, c.medium], findings, {
    suppressions: [
      { check: c.high.id, resources: [nbArn('nb-accepted')], tags: { env: 'sandbox' }, reason: 'Sandbox', expires: '2030-06-30', state: 'active', matched: 1 },
      { check: c.high.id, resources: [nbArn('nb-denied')], reason: 'Known AccessDenied in the lab account', expires: '2030-06-30', state: 'active', matched: 1 },
      { check: 'test-*', resources: [nbArn('nb-old')], reason: 'Was accepted', expires: '2024-01-31', state: 'expired', matched: 1 },
      { check: c.medium.id, resources: ['arn:aws:s3:::gone-*'], reason: `Stale ${HOSTILE.newline}`, expires: '2030-01-01', state: 'stale', matched: 0 },
    ],
    baseline: { file: 'previous.json', collectedAt: '2024-12-01T00:00:00.000Z', new: 1, unchanged: 3, fixed: 2 },
  });
}
