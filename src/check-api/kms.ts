/** For KMS checks: the keys ML data depends on, who uses each, and the rotation verdict shared by the rotation checks. */
import type { FindingDraft, ResourceRef } from '../model.js';
import type { AccountContext } from '../inventory/types.js';
import type { KmsKeyDetails, KmsKeyUser, MlKmsKey, MlKmsKeys } from '../inventory/infra.js';
import { describeError, finding, unreadable, wildcardArn } from './findings.js';
import { describeUsers } from './ml-resources.js';

export const KMS_KEY_TYPE = 'AWS::KMS::Key';

/** The account of a KMS key or alias ARN. */
export function kmsArnAccount(arn: string): string | undefined {
  return /^arn:[^:]+:kms:[^:]*:(\d{12}):/.exec(arn)?.[1];
}

/** A key's finding subject: "KMS key <id> (alias/x; used by notebook instance nb, bucket b)". */
export interface MlKeySubject {
  key: MlKmsKey;
  resource: ResourceRef;
  users: KmsKeyUser[];
  /** "KMS key 1234… (alias/ml; used by …)", for messages. */
  label: string;
}

export interface EachMlKeyOptions {
  /** The finding for a reference to an alias that does not exist (default: not_applicable, nothing to evaluate). */
  missingAlias?: (alias: string, resource: ResourceRef, users: KmsKeyUser[]) => FindingDraft;
}

function refResource(account: AccountContext, region: string, ref: string): ResourceRef {
  const arn = ref.startsWith('arn:') ? ref : `arn:${account.partition}:kms:${region}:${account.accountId}:${ref.startsWith('alias/') ? ref : `key/${ref}`}`;
  return { arn, type: KMS_KEY_TYPE, region, name: ref };
}

/**
 * Evaluates every KMS key that SageMaker resources or ML data buckets use. Yields an `error` per region where the keys in
 * use are not all known (resources or bucket encryption unreadable) and per reference that could not be resolved;
 * `evaluate` gets each key once, with every resource and bucket using it.
 */
export function eachMlKmsKey(
  kmsKeys: Record<string, MlKmsKeys> | undefined,
  account: AccountContext,
  evaluate: (subject: MlKeySubject) => FindingDraft | FindingDraft[] | undefined,
  options: EachMlKeyOptions = {},
): FindingDraft[] {
  if (!kmsKeys) {
    const resource: ResourceRef = { arn: wildcardArn(KMS_KEY_TYPE, account, 'global'), type: KMS_KEY_TYPE, region: 'global', name: 'all KMS keys used by SageMaker' };
    return [finding('error', resource, 'The KMS keys used by SageMaker were not collected', { errorCode: 'NotCollected' })];
  }
  const out: FindingDraft[] = [];
  for (const region of Object.keys(kmsKeys).sort()) {
    const entry = kmsKeys[region]!;
    if (entry.incomplete.length > 0) {
      const resource: ResourceRef = { arn: wildcardArn(KMS_KEY_TYPE, account, region), type: KMS_KEY_TYPE, region, name: `all KMS keys used by SageMaker in ${region}` };
      const whats = entry.incomplete.map((i) => `${i.what} (${describeError(i.error)})`);
      out.push(finding('error', resource, `The KMS keys ML data uses in ${region} are not all known: could not read ${whats.join('; ')}`, { errorCode: 'IncompleteReferences', unread: whats }));
    }
    const usersByKey = new Map<string, KmsKeyUser[]>();
    const aliasesByKey = new Map<string, string[]>();
    for (const ref of entry.references) {
      const resource = refResource(account, region, ref.ref);
      const who = describeUsers(ref.users);
      if (!ref.resolution.ok) {
        const f = unreadable(resource, `KMS key reference ${ref.ref} (used by ${who})`, ref.resolution.error);
        out.push({ ...f, evidence: { ...f.evidence, usedBy: ref.users.map((u) => u.arn) } });
        continue;
      }
      const r = ref.resolution.value;
      if (r.kind === 'missingAlias') {
        out.push(
          options.missingAlias?.(r.alias, resource, ref.users) ??
            finding('not_applicable', resource, `KMS alias ${ref.ref} (used by ${who}) does not exist, so there is no key to evaluate`, { usedBy: ref.users.map((u) => u.arn) }),
        );
      } else if (r.kind === 'uncreatedAwsKey') {
        out.push(finding('not_applicable', resource, `KMS alias ${ref.ref} (used by ${who}) names an AWS managed key that AWS has not created yet (it is created on first use)`, { usedBy: ref.users.map((u) => u.arn) }));
      } else {
        usersByKey.set(r.keyArn, [...(usersByKey.get(r.keyArn) ?? []), ...ref.users]);
        if (ref.ref.includes('alias/')) aliasesByKey.set(r.keyArn, [...(aliasesByKey.get(r.keyArn) ?? []), ref.ref.replace(/^.*?(alias\/)/, '$1')]);
      }
    }
    for (const key of entry.keys) {
      const users = [...new Map((usersByKey.get(key.arn) ?? []).map((u) => [u.arn, u])).values()];
      const id = key.arn.replace(/^.*:key\//, '');
      const resource: ResourceRef = { arn: key.arn, type: KMS_KEY_TYPE, region: key.region, name: id };
      const aliases = [...new Set(aliasesByKey.get(key.arn) ?? [])].sort();
      const label = `KMS key ${id} (${aliases.length > 0 ? `${aliases.join(', ')}; ` : ''}used by ${describeUsers(users)})`;
      const r = evaluate({ key, resource, users, label });
      if (r) out.push(...(Array.isArray(r) ? r : [r]));
    }
  }
  return out;
}

/**
 * The rotation verdict for a key: pass when automatic rotation is on, fail when off, not_applicable when rotation does
 * not apply (AWS managed, asymmetric, HMAC, imported or custom key store keys, and keys pending deletion), error when unread.
 */
export function rotationFinding(details: KmsKeyDetails, resource: ResourceRef, label: string): FindingDraft {
  const m = details.metadata;
  const evidence = { KeyManager: m.KeyManager ?? null, KeySpec: m.KeySpec ?? null, Origin: m.Origin ?? null, KeyState: m.KeyState ?? null };
  if (m.KeyState === 'PendingDeletion') return finding('not_applicable', resource, `${label} is pending deletion, so its rotation is moot`, evidence);
  if (!details.rotation.ok) {
    const f = unreadable(resource, `the rotation status of ${label}`, details.rotation.error);
    return { ...f, evidence: { ...evidence, ...f.evidence } };
  }
  const rotation = details.rotation.value;
  if (!rotation.applicable) return finding('not_applicable', resource, `${label} has no rotation setting to check: ${rotation.reason}`, evidence);
  const s = rotation.status;
  const ev = { ...evidence, KeyRotationEnabled: s.KeyRotationEnabled ?? null, RotationPeriodInDays: s.RotationPeriodInDays ?? null };
  if (s.KeyRotationEnabled === true) {
    return finding('pass', resource, `${label} has automatic rotation enabled${s.RotationPeriodInDays ? ` every ${s.RotationPeriodInDays} days` : ''}`, ev);
  }
  return finding('fail', resource, `${label} has automatic key rotation disabled`, ev);
}
