import { describe, expect, it } from 'vitest';
import {
  argumentEntries,
  flagFinding,
  isDirectoryBucketUri,
  keyFinding,
  processingCompute,
  secretsFinding,
  trafficEncryptionFinding,
  trainingCompute,
  tuningCompute,
  tuningDefinitions,
  volumeKeyPart,
  vpcFinding,
} from '../../src/check-api/jobs.js';
import type { ResourceRef } from '../../src/model.js';
import { FAKE_HF_TOKEN, tuningDefinition, tuningJob } from '../helpers/jobs.js';

const R: ResourceRef = { arn: 'arn:aws:sagemaker:us-east-1:111122223333:training-job/j', type: 'AWS::SageMaker::TrainingJob', region: 'us-east-1', name: 'j' };

describe('compute', () => {
  it('sums heterogeneous instance groups and lists their types', () => {
    expect(trainingCompute({ InstanceGroups: [{ InstanceGroupName: 'a', InstanceType: 'ml.c5.xlarge', InstanceCount: 1 }, { InstanceGroupName: 'b', InstanceType: 'ml.p3.2xlarge', InstanceCount: 2 }] })).toEqual({
      types: ['ml.c5.xlarge', 'ml.p3.2xlarge'],
      instances: 3,
    });
  });
  it('does not guess a count that is not reported', () => {
    expect(trainingCompute(undefined)).toEqual({ types: [], instances: undefined });
    expect(trainingCompute({ InstanceGroups: [{ InstanceGroupName: 'a', InstanceType: 'ml.c5.xlarge', InstanceCount: undefined }] }).instances).toBeUndefined();
  });
  it('prefers the selected type and count over preferences', () => {
    expect(trainingCompute({ InstancePreferences: [{ InstanceType: 'ml.g5.xlarge', InstanceCount: 4 }], SelectedInstanceType: 'ml.m5.xlarge', SelectedInstanceCount: 1 })).toEqual({ types: ['ml.m5.xlarge'], instances: 1 });
  });
  it('uses the documented processing default of one instance', () => {
    expect(processingCompute({ InstanceType: 'ml.m5.xlarge', VolumeSizeInGB: 30 }).instances).toBe(1);
    expect(processingCompute({ VolumeSizeInGB: 30, InstancePreferences: [{ InstanceType: 'ml.m5.xlarge', InstanceCount: 3 }, { InstanceType: 'ml.c5.xlarge' }] }).instances).toBe(3);
  });
  it('reads HyperParameterTuningResourceConfig instance configs', () => {
    const def = tuningDefinition({ ResourceConfig: undefined, HyperParameterTuningResourceConfig: { InstanceConfigs: [{ InstanceType: 'ml.m5.xlarge', InstanceCount: 1, VolumeSizeInGB: 10 }, { InstanceType: 'ml.g5.xlarge', InstanceCount: 2, VolumeSizeInGB: 10 }] } });
    expect(tuningCompute(def)).toEqual({ types: ['ml.m5.xlarge', 'ml.g5.xlarge'], instances: 2 });
  });
  it('labels tuning definitions only when there are several', () => {
    expect(tuningDefinitions(tuningJob('t')).map((d) => d.label)).toEqual([undefined]);
    const many = tuningJob('t', { TrainingJobDefinition: undefined, TrainingJobDefinitions: [tuningDefinition({ DefinitionName: 'a' }), tuningDefinition()] });
    expect(tuningDefinitions(many).map((d) => d.label)).toEqual(['a', 'TrainingJobDefinitions[1]']);
  });
});

describe('keyFinding', () => {
  const output = (key?: string) => ({ name: 'output', what: 'its output', key, withoutKey: 'KmsKeyId not set' });
  it('exempts NVMe volumes only when every instance type has instance storage', () => {
    expect(volumeKeyPart('F', undefined, ['ml.g5.xlarge', 'ml.p4d.24xlarge']).exemption).toContain('NVMe');
    expect(volumeKeyPart('F', undefined, ['ml.g5.xlarge', 'ml.m5.xlarge']).exemption).toBeUndefined();
    expect(volumeKeyPart('F', undefined, []).exemption).toBeUndefined();
  });
  it('names the missing half, both halves, or the single part', () => {
    expect(keyFinding(R, 'Job j', [volumeKeyPart('F', 'k', ['ml.m5.xlarge']), output()]).message).toContain('for the output half');
    expect(keyFinding(R, 'Job j', [volumeKeyPart('F', ' ', ['ml.m5.xlarge']), output()]).message).toContain('both halves');
    expect(keyFinding(R, 'Job j', [output()]).message).toContain('for the output:');
  });
  it('is not applicable when no part can take a key, and passes when every required key is set', () => {
    expect(keyFinding(R, 'Job j', [volumeKeyPart('F', undefined, ['ml.g4dn.xlarge'])]).status).toBe('not_applicable');
    expect(keyFinding(R, 'Job j', [volumeKeyPart('F', undefined, ['ml.g4dn.xlarge']), output('alias/k')]).status).toBe('pass');
  });
});

describe('flags', () => {
  it('treats a missing boolean as false', () => {
    const f = flagFinding(R, 'Job j', 'EnableNetworkIsolation', 'network isolation', [{ value: undefined }]);
    expect(f.status).toBe('fail');
    expect(f.evidence).toMatchObject({ EnableNetworkIsolation: null, effective: false });
  });
  it('leaves single-instance units out of inter-container encryption', () => {
    expect(trafficEncryptionFinding(R, 'Job j', 'F', [{ value: false, instances: 1 }]).status).toBe('not_applicable');
    expect(trafficEncryptionFinding(R, 'Job j', 'F', [{ value: false, instances: 2 }]).status).toBe('fail');
    expect(trafficEncryptionFinding(R, 'Job j', 'F', [{ value: false, instances: undefined }]).message).toContain('treated as distributed');
  });
  it('needs subnets for a VPC', () => {
    expect(vpcFinding(R, 'Job j', 'VpcConfig', { SecurityGroupIds: ['sg-1'], Subnets: [] }).status).toBe('fail');
    expect(vpcFinding(R, 'Job j', 'VpcConfig', { SecurityGroupIds: ['sg-1'], Subnets: ['subnet-1'] }).status).toBe('pass');
  });
});

describe('secrets', () => {
  it('pairs container arguments by name', () => {
    expect(argumentEntries(['--a', '1', '--b=2', '--flag', '--a', '3', 'pos'])).toEqual({ '--a': '1', '--b': '2', '--flag': '', '--a (2)': '3', 'argument 7': 'pos' });
  });
  it('reads JSON-quoted hyperparameters and reports key and kind only', async () => {
    const f = await secretsFinding(R, 'Job j', [{ label: 'HyperParameters', entries: { token: JSON.stringify(FAKE_HF_TOKEN) } }]);
    expect(f.status).toBe('fail');
    expect(f.message).toContain('HyperParameters token: Hugging Face token');
    expect(JSON.stringify(f)).not.toContain(FAKE_HF_TOKEN);
  });
  it('recognises S3 directory buckets', () => {
    expect(isDirectoryBucketUri('s3://out--use1-az4--x-s3/p/')).toBe(true);
    expect(isDirectoryBucketUri('s3://out-x-s3/p/')).toBe(false);
  });
});
