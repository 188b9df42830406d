/**
 * Builders for network, KMS and ML-reference fixtures in checks' tests. EC2 and KMS objects are typed as the SDK
 * shapes DescribeSubnets, DescribeRouteTables, DescribeSecurityGroups, DescribeVpcEndpoints, DescribeFlowLogs and
 * DescribeKey return; override one field at a time.
 */
import type { FlowLog, IpPermission, Route, RouteTable, SecurityGroup, Subnet, VpcEndpoint } from '@aws-sdk/client-ec2';
import type { KeyMetadata } from '@aws-sdk/client-kms';
import type { Item, Regional } from '../../src/inventory/types.js';
import type { KmsKeyDetails, KmsKeyReference, KmsKeyUser, MlKmsKey, MlKmsKeys } from '../../src/inventory/infra.js';
import type { MlReferences, MlResourceRef } from '../../src/inventory/references.js';
import type { Collected } from '../../src/model.js';
import { ACCOUNT, denied, ok, smArn } from './inventory.js';

const A = ACCOUNT.accountId;

/** A SageMaker resource's references (a notebook instance in us-east-1 unless overridden). */
export function mlResource(name: string, fields: Partial<MlResourceRef> = {}): MlResourceRef {
  const region = fields.region ?? 'us-east-1';
  return {
    source: 'notebookInstances',
    resourceType: 'AWS::SageMaker::NotebookInstance',
    name,
    arn: smArn('notebook-instance', name, region),
    region,
    subnets: [],
    securityGroups: [],
    roleArns: [],
    kmsKeys: [],
    s3Uris: [],
    ...fields,
  };
}

/** mlReferences; `incompleteRegions` get an unreadable ListTrainingJobs. */
export function mlRefs(resources: MlResourceRef[], incompleteRegions: string[] = []): MlReferences {
  return {
    resources,
    incomplete: incompleteRegions.map((region) => ({ source: 'trainingJobs', region, error: { code: 'AccessDeniedException', message: 'denied', operation: 'sagemaker:ListTrainingJobs' } })),
  };
}

/** A regional key: the given per-region values, every other audited region an empty successful list. */
export function byRegion<T>(values: Record<string, Collected<T[]>> = {}): Regional<T[]> {
  const out: Regional<T[]> = {};
  for (const r of ACCOUNT.regions) out[r] = values[r] ?? ok([]);
  return out;
}

/** Items of a by-id EC2 key, all in one region; `'denied'` stands for an id whose describe failed. */
export function ec2Items<T>(kind: string, entries: [id: string, data: T | 'denied'][], region = 'us-east-1'): Regional<Item<T>[]> {
  const items: Item<T>[] = entries.map(([id, data]) => ({
    name: id,
    arn: `arn:aws:ec2:${region}:${A}:${kind}/${id}`,
    region,
    data: data === 'denied' ? denied(`ec2:Describe`) : ok(data),
  }));
  return byRegion({ [region]: ok(items) });
}

export const VPC = 'vpc-0aaa1111bbbb2222c';

export function subnet(id: string, fields: Partial<Subnet> = {}): Subnet {
  return {
    SubnetId: id,
    SubnetArn: `arn:aws:ec2:us-east-1:${A}:subnet/${id}`,
    VpcId: VPC,
    OwnerId: A,
    CidrBlock: '10.0.1.0/24',
    AvailabilityZone: 'us-east-1a',
    State: 'available',
    MapPublicIpOnLaunch: false,
    AssignIpv6AddressOnCreation: false,
    DefaultForAz: false,
    ...fields,
  } satisfies Subnet;
}

export const localRoute: Route = { DestinationCidrBlock: '10.0.0.0/16', GatewayId: 'local', Origin: 'CreateRouteTable', State: 'active' };

/** A route table; `subnets` are explicit associations, `main` marks the VPC's main table. */
export function routeTable(id: string, opts: { subnets?: string[]; main?: boolean; routes?: Route[]; vpc?: string } = {}): RouteTable {
  return {
    RouteTableId: id,
    VpcId: opts.vpc ?? VPC,
    OwnerId: A,
    Routes: [localRoute, ...(opts.routes ?? [])],
    Associations: [
      ...(opts.main ? [{ Main: true, RouteTableId: id, RouteTableAssociationId: `rtbassoc-main-${id}`, AssociationState: { State: 'associated' as const } }] : []),
      ...(opts.subnets ?? []).map((s) => ({ Main: false, SubnetId: s, RouteTableId: id, RouteTableAssociationId: `rtbassoc-${s}`, AssociationState: { State: 'associated' as const } })),
    ],
  } satisfies RouteTable;
}

export function securityGroup(id: string, ingress: IpPermission[] = [], fields: Partial<SecurityGroup> = {}): SecurityGroup {
  return {
    GroupId: id,
    GroupName: `${id}-name`,
    Description: 'SageMaker',
    VpcId: VPC,
    OwnerId: A,
    SecurityGroupArn: `arn:aws:ec2:us-east-1:${A}:security-group/${id}`,
    IpPermissions: ingress,
    IpPermissionsEgress: [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }],
    ...fields,
  } satisfies SecurityGroup;
}

/** An available interface endpoint with private DNS for com.amazonaws.us-east-1.<service>. */
export function vpcEndpoint(id: string, service: string, fields: Partial<VpcEndpoint> = {}): VpcEndpoint {
  return {
    VpcEndpointId: id,
    VpcEndpointType: 'Interface',
    VpcId: VPC,
    ServiceName: `com.amazonaws.us-east-1.${service}`,
    // The API answers lower camel case ("available", "pendingAcceptance") where the SDK enum says "Available" (aws/aws-sdk-go#3555).
    State: 'available' as VpcEndpoint['State'],
    PrivateDnsEnabled: true,
    OwnerId: A,
    PolicyDocument: JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc123def4' } } }] }),
    ...fields,
  } satisfies VpcEndpoint;
}

/** Endpoints for every service SageMaker needs (S3 as a gateway endpoint). */
export function allEndpoints(): VpcEndpoint[] {
  return ['sagemaker.api', 'sagemaker.runtime', 'sts', 'logs', 'ecr.api', 'ecr.dkr', 'kms']
    .map((s, i) => vpcEndpoint(`vpce-0${i}`, s))
    .concat(vpcEndpoint('vpce-s3', 's3', { VpcEndpointType: 'Gateway', PrivateDnsEnabled: false, RouteTableIds: ['rtb-private'] }));
}

export function flowLog(id: string, fields: Partial<FlowLog> = {}): FlowLog {
  return {
    FlowLogId: id,
    ResourceId: VPC,
    FlowLogStatus: 'ACTIVE',
    DeliverLogsStatus: 'SUCCESS',
    TrafficType: 'ALL',
    LogDestinationType: 's3',
    LogDestination: 'arn:aws:s3:::flow-logs-bucket',
    ...fields,
  } satisfies FlowLog;
}

// KMS ------------------------------------------------------------------------------------------------------------

export const KEY_ID = '1234abcd-12ab-34cd-56ef-1234567890ab';
export const KEY_ARN = `arn:aws:kms:us-east-1:${A}:key/${KEY_ID}`;

/** DescribeKey's KeyMetadata of an enabled customer managed symmetric key. */
export function keyMetadata(fields: Partial<KeyMetadata> = {}, arn = KEY_ARN): KeyMetadata {
  return {
    AWSAccountId: arn.split(':')[4],
    KeyId: arn.replace(/^.*key\//, ''),
    Arn: arn,
    Enabled: true,
    KeyState: 'Enabled',
    KeyUsage: 'ENCRYPT_DECRYPT',
    KeySpec: 'SYMMETRIC_DEFAULT',
    Origin: 'AWS_KMS',
    KeyManager: 'CUSTOMER',
    MultiRegion: false,
    ...fields,
  } satisfies KeyMetadata;
}

export function keyDetails(fields: Partial<KeyMetadata> = {}, rotationEnabled: boolean | 'denied' = true, arn = KEY_ARN): KmsKeyDetails {
  const metadata = keyMetadata(fields, arn);
  const notApplicable = metadata.KeyManager === 'AWS' ? 'AWS managed keys are rotated by AWS every year' : metadata.KeySpec !== 'SYMMETRIC_DEFAULT' ? 'asymmetric' : undefined;
  const rotation: KmsKeyDetails['rotation'] = notApplicable
    ? ok({ applicable: false, reason: notApplicable })
    : rotationEnabled === 'denied'
      ? denied('kms:GetKeyRotationStatus')
      : ok({ applicable: true, status: { KeyId: arn, KeyRotationEnabled: rotationEnabled, ...(rotationEnabled ? { RotationPeriodInDays: 365 } : {}) } });
  return { metadata, rotation };
}

export const notebookUser: KmsKeyUser = { resourceType: 'AWS::SageMaker::NotebookInstance', name: 'nb-1', arn: smArn('notebook-instance', 'nb-1'), region: 'us-east-1' };

/** One region of kmsKeys with one key referenced by `ref` (the key ARN by default). */
export function mlKeys(key: Partial<MlKmsKey> = {}, ref: Partial<KmsKeyReference> = {}, incomplete: MlKmsKeys['incomplete'] = []): Record<string, MlKmsKeys> {
  const k: MlKmsKey = {
    arn: KEY_ARN,
    region: 'us-east-1',
    details: ok(keyDetails()),
    policy: ok({ Version: '2012-10-17', Statement: [{ Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${A}:root` }, Action: 'kms:*', Resource: '*' }] }),
    ...key,
  };
  const r: KmsKeyReference = { ref: k.arn, region: 'us-east-1', users: [notebookUser], resolution: ok({ kind: 'key', keyArn: k.arn }), ...ref };
  return { 'us-east-1': { references: [r], keys: [k], incomplete } };
}
