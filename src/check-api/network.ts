/**
 * Reading the EC2 network behind SageMaker: the subnets and VPCs SageMaker resources run in, which route table a
 * subnet uses, which routes lead to the internet, which security group rules are open to the world.
 */
import type { Collected, FindingDraft, ResourceRef } from '../model.js';
import type { AccountContext, Item, Regional } from '../inventory/types.js';
import type { RouteTable, SecurityGroup, Subnet } from '../inventory/infra.js';
import type { MlReferences, MlResourceRef } from '../inventory/references.js';
import { finding, unreadable } from './findings.js';
import { describeUsers, eachReferenced, incompleteReferences, referencedIn, usersOf } from './ml-resources.js';

const ec2Arn = (account: AccountContext, region: string, owner: string | undefined, kind: string, id: string) =>
  `arn:${account.partition}:ec2:${region}:${owner ?? account.accountId}:${kind}/${id}`;

/** Evaluates every subnet SageMaker resources use (see eachReferenced). */
export function eachSagemakerSubnet(
  refs: MlReferences | undefined,
  subnets: Regional<Item<Subnet>[]> | undefined,
  account: AccountContext,
  evaluate: (subnet: Subnet, resource: ResourceRef, users: MlResourceRef[]) => FindingDraft | FindingDraft[] | undefined,
): FindingDraft[] {
  const spec = { resourceType: 'AWS::EC2::Subnet', noun: 'subnet', pick: (r: MlResourceRef) => r.subnets, arnOf: (id: string, region: string) => ec2Arn(account, region, undefined, 'subnet', id) };
  return eachReferenced(refs, subnets, account, spec, evaluate);
}

/** Evaluates every security group SageMaker resources use (see eachReferenced). */
export function eachSagemakerSecurityGroup(
  refs: MlReferences | undefined,
  groups: Regional<Item<SecurityGroup>[]> | undefined,
  account: AccountContext,
  evaluate: (group: SecurityGroup, resource: ResourceRef, users: MlResourceRef[]) => FindingDraft | FindingDraft[] | undefined,
): FindingDraft[] {
  const spec = {
    resourceType: 'AWS::EC2::SecurityGroup',
    noun: 'security group',
    pick: (r: MlResourceRef) => r.securityGroups,
    arnOf: (id: string, region: string) => ec2Arn(account, region, undefined, 'security-group', id),
  };
  return eachReferenced(refs, groups, account, spec, evaluate);
}

/** A VPC hosting SageMaker: the subnets SageMaker uses in it and the resources using them. */
export interface SagemakerVpc {
  vpcId: string;
  ownerId: string | undefined;
  region: string;
  subnetIds: string[];
  users: MlResourceRef[];
}

/**
 * Evaluates every VPC hosting SageMaker (the VPCs of the subnets SageMaker uses). A subnet that could not be read
 * leaves its VPC unknown: `error` on that subnet; regions with incomplete references: `error` for the region.
 */
export function eachSagemakerVpc(
  refs: MlReferences | undefined,
  subnets: Regional<Item<Subnet>[]> | undefined,
  account: AccountContext,
  evaluate: (vpc: SagemakerVpc, resource: ResourceRef) => FindingDraft | FindingDraft[] | undefined,
): FindingDraft[] {
  const out = incompleteReferences(refs, account, 'AWS::EC2::VPC', 'VPC');
  const pick = (r: MlResourceRef) => r.subnets;
  for (const region of account.regions) {
    const vpcs = new Map<string, SagemakerVpc>();
    for (const id of referencedIn(refs, region, pick)) {
      const users = usersOf(refs, region, pick, id);
      const list = subnets?.[region];
      const item = list?.ok ? list.value.find((i) => i.name === id) : undefined;
      const resource: ResourceRef = { arn: item?.arn ?? ec2Arn(account, region, undefined, 'subnet', id), type: 'AWS::EC2::Subnet', region, name: id };
      const what = `subnet ${id} (used by ${describeUsers(users)}), so its VPC is unknown`;
      if (list && !list.ok) out.push(unreadable(resource, what, list.error));
      else if (!item) out.push(finding('error', resource, `The ${what}: the subnet was not collected`, { errorCode: 'NotCollected' }));
      else if (!item.data.ok) out.push(unreadable(resource, what, item.data.error));
      else if (!item.data.value.VpcId) out.push(finding('error', resource, `DescribeSubnets returned no VpcId for ${what}`, { errorCode: 'InvalidResponse' }));
      else {
        const s = item.data.value;
        const vpcId = s.VpcId as string;
        const vpc = vpcs.get(vpcId) ?? { vpcId, ownerId: s.OwnerId, region, subnetIds: [], users: [] };
        vpc.subnetIds.push(id);
        for (const u of users) if (!vpc.users.includes(u)) vpc.users.push(u);
        vpcs.set(vpcId, vpc);
      }
    }
    for (const vpc of [...vpcs.values()].sort((a, b) => (a.vpcId < b.vpcId ? -1 : 1))) {
      const resource: ResourceRef = { arn: ec2Arn(account, region, vpc.ownerId, 'vpc', vpc.vpcId), type: 'AWS::EC2::VPC', region, name: vpc.vpcId };
      const r = evaluate(vpc, resource);
      if (r) out.push(...(Array.isArray(r) ? r : [r]));
    }
  }
  return out;
}

/** A region's entry of a regional list key, or the error that it was not collected. */
export function regionalList<T>(regional: Regional<T[]> | undefined, region: string, what: string): Collected<T[]> {
  const entry = regional && Object.hasOwn(regional, region) ? regional[region] : undefined;
  return entry ?? { ok: false, error: { code: 'NotCollected', message: `${what} in ${region} were not collected` } };
}

/**
 * The route table a subnet uses: the table explicitly associated with it, else its VPC's main route table (a
 * subnet without an explicit association uses the main table; VPC User Guide, "Subnet route tables").
 */
export function routeTableOf(subnet: Subnet, tables: RouteTable[]): { table: RouteTable; explicit: boolean } | undefined {
  const live = (state: string | undefined) => state !== 'disassociated' && state !== 'failed';
  const explicit = tables.find((t) => (t.Associations ?? []).some((a) => a.SubnetId === subnet.SubnetId && live(a.AssociationState?.State)));
  if (explicit) return { table: explicit, explicit: true };
  const main = tables.find((t) => t.VpcId === subnet.VpcId && (t.Associations ?? []).some((a) => a.Main === true && live(a.AssociationState?.State)));
  return main ? { table: main, explicit: false } : undefined;
}

export interface RouteSummary {
  destination: string;
  target: string;
}

const destinationOf = (r: NonNullable<RouteTable['Routes']>[number]) =>
  r.DestinationCidrBlock ?? r.DestinationIpv6CidrBlock ?? r.DestinationPrefixListId ?? '(unknown destination)';

/**
 * Routes that lead out to the internet: to an internet gateway (igw-), a NAT gateway (nat-), an egress-only internet
 * gateway (eigw-) or a carrier gateway (cagw-), for any destination. Blackhole routes lead nowhere and are skipped.
 */
export function internetRoutes(table: RouteTable): RouteSummary[] {
  const out: RouteSummary[] = [];
  for (const r of table.Routes ?? []) {
    if (r.State === 'blackhole') continue;
    const target =
      (r.GatewayId?.startsWith('igw-') ? r.GatewayId : undefined) ??
      (r.NatGatewayId?.startsWith('nat-') ? r.NatGatewayId : undefined) ??
      (r.EgressOnlyInternetGatewayId?.startsWith('eigw-') ? r.EgressOnlyInternetGatewayId : undefined) ??
      (r.CarrierGatewayId?.startsWith('cagw-') ? r.CarrierGatewayId : undefined);
    if (target) out.push({ destination: destinationOf(r), target });
  }
  return out;
}

/** Default routes (0.0.0.0/0, ::/0) to anything else (transit gateway, peering, appliance ENI): egress elsewhere that smsec does not follow. */
export function otherDefaultRoutes(table: RouteTable): RouteSummary[] {
  const internet = new Set(internetRoutes(table).map((r) => r.target));
  return (table.Routes ?? [])
    .filter((r) => r.State !== 'blackhole' && (r.DestinationCidrBlock === '0.0.0.0/0' || r.DestinationIpv6CidrBlock === '::/0'))
    .map((r) => ({
      destination: destinationOf(r),
      target: r.TransitGatewayId ?? r.VpcPeeringConnectionId ?? r.NetworkInterfaceId ?? r.InstanceId ?? r.GatewayId ?? r.CoreNetworkArn ?? r.LocalGatewayId ?? '(unknown target)',
    }))
    .filter((r) => !internet.has(r.target));
}

const PROTOCOLS: Record<string, string> = { '-1': 'all traffic', '6': 'tcp', '17': 'udp', '1': 'icmp', '58': 'icmpv6' };

/** Ingress rules open to every address (0.0.0.0/0 or ::/0), e.g. "tcp port 22 from 0.0.0.0/0". */
export function publicIngress(group: SecurityGroup): string[] {
  const out: string[] = [];
  for (const p of group.IpPermissions ?? []) {
    const proto = PROTOCOLS[p.IpProtocol ?? '-1'] ?? p.IpProtocol ?? 'all traffic';
    let what = proto;
    if (proto !== 'all traffic') {
      const from = p.FromPort;
      const to = p.ToPort;
      if (proto.startsWith('icmp')) what = `${proto}${from === undefined || from === -1 ? ' (all types)' : ` type ${from}`}`;
      else if (from === undefined || (from === 0 && to === 65535) || from === -1) what = `${proto} all ports`;
      else what = from === to ? `${proto} port ${from}` : `${proto} ports ${from}-${to}`;
    }
    for (const r of p.IpRanges ?? []) if (r.CidrIp === '0.0.0.0/0') out.push(`${what} from 0.0.0.0/0`);
    for (const r of p.Ipv6Ranges ?? []) if (r.CidrIpv6 === '::/0') out.push(`${what} from ::/0`);
  }
  return out;
}

/** The AWS services a VPC hosting SageMaker needs endpoints for, with the IAM prefix of their actions. */
export const SAGEMAKER_ENDPOINT_SERVICES: readonly { service: string; iamPrefix: string; gatewayAllowed: boolean }[] = [
  { service: 'sagemaker.api', iamPrefix: 'sagemaker', gatewayAllowed: false },
  { service: 'sagemaker.runtime', iamPrefix: 'sagemaker', gatewayAllowed: false },
  { service: 's3', iamPrefix: 's3', gatewayAllowed: true },
  { service: 'sts', iamPrefix: 'sts', gatewayAllowed: false },
  { service: 'logs', iamPrefix: 'logs', gatewayAllowed: false },
  { service: 'ecr.api', iamPrefix: 'ecr', gatewayAllowed: false },
  { service: 'ecr.dkr', iamPrefix: 'ecr', gatewayAllowed: false },
  { service: 'kms', iamPrefix: 'kms', gatewayAllowed: false },
];

/**
 * Which of SAGEMAKER_ENDPOINT_SERVICES an endpoint's ServiceName names: com.amazonaws.<region>.<service>, with the
 * "cn.com.amazonaws" prefix many services use in the China partition, and the "-fips" variants.
 */
export function endpointServiceOf(serviceName: string | undefined, region: string, partition: string): string | undefined {
  if (!serviceName) return undefined;
  const prefixes = partition === 'aws-cn' ? ['cn.com.amazonaws', 'com.amazonaws'] : ['com.amazonaws'];
  for (const p of prefixes) {
    const base = `${p}.${region}.`;
    if (!serviceName.startsWith(base)) continue;
    const rest = serviceName.slice(base.length).replace(/-fips$/, '');
    return SAGEMAKER_ENDPOINT_SERVICES.find((s) => s.service === rest)?.service;
  }
  return undefined;
}
