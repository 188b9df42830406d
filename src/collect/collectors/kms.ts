/**
 * KMS: the keys ML data depends on (kmsKeys: keys SageMaker resources reference, and the default keys of ML buckets)
 * and every key of the account (kmsAccountKeys). Both describe a key with the same requests (DescribeKey and
 * GetKeyRotationStatus by key ARN), so the deduplicating access layer sends each once.
 */
import type { AliasListEntry, KeyListEntry, KeyMetadata } from '@aws-sdk/client-kms';
import { ok, failed, type Collected } from '../../model.js';
import { paginate, toCollectionError, type AwsRequest } from '../access.js';
import type { CollectContext, Collector } from '../context.js';
import type { Item, PolicyDocument } from '../../inventory/types.js';
import type { KeyResolution, KeyRotation, KmsKeyDetails, KmsKeyUser, MlKmsKey, MlKmsKeys } from '../../inventory/infra.js';
import { isMlBucket, referencedBuckets } from '../../inventory/ml-buckets.js';

const MARKERS = { inputToken: 'Marker', outputToken: 'NextMarker' };

/** The parts of a KMS key or alias ARN. */
export function parseKmsArn(value: string): { partition: string; region: string; account: string; kind: 'key' | 'alias'; id: string } | undefined {
  const m = /^arn:([^:]+):kms:([^:]+):(\d{12}):(key|alias)\/(.+)$/.exec(value);
  if (!m) return undefined;
  return { partition: m[1]!, region: m[2]!, account: m[3]!, kind: m[4] as 'key' | 'alias', id: m[5]! };
}

/** Why a key has no rotation status of its own, or undefined when GetKeyRotationStatus applies (customer managed symmetric keys with KMS key material). */
export function rotationNotApplicable(m: KeyMetadata): string | undefined {
  // AWS managed keys are rotated by AWS every year (AWS KMS Developer Guide, "Rotate AWS KMS keys").
  if (m.KeyManager === 'AWS') return 'AWS managed keys are rotated by AWS every year';
  const spec = m.KeySpec ?? m.CustomerMasterKeySpec;
  if (spec !== undefined && spec !== 'SYMMETRIC_DEFAULT') return `automatic rotation is not supported for ${spec} keys`;
  if (m.Origin !== undefined && m.Origin !== 'AWS_KMS') return `automatic rotation is not supported for keys with origin ${m.Origin}`;
  return undefined;
}

/** DescribeKey and, where it applies, GetKeyRotationStatus, both by key ARN. */
export async function describeKmsKey(ctx: CollectContext, region: string, keyArn: string): Promise<Collected<KmsKeyDetails>> {
  const describe: AwsRequest = { service: 'kms', region, operation: 'DescribeKey', input: { KeyId: keyArn } };
  let metadata: KeyMetadata;
  try {
    metadata = ((await ctx.access.send(describe)).KeyMetadata ?? {}) as KeyMetadata;
  } catch (err) {
    return failed(toCollectionError(err, describe));
  }
  const reason = rotationNotApplicable(metadata);
  if (reason) return ok({ metadata, rotation: ok<KeyRotation>({ applicable: false, reason }) });
  const request: AwsRequest = { service: 'kms', region, operation: 'GetKeyRotationStatus', input: { KeyId: keyArn } };
  try {
    const status = await ctx.access.send(request);
    return ok({ metadata, rotation: ok<KeyRotation>({ applicable: true, status }) });
  } catch (err) {
    return ok({ metadata, rotation: failed(toCollectionError(err, request)) });
  }
}

/** The key policy; GetKeyPolicy is not available across accounts (AWS KMS API reference). */
async function keyPolicy(ctx: CollectContext, region: string, keyArn: string): Promise<Collected<PolicyDocument>> {
  const owner = parseKmsArn(keyArn)?.account;
  if (owner !== ctx.account.accountId) {
    return failed({ code: 'CrossAccountKey', message: `the key belongs to account ${owner ?? 'unknown'}: GetKeyPolicy reads only keys of the audited account`, operation: 'kms:GetKeyPolicy' });
  }
  const request: AwsRequest = { service: 'kms', region, operation: 'GetKeyPolicy', input: { KeyId: keyArn, PolicyName: 'default' } };
  try {
    const out = await ctx.access.send(request);
    return ok(JSON.parse(String(out.Policy)) as PolicyDocument);
  } catch (err) {
    if (err instanceof SyntaxError) return failed({ code: 'InvalidPolicyDocument', message: 'the key policy is not valid JSON', operation: 'kms:GetKeyPolicy' });
    return failed(toCollectionError(err, request));
  }
}

type Uses = Map<string, Map<string, KmsKeyUser[]>>;

/** Appends in place: copying the list per use made this quadratic in the number of resources sharing a key. */
function addUse(uses: Uses, region: string, ref: string, user: KmsKeyUser): void {
  let perRegion = uses.get(region);
  if (!perRegion) uses.set(region, (perRegion = new Map<string, KmsKeyUser[]>()));
  const users = perRegion.get(ref);
  if (users) users.push(user);
  else perRegion.set(ref, [user]);
}

/** Who uses which key reference, per key region, and what could not be read. */
async function keyUses(ctx: CollectContext): Promise<{ uses: Uses; incomplete: Map<string, MlKmsKeys['incomplete']> }> {
  const uses: Uses = new Map();
  const incomplete = new Map<string, MlKmsKeys['incomplete']>();
  const missing = (region: string, what: string, error: MlKmsKeys['incomplete'][number]['error']) => {
    const list = incomplete.get(region);
    if (list) list.push({ what, error });
    else incomplete.set(region, [{ what, error }]);
  };
  const refs = await ctx.get('mlReferences');
  for (const r of refs.resources) {
    // A bare key id or alias name belongs to the region of the resource that names it; ARNs carry their region.
    for (const k of r.kmsKeys) addUse(uses, parseKmsArn(k)?.region ?? r.region, k, { resourceType: r.resourceType, name: r.name, arn: r.arn, region: r.region });
  }
  for (const i of refs.incomplete) missing(i.region, `SageMaker ${i.source}${i.name ? ` ${i.name}` : ''} in ${i.region}`, i.error);

  const buckets = await ctx.get('buckets');
  if (!buckets.ok) {
    missing('global', 'the S3 buckets (and so the default keys of ML data buckets)', buckets.error);
    return { uses, incomplete };
  }
  const encryption = await ctx.get('bucketEncryption');
  const referenced = referencedBuckets(refs);
  for (const b of buckets.value.filter((x) => isMlBucket(x.name, refs, ctx.account.accountId, referenced))) {
    const region = b.region.ok ? b.region.value : 'global';
    const setting = Object.hasOwn(encryption, b.name) ? encryption[b.name] : undefined;
    if (!setting || !setting.ok) {
      const error = setting && !setting.ok ? setting.error : b.region.ok ? { code: 'NotCollected', message: 'not read' } : b.region.error;
      missing(region, `the default encryption of ML data bucket ${b.name}`, error);
      continue;
    }
    const rule = (setting.value?.Rules ?? []).find((x) => x.ApplyServerSideEncryptionByDefault?.SSEAlgorithm)?.ApplyServerSideEncryptionByDefault;
    if (rule?.SSEAlgorithm !== 'aws:kms' && rule?.SSEAlgorithm !== 'aws:kms:dsse') continue;
    // Without KMSMasterKeyID, SSE-KMS uses the AWS managed key aws/s3 (S3 API reference, ServerSideEncryptionByDefault).
    const ref = rule.KMSMasterKeyID || 'alias/aws/s3';
    addUse(uses, parseKmsArn(ref)?.region ?? region, ref, { resourceType: 'AWS::S3::Bucket', name: b.name, arn: b.arn, region });
  }
  return { uses, incomplete };
}

export const collectKmsKeys: Collector<'kmsKeys'> = async (ctx) => {
  const { uses, incomplete } = await keyUses(ctx);
  const { partition, accountId } = ctx.account;
  const regions = [...new Set([...uses.keys(), ...incomplete.keys()])].sort();
  const entries = await Promise.all(
    regions.map(async (region): Promise<[string, MlKmsKeys]> => {
      const refs = [...(uses.get(region) ?? new Map<string, KmsKeyUser[]>()).entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      let aliases: Promise<Collected<Map<string, string | undefined>>> | undefined;
      const listAliases = () => {
        const request: AwsRequest = { service: 'kms', region, operation: 'ListAliases', input: {} };
        aliases ??= paginate<AliasListEntry>(ctx.access, request, { ...MARKERS, items: 'Aliases' }).then(
          (list) => ok(new Map(list.map((a) => [a.AliasName ?? '', a.TargetKeyId] as const))),
          (err: unknown) => failed(toCollectionError(err, request)),
        );
        return aliases;
      };
      const keyArn = (id: string) => `arn:${partition}:kms:${region}:${accountId}:key/${id}`;
      const resolve = async (ref: string): Promise<Collected<KeyResolution>> => {
        const arn = parseKmsArn(ref);
        if (arn?.kind === 'key') return ok({ kind: 'key', keyArn: ref });
        if (!arn && !ref.startsWith('alias/')) return ok({ kind: 'key', keyArn: keyArn(ref) });
        if (arn && arn.account !== accountId) {
          // Another account's alias: ListAliases cannot see it, DescribeKey can resolve it.
          const request: AwsRequest = { service: 'kms', region, operation: 'DescribeKey', input: { KeyId: ref } };
          try {
            const target = ((await ctx.access.send(request)).KeyMetadata as KeyMetadata | undefined)?.Arn;
            return target ? ok({ kind: 'key', keyArn: target }) : failed({ code: 'InvalidResponse', message: 'DescribeKey returned no key ARN', operation: 'kms:DescribeKey' });
          } catch (err) {
            return failed(toCollectionError(err, request));
          }
        }
        const alias = arn ? `alias/${arn.id}` : ref;
        const list = await listAliases();
        if (!list.ok) return list;
        if (!list.value.has(alias)) return ok({ kind: 'missingAlias', alias });
        const target = list.value.get(alias);
        // ListAliases shows predefined AWS aliases whose key AWS has not created yet without a TargetKeyId (API reference).
        return target ? ok({ kind: 'key', keyArn: keyArn(target) }) : ok({ kind: 'uncreatedAwsKey', alias });
      };
      const references = await Promise.all(refs.map(async ([ref, users]) => ({ ref, region, users, resolution: await resolve(ref) })));
      const arns = [...new Set(references.flatMap((r) => (r.resolution.ok && r.resolution.value.kind === 'key' ? [r.resolution.value.keyArn] : [])))].sort();
      const keys = await Promise.all(
        arns.map(async (arn): Promise<MlKmsKey> => {
          const keyRegion = parseKmsArn(arn)?.region ?? region;
          const [details, policy] = await Promise.all([describeKmsKey(ctx, keyRegion, arn), keyPolicy(ctx, keyRegion, arn)]);
          return { arn, region: keyRegion, details, policy };
        }),
      );
      return [region, { references, keys, incomplete: incomplete.get(region) ?? [] }];
    }),
  );
  return Object.fromEntries(entries);
};

export const collectKmsAccountKeys: Collector<'kmsAccountKeys'> = async (ctx) => {
  const perRegion = await Promise.all(
    ctx.account.regions.map(async (region) => {
      const request: AwsRequest = { service: 'kms', region, operation: 'ListKeys', input: {} };
      let keys: KeyListEntry[];
      try {
        keys = await paginate<KeyListEntry>(ctx.access, request, { ...MARKERS, items: 'Keys' });
      } catch (err) {
        return [region, failed<Item<KmsKeyDetails>[]>(toCollectionError(err, request))] as const;
      }
      const items = await Promise.all(
        keys
          .filter((k): k is KeyListEntry & { KeyId: string } => typeof k.KeyId === 'string')
          .map(async (k): Promise<Item<KmsKeyDetails>> => {
            const arn = k.KeyArn ?? `arn:${ctx.account.partition}:kms:${region}:${ctx.account.accountId}:key/${k.KeyId}`;
            return { name: k.KeyId, arn, region, data: await describeKmsKey(ctx, region, arn) };
          }),
      );
      items.sort((a, b) => (a.arn < b.arn ? -1 : a.arn > b.arn ? 1 : 0));
      return [region, ok(items)] as const;
    }),
  );
  return Object.fromEntries(perRegion);
};
