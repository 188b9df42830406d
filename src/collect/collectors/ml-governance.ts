/**
 * Feature Store feature groups, the model registry (model package groups with their resource policies, and the
 * versions in each group), Amazon A2I flow definitions and SageMaker HyperPod clusters.
 */
import { failed, ok, type Collected } from '../../model.js';
import { AwsCallError, paginate, toCollectionError, type AwsRequest } from '../access.js';
import type { CollectContext, Collector } from '../context.js';
import type { FeatureGroup, FlowDefinition, HyperPodCluster, Item, ModelPackage, ModelPackageGroup, PolicyDocument, Regional } from '../../inventory/types.js';
import { listAndDescribe, SAGEMAKER_PAGES, SAGEMAKER_PAGE_SIZE } from './sagemaker.js';

export const collectFeatureGroups: Collector<'featureGroups'> = (ctx) =>
  listAndDescribe<FeatureGroup>(ctx, {
    listOperation: 'ListFeatureGroups',
    itemsKey: 'FeatureGroupSummaries',
    nameKey: 'FeatureGroupName',
    arnKey: 'FeatureGroupArn',
    describeOperation: 'DescribeFeatureGroup',
    describeNameKey: 'FeatureGroupName',
  });

export const collectFlowDefinitions: Collector<'flowDefinitions'> = (ctx) =>
  listAndDescribe<FlowDefinition>(ctx, {
    listOperation: 'ListFlowDefinitions',
    itemsKey: 'FlowDefinitionSummaries',
    nameKey: 'FlowDefinitionName',
    arnKey: 'FlowDefinitionArn',
    describeOperation: 'DescribeFlowDefinition',
    describeNameKey: 'FlowDefinitionName',
  });

export const collectClusters: Collector<'clusters'> = (ctx) =>
  listAndDescribe<HyperPodCluster>(ctx, {
    listOperation: 'ListClusters',
    itemsKey: 'ClusterSummaries',
    nameKey: 'ClusterName',
    arnKey: 'ClusterArn',
    describeOperation: 'DescribeCluster',
    describeNameKey: 'ClusterName',
  });

interface GroupSummary {
  ModelPackageGroupName?: string;
  ModelPackageGroupArn?: string;
}

/** The model package groups of a region (ListModelPackageGroups; both registry collectors send the same request). */
async function listGroups(ctx: CollectContext, region: string): Promise<Collected<{ name: string; arn: string }[]>> {
  const request: AwsRequest = { service: 'sagemaker', region, operation: 'ListModelPackageGroups', input: { MaxResults: SAGEMAKER_PAGE_SIZE } };
  try {
    const summaries = await paginate<GroupSummary>(ctx.access, request, { ...SAGEMAKER_PAGES, items: 'ModelPackageGroupSummaryList' });
    return ok(summaries.filter((g) => typeof g.ModelPackageGroupName === 'string').map((g) => ({ name: g.ModelPackageGroupName!, arn: String(g.ModelPackageGroupArn) })));
  } catch (err) {
    return failed(toCollectionError(err, request));
  }
}

const byArn = <T>(a: Item<T>, b: Item<T>) => (a.arn < b.arn ? -1 : a.arn > b.arn ? 1 : 0);

/**
 * GetModelPackageGroupPolicy answers a group without a resource policy with a ValidationException whose message
 * says "Cannot find resource policy" (the message the Terraform AWS provider also keys on): that is "no policy",
 * data rather than an error. Any other failure, including a group deleted since it was listed, stays an error.
 */
export function isNoPolicyError(err: unknown): boolean {
  return err instanceof AwsCallError && err.code === 'ValidationException' && /cannot find resource policy/i.test(err.message);
}

async function readGroupPolicy(ctx: CollectContext, region: string, name: string): Promise<Collected<ModelPackageGroup>> {
  const request: AwsRequest = { service: 'sagemaker', region, operation: 'GetModelPackageGroupPolicy', input: { ModelPackageGroupName: name } };
  let text: unknown;
  try {
    text = (await ctx.access.send(request)).ResourcePolicy;
  } catch (err) {
    if (isNoPolicyError(err)) return ok({ policy: null });
    return failed(toCollectionError(err, request));
  }
  if (typeof text !== 'string' || text.trim() === '') return ok({ policy: null });
  try {
    const parsed = JSON.parse(text) as unknown;
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
    return ok({ policy: parsed as PolicyDocument });
  } catch {
    return failed({ code: 'InvalidPolicyDocument', message: 'the resource policy is not a JSON object', operation: 'sagemaker:GetModelPackageGroupPolicy' });
  }
}

/** Every model package group with its resource policy. */
export const collectModelPackageGroups: Collector<'modelPackageGroups'> = async (ctx) => {
  const perRegion = await Promise.all(
    ctx.account.regions.map(async (region) => {
      const groups = await listGroups(ctx, region);
      if (!groups.ok) return [region, groups] as const;
      const items = await Promise.all(
        groups.value.map(async (g): Promise<Item<ModelPackageGroup>> => ({ name: g.name, arn: g.arn, region, data: await readGroupPolicy(ctx, region, g.name) })),
      );
      return [region, ok(items.sort(byArn))] as const;
    }),
  );
  return Object.fromEntries(perRegion) as Regional<Item<ModelPackageGroup>[]>;
};

interface PackageSummary {
  ModelPackageArn?: string;
  ModelPackageVersion?: number;
}

/**
 * Every version in every model package group (ListModelPackages with ModelPackageGroupName, then
 * DescribeModelPackage by ARN, as versioned packages are named by ARN). Items are named "<group>/<version>".
 * When the versions of any group cannot be listed, the region is reported as unreadable.
 */
export const collectModelPackages: Collector<'modelPackages'> = async (ctx) => {
  const perRegion = await Promise.all(
    ctx.account.regions.map(async (region): Promise<readonly [string, Collected<Item<ModelPackage>[]>]> => {
      const groups = await listGroups(ctx, region);
      if (!groups.ok) return [region, groups];
      const lists = await Promise.all(
        groups.value.map(async (g) => {
          const request: AwsRequest = { service: 'sagemaker', region, operation: 'ListModelPackages', input: { ModelPackageGroupName: g.name, MaxResults: SAGEMAKER_PAGE_SIZE } };
          try {
            const summaries = await paginate<PackageSummary>(ctx.access, request, { ...SAGEMAKER_PAGES, items: 'ModelPackageSummaryList' });
            return { group: g.name, summaries: ok(summaries) };
          } catch (err) {
            return { group: g.name, summaries: failed<PackageSummary[]>(toCollectionError(err, request)) };
          }
        }),
      );
      const broken = lists.find((l) => !l.summaries.ok);
      if (broken && !broken.summaries.ok) {
        return [region, failed({ ...broken.summaries.error, message: `${broken.summaries.error.message} (versions of model package group ${broken.group})` })];
      }
      const items = await Promise.all(
        lists.flatMap((l) =>
          (l.summaries.ok ? l.summaries.value : []).filter((p) => typeof p.ModelPackageArn === 'string').map(async (p): Promise<Item<ModelPackage>> => {
            const arn = p.ModelPackageArn!;
            const name = `${l.group}/${p.ModelPackageVersion ?? arn.split('/').pop()}`;
            const request: AwsRequest = { service: 'sagemaker', region, operation: 'DescribeModelPackage', input: { ModelPackageName: arn } };
            try {
              return { name, arn, region, data: ok((await ctx.access.send(request)) as ModelPackage) };
            } catch (err) {
              return { name, arn, region, data: failed(toCollectionError(err, request)) };
            }
          }),
        ),
      );
      return [region, ok(items.sort(byArn))];
    }),
  );
  return Object.fromEntries(perRegion) as Regional<Item<ModelPackage>[]>;
};
