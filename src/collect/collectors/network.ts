/**
 * EC2 network data behind SageMaker: only the subnets and security groups SageMaker resources reference (from
 * mlReferences), the route tables, VPC endpoints and flow logs of those subnets' VPCs. Never every subnet of the account.
 */
import type { FlowLog, RouteTable, SecurityGroup, Subnet, VpcEndpoint } from '@aws-sdk/client-ec2';
import { ok, failed, type Collected } from '../../model.js';
import { AwsCallError, paginate, toCollectionError, type AwsRequest } from '../access.js';
import type { CollectContext, Collector } from '../context.js';
import type { Item, Regional } from '../../inventory/types.js';
import type { MlResourceRef } from '../../inventory/references.js';

/** Ids per request: EC2 takes at most 200 values per filter or id list. */
export const CHUNK = 200;

export function chunks<T>(values: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += size) out.push(values.slice(i, i + size));
  return out;
}

const PAGES = { inputToken: 'NextToken', outputToken: 'NextToken' };

export interface ByIdSpec<T> {
  operation: string;
  /** Input field taking the ids, e.g. SubnetIds. */
  idsKey: string;
  /** Output field holding the resources, e.g. Subnets. */
  itemsKey: string;
  idOf(resource: T): string | undefined;
  arnOf(id: string, resource: T | undefined): string;
  /** Error codes meaning one of the ids does not exist or is malformed: the chunk is then asked id by id. */
  perIdCodes: string[];
}

/**
 * Describes resources by id, in chunks. When a chunk fails because one id does not exist, each id of the chunk is
 * described on its own, so one deleted subnet does not hide the others. Every id gets an item: its description or its error.
 */
export async function describeByIds<T>(ctx: CollectContext, region: string, ids: string[], spec: ByIdSpec<T>): Promise<Item<T>[]> {
  const describe = async (chunk: string[]): Promise<Item<T>[]> => {
    const request: AwsRequest = { service: 'ec2', region, operation: spec.operation, input: { [spec.idsKey]: chunk } };
    try {
      const found = await paginate<T>(ctx.access, request, { ...PAGES, items: spec.itemsKey });
      const byId = new Map(found.map((r) => [spec.idOf(r), r] as const));
      return chunk.map((id) => {
        const r = byId.get(id);
        const data: Collected<T> = r
          ? ok(r)
          : failed({ code: 'NotFound', message: `${id} was not returned by ${spec.operation}`, operation: `ec2:${spec.operation}` });
        return { name: id, arn: spec.arnOf(id, r), region, data };
      });
    } catch (err) {
      if (chunk.length > 1 && err instanceof AwsCallError && spec.perIdCodes.includes(err.code)) {
        return (await Promise.all(chunk.map((id) => describe([id])))).flat();
      }
      const error = toCollectionError(err, request);
      return chunk.map((id) => ({ name: id, arn: spec.arnOf(id, undefined), region, data: failed<T>(error) }));
    }
  };
  const items = (await Promise.all(chunks(ids).map(describe))).flat();
  return items.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Lists with filters, every chunk of values in its own request; any failure fails the whole list. */
async function listFiltered<T>(
  ctx: CollectContext,
  region: string,
  operation: string,
  itemsKey: string,
  inputs: Record<string, unknown>[],
): Promise<Collected<T[]>> {
  const out: T[] = [];
  for (const input of inputs) {
    const request: AwsRequest = { service: 'ec2', region, operation, input };
    try {
      out.push(...(await paginate<T>(ctx.access, request, { ...PAGES, items: itemsKey })));
    } catch (err) {
      return failed(toCollectionError(err, request));
    }
  }
  return ok(out);
}

/** The ids SageMaker resources in a region reference, sorted and unique (so equal requests are made once). */
async function referencedIds(ctx: CollectContext, region: string, pick: (r: MlResourceRef) => string[]): Promise<string[]> {
  const refs = await ctx.get('mlReferences');
  return [...new Set(refs.resources.filter((r) => r.region === region).flatMap(pick))].sort();
}

function perRegion<T>(ctx: CollectContext, build: (region: string) => Promise<Collected<T>>): Promise<Regional<T>> {
  return Promise.all(ctx.account.regions.map(async (region) => [region, await build(region)] as const)).then((e) => Object.fromEntries(e));
}

const ec2Arn = (ctx: CollectContext, region: string, owner: string | undefined, kind: string, id: string) =>
  `arn:${ctx.account.partition}:ec2:${region}:${owner ?? ctx.account.accountId}:${kind}/${id}`;

export const collectSagemakerSubnets: Collector<'sagemakerSubnets'> = (ctx) =>
  perRegion(ctx, async (region) =>
    ok(
      await describeByIds<Subnet>(ctx, region, await referencedIds(ctx, region, (r) => r.subnets), {
        operation: 'DescribeSubnets',
        idsKey: 'SubnetIds',
        itemsKey: 'Subnets',
        idOf: (s) => s.SubnetId,
        arnOf: (id, s) => s?.SubnetArn ?? ec2Arn(ctx, region, s?.OwnerId, 'subnet', id),
        perIdCodes: ['InvalidSubnetID.NotFound', 'InvalidSubnetID.Malformed'],
      }),
    ),
  );

export const collectSecurityGroups: Collector<'securityGroups'> = (ctx) =>
  perRegion(ctx, async (region) =>
    ok(
      await describeByIds<SecurityGroup>(ctx, region, await referencedIds(ctx, region, (r) => r.securityGroups), {
        operation: 'DescribeSecurityGroups',
        idsKey: 'GroupIds',
        itemsKey: 'SecurityGroups',
        idOf: (g) => g.GroupId,
        arnOf: (id, g) => g?.SecurityGroupArn ?? ec2Arn(ctx, region, g?.OwnerId, 'security-group', id),
        perIdCodes: ['InvalidGroup.NotFound', 'InvalidGroupId.Malformed', 'InvalidGroupId.NotFound'],
      }),
    ),
  );

/** The subnets SageMaker uses in a region that were read, and their VPCs (both sorted). */
async function readSubnets(ctx: CollectContext, region: string): Promise<Collected<{ subnetIds: string[]; vpcIds: string[] }>> {
  const list = (await ctx.get('sagemakerSubnets'))[region];
  if (!list) return failed({ code: 'NotCollected', message: `the subnets in ${region} were not collected` });
  if (!list.ok) return list;
  const read = list.value.flatMap((i) => (i.data.ok ? [i.data.value] : []));
  const subnetIds = [...new Set(read.flatMap((s) => (s.SubnetId ? [s.SubnetId] : [])))].sort();
  const vpcIds = [...new Set(read.flatMap((s) => (s.VpcId ? [s.VpcId] : [])))].sort();
  return ok({ subnetIds, vpcIds });
}

/**
 * A subnet without an explicit route table association uses its VPC's main route table (VPC User Guide, "Route
 * tables"), so both the explicit associations and the main tables are read.
 */
export const collectRouteTables: Collector<'routeTables'> = (ctx) =>
  perRegion(ctx, async (region) => {
    const read = await readSubnets(ctx, region);
    if (!read.ok) return read;
    const inputs = [
      ...chunks(read.value.subnetIds).map((ids) => ({ Filters: [{ Name: 'association.subnet-id', Values: ids }] })),
      ...chunks(read.value.vpcIds).map((ids) => ({ Filters: [{ Name: 'association.main', Values: ['true'] }, { Name: 'vpc-id', Values: ids }] })),
    ];
    const tables = await listFiltered<RouteTable>(ctx, region, 'DescribeRouteTables', 'RouteTables', inputs);
    if (!tables.ok) return tables;
    const unique = new Map(tables.value.map((t) => [t.RouteTableId, t] as const));
    return ok([...unique.values()]);
  });

export const collectVpcEndpoints: Collector<'vpcEndpoints'> = (ctx) =>
  perRegion(ctx, async (region) => {
    const read = await readSubnets(ctx, region);
    if (!read.ok) return read;
    const inputs = chunks(read.value.vpcIds).map((ids) => ({ Filters: [{ Name: 'vpc-id', Values: ids }] }));
    return listFiltered<VpcEndpoint>(ctx, region, 'DescribeVpcEndpoints', 'VpcEndpoints', inputs);
  });

export const collectFlowLogs: Collector<'flowLogs'> = (ctx) =>
  perRegion(ctx, async (region) => {
    const read = await readSubnets(ctx, region);
    if (!read.ok) return read;
    // DescribeFlowLogs spells its filter list "Filter" (EC2 API reference).
    const inputs = chunks(read.value.vpcIds).map((ids) => ({ Filter: [{ Name: 'resource-id', Values: ids }] }));
    return listFiltered<FlowLog>(ctx, region, 'DescribeFlowLogs', 'FlowLogs', inputs);
  });
