/**
 * Streamed evaluation: item checks run on each resource as the collector reads it, and the inventory keeps the item
 * without its answer. The findings must be exactly those of evaluating the whole key afterwards, whatever failed.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_CHECKS } from '../../checks/index.js';
import { buildDemoAccount } from '../../fixtures/demo/demo-account.js';
import { defineCheck, defineItemCheck, finding, type AnyCheck } from '../../src/check-api/index.js';
import { AwsCallError, DedupingAccess, type AwsAccess, type AwsRequest, type AwsResponse } from '../../src/collect/access.js';
import { collect } from '../../src/collect/collect.js';
import { ReplayAccess } from '../../src/collect/record.js';
import { runAudit } from '../../src/engine/audit.js';
import { STREAM_HIGH_WATER, streamEvaluation } from '../../src/engine/stream.js';
import type { AccountContext, Item, Regional, TrainingJob } from '../../src/inventory/types.js';
import type { CheckMeta } from '../../src/model.js';

const demo = buildDemoAccount('0.1.0');
const demoAccount: AccountContext = { accountId: demo.metadata.accountId, partition: demo.metadata.partition, regions: demo.metadata.regions };
const source = { kind: 'snapshot' as const, file: 'demo.json', collectedAt: '2026-11-20T08:00:00.000Z' };

const account: AccountContext = { accountId: '111122223333', partition: 'aws', regions: ['us-east-1', 'eu-west-1'] };
const arn = (region: string, name: string) => `arn:aws:sagemaker:${region}:${account.accountId}:training-job/${name}`;

/**
 * A small account of training jobs: us-east-1 lists a, b, c (b cannot be described); eu-west-1 lists d, e on its first
 * page and then denies the second page, after d and e have been described.
 */
class JobsAccess implements AwsAccess {
  async send(request: AwsRequest): Promise<AwsResponse> {
    await new Promise((r) => setImmediate(r));
    const { region, operation, input } = request;
    if (operation === 'ListTrainingJobs') {
      if (region === 'eu-west-1' && input.NextToken) throw new AwsCallError('AccessDeniedException', 'denied', 400, 'sagemaker:ListTrainingJobs');
      const names = region === 'us-east-1' ? ['a', 'b', 'c'] : ['d', 'e'];
      return {
        TrainingJobSummaries: names.map((n) => ({ TrainingJobName: n, TrainingJobArn: arn(region, n), TrainingJobStatus: 'Completed' })),
        ...(region === 'eu-west-1' ? { NextToken: 'more' } : {}),
      };
    }
    if (operation === 'DescribeTrainingJob') {
      const name = String(input.TrainingJobName);
      if (name === 'b') throw new AwsCallError('AccessDeniedException', 'denied', 400, 'sagemaker:DescribeTrainingJob');
      return {
        TrainingJobName: name,
        TrainingJobArn: arn(region, name),
        TrainingJobStatus: 'Completed',
        RoleArn: `arn:aws:iam::${account.accountId}:role/train-${name}`,
        EnableNetworkIsolation: name === 'a',
        OutputDataConfig: { S3OutputPath: `s3://ml-out-${name}/models`, KmsKeyId: name === 'c' ? 'alias/ml' : undefined },
        HyperParameters: name === 'c' ? { api_token: 'ghp_0123456789abcdefghijklmnopqrstuvwxyzAB' } : { epochs: '3' },
      };
    }
    throw new AwsCallError('NotRecorded', `no answer for ${operation}`, undefined, `sagemaker:${operation}`);
  }
}

const meta = (id: string): CheckMeta => ({
  id,
  title: id,
  severity: 'low',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::TrainingJob',
  rationale: 'r',
  remediation: { console: ['c'] },
  references: ['https://example.com'],
  compliance: [],
});

const isolated = defineItemCheck({
  meta: meta('test-isolated'),
  each: 'trainingJobs',
  noun: 'training job',
  evaluate: (job, resource) => finding(job.EnableNetworkIsolation ? 'pass' : 'fail', resource, `Training job ${resource.name}`),
});

/** Async, like the secret scanners. */
const asyncCheck = defineItemCheck({
  meta: meta('test-async'),
  each: 'trainingJobs',
  noun: 'training job',
  evaluate: async (job, resource) => {
    await new Promise((r) => setImmediate(r));
    return [finding('pass', resource, `Training job ${resource.name} one`), finding('pass', resource, `Training job ${resource.name} two`)];
  },
});

const trainingJobsCheck = (ids: string[]) => BUILTIN_CHECKS.filter((c) => ids.includes(c.meta.id));

async function audit(checks: AnyCheck[], access: AwsAccess, streamed: boolean, acct = account) {
  return runAudit({ checks, access: new DedupingAccess(access), account: acct, source, streamed });
}

describe('streamed evaluation', () => {
  it('audits the demo account to the same report streamed or not, with the training-job checks streamed', async () => {
    const checks = [...BUILTIN_CHECKS];
    const keys = [...streamEvaluation(checks, demoAccount).streams.keys()];
    expect(keys).toContain('trainingJobs');
    const streamed = await audit(checks, new ReplayAccess(demo), true, demoAccount);
    const whole = await audit(checks, new ReplayAccess(demo), false, demoAccount);
    expect(streamed.findings.some((f) => f.checkId.startsWith('sagemaker-training-job-'))).toBe(true);
    expect(streamed).toEqual(whole);
  });

  it('keeps no answer of a streamed key, and the references read from them are the same', async () => {
    const plan = streamEvaluation(trainingJobsCheck(['sagemaker-training-job-kms']), account);
    const streamedInv = await collect(new DedupingAccess(new JobsAccess()), account, ['trainingJobs', 'mlReferences'], { streams: plan.streams });
    const wholeInv = await collect(new DedupingAccess(new JobsAccess()), account, ['trainingJobs', 'mlReferences']);
    const kept = streamedInv.trainingJobs!['us-east-1'] as { ok: true; value: Item<TrainingJob>[] };
    expect(kept.value.map((i) => [i.name, i.data.ok ? 'answer' : i.data.error.code])).toEqual([
      ['a', 'AnswerReleased'],
      ['b', 'AccessDeniedException'],
      ['c', 'AnswerReleased'],
    ]);
    expect(streamedInv.mlReferences).toEqual(wholeInv.mlReferences);
    expect(streamedInv.mlReferences!.resources.map((r) => r.name)).toEqual(['a', 'c']);
  });

  it('gives the whole-key findings when a region fails after some of its items were read, and for items that failed', async () => {
    const checks = [isolated, asyncCheck, ...trainingJobsCheck(['sagemaker-training-job-no-secrets', 'sagemaker-training-job-kms'])];
    const streamed = await audit(checks, new JobsAccess(), true);
    const whole = await audit(checks, new JobsAccess(), false);
    expect(streamed.findings).toEqual(whole.findings);
    const mine = streamed.findings.filter((f) => f.checkId === 'test-isolated').map((f) => `${f.status} ${f.resource.name}`);
    // d and e were described before eu-west-1's listing failed: the region's error stands for them, as over the whole key.
    expect(mine.sort()).toEqual(['error all training jobs in eu-west-1', 'error b', 'fail c', 'pass a']);
    expect(JSON.stringify(streamed)).not.toContain('ghp_0123456789');
  });

  it('gives a check that throws on one item its one crash finding, as over the whole key', async () => {
    const crashing = defineItemCheck({
      meta: meta('test-crashing'),
      each: 'trainingJobs',
      noun: 'training job',
      evaluate: (job, resource) => {
        if (job.TrainingJobName === 'c') throw new Error('cannot read c');
        return finding('pass', resource, `Training job ${resource.name}`);
      },
    });
    const streamed = await audit([crashing, isolated], new JobsAccess(), true);
    expect(streamed.findings).toEqual((await audit([crashing, isolated], new JobsAccess(), false)).findings);
    expect(streamed.findings.filter((f) => f.checkId === 'test-crashing').map((f) => [f.status, f.evidence.errorCode, f.message])).toEqual([
      ['error', 'CheckCrashed', 'The check failed to run: cannot read c'],
    ]);
  });

  it('does not stream a key another check reads whole', () => {
    const whole = defineCheck({ meta: meta('test-whole'), requires: ['trainingJobs'], evaluate: () => [] });
    const both = defineCheck({ meta: meta('test-both'), requires: ['trainingJobs', 'models'], evaluate: () => [] });
    expect([...streamEvaluation([isolated, whole], account).streams.keys()]).toEqual([]);
    expect([...streamEvaluation([isolated, both], account).streams.keys()]).toEqual([]);
    expect([...streamEvaluation([isolated, asyncCheck], account).streams.keys()]).toEqual(['trainingJobs']);
  });

  it('leaves a check whose key was not streamed (its collector never ended the stream) to the ordinary evaluation', async () => {
    const plan = streamEvaluation([isolated, asyncCheck], account);
    const stream = plan.streams.get('trainingJobs')!;
    const item: Item<TrainingJob> = { name: 'a', arn: arn('us-east-1', 'a'), region: 'us-east-1', data: { ok: true, value: { EnableNetworkIsolation: true } as TrainingJob } };
    await stream.item(item);
    const inventory = { trainingJobs: { 'us-east-1': { ok: true, value: [item] }, 'eu-west-1': { ok: true, value: [] } } as Regional<Item<TrainingJob>[]> };
    expect(plan.finish(inventory)).toEqual({ findings: [], rest: [isolated, asyncCheck] });
    await stream.end();
    const { findings, rest } = plan.finish(inventory);
    expect(rest).toEqual([]);
    expect(findings.map((f) => `${f.checkId} ${f.status} ${f.resource.name}`).sort()).toEqual([
      'test-async pass a',
      'test-async pass a',
      'test-isolated pass a',
    ]);
    // An item handed over after the end (a collector streaming one key twice): the streamed findings no longer count.
    await stream.item({ ...item, name: 'late' });
    expect(plan.finish(inventory).rest).toEqual([isolated, asyncCheck]);
  });

  it('describes no further ahead of the evaluation than STREAM_HIGH_WATER items when answers come at once', async () => {
    const jobs = 3_000;
    let described = 0;
    let evaluated = 0;
    let ahead = 0;
    const instant: AwsAccess = {
      send(request) {
        if (request.operation === 'ListTrainingJobs') {
          const names = request.region === 'us-east-1' ? Array.from({ length: jobs }, (_, i) => `job-${i}`) : [];
          return Promise.resolve({ TrainingJobSummaries: names.map((n) => ({ TrainingJobName: n, TrainingJobArn: arn(request.region, n), TrainingJobStatus: 'Completed' })) });
        }
        described++;
        ahead = Math.max(ahead, described - evaluated);
        return Promise.resolve({ TrainingJobName: String(request.input.TrainingJobName), EnableNetworkIsolation: true });
      },
    };
    const counting = defineItemCheck({
      meta: meta('test-counting'),
      each: 'trainingJobs',
      noun: 'training job',
      evaluate: async (job, resource) => {
        await new Promise((r) => setImmediate(r));
        evaluated++;
        return finding('pass', resource, `Training job ${resource.name}`);
      },
    });
    const report = await audit([counting], instant, true);
    expect(report.findings).toHaveLength(jobs);
    expect(evaluated).toBe(jobs);
    expect(ahead).toBeGreaterThan(0);
    expect(ahead).toBeLessThanOrEqual(STREAM_HIGH_WATER);
  });
});
