import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  artifactUri,
  encodeSegment,
  fingerprint,
  kebabCase,
  pascalCase,
  renderSarif,
  toSarif,
  type SarifLog,
  type SarifResult,
} from '../../src/reporters/sarif.js';
import type { Finding } from '../../src/model.js';
import { sanitizeMessage } from '../../src/reporters/sanitize.js';
import { githubRules } from '../helpers/sarif-rules.js';
import { codeqlSchema, fixture, json, officialSchema, schemaErrors } from '../helpers/sarif-schema.js';
import { ACCOUNT_ID, CHECKS, HOSTILE, emptyReport, makeCheck, makeFinding, makeReport, nbArn, sampleReport } from '../helpers/report.js';

function run(log: SarifLog) {
  return log.runs[0];
}

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');

describe('fixtures', () => {
  it('are the files the shared README lists (hashes match)', () => {
    expect(sha256(fixture('sarif-schema-2.1.0.json'))).toBe('c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e');
    expect(sha256(fixture('github-codeql-action-sarif-schema-2.1.0.json'))).toBe('46d4203e43b978a433943881354db1e40e81437d4b46c00f05016110c6b14693');
  });

  it('the positive example passes both schemas and the GitHub rules', () => {
    const doc = json('cloud-finding.sarif');
    expect(schemaErrors(officialSchema, doc)).toEqual([]);
    expect(schemaErrors(codeqlSchema, doc)).toEqual([]);
    expect(githubRules(doc)).toEqual([]);
  });

  it('the example fingerprint is the documented hash of rule id and ARN', () => {
    const doc = json('cloud-finding.sarif') as SarifLog;
    const result = run(doc).results[0]!;
    expect(fingerprint(result.ruleId, result.properties.resourceArn)).toBe(result.partialFingerprints.primaryLocationLineHash);
  });

  // What the shared README's table says about each negative example: whether the official schema accepts it, and
  // what makes GitHub reject it (every one is rejected by the schema, by githubRules, or by both).
  const negatives: { file: string; schemaValid: boolean; github: RegExp | null }[] = [
    { file: 'arn-as-uri.sarif', schemaValid: true, github: /has a scheme/ },
    { file: 'console-url-as-uri.sarif', schemaValid: true, github: /has a scheme/ },
    { file: 'no-locations.sarif', schemaValid: true, github: /expected at least one location/ },
    { file: 'empty-locations.sarif', schemaValid: true, github: /expected at least one location/ },
    { file: 'logical-only.sarif', schemaValid: true, github: /expected a physical location/ },
    { file: 'severity-not-number.sarif', schemaValid: true, github: /security-severity "high" is not a numeric string/ },
    { file: 'no-results-array.sarif', schemaValid: true, github: /Missing 'results' array/ },
    { file: 'region-no-startLine.sarif', schemaValid: false, github: /region\.startLine missing/ },
    { file: 'space-in-uri.sarif', schemaValid: false, github: /contains whitespace/ },
  ];

  it('the table covers every negative example', () => {
    const files = readdirSync(new URL('../fixtures/sarif/negative/', import.meta.url)).filter((f) => f.endsWith('.sarif'));
    expect(negatives.map((n) => n.file).sort()).toEqual(files.sort());
  });

  it.each(negatives)('negative/$file is rejected', ({ file, schemaValid, github }) => {
    const doc = json(`negative/${file}`);
    const schema = schemaErrors(officialSchema, doc);
    const rules = githubRules(doc);
    expect(schema.length === 0, `official schema: ${schema.join('; ')}`).toBe(schemaValid);
    if (github) expect(rules.join('\n')).toMatch(github);
    expect(schema.length + rules.length).toBeGreaterThan(0);
  });
});

describe('renderSarif', () => {
  const report = sampleReport();
  const text = renderSarif(report);
  const log = JSON.parse(text) as SarifLog;

  it('passes the official schema, the codeql-action schema and the GitHub rules', () => {
    expect(schemaErrors(officialSchema, log)).toEqual([]);
    expect(schemaErrors(codeqlSchema, log)).toEqual([]);
    expect(githubRules(log)).toEqual([]);
  });

  it('is SARIF 2.1.0 with one run, $schema and automationDetails', () => {
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(run(log).automationDetails.id).toBe(`smsec/aws/${ACCOUNT_ID}/`);
    expect(run(log).tool.driver).toMatchObject({ name: 'smsec', version: '0.1.0' });
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('has one rule per check that ran, with the documented fields', () => {
    const rules = run(log).tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual(report.checks.map((c) => c.id));
    const critical = rules[0]!;
    expect(critical).toMatchObject({
      id: 'test-critical-check',
      name: 'TestCriticalCheck',
      shortDescription: { text: CHECKS.critical.title },
      fullDescription: { text: CHECKS.critical.rationale },
      helpUri: CHECKS.critical.references[0],
      defaultConfiguration: { level: 'error' },
      properties: {
        'security-severity': '9.5',
        tags: ['security', 'sagemaker', '2.1.1', 'SageMaker.3'],
        precision: 'very-high',
        'problem.severity': 'error',
      },
    });
    for (const part of ['Open the SageMaker console.', 'aws sagemaker update-something', 'CloudFormation', 'Terraform', CHECKS.critical.references[1]!]) {
      expect(critical.help.text).toContain(part);
      expect(critical.help.markdown).toContain(part);
    }
    expect(critical.help.markdown).toContain('```sh\naws sagemaker update-something');
  });

  it('maps severities to level and security-severity (none for info)', () => {
    const byId = Object.fromEntries(run(log).tool.driver.rules.map((r) => [r.id, r]));
    const expected = [
      [CHECKS.critical, 'error', '9.5', 'error'],
      [CHECKS.high, 'error', '8.0', 'error'],
      [CHECKS.medium, 'warning', '5.5', 'warning'],
      [CHECKS.low, 'note', '2.0', 'recommendation'],
      [CHECKS.info, 'note', undefined, 'recommendation'],
    ] as const;
    for (const [check, level, sev, problem] of expected) {
      const rule = byId[check.id]!;
      expect(rule.defaultConfiguration.level).toBe(level);
      expect(rule.properties['security-severity']).toBe(sev);
      expect(rule.properties['problem.severity']).toBe(problem);
      expect('security-severity' in rule.properties).toBe(sev !== undefined);
    }
    // info check without references: no helpUri.
    expect(byId[CHECKS.info.id]!.helpUri).toBeUndefined();
  });

  it('reports fail and error findings, never pass or not_applicable', () => {
    const results = run(log).results;
    const reportable = report.findings.filter((f) => f.status === 'fail' || f.status === 'error');
    expect(results).toHaveLength(reportable.length);
    expect(results.map((r) => r.properties.smsecStatus)).toEqual(reportable.map((f) => f.status));
    expect(results.map((r) => r.properties.resourceArn)).not.toContain(nbArn('nb-critical-ok'));
    expect(text).not.toContain('nb-stopped');
  });

  it('an error finding is a result saying "Could not verify:" at the rule level', () => {
    const errors = run(log).results.filter((r) => r.properties.smsecStatus === 'error');
    expect(errors).toHaveLength(2);
    for (const r of errors) {
      expect(r.message.text).toMatch(/^Could not verify: /);
      expect(r.level).toBe(run(log).tool.driver.rules[r.ruleIndex]!.defaultConfiguration.level);
    }
  });

  it('includeErrors: false leaves error findings out', () => {
    const without = toSarif(report, { includeErrors: false });
    expect(run(without).results.every((r) => r.properties.smsecStatus === 'fail')).toBe(true);
    expect(run(without).results).toHaveLength(report.summary.byStatus.fail);
  });

  it('each result points at its rule and resource', () => {
    const rules = run(log).tool.driver.rules;
    const first = run(log).results[0]!;
    const f = report.findings[0]!;
    expect(rules[first.ruleIndex]!.id).toBe(first.ruleId);
    expect(first).toEqual<SarifResult>({
      ruleId: 'test-critical-check',
      ruleIndex: 0,
      level: 'error',
      message: { text: `Notebook instance nb-critical-open is fail. ARN: ${f.resource.arn}` },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: `aws/${ACCOUNT_ID}/us-east-1/sagemaker/notebook-instance/nb-critical-open` },
            region: { startLine: 1 },
          },
          logicalLocations: [{ name: 'nb-critical-open', fullyQualifiedName: f.resource.arn, kind: 'resource' }],
        },
      ],
      partialFingerprints: { primaryLocationLineHash: fingerprint('test-critical-check', f.resource.arn) },
      properties: {
        smsecStatus: 'fail',
        resourceArn: f.resource.arn,
        resourceType: 'AWS::SageMaker::NotebookInstance',
        region: 'us-east-1',
        accountId: ACCOUNT_ID,
        evidence: { DirectInternetAccess: 'Enabled', SubnetId: null },
      },
    });
    for (const r of run(log).results) {
      // The ARN embeds the (untrusted) name: the message carries it sanitized, the properties exact.
      expect(r.message.text).toContain(`ARN: ${sanitizeMessage(r.properties.resourceArn)}`);
      expect(r.locations).toHaveLength(1);
    }
  });

  it('builds safe pseudo-paths from hostile names', () => {
    const uris = run(log).results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri);
    for (const uri of uris) {
      expect(uri).toMatch(/^aws\/111122223333\/(us-east-1|eu-west-1|global)\/[a-z0-9]+\/[a-z0-9-]+\/(?:[A-Za-z0-9._~-]|%[0-9A-F]{2})+$/);
      expect(uri.split('/')).toHaveLength(6);
    }
    expect(uris).toContain(`aws/${ACCOUNT_ID}/us-east-1/sagemaker/notebook-instance/%2E%2E`);
    expect(uris).toContain(`aws/${ACCOUNT_ID}/us-east-1/sagemaker/notebook-instance/team%20a%2Fb%3Ac%3Fd%23e%25f`);
    expect(uris).toContain(`aws/${ACCOUNT_ID}/us-east-1/s3/bucket/nb-%22quoted%22-%3C%2Fscript%3E%3Cscript%3Ealert%281%29%3C%2Fscript%3E%26`);
    expect(uris).toContain(`aws/${ACCOUNT_ID}/eu-west-1/sagemaker/notebook-instance/all%20notebook%20instances%20in%20eu-west-1`);
    expect(uris).toContain(`aws/${ACCOUNT_ID}/global/account/account/${ACCOUNT_ID}`);
  });

  it('gives an empty report a run with results: []', () => {
    const out = renderSarif(emptyReport());
    const empty = JSON.parse(out) as SarifLog;
    expect(run(empty).results).toEqual([]);
    expect(out).toContain('"results": []');
    expect(run(empty).tool.driver.rules.map((r) => r.id)).toEqual([CHECKS.high.id]);
    expect(schemaErrors(officialSchema, empty)).toEqual([]);
    expect(githubRules(empty)).toEqual([]);
  });

  it('a report with only passes still has results: []', () => {
    const r = makeReport([CHECKS.high], [makeFinding(CHECKS.high, 'pass', 'nb-ok')]);
    expect(run(toSarif(r)).results).toEqual([]);
  });

  it('never drops a finding whose check is missing from report.checks', () => {
    const orphan = makeCheck('orphan-check', 'medium');
    const r = makeReport([CHECKS.high], [makeFinding(orphan, 'fail', 'nb-x')]);
    const out = toSarif(r);
    expect(run(out).tool.driver.rules.map((x) => x.id)).toEqual([CHECKS.high.id, 'orphan-check']);
    expect(run(out).results[0]).toMatchObject({ ruleId: 'orphan-check', ruleIndex: 1, level: 'warning' });
    expect(githubRules(out)).toEqual([]);
    expect(schemaErrors(officialSchema, out)).toEqual([]);
  });

  it('respects GitHub limits on rule name, descriptions and tags', () => {
    const long = makeCheck(`very-${'long-'.repeat(80)}id`, 'high', {
      title: 't'.repeat(3000),
      rationale: 'r'.repeat(3000),
      compliance: Array.from({ length: 15 }, (_, i) => ({ framework: 'F', id: `C.${i}` })),
    });
    const out = toSarif(makeReport([long], [makeFinding(long, 'fail', 'nb')]));
    const rule = run(out).tool.driver.rules[0]!;
    expect(rule.name.length).toBeLessThanOrEqual(255);
    expect(rule.shortDescription.text.length).toBeLessThanOrEqual(1024);
    expect(rule.fullDescription.text.length).toBeLessThanOrEqual(1024);
    expect(rule.shortDescription.text.endsWith('…')).toBe(true);
    expect(rule.properties.tags).toHaveLength(10);
    expect(githubRules(out)).toEqual([]);
    expect(schemaErrors(officialSchema, out)).toEqual([]);
  });
});

describe('fingerprints', () => {
  const hashes = (log: SarifLog): Record<string, string> =>
    Object.fromEntries(run(log).results.map((r) => [`${r.ruleId} ${r.properties.resourceArn}`, r.partialFingerprints.primaryLocationLineHash]));

  it('have the documented shape', () => {
    for (const h of Object.values(hashes(toSarif(sampleReport())))) expect(h).toMatch(/^[0-9a-f]{16}:1$/);
    expect(fingerprint('r', 'arn:aws:x')).toBe(`${sha256('smsec/v1\nr\narn:aws:x').slice(0, 16)}:1`);
  });

  it('are stable across runs', () => {
    expect(renderSarif(sampleReport())).toBe(renderSarif(sampleReport()));
  });

  it('do not depend on message text, tool version, order or collection time', () => {
    const base = sampleReport();
    const changed = sampleReport();
    changed.tool.version = '9.9.9';
    changed.source = { kind: 'live', collectedAt: '2030-01-01T00:00:00.000Z' };
    changed.findings = changed.findings.map((f): Finding => ({ ...f, message: `${f.message} (reworded)`, evidence: { other: 1 } })).reverse();
    changed.checks = [...changed.checks].reverse();
    expect(hashes(toSarif(changed))).toEqual(hashes(toSarif(base)));
  });

  it('differ per ARN and per rule', () => {
    const a = fingerprint('rule-a', nbArn('x'));
    expect(fingerprint('rule-a', nbArn('y'))).not.toBe(a);
    expect(fingerprint('rule-b', nbArn('x'))).not.toBe(a);
    expect(fingerprint('rule-a', nbArn('x', 'eu-west-1'))).not.toBe(a);
    const all = Object.values(hashes(toSarif(sampleReport())));
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('naming helpers', () => {
  it('pascalCase', () => {
    expect(pascalCase('sagemaker-notebook-no-direct-internet')).toBe('SagemakerNotebookNoDirectInternet');
    expect(pascalCase('s3-bucket-tls-only')).toBe('S3BucketTlsOnly');
    expect(pascalCase('---')).toBe('Rule');
  });

  it('kebabCase', () => {
    expect(kebabCase('NotebookInstance')).toBe('notebook-instance');
    expect(kebabCase('EndpointConfig')).toBe('endpoint-config');
    expect(kebabCase('DBCluster')).toBe('db-cluster');
    expect(kebabCase('Bucket')).toBe('bucket');
  });

  it('encodeSegment', () => {
    expect(encodeSegment('ml-research_nb.1~x')).toBe('ml-research_nb.1~x');
    expect(encodeSegment('a b:c/d')).toBe('a%20b%3Ac%2Fd');
    expect(encodeSegment('.')).toBe('%2E');
    expect(encodeSegment('..')).toBe('%2E%2E');
    expect(encodeSegment('...')).toBe('%2E%2E%2E');
    expect(encodeSegment('..a')).toBe('..a');
    expect(encodeSegment('')).toBe('_');
    expect(encodeSegment("!'()*")).toBe('%21%27%28%29%2A');
    expect(encodeSegment('é\u202e')).toBe('%C3%A9%E2%80%AE');
    expect(encodeSegment('\ud800')).toBe('%EF%BF%BD');
  });

  it('artifactUri falls back to the ARN id when the name is empty', () => {
    const f = makeFinding(CHECKS.high, 'fail', '', { arn: nbArn('from-arn') });
    expect(artifactUri(f)).toBe(`aws/${ACCOUNT_ID}/us-east-1/sagemaker/notebook-instance/from-arn`);
    const g = makeFinding(CHECKS.high, 'fail', HOSTILE.clearScreen, { region: '' });
    expect(artifactUri(g)).toBe(`aws/${ACCOUNT_ID}/global/sagemaker/notebook-instance/nb-%1B%5B2J%1B%5BH-cleared`);
  });
});
