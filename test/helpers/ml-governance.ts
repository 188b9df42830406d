/** Fixture builders for Feature Store, model registry, A2I and HyperPod check tests (passing baselines). */
import type {
  DescribeClusterCommandOutput,
  DescribeFeatureGroupCommandOutput,
  DescribeFlowDefinitionCommandOutput,
  DescribeModelPackageCommandOutput,
} from '@aws-sdk/client-sagemaker';
import type { FeatureGroup, FlowDefinition, HyperPodCluster, Item, ModelPackage } from '../../src/inventory/types.js';
import { KEY, ROLE } from './endpoints-monitoring.js';
import { item } from './inventory.js';

type Out<T> = Omit<T, '$metadata'>;

/** DescribeFeatureGroup with an online store (Standard) and an offline store, both with keys. */
export function featureGroup(name: string, fields: Partial<FeatureGroup> = {}, region = 'us-east-1'): Item<FeatureGroup> {
  const data = {
    FeatureGroupArn: `arn:aws:sagemaker:${region}:111122223333:feature-group/${name}`,
    FeatureGroupName: name,
    RecordIdentifierFeatureName: 'id',
    EventTimeFeatureName: 'ts',
    FeatureDefinitions: [{ FeatureName: 'id', FeatureType: 'String' }, { FeatureName: 'ts', FeatureType: 'String' }],
    CreationTime: new Date('2026-03-01T10:00:00Z'),
    OnlineStoreConfig: { EnableOnlineStore: true, SecurityConfig: { KmsKeyId: KEY }, StorageType: 'Standard' },
    OfflineStoreConfig: { S3StorageConfig: { S3Uri: 's3://feature-bucket/offline', KmsKeyId: KEY } },
    RoleArn: ROLE,
    FeatureGroupStatus: 'Created',
    NextToken: undefined,
    ...fields,
  } satisfies Out<DescribeFeatureGroupCommandOutput>;
  return item('feature-group', name, data, region);
}

/** DescribeModelPackage of version `version` in group `group`: Approved by a later update with a description. */
export function modelPackage(group: string, version: number, fields: Partial<ModelPackage> = {}, region = 'us-east-1'): Item<ModelPackage> {
  const arn = `arn:aws:sagemaker:${region}:111122223333:model-package/${group}/${version}`;
  const data = {
    ModelPackageName: group,
    ModelPackageGroupName: group,
    ModelPackageVersion: version,
    ModelPackageArn: arn,
    CreationTime: new Date('2026-03-01T10:00:00Z'),
    ModelPackageStatus: 'Completed',
    ModelPackageStatusDetails: { ValidationStatuses: [] },
    ModelApprovalStatus: 'Approved',
    ApprovalDescription: 'reviewed',
    LastModifiedTime: new Date('2026-03-02T09:00:00Z'),
    CreatedBy: { IamIdentity: { Arn: 'arn:aws:sts::111122223333:assumed-role/pipeline/run' } },
    LastModifiedBy: { IamIdentity: { Arn: 'arn:aws:sts::111122223333:assumed-role/approver/jane' } },
    ...fields,
  } satisfies Out<DescribeModelPackageCommandOutput>;
  return { name: `${group}/${version}`, arn, region, data: { ok: true, value: data } };
}

/** DescribeFlowDefinition with an output key. */
export function flowDefinition(name: string, fields: Partial<FlowDefinition> = {}, region = 'us-east-1'): Item<FlowDefinition> {
  const data = {
    FlowDefinitionArn: `arn:aws:sagemaker:${region}:111122223333:flow-definition/${name}`,
    FlowDefinitionName: name,
    FlowDefinitionStatus: 'Active',
    CreationTime: new Date('2026-03-01T10:00:00Z'),
    OutputConfig: { S3OutputPath: 's3://a2i-bucket/out/', KmsKeyId: KEY },
    RoleArn: ROLE,
    ...fields,
  } satisfies Out<DescribeFlowDefinitionCommandOutput>;
  return item('flow-definition', name, data, region);
}

/** DescribeCluster with a VpcConfig and one instance group. */
export function cluster(name: string, fields: Partial<HyperPodCluster> = {}, region = 'us-east-1'): Item<HyperPodCluster> {
  const data = {
    ClusterArn: `arn:aws:sagemaker:${region}:111122223333:cluster/${name}-id`,
    ClusterName: name,
    ClusterStatus: 'InService',
    CreationTime: new Date('2026-03-01T10:00:00Z'),
    InstanceGroups: [{ InstanceGroupName: 'workers', InstanceType: 'ml.g5.8xlarge', CurrentCount: 2, TargetCount: 2, ExecutionRole: ROLE }],
    VpcConfig: { Subnets: ['subnet-1'], SecurityGroupIds: ['sg-1'] },
    ...fields,
  } satisfies Out<DescribeClusterCommandOutput>;
  return item('cluster', name, data, region);
}
