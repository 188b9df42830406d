/** `smsec diff` output: the failing (fail and error) findings that are new, fixed or unchanged between two reports. */
import type { Finding } from '../model.js';
import type { FindingDiff } from '../engine/baseline.js';
import { escapeJsonText, sanitizeMessage, sanitizeText } from './sanitize.js';

/** Where each side of the diff came from. */
export interface DiffSide {
  file: string;
  collectedAt: string;
}

export interface DiffInput {
  old: DiffSide;
  new: DiffSide;
  account: string;
  diff: FindingDiff;
}

const LABEL = { fail: 'FAIL', error: 'ERROR', pass: 'PASS', not_applicable: 'N/A' } as const;

function line(f: Finding): string {
  const suppressed = f.suppression ? ` [suppressed until ${f.suppression.expires}]` : '';
  return `  ${LABEL[f.status].padEnd(5)} ${f.severity.padEnd(8)} ${sanitizeText(f.checkId, 80)}  ${sanitizeText(f.resource.arn, 300)}\n        ${sanitizeText(f.message)}${sanitizeText(suppressed)}`;
}

function section(title: string, findings: Finding[]): string[] {
  return [`${title} (${findings.length})`, ...(findings.length > 0 ? findings.map(line) : ['  (none)']), ''];
}

/** Plain text (no colour): one section per kind, then a summary line. Pure. */
export function renderDiffText(input: DiffInput): string {
  const { diff } = input;
  const out = [
    `smsec diff — account ${sanitizeText(input.account)}`,
    `old: ${sanitizeText(input.old.file)} (collected ${sanitizeText(input.old.collectedAt)})`,
    `new: ${sanitizeText(input.new.file)} (collected ${sanitizeText(input.new.collectedAt)})`,
    '',
    ...section('New failing findings', diff.new),
    ...section('Fixed', diff.fixed),
    ...section('Unchanged failing findings', diff.unchanged),
    `${diff.new.length} new, ${diff.fixed.length} fixed, ${diff.unchanged.length} unchanged`,
  ];
  return `${out.join('\n')}\n`;
}

function jsonFinding(f: Finding): Record<string, unknown> {
  return {
    checkId: f.checkId,
    severity: f.severity,
    status: f.status,
    resource: f.resource,
    message: sanitizeMessage(f.message),
    ...(f.suppression ? { suppression: f.suppression } : {}),
  };
}

/** JSON: { old, new, account, summary: { new, fixed, unchanged }, new, fixed, unchanged }. Pure. */
export function renderDiffJson(input: DiffInput): string {
  const { diff } = input;
  const doc = {
    account: input.account,
    old: input.old,
    new: input.new,
    summary: { new: diff.new.length, fixed: diff.fixed.length, unchanged: diff.unchanged.length },
    findings: { new: diff.new.map(jsonFinding), fixed: diff.fixed.map(jsonFinding), unchanged: diff.unchanged.map(jsonFinding) },
  };
  return `${escapeJsonText(JSON.stringify(doc, null, 2))}\n`;
}
