/** Runs checks over a collected inventory. Each check sees only what it requires; a throwing check becomes an error finding. */
import { STATUSES, keptList, severityRank, type Evidence, type Finding, type FindingDraft } from '../model.js';
import type { AnyCheck } from '../check-api/check.js';
import { TwoGenerationMap } from '../generations.js';
import type { AccountContext, Inventory, RequirementKey } from '../inventory/types.js';

/** A view of the inventory that throws when a check reads a key it did not declare. */
export function restrictInventory(inventory: Partial<Inventory>, allowed: readonly RequirementKey[], checkId: string): Partial<Inventory> {
  return new Proxy(inventory, {
    get(target, prop, receiver) {
      if (typeof prop === 'string' && !allowed.includes(prop as RequirementKey)) {
        throw new Error(`check ${checkId} read inventory key "${prop}" without declaring it in requires`);
      }
      return Reflect.get(target, prop, receiver) as unknown;
    },
  });
}

/**
 * Most items of one evidence list kept in a finding. Lists such as "the 40,000 training jobs that use this key" are
 * cut to their first items plus a `<key>Total` count: reports stay readable and their size stays proportional to the
 * number of findings, not to findings × resources.
 */
export const MAX_EVIDENCE_ITEMS = 20;

/** Evidence whose JSON is longer than this is not shared (it names things of its own resource anyway). */
const MAX_SHARED_EVIDENCE = 512;
/** Distinct evidence objects per generation of the sharing table: at most two generations are kept. */
const EVIDENCE_GENERATION = 20_000;
const keptEvidence = new TwoGenerationMap<Evidence>(EVIDENCE_GENERATION);

/**
 * The evidence as a finding keeps it: every list longer than MAX_EVIDENCE_ITEMS cut to its first items and its length
 * noted, shorter ones kept by keptList, in a frozen object built field by field, and shared with every equal evidence
 * kept before (thousands of jobs have the same settings). Checks build evidence with spreads (`{ ...evidence, field }`),
 * and in V8 each object made that way gets a hidden class of its own, a few hundred bytes that 200,000 findings feel.
 */
export function capEvidence(evidence: Evidence): Evidence {
  const out: Evidence = {};
  let totals: [string, number][] | undefined;
  // JSON tells equal evidence apart except for numbers it cannot write (NaN, ±Infinity become null, -0 becomes 0).
  let shareable = true;
  for (const key of Object.keys(evidence)) {
    let value = evidence[key];
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length > MAX_EVIDENCE_ITEMS) {
        (totals ??= []).push([`${key}Total`, value.length]);
        value = value.slice(0, MAX_EVIDENCE_ITEMS);
      } else {
        value = keptList(value);
      }
    } else if (typeof value === 'number' && (!Number.isFinite(value) || Object.is(value, -0))) {
      shareable = false;
    }
    setField(out, key, value);
  }
  for (const [key, n] of totals ?? []) setField(out, key, n);
  Object.freeze(out);
  if (!shareable) return out;
  const json = JSON.stringify(out);
  if (json.length > MAX_SHARED_EVIDENCE) return out;
  const known = keptEvidence.get(json);
  if (known) return known;
  keptEvidence.set(json, out);
  return out;
}

/** obj[key] = value, as an own field even for "__proto__". */
function setField(obj: Evidence, key: string, value: Evidence[string]): void {
  if (key === '__proto__') Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}

/**
 * The same text as one flat string. Messages are built by concatenation, which V8 keeps as a tree of pieces (a
 * "cons string", 32 bytes a piece); reading a character makes V8 flatten it, and the garbage collector then keeps only
 * the flat copy: about half the memory of 200,000 messages.
 */
function flat(text: string): string {
  text.charCodeAt(0);
  return text;
}

/** A check's finding as reports hold it: with the check's id and severity, the account, and capped evidence. */
export function completeFinding(check: AnyCheck, account: AccountContext, d: FindingDraft): Finding {
  return {
    checkId: check.meta.id,
    severity: check.meta.severity,
    account: account.accountId,
    status: d.status,
    resource: d.resource,
    message: flat(d.message),
    evidence: capEvidence(d.evidence ?? {}),
  };
}

/** The one finding of a check that threw: an `error` on the account, naming what went wrong. */
export function crashFinding(check: AnyCheck, account: AccountContext, err: unknown): Finding {
  return completeFinding(check, account, {
    status: 'error',
    resource: { arn: `arn:${account.partition}:iam::${account.accountId}:root`, type: 'AWS::IAM::Account', region: 'global', name: account.accountId },
    message: `The check failed to run: ${err instanceof Error ? err.message : String(err)}`,
    evidence: { errorCode: 'CheckCrashed' },
  });
}

async function evaluateOne(check: AnyCheck, inventory: Partial<Inventory>, account: AccountContext): Promise<Finding[]> {
  try {
    const view = restrictInventory(inventory, check.requires, check.meta.id);
    return (await check.evaluate({ inventory: view, account })).map((d) => completeFinding(check, account, d));
  } catch (err) {
    return [crashFinding(check, account, err)];
  }
}

/** Deterministic order: severity, then check id, then status (fail, error, pass, n/a), then resource ARN. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank(a.severity) - severityRank(b.severity) ||
    (a.checkId < b.checkId ? -1 : a.checkId > b.checkId ? 1 : 0) ||
    STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status) ||
    (a.resource.arn < b.resource.arn ? -1 : a.resource.arn > b.resource.arn ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

/**
 * Evaluates all checks concurrently (they are pure and independent) and returns their findings, with `also` (findings
 * of checks evaluated earlier, as their items were read), in a stable order.
 */
export async function evaluateChecks(checks: AnyCheck[], inventory: Partial<Inventory>, account: AccountContext, also: Finding[] = []): Promise<Finding[]> {
  const results = await Promise.all(checks.map((c) => evaluateOne(c, inventory, account)));
  return also.concat(...results).sort(compareFindings);
}
