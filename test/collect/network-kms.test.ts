import { describe, expect, it } from 'vitest';
import { AwsCallError, DedupingAccess, requestKey, type AwsAccess, type AwsRequest } from '../../src/collect/access.js';
import type { CollectContext } from '../../src/collect/context.js';
import { collectFlowLogs, collectRouteTables, collectSagemakerSubnets, collectSecurityGroups } from '../../src/collect/collectors/network.js';
import { collectKmsAccountKeys, collectKmsKeys } from '../../src/collect/collectors/kms.js';
import { collectAccountPublicAccessBlock } from '../../src/collect/collectors/s3-access.js';
import type { AccountContext, Inventory, RequirementKey } from '../../src/inventory/types.js';
import { mlRefs, mlResource } from '../helpers/infra.js';
import { ok } from '../helpers/inventory.js';
import { bucket, bucketList, encryption } from '../helpers/s3.js';

const account: AccountContext = { accountId: '111122223333', partition: 'aws', regions: ['us-east-1'] };
type Answer = Record<string, unknown> | AwsCallError | ((req: AwsRequest) => Record<string, unknown> | AwsCallError);

/** Answers by requestKey (or by operation, for answers computed from the input); anything else fails visibly. */
function fake(answers: Record<string, Answer>): AwsAccess & { asked: AwsRequest[] } {
  const asked: AwsRequest[] = [];
  return {
    asked,
    send(req: AwsRequest) {
      asked.push(req);
      let a = answers[requestKey(req)] ?? answers[req.operation];
      if (typeof a === 'function') a = a(req);
      if (a instanceof AwsCallError) return Promise.reject(a);
      if (!a) return Promise.reject(new AwsCallError('Unexpected', requestKey(req), 400, `${req.service}:${req.operation}`));
      return Promise.resolve(a);
    },
  };
}

function context(access: AwsAccess, given: Partial<Inventory>): CollectContext {
  const ctx: CollectContext = {
    access,
    account,
    homeRegion: 'us-east-1',
    options: {},
    get<K extends RequirementKey>(key: K) {
      if (key === 'sagemakerSubnets') return collectSagemakerSubnets(ctx) as Promise<Inventory[K]>;
      if (!(key in given)) throw new Error(`unexpected key ${key}`);
      return Promise.resolve(given[key] as Inventory[K]);
    },
  };
  return ctx;
}

const notFound = (id: string) => new AwsCallError('InvalidSubnetID.NotFound', `The subnet ID '${id}' does not exist`, 400, 'ec2:DescribeSubnets');
const subnetOf = (id: string) => ({ SubnetId: id, VpcId: 'vpc-1', OwnerId: '111122223333', SubnetArn: `arn:aws:ec2:us-east-1:111122223333:subnet/${id}` });

describe('EC2 collectors', () => {
  it('a deleted subnet fails alone: the batch is retried id by id', async () => {
    const access = fake({
      DescribeSubnets: (req) => {
        const ids = req.input.SubnetIds as string[];
        if (ids.includes('subnet-gone')) return notFound('subnet-gone');
        return { Subnets: ids.map(subnetOf) };
      },
    });
    const refs = mlRefs([mlResource('nb', { subnets: ['subnet-b', 'subnet-gone'] }), mlResource('m', { subnets: ['subnet-a'] })]);
    const out = await collectSagemakerSubnets(context(access, { mlReferences: refs }));
    const items = out['us-east-1'];
    expect(items?.ok).toBe(true);
    if (!items?.ok) return;
    expect(items.value.map((i) => [i.name, i.data.ok])).toEqual([['subnet-a', true], ['subnet-b', true], ['subnet-gone', false]]);
    expect(items.value[2]?.data).toMatchObject({ ok: false, error: { code: 'InvalidSubnetID.NotFound' } });
    // One batch of the sorted ids, then one request per id.
    expect(access.asked.map((r) => r.input.SubnetIds)).toEqual([['subnet-a', 'subnet-b', 'subnet-gone'], ['subnet-a'], ['subnet-b'], ['subnet-gone']]);
  });

  it('ids missing from an answer are errors; a denied batch fails every id of it; no ids, no request', async () => {
    const access = fake({ DescribeSecurityGroups: { SecurityGroups: [{ GroupId: 'sg-1' }] } });
    const out = await collectSecurityGroups(context(access, { mlReferences: mlRefs([mlResource('nb', { securityGroups: ['sg-1', 'sg-2'] })]) }));
    expect(out['us-east-1']).toMatchObject({ ok: true, value: [{ name: 'sg-1', data: { ok: true } }, { name: 'sg-2', data: { ok: false, error: { code: 'NotFound' } } }] });

    const deniedAccess = fake({ DescribeSecurityGroups: new AwsCallError('UnauthorizedOperation', 'no', 403, 'ec2:DescribeSecurityGroups') });
    const out2 = await collectSecurityGroups(context(deniedAccess, { mlReferences: mlRefs([mlResource('nb', { securityGroups: ['sg-1', 'sg-2'] })]) }));
    expect(out2['us-east-1']).toMatchObject({ ok: true, value: [{ data: { ok: false, error: { code: 'UnauthorizedOperation' } } }, { data: { ok: false } }] });

    const none = fake({});
    expect(await collectSecurityGroups(context(none, { mlReferences: mlRefs([mlResource('nb')]) }))).toEqual({ 'us-east-1': ok([]) });
    expect(none.asked).toEqual([]);
  });

  it('chunks id lists at 200', async () => {
    const ids = Array.from({ length: 250 }, (_, i) => `subnet-${String(i).padStart(3, '0')}`);
    const access = fake({ DescribeSubnets: (req) => ({ Subnets: (req.input.SubnetIds as string[]).map(subnetOf) }) });
    await collectSagemakerSubnets(context(access, { mlReferences: mlRefs([mlResource('nb', { subnets: ids })]) }));
    expect(access.asked.map((r) => (r.input.SubnetIds as string[]).length)).toEqual([200, 50]);
  });

  it('route tables: explicit associations and the VPCs\' main tables, deduplicated; a failed call fails the region', async () => {
    const refs = mlRefs([mlResource('nb', { subnets: ['subnet-a'] })]);
    const access = fake({
      DescribeSubnets: { Subnets: [subnetOf('subnet-a')] },
      DescribeRouteTables: (req) => {
        const filters = req.input.Filters as { Name: string }[];
        return filters[0]!.Name === 'association.subnet-id' ? { RouteTables: [{ RouteTableId: 'rtb-a' }] } : { RouteTables: [{ RouteTableId: 'rtb-main' }, { RouteTableId: 'rtb-a' }] };
      },
    });
    const out = await collectRouteTables(context(access, { mlReferences: refs }));
    expect(out['us-east-1']).toEqual(ok([{ RouteTableId: 'rtb-a' }, { RouteTableId: 'rtb-main' }]));
    expect(access.asked.filter((r) => r.operation === 'DescribeRouteTables').map((r) => r.input)).toEqual([
      { Filters: [{ Name: 'association.subnet-id', Values: ['subnet-a'] }] },
      { Filters: [{ Name: 'association.main', Values: ['true'] }, { Name: 'vpc-id', Values: ['vpc-1'] }] },
    ]);
    const failing = fake({ DescribeSubnets: { Subnets: [subnetOf('subnet-a')] }, DescribeFlowLogs: new AwsCallError('UnauthorizedOperation', 'no', 403, 'ec2:DescribeFlowLogs') });
    expect(await collectFlowLogs(context(failing, { mlReferences: refs }))).toMatchObject({ 'us-east-1': { ok: false, error: { code: 'UnauthorizedOperation' } } });
    expect(failing.asked.find((r) => r.operation === 'DescribeFlowLogs')?.input).toEqual({ Filter: [{ Name: 'resource-id', Values: ['vpc-1'] }] });
  });
});

describe('S3 account public access block', () => {
  it('NoSuchPublicAccessBlockConfiguration is "none configured", other errors stay errors', async () => {
    const none = fake({ GetPublicAccessBlock: new AwsCallError('NoSuchPublicAccessBlockConfiguration', 'none', 404, 's3control:GetPublicAccessBlock') });
    expect(await collectAccountPublicAccessBlock(context(none, {}))).toEqual(ok(null));
    expect(none.asked[0]).toMatchObject({ service: 's3control', input: { AccountId: '111122223333' } });
    const deniedAccess = fake({ GetPublicAccessBlock: new AwsCallError('AccessDenied', 'no', 403, 's3control:GetPublicAccessBlock') });
    expect(await collectAccountPublicAccessBlock(context(deniedAccess, {}))).toMatchObject({ ok: false, error: { code: 'AccessDenied' } });
  });
});

describe('KMS collectors', () => {
  const KEY = 'arn:aws:kms:us-east-1:111122223333:key/k-cust';
  const AWS_S3 = 'arn:aws:kms:us-east-1:111122223333:key/k-aws-s3';
  const meta = (arn: string, manager: string) => ({ KeyMetadata: { Arn: arn, KeyId: arn.split('/')[1], KeyManager: manager, KeyState: 'Enabled', KeySpec: 'SYMMETRIC_DEFAULT', Origin: 'AWS_KMS' } });
  const answers = (): Record<string, Answer> => ({
    ListAliases: { Aliases: [{ AliasName: 'alias/ml', TargetKeyId: 'k-cust' }, { AliasName: 'alias/aws/s3', TargetKeyId: 'k-aws-s3' }, { AliasName: 'alias/aws/ebs' }] },
    DescribeKey: (req) => (req.input.KeyId === AWS_S3 ? meta(AWS_S3, 'AWS') : meta(String(req.input.KeyId), 'CUSTOMER')),
    GetKeyRotationStatus: { KeyRotationEnabled: true },
    GetKeyPolicy: { Policy: '{"Statement":[]}', PolicyName: 'default' },
    ListKeys: { Keys: [{ KeyId: 'k-cust', KeyArn: KEY }, { KeyId: 'k-aws-s3', KeyArn: AWS_S3 }] },
  });
  const refs = mlRefs([
    mlResource('nb', { kmsKeys: ['alias/ml', 'k-cust'] }),
    mlResource('job', { resourceType: 'AWS::SageMaker::TrainingJob', kmsKeys: ['alias/gone', 'alias/aws/ebs'], s3Uris: ['s3://ml-data/x', 's3://ml-locked/y'] }),
  ]);
  const given = {
    mlReferences: refs,
    buckets: bucketList(bucket('ml-data'), bucket('ml-locked'), bucket('other')),
    bucketEncryption: { 'ml-data': ok(encryption('aws:kms')), 'ml-locked': { ok: false as const, error: { code: 'AccessDenied', message: 'no' } }, other: ok(encryption('aws:kms', 'k-other')) },
  };

  it('resolves ids and aliases to key ARNs, names users, and records what it could not read', async () => {
    const access = fake(answers());
    const out = await collectKmsKeys(context(access, given));
    const r = out['us-east-1']!;
    const byRef = Object.fromEntries(r.references.map((x) => [x.ref, x]));
    expect(byRef['alias/ml']?.resolution).toEqual(ok({ kind: 'key', keyArn: KEY }));
    expect(byRef['k-cust']?.resolution).toEqual(ok({ kind: 'key', keyArn: KEY }));
    expect(byRef['alias/gone']?.resolution).toEqual(ok({ kind: 'missingAlias', alias: 'alias/gone' }));
    expect(byRef['alias/aws/ebs']?.resolution).toEqual(ok({ kind: 'uncreatedAwsKey', alias: 'alias/aws/ebs' }));
    // A bucket with SSE-KMS and no KMSMasterKeyID uses aws/s3; a non-ML bucket's key is not collected.
    expect(byRef['alias/aws/s3']?.users.map((u) => u.name)).toEqual(['ml-data']);
    expect(r.keys.map((k) => k.arn)).toEqual([AWS_S3, KEY]);
    expect(r.incomplete.map((i) => i.what)).toEqual(['the default encryption of ML data bucket ml-locked']);
    // Rotation is asked for the customer key only; ListAliases once per region.
    expect(access.asked.filter((q) => q.operation === 'GetKeyRotationStatus').map((q) => q.input.KeyId)).toEqual([KEY]);
    expect(access.asked.filter((q) => q.operation === 'ListAliases')).toHaveLength(1);
    expect(r.keys.find((k) => k.arn === AWS_S3)?.details).toMatchObject({ ok: true, value: { rotation: { ok: true, value: { applicable: false } } } });
  });

  it('the account-wide listing asks the same DescribeKey/GetKeyRotationStatus requests, so they are sent once', async () => {
    const inner = fake(answers());
    const access = new DedupingAccess(inner);
    const ctx = context(access, given);
    await Promise.all([collectKmsKeys(ctx), collectKmsAccountKeys(ctx)]);
    const describes = inner.asked.filter((q) => q.operation === 'DescribeKey').map((q) => q.input.KeyId);
    expect(describes.sort()).toEqual([AWS_S3, KEY]);
  });

  it('stays linear when tens of thousands of resources share a key', async () => {
    const many = mlRefs(
      Array.from({ length: 40_000 }, (_, i) => mlResource(`job-${i}`, { resourceType: 'AWS::SageMaker::TrainingJob', kmsKeys: ['alias/ml', i % 2 ? 'k-cust' : KEY], s3Uris: ['s3://ml-data/x'] })),
    );
    const started = performance.now();
    const out = await collectKmsKeys(context(fake(answers()), { ...given, mlReferences: many }));
    const byRef = Object.fromEntries(out['us-east-1']!.references.map((x) => [x.ref, x.users.length]));
    expect(byRef).toEqual({ 'alias/ml': 40_000, 'k-cust': 20_000, [KEY]: 20_000, 'alias/aws/s3': 1 });
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('another account\'s key policy is not requested (GetKeyPolicy is same-account only)', async () => {
    const foreign = 'arn:aws:kms:us-east-1:999988887777:key/k-foreign';
    const access = fake(answers());
    const out = await collectKmsKeys(context(access, { ...given, mlReferences: mlRefs([mlResource('nb', { kmsKeys: [foreign] })]) }));
    expect(out['us-east-1']?.keys[0]?.policy).toMatchObject({ ok: false, error: { code: 'CrossAccountKey' } });
    expect(access.asked.filter((q) => q.operation === 'GetKeyPolicy').map((q) => q.input.KeyId)).not.toContain(foreign);
  });
});
