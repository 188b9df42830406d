import { describe, expect, it } from 'vitest';
import { BUILTIN_CHECKS } from '../../checks/index.js';
import { restrictInventory } from '../../src/engine/evaluate.js';
import type { Inventory, RequirementKey } from '../../src/inventory/types.js';
import { isDefaultSageMakerBucket, isMlBucket, referencedBuckets } from '../../src/inventory/ml-buckets.js';
import { mlRefs, mlResource } from '../helpers/infra.js';
import { ACCOUNT, denied } from '../helpers/inventory.js';
import { bucket, bucketList } from '../helpers/s3.js';

const DEFAULT = `sagemaker-us-east-1-${ACCOUNT.accountId}`;
const bucketChecks = BUILTIN_CHECKS.filter((c) => c.meta.service === 's3' && c.meta.resourceType === 'AWS::S3::Bucket');

/** An inventory for a bucket check: two buckets, every per-bucket record empty (so every setting reads as not collected). */
function inventoryFor(requires: readonly RequirementKey[]): Partial<Inventory> {
  const inv: Record<string, unknown> = {};
  for (const k of requires) {
    if (k === 'buckets') inv[k] = bucketList(bucket(DEFAULT), bucket('ml-data'), bucket('website-assets'));
    else if (k === 'mlReferences') inv[k] = mlRefs([mlResource('job', { s3Uris: ['s3://ml-data/train/'] })]);
    else if (k === 'accountPublicAccessBlock') inv[k] = denied('s3control:GetPublicAccessBlock');
    else inv[k] = {};
  }
  return inv as Partial<Inventory>;
}

describe('ML data marking of S3 bucket findings', () => {
  it('covers the S3 bucket checks', () => {
    expect(bucketChecks.length).toBeGreaterThanOrEqual(8);
  });

  it.each(bucketChecks.map((c) => [c.meta.id, c] as const))('%s requires mlReferences and marks every finding', async (id, check) => {
    expect(check.requires).toContain('mlReferences');
    const findings = await check.evaluate({ inventory: restrictInventory(inventoryFor(check.requires), check.requires, id), account: ACCOUNT });
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) {
      const ml = f.resource.name === DEFAULT || f.resource.name === 'ml-data' || f.resource.name.startsWith('all ');
      expect(f.evidence?.mlData, `${id} ${f.resource.name}`).toBe(ml);
      expect(f.message.includes('(ML data bucket)'), `${id} ${f.message}`).toBe(ml && !f.resource.name.startsWith('all '));
    }
  });
});

describe('which buckets hold ML data', () => {
  it('default bucket names of this account, in any region and partition', () => {
    expect(isDefaultSageMakerBucket(DEFAULT, ACCOUNT.accountId)).toBe(true);
    expect(isDefaultSageMakerBucket(`sagemaker-us-gov-west-1-${ACCOUNT.accountId}`, ACCOUNT.accountId)).toBe(true);
    expect(isDefaultSageMakerBucket(`sagemaker-cn-north-1-${ACCOUNT.accountId}`, ACCOUNT.accountId)).toBe(true);
    expect(isDefaultSageMakerBucket('sagemaker-us-east-1-999999999999', ACCOUNT.accountId)).toBe(false);
    expect(isDefaultSageMakerBucket(`sagemaker-studio-${ACCOUNT.accountId}`, ACCOUNT.accountId)).toBe(false);
    expect(isDefaultSageMakerBucket(`my-sagemaker-us-east-1-${ACCOUNT.accountId}`, ACCOUNT.accountId)).toBe(false);
  });
  it('referenced buckets, whatever the case of the URI', () => {
    const refs = mlRefs([mlResource('m', { s3Uris: ['s3://ML-Data/model.tar.gz'] })]);
    expect(isMlBucket('ml-data', refs, ACCOUNT.accountId)).toBe(true);
    expect(isMlBucket('ml-data-2', refs, ACCOUNT.accountId)).toBe(false);
    expect(isMlBucket('ml-data', undefined, ACCOUNT.accountId)).toBe(false);
  });
  it('the resources naming each bucket, each once, in order; computed once per references object', () => {
    const a = mlResource('a', { s3Uris: ['s3://ML-Data/x', 's3://ml-data/y', 's3://other/z'] });
    const b = mlResource('b', { s3Uris: ['s3://ml-data/w', 'not-a-uri'] });
    const refs = mlRefs([a, b]);
    const map = referencedBuckets(refs);
    expect([...map.keys()]).toEqual(['ml-data', 'other']);
    expect(map.get('ml-data')).toEqual([a, b]);
    expect(map.get('other')).toEqual([a]);
    // Checks see the same references object (through the inventory view), so the map is shared, not rebuilt.
    const view = restrictInventory({ mlReferences: refs }, ['mlReferences'], 'a-check');
    expect(referencedBuckets(view.mlReferences)).toBe(map);
    expect(referencedBuckets(mlRefs([a, b]))).not.toBe(map);
    expect(referencedBuckets(undefined).size).toBe(0);
  });
  it('stays linear for many resources naming the same bucket', () => {
    const many = Array.from({ length: 50_000 }, (_, i) => mlResource(`job-${i}`, { s3Uris: ['s3://shared/in', 's3://shared/out', `s3://own-${i % 100}/x`] }));
    const started = performance.now();
    const map = referencedBuckets(mlRefs(many));
    expect(map.get('shared')).toHaveLength(50_000);
    expect(map.size).toBe(101);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('naming the SageMaker resources behind a finding', () => {
  it('labels kinds, sorts, deduplicates and shortens long lists', async () => {
    const { describeUsers, kindLabel } = await import('../../src/check-api/ml-resources.js');
    expect(kindLabel('AWS::SageMaker::NotebookInstance')).toBe('notebook instance');
    expect(kindLabel('AWS::SageMaker::AutoMLJob')).toBe('auto ml job');
    expect(kindLabel('AWS::S3::Bucket')).toBe('bucket');
    const u = (name: string) => ({ resourceType: 'AWS::SageMaker::Model', name });
    expect(describeUsers([u('b'), u('a'), u('a')])).toBe('model a, model b');
    expect(describeUsers(['a', 'b', 'c', 'd', 'e', 'f', 'g'].map(u))).toBe('model a, model b, model c, model d, model e and 2 more');
  });
  it('names the first users in sort order, as a full sort would, for any list and limit', async () => {
    const { describeUsers, kindLabel } = await import('../../src/check-api/ml-resources.js');
    const types = ['AWS::SageMaker::TrainingJob', 'AWS::S3::Bucket', 'AWS::SageMaker::NotebookInstance', 'AWS::SageMaker::HyperParameterTuningJob'];
    const names = ['b', 'a', 'Z', 'é', '10', '9', 'a1', '😀', 'ä', ''];
    /** describeUsers as first written: sort everything, keep the first `max`. */
    const reference = (users: { resourceType: string; name: string }[], max = 5) => {
      const all = [...new Set(users.map((x) => `${kindLabel(x.resourceType)} ${x.name}`))].sort();
      return all.length <= max ? all.join(', ') : `${all.slice(0, max).join(', ')} and ${all.length - max} more`;
    };
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let t = 0; t < 500; t++) {
      const users = Array.from({ length: next(40) }, () => ({ resourceType: types[next(types.length)]!, name: `${names[next(names.length)]}${next(20)}` }));
      for (const max of [undefined, 0, 1, 2, 5, 7, 100, -1, 2.5]) expect(describeUsers(users, max)).toBe(reference(users, max));
    }
  });
});
