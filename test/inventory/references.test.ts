import { describe, expect, it } from 'vitest';
import { bucketOfUri, buildReferences, regionsWithResources } from '../../src/inventory/references.js';
import type { NotebookInstance, TrainingJob } from '../../src/inventory/types.js';
import { item, regional, unreadableItem } from '../helpers/inventory.js';

describe('buildReferences', () => {
  const nb: NotebookInstance = { NotebookInstanceName: 'nb', RoleArn: 'arn:aws:iam::111122223333:role/nb', SubnetId: 'subnet-1', SecurityGroups: ['sg-1'], KmsKeyId: 'key-1' };
  const job: TrainingJob = {
    TrainingJobName: 'job',
    RoleArn: 'arn:aws:iam::111122223333:role/train',
    OutputDataConfig: { S3OutputPath: 's3://out-bucket/prefix/', KmsKeyId: 'alias/ml' },
    ResourceConfig: { InstanceType: 'ml.m5.large', InstanceCount: 1, VolumeSizeInGB: 10 },
    InputDataConfig: [{ ChannelName: 'train', DataSource: { S3DataSource: { S3DataType: 'S3Prefix', S3Uri: 's3://in-bucket/train/' } } }],
  } as TrainingJob;

  it('extracts subnets, groups, roles, keys and S3 URIs per resource', () => {
    const refs = buildReferences({
      notebookInstances: regional([item('notebook-instance', 'nb', nb)]),
      trainingJobs: regional([item('training-job', 'job', job, 'eu-west-1')]),
    });
    expect(refs.incomplete).toEqual([]);
    const byName = Object.fromEntries(refs.resources.map((r) => [r.name, r]));
    expect(byName.nb).toMatchObject({ subnets: ['subnet-1'], securityGroups: ['sg-1'], roleArns: [nb.RoleArn], kmsKeys: ['key-1'], region: 'us-east-1' });
    expect(byName.job).toMatchObject({ kmsKeys: ['alias/ml'], s3Uris: ['s3://out-bucket/prefix/', 's3://in-bucket/train/'], region: 'eu-west-1' });
    expect(regionsWithResources(refs)).toEqual(['eu-west-1', 'us-east-1']);
  });

  it('records what could not be read instead of dropping it', () => {
    const refs = buildReferences({ notebookInstances: regional([unreadableItem('notebook-instance', 'hidden')], ['eu-west-1']) });
    expect(refs.resources).toEqual([]);
    expect(refs.incomplete.map((i) => `${i.region}:${i.name ?? '*'}`).sort()).toEqual(['eu-west-1:*', 'us-east-1:hidden']);
  });

  it('parses bucket names from URIs', () => {
    expect(bucketOfUri('s3://my-bucket/a/b')).toBe('my-bucket');
    expect(bucketOfUri('https://example.com/x')).toBeUndefined();
  });
});
