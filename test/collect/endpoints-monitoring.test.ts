/** Collectors of the endpoints-monitoring-featurestore-registry area, against a scripted access layer. */
import { describe, expect, it } from 'vitest';
import { AwsCallError, requestKey, type AwsAccess, type AwsRequest, type AwsResponse } from '../../src/collect/access.js';
import { collect } from '../../src/collect/collect.js';
import { isNoPolicyError } from '../../src/collect/collectors/ml-governance.js';
import type { AccountContext, Inventory } from '../../src/inventory/types.js';

const account: AccountContext = { accountId: '111122223333', partition: 'aws', regions: ['us-east-1'] };
const R = 'us-east-1';
type Answer = AwsResponse | AwsCallError;

/** Answers scripted requests; any other request is a test failure (it would mean an unexpected call). */
function scripted(entries: [Omit<AwsRequest, 'service' | 'region'> & { region?: string }, Answer][]): AwsAccess & { asked: string[] } {
  const map = new Map(entries.map(([r, a]) => [requestKey({ service: 'sagemaker', region: r.region ?? R, operation: r.operation, input: r.input }), a]));
  const asked: string[] = [];
  return {
    asked,
    send(req) {
      const key = requestKey(req);
      asked.push(key);
      const a = map.get(key);
      if (!a) return Promise.reject(new AwsCallError('NotScripted', key, undefined, `${req.service}:${req.operation}`));
      return a instanceof AwsCallError ? Promise.reject(a) : Promise.resolve(a);
    },
  };
}
const err = (code: string, message: string, op: string) => new AwsCallError(code, message, 400, `sagemaker:${op}`);
const run = async <K extends keyof Inventory>(access: AwsAccess, key: K): Promise<Inventory[K]> => (await collect(access, account, [key]))[key]!;

describe('modelPackageGroups', () => {
  const groups = { ModelPackageGroupSummaryList: ['with', 'without', 'gone', 'garbled'].map((n) => ({ ModelPackageGroupName: n, ModelPackageGroupArn: `arn:aws:sagemaker:${R}:111122223333:model-package-group/${n}` })) };
  const policy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sagemaker:DescribeModelPackage', Resource: '*' }] };
  const get = (n: string) => ({ operation: 'GetModelPackageGroupPolicy', input: { ModelPackageGroupName: n } });

  it('treats "Cannot find resource policy" as no policy, and every other failure as an error', async () => {
    const access = scripted([
      [{ operation: 'ListModelPackageGroups', input: { MaxResults: 100 } }, groups],
      [get('with'), { ResourcePolicy: JSON.stringify(policy) }],
      [get('without'), err('ValidationException', 'Cannot find resource policy for arn:aws:sagemaker:us-east-1:111122223333:model-package-group/without', 'GetModelPackageGroupPolicy')],
      [get('gone'), err('ValidationException', 'Cannot find Model Package Group: gone', 'GetModelPackageGroupPolicy')],
      [get('garbled'), { ResourcePolicy: '{not json' }],
    ]);
    const out = await run(access, 'modelPackageGroups');
    const list = out[R]!;
    expect(list.ok).toBe(true);
    if (!list.ok) return;
    const by = Object.fromEntries(list.value.map((i) => [i.name, i.data]));
    expect(by.with).toEqual({ ok: true, value: { policy } });
    expect(by.without).toEqual({ ok: true, value: { policy: null } });
    expect(by.gone).toMatchObject({ ok: false, error: { code: 'ValidationException' } });
    expect(by.garbled).toMatchObject({ ok: false, error: { code: 'InvalidPolicyDocument' } });
  });

  it('a failed group list is an error for the region, never an empty list', async () => {
    const out = await run(scripted([[{ operation: 'ListModelPackageGroups', input: { MaxResults: 100 } }, err('AccessDeniedException', 'no', 'ListModelPackageGroups')]]), 'modelPackageGroups');
    expect(out[R]).toMatchObject({ ok: false, error: { code: 'AccessDeniedException' } });
  });

  it('recognises only the no-policy ValidationException', () => {
    expect(isNoPolicyError(err('ValidationException', 'Cannot find resource policy for x', 'GetModelPackageGroupPolicy'))).toBe(true);
    expect(isNoPolicyError(err('AccessDeniedException', 'Cannot find resource policy', 'GetModelPackageGroupPolicy'))).toBe(false);
    expect(isNoPolicyError(err('ValidationException', 'Cannot find Model Package Group', 'GetModelPackageGroupPolicy'))).toBe(false);
  });
});

describe('modelPackages', () => {
  const groups = { ModelPackageGroupSummaryList: [{ ModelPackageGroupName: 'g1', ModelPackageGroupArn: 'arn:g1' }, { ModelPackageGroupName: 'g2', ModelPackageGroupArn: 'arn:g2' }] };
  const arn = (g: string, v: number) => `arn:aws:sagemaker:${R}:111122223333:model-package/${g}/${v}`;

  it('lists the versions of each group, pages through them, and describes each by ARN', async () => {
    const access = scripted([
      [{ operation: 'ListModelPackageGroups', input: { MaxResults: 100 } }, groups],
      [{ operation: 'ListModelPackages', input: { ModelPackageGroupName: 'g1', MaxResults: 100 } }, { ModelPackageSummaryList: [{ ModelPackageArn: arn('g1', 1), ModelPackageVersion: 1 }], NextToken: 't2' }],
      [{ operation: 'ListModelPackages', input: { ModelPackageGroupName: 'g1', MaxResults: 100, NextToken: 't2' } }, { ModelPackageSummaryList: [{ ModelPackageArn: arn('g1', 2), ModelPackageVersion: 2 }] }],
      [{ operation: 'ListModelPackages', input: { ModelPackageGroupName: 'g2', MaxResults: 100 } }, { ModelPackageSummaryList: [] }],
      [{ operation: 'DescribeModelPackage', input: { ModelPackageName: arn('g1', 1) } }, { ModelPackageArn: arn('g1', 1), ModelApprovalStatus: 'Approved' }],
      [{ operation: 'DescribeModelPackage', input: { ModelPackageName: arn('g1', 2) } }, err('AccessDeniedException', 'no', 'DescribeModelPackage')],
    ]);
    const out = await run(access, 'modelPackages');
    const list = out[R]!;
    expect(list.ok && list.value.map((i) => [i.name, i.arn, i.data.ok])).toEqual([
      ['g1/1', arn('g1', 1), true],
      ['g1/2', arn('g1', 2), false],
    ]);
    // Only what the registry checks need: no policy reads.
    expect(access.asked.some((k) => k.includes('GetModelPackageGroupPolicy'))).toBe(false);
  });

  it('a group whose versions cannot be listed makes the region unreadable, naming the group', async () => {
    const access = scripted([
      [{ operation: 'ListModelPackageGroups', input: { MaxResults: 100 } }, groups],
      [{ operation: 'ListModelPackages', input: { ModelPackageGroupName: 'g1', MaxResults: 100 } }, { ModelPackageSummaryList: [] }],
      [{ operation: 'ListModelPackages', input: { ModelPackageGroupName: 'g2', MaxResults: 100 } }, err('AccessDeniedException', 'denied', 'ListModelPackages')],
    ]);
    const out = await run(access, 'modelPackages');
    expect(out[R]).toMatchObject({ ok: false, error: { code: 'AccessDeniedException', message: expect.stringContaining('g2') } });
  });
});

describe('monitoringJobDefinitions', () => {
  const lists = ['DataQuality', 'ModelQuality', 'ModelBias', 'ModelExplainability'] as const;
  const empty = (k: string): [{ operation: string; input: Record<string, unknown> }, Answer] => [{ operation: `List${k}JobDefinitions`, input: { MaxResults: 100 } }, { JobDefinitionSummaries: [] }];
  const biasArn = `arn:aws:sagemaker:${R}:111122223333:model-bias-job-definition/bias-a`;

  it('describes each kind with its own call and normalises it into one view, raw output kept', async () => {
    const raw = {
      JobDefinitionArn: biasArn,
      JobDefinitionName: 'bias-a',
      ModelBiasJobOutputConfig: { KmsKeyId: 'alias/out', MonitoringOutputs: [{ S3Output: { S3Uri: 's3://b/out', LocalPath: '/o' } }] },
      ModelBiasJobInput: { EndpointInput: { EndpointName: 'ep', LocalPath: '/i' }, GroundTruthS3Input: { S3Uri: 's3://b/gt' } },
      JobResources: { ClusterConfig: { InstanceCount: 3, InstanceType: 'ml.m5.xlarge', VolumeSizeInGB: 20, VolumeKmsKeyId: 'alias/vol' } },
      NetworkConfig: { EnableNetworkIsolation: true, VpcConfig: { Subnets: ['subnet-1'], SecurityGroupIds: ['sg-1'] } },
      RoleArn: 'arn:aws:iam::111122223333:role/r',
    };
    const access = scripted([
      ...lists.filter((k) => k !== 'ModelBias').map(empty),
      [{ operation: 'ListModelBiasJobDefinitions', input: { MaxResults: 100 } }, { JobDefinitionSummaries: [{ MonitoringJobDefinitionName: 'bias-a', MonitoringJobDefinitionArn: biasArn, EndpointName: 'ep' }] }],
      [{ operation: 'DescribeModelBiasJobDefinition', input: { JobDefinitionName: 'bias-a' } }, raw],
    ]);
    const out = await run(access, 'monitoringJobDefinitions');
    const list = out[R]!;
    expect(list.ok).toBe(true);
    if (!list.ok) return;
    const view = list.value[0]!.data;
    expect(view).toMatchObject({
      ok: true,
      value: {
        kind: 'ModelBias',
        source: 'job-definition',
        name: 'bias-a',
        networkIsolation: true,
        interContainerEncryption: undefined,
        instanceCount: 3,
        volumeKmsKeyId: 'alias/vol',
        outputKmsKeyId: 'alias/out',
        vpcConfig: { subnets: ['subnet-1'], securityGroupIds: ['sg-1'] },
        endpointName: 'ep',
        s3Uris: ['s3://b/out', 's3://b/gt'],
        raw: { kind: 'ModelBias', output: raw },
      },
    });
  });

  it('one kind that cannot be listed makes the region unreadable (never a silently missing kind)', async () => {
    const access = scripted([
      ...lists.filter((k) => k !== 'ModelExplainability').map(empty),
      [{ operation: 'ListModelExplainabilityJobDefinitions', input: { MaxResults: 100 } }, err('AccessDeniedException', 'denied', 'ListModelExplainabilityJobDefinitions')],
    ]);
    const out = await run(access, 'monitoringJobDefinitions');
    expect(out[R]).toMatchObject({ ok: false, error: { code: 'AccessDeniedException', operation: 'sagemaker:ListModelExplainabilityJobDefinitions' } });
  });
});
