import { describe, expect, it } from 'vitest';
import { buildReferences } from '../../src/inventory/references.js';
import { regional, unreadableItem } from '../helpers/inventory.js';
import { items, OUTPUT_KEY, ROLE, tuningDefinition, VOLUME_KEY, VPC } from '../helpers/jobs.js';

describe('references of SageMaker jobs', () => {
  const refs = buildReferences({
    processingJobs: regional([items.processing('proc')]),
    transformJobs: regional([items.transform('batch')]),
    tuningJobs: regional([
      items.tuning('hpo', {
        TrainingJobDefinition: undefined,
        TrainingJobDefinitions: [tuningDefinition({ DefinitionName: 'a' }), tuningDefinition({ DefinitionName: 'b', VpcConfig: { SecurityGroupIds: ['sg-2'], Subnets: ['subnet-2'] } })],
      }),
    ]),
    autoMLJobs: regional([items.autoML('automl')]),
    compilationJobs: regional([items.compilation('neo')], ['eu-west-1']),
  });
  const by = Object.fromEntries(refs.resources.map((r) => [r.name, r]));

  it('reads network, role, keys and S3 locations of processing jobs', () => {
    expect(by.proc).toMatchObject({
      resourceType: 'AWS::SageMaker::ProcessingJob',
      subnets: VPC.Subnets,
      securityGroups: VPC.SecurityGroupIds,
      roleArns: [ROLE],
      kmsKeys: [VOLUME_KEY, OUTPUT_KEY],
      s3Uris: ['s3://ml-data-111122223333/raw/', 's3://ml-data-111122223333/processed/'],
    });
  });

  it('reads keys and S3 locations of transform jobs (their network and role are the model\'s)', () => {
    expect(by.batch).toMatchObject({ subnets: [], roleArns: [], kmsKeys: [VOLUME_KEY, OUTPUT_KEY], s3Uris: ['s3://ml-data-111122223333/batch/in/', 's3://ml-data-111122223333/batch/out/'] });
  });

  it('merges every training job definition of a tuning job, without repeats', () => {
    expect(by.hpo).toMatchObject({ subnets: [...VPC.Subnets, 'subnet-2'], securityGroups: [...VPC.SecurityGroupIds, 'sg-2'], roleArns: [ROLE], kmsKeys: [VOLUME_KEY, OUTPUT_KEY] });
  });

  it('reads AutoML and compilation jobs, and records lists that failed', () => {
    expect(by.automl).toMatchObject({ resourceType: 'AWS::SageMaker::AutoMLJob', subnets: VPC.Subnets, kmsKeys: [VOLUME_KEY, OUTPUT_KEY], s3Uris: ['s3://ml-artifacts-111122223333/automl/', 's3://ml-data-111122223333/churn/'] });
    expect(by.neo).toMatchObject({ resourceType: 'AWS::SageMaker::CompilationJob', kmsKeys: [OUTPUT_KEY], roleArns: [ROLE] });
    expect(by.neo!.s3Uris).toContain('s3://ml-artifacts-111122223333/models/resnet50.tar.gz');
    expect(refs.incomplete).toEqual([expect.objectContaining({ source: 'compilationJobs', region: 'eu-west-1' })]);
  });

  it('marks an unreadable job as incomplete', () => {
    const r = buildReferences({ autoMLJobs: regional([unreadableItem('automl-job', 'hidden')]) });
    expect(r.incomplete).toEqual([expect.objectContaining({ source: 'autoMLJobs', name: 'hidden' })]);
  });
});
