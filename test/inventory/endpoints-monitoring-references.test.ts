import { describe, expect, it } from 'vitest';
import { buildReferences } from '../../src/inventory/references.js';
import { KEY, ROLE, biasDef, inlineDef, inlineSchedule, schedule } from '../helpers/endpoints-monitoring.js';
import { regional, unreadableItem } from '../helpers/inventory.js';
import { cluster, featureGroup, flowDefinition } from '../helpers/ml-governance.js';

describe('references of feature groups, flow definitions, HyperPod clusters and Model Monitor', () => {
  const refs = buildReferences({
    featureGroups: regional([featureGroup('fg', { OfflineStoreConfig: { S3StorageConfig: { S3Uri: 's3://fs-bucket/offline', KmsKeyId: 'alias/offline', ResolvedOutputS3Uri: 's3://fs-bucket/offline/resolved' } } })]),
    flowDefinitions: regional([flowDefinition('flow')]),
    clusters: regional([
      cluster('hp', { InstanceGroups: [{ InstanceGroupName: 'a', ExecutionRole: 'arn:aws:iam::111122223333:role/hp', OverrideVpcConfig: { Subnets: ['subnet-2'], SecurityGroupIds: ['sg-2'] }, LifeCycleConfig: { SourceS3Uri: 's3://lc-bucket/', OnCreate: 'x.sh' } }] }),
    ]),
    monitoringJobDefinitions: regional([biasDef('bias', { outputKey: 'alias/out' })], ['eu-west-1']),
    monitoringSchedules: regional([inlineSchedule('inline', inlineDef({ volumeKey: 'alias/inline-vol' })), schedule('named'), unreadableItem('monitoring-schedule', 'hidden')]),
  });
  const by = Object.fromEntries(refs.resources.map((r) => [r.name, r]));

  it('reads feature group keys, S3 locations and role', () => {
    expect(by.fg).toMatchObject({ resourceType: 'AWS::SageMaker::FeatureGroup', roleArns: [ROLE], kmsKeys: ['alias/offline', KEY], s3Uris: ['s3://fs-bucket/offline', 's3://fs-bucket/offline/resolved'] });
  });

  it('reads flow definition output and role', () => {
    expect(by.flow).toMatchObject({ resourceType: 'AWS::SageMaker::FlowDefinition', roleArns: [ROLE], kmsKeys: [KEY], s3Uris: ['s3://a2i-bucket/out/'] });
  });

  it('reads HyperPod networks of the cluster and of instance-group overrides, roles and lifecycle scripts', () => {
    expect(by.hp).toMatchObject({
      resourceType: 'AWS::SageMaker::Cluster',
      subnets: ['subnet-1', 'subnet-2'],
      securityGroups: ['sg-1', 'sg-2'],
      roleArns: ['arn:aws:iam::111122223333:role/hp'],
      s3Uris: ['s3://lc-bucket/'],
    });
  });

  it('types monitoring job definitions by kind, and reads inline schedule definitions only', () => {
    expect(by.bias).toMatchObject({ resourceType: 'AWS::SageMaker::ModelBiasJobDefinition', kmsKeys: [KEY, 'alias/out'], subnets: ['subnet-1'], roleArns: [ROLE] });
    expect(by.inline).toMatchObject({ resourceType: 'AWS::SageMaker::MonitoringSchedule', kmsKeys: ['alias/inline-vol', KEY], s3Uris: ['s3://monitor-bucket/out/'] });
    expect(by.named).toMatchObject({ kmsKeys: [], subnets: [], roleArns: [] });
  });

  it('records what could not be read', () => {
    expect(refs.incomplete.map((i) => `${i.source}:${i.region}:${i.name ?? '*'}`).sort()).toEqual(['monitoringJobDefinitions:eu-west-1:*', 'monitoringSchedules:us-east-1:hidden']);
  });
});
