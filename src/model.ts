/** Core vocabulary shared by the engine, the checks and the reporters. */
import { TwoGenerationMap } from './generations.js';

/** Check severities, most severe first. */
export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Outcome of evaluating one check against one resource. */
export const STATUSES = ['fail', 'error', 'pass', 'not_applicable'] as const;
export type Status = (typeof STATUSES)[number];

/** Rank of a severity: 0 = critical … 4 = info (lower is more severe). */
export function severityRank(s: Severity): number {
  return SEVERITIES.indexOf(s);
}

/** True when `s` is at least as severe as `threshold`. */
export function atLeast(s: Severity, threshold: Severity): boolean {
  return severityRank(s) <= severityRank(threshold);
}

export function isSeverity(v: string): v is Severity {
  return (SEVERITIES as readonly string[]).includes(v);
}

/** Why a piece of data could not be read. */
export interface CollectionError {
  /** AWS error name (AccessDeniedException, ThrottlingException …) or an smsec code (NotRecorded). */
  code: string;
  message: string;
  /** Which request failed, e.g. "sagemaker:DescribeNotebookInstance". */
  operation?: string;
}

/** A value that was read, or the error that prevented reading it. A failed call is never an empty list. */
export type Collected<T> = { ok: true; value: T } | { ok: false; error: CollectionError };

export function ok<T>(value: T): Collected<T> {
  return { ok: true, value };
}

export function failed<T = never>(error: CollectionError): Collected<T> {
  return { ok: false, error };
}

/** The resource a finding is about. */
export interface ResourceRef {
  arn: string;
  /** CloudFormation-style type, e.g. AWS::SageMaker::NotebookInstance. */
  type: string;
  /** Region, or "global" for account-wide resources. */
  region: string;
  /** Short human name (resource name or id). */
  name: string;
  /**
   * The resource's tags, when its collector read them (untrusted account data). Absent means "not collected", not
   * "no tags": a tag-scoped suppression only matches resources whose tags were collected.
   */
  tags?: Record<string, string>;
}

/** Field values that decided a finding. Values are data read from the account (untrusted). */
export type Evidence = Record<string, string | number | boolean | null | string[]>;

/** The one empty list kept lists share (V8 gives every empty array a header of its own). Frozen: never add to it. */
const NO_STRINGS: string[] = Object.freeze([]) as unknown as string[];

/** Short lists are shared when equal (the same instance types, subnets, settings scanned … for thousands of jobs). */
const MAX_SHARED_ITEMS = 8;
const MAX_SHARED_ITEM_LENGTH = 256;
/** Distinct lists per generation of the sharing table: at most two generations are kept, whatever the account. */
const LIST_GENERATION = 20_000;
const keptLists = new TwoGenerationMap<string[]>(LIST_GENERATION);

/**
 * A list as it is kept for the rest of the run (findings' evidence, references): a frozen exact-size list, shared with
 * every equal short list kept before, or the shared empty list. Lists built by push or filter keep spare room (17
 * slots, 152 bytes, for one item) and each list has a header of its own, which 200,000 findings and 40,000 training
 * jobs' references feel. Frozen: a kept list is never changed.
 */
export function keptList(list: readonly string[]): string[] {
  if (list.length === 0) return NO_STRINGS;
  if (list.length > MAX_SHARED_ITEMS) return Object.freeze(list.slice()) as string[];
  let key = '';
  for (const item of list) {
    if (item.length > MAX_SHARED_ITEM_LENGTH) return Object.freeze(list.slice()) as string[];
    key += `${item.length}:${item}`;
  }
  const known = keptLists.get(key);
  if (known) return known;
  const kept = Object.freeze(list.slice()) as string[];
  keptLists.set(key, kept);
  return kept;
}

/** What a check returns for one resource; the engine adds the check id, severity and account. */
export interface FindingDraft {
  status: Status;
  resource: ResourceRef;
  message: string;
  evidence?: Evidence;
}

/** The configured suppression that applies to a finding (see src/engine/suppress.ts). */
export interface FindingSuppression {
  reason: string;
  /** Last day the suppression applies, YYYY-MM-DD. */
  expires: string;
}

/** A finding as reported. */
export interface Finding extends FindingDraft {
  checkId: string;
  severity: Severity;
  account: string;
  evidence: Evidence;
  /** Set when an active suppression matched this (fail or error) finding: it keeps its status but does not gate. */
  suppression?: FindingSuppression;
  /** With --baseline, on fail and error findings: whether the baseline already had a fail/error for (checkId, ARN). */
  baseline?: 'new' | 'unchanged';
}

/** How to fix a failing resource. */
export interface Remediation {
  /** Console steps, in order. */
  console: string[];
  /** AWS CLI command(s). */
  cli?: string;
  /** CloudFormation property that sets the desired state, e.g. AWS::SageMaker::NotebookInstance.DirectInternetAccess. */
  cloudformation?: string;
  /** Terraform argument that sets the desired state, e.g. aws_sagemaker_notebook_instance.direct_internet_access. */
  terraform?: string;
}

export interface ComplianceRef {
  framework: string;
  id: string;
}

/** A check's documentation. Docs and SARIF rules are generated from it. */
export interface CheckMeta {
  /** kebab-case, service prefix, names the desired state; equals the file name. */
  id: string;
  /** The desired state, as a sentence fragment. */
  title: string;
  severity: Severity;
  service: string;
  resourceType: string;
  rationale: string;
  remediation: Remediation;
  references: string[];
  compliance: ComplianceRef[];
}
