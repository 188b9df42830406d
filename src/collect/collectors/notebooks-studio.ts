/**
 * Notebook lifecycle configurations, Git code repositories and SageMaker Studio (domains, user profiles, spaces,
 * Studio lifecycle configurations): list each kind per region, then describe each resource (the settings and the
 * script contents are only in Describe*). Lifecycle script contents are kept base64-encoded, as the API returns them.
 */
import { ok, failed } from '../../model.js';
import { paginate, toCollectionError, type AwsRequest } from '../access.js';
import type { CollectContext, Collector } from '../context.js';
import type {
  CodeRepository,
  Domain,
  Item,
  NotebookLifecycleConfig,
  Regional,
  Space,
  StudioLifecycleConfig,
  UserProfile,
} from '../../inventory/types.js';
import { listAndDescribe, SAGEMAKER_PAGES, SAGEMAKER_PAGE_SIZE } from './sagemaker.js';

type Summary = Record<string, unknown>;

interface KeyedSpec<T> {
  listOperation: string;
  itemsKey: string;
  describeOperation: string;
  /** The Describe input for a summary (e.g. DomainId + UserProfileName). */
  describeInput(summary: Summary): Record<string, unknown>;
  /** Display name, unique in the region. */
  name(summary: Summary): string;
  /** The ARN from the list summary, or built from it when the summary carries none. */
  arn(summary: Summary, region: string): string;
  /** The ARN the Describe output reports, preferred when the call succeeded. */
  describedArn?(data: T): string | undefined;
}

const str = (v: unknown): string => (typeof v === 'string' ? v : String(v ?? ''));

/**
 * Like `listAndDescribe`, for kinds whose Describe input is not the listed name alone (domains are described by id,
 * user profiles and spaces by domain id and name) or whose list summaries carry no ARN.
 */
async function listAndDescribeKeyed<T>(ctx: CollectContext, spec: KeyedSpec<T>): Promise<Regional<Item<T>[]>> {
  const perRegion = await Promise.all(
    ctx.account.regions.map(async (region) => {
      const listRequest: AwsRequest = { service: 'sagemaker', region, operation: spec.listOperation, input: { MaxResults: SAGEMAKER_PAGE_SIZE } };
      let summaries: Summary[];
      try {
        summaries = await paginate<Summary>(ctx.access, listRequest, { ...SAGEMAKER_PAGES, items: spec.itemsKey });
      } catch (err) {
        return [region, failed(toCollectionError(err, listRequest))] as const;
      }
      const items = await Promise.all(
        summaries.map(async (summary): Promise<Item<T>> => {
          const name = spec.name(summary);
          const request: AwsRequest = { service: 'sagemaker', region, operation: spec.describeOperation, input: spec.describeInput(summary) };
          try {
            const data = (await ctx.access.send(request)) as T;
            return { name, arn: spec.describedArn?.(data) ?? spec.arn(summary, region), region, data: ok(data) };
          } catch (err) {
            return { name, arn: spec.arn(summary, region), region, data: failed(toCollectionError(err, request)) };
          }
        }),
      );
      items.sort((a, b) => (a.arn < b.arn ? -1 : a.arn > b.arn ? 1 : 0));
      return [region, ok(items)] as const;
    }),
  );
  return Object.fromEntries(perRegion);
}

const arnIn = (ctx: CollectContext, region: string, resource: string): string =>
  `arn:${ctx.account.partition}:sagemaker:${region}:${ctx.account.accountId}:${resource}`;

export const collectNotebookLifecycleConfigs: Collector<'notebookLifecycleConfigs'> = (ctx) =>
  listAndDescribe<NotebookLifecycleConfig>(ctx, {
    listOperation: 'ListNotebookInstanceLifecycleConfigs',
    itemsKey: 'NotebookInstanceLifecycleConfigs',
    nameKey: 'NotebookInstanceLifecycleConfigName',
    arnKey: 'NotebookInstanceLifecycleConfigArn',
    describeOperation: 'DescribeNotebookInstanceLifecycleConfig',
    describeNameKey: 'NotebookInstanceLifecycleConfigName',
  });

export const collectCodeRepositories: Collector<'codeRepositories'> = (ctx) =>
  listAndDescribe<CodeRepository>(ctx, {
    listOperation: 'ListCodeRepositories',
    itemsKey: 'CodeRepositorySummaryList',
    nameKey: 'CodeRepositoryName',
    arnKey: 'CodeRepositoryArn',
    describeOperation: 'DescribeCodeRepository',
    describeNameKey: 'CodeRepositoryName',
  });

export const collectStudioLifecycleConfigs: Collector<'studioLifecycleConfigs'> = (ctx) =>
  listAndDescribe<StudioLifecycleConfig>(ctx, {
    listOperation: 'ListStudioLifecycleConfigs',
    itemsKey: 'StudioLifecycleConfigs',
    nameKey: 'StudioLifecycleConfigName',
    arnKey: 'StudioLifecycleConfigArn',
    describeOperation: 'DescribeStudioLifecycleConfig',
    describeNameKey: 'StudioLifecycleConfigName',
  });

/** Domains are described by id; they are named by their DomainName (the id is the last part of their ARN). */
export const collectDomains: Collector<'domains'> = (ctx) =>
  listAndDescribeKeyed<Domain>(ctx, {
    listOperation: 'ListDomains',
    itemsKey: 'Domains',
    describeOperation: 'DescribeDomain',
    describeInput: (s) => ({ DomainId: str(s.DomainId) }),
    name: (s) => str(s.DomainName ?? s.DomainId),
    arn: (s, region) => (typeof s.DomainArn === 'string' ? s.DomainArn : arnIn(ctx, region, `domain/${str(s.DomainId)}`)),
  });

/** Every user profile of every domain in the region (ListUserProfiles without a domain filter), named "domain-id/profile". */
export const collectUserProfiles: Collector<'userProfiles'> = (ctx) =>
  listAndDescribeKeyed<UserProfile>(ctx, {
    listOperation: 'ListUserProfiles',
    itemsKey: 'UserProfiles',
    describeOperation: 'DescribeUserProfile',
    describeInput: (s) => ({ DomainId: str(s.DomainId), UserProfileName: str(s.UserProfileName) }),
    name: (s) => `${str(s.DomainId)}/${str(s.UserProfileName)}`,
    arn: (s, region) => arnIn(ctx, region, `user-profile/${str(s.DomainId)}/${str(s.UserProfileName)}`),
    describedArn: (d) => d.UserProfileArn,
  });

/** Every space of every domain in the region (ListSpaces without a domain filter), named "domain-id/space". */
export const collectSpaces: Collector<'spaces'> = (ctx) =>
  listAndDescribeKeyed<Space>(ctx, {
    listOperation: 'ListSpaces',
    itemsKey: 'Spaces',
    describeOperation: 'DescribeSpace',
    describeInput: (s) => ({ DomainId: str(s.DomainId), SpaceName: str(s.SpaceName) }),
    name: (s) => `${str(s.DomainId)}/${str(s.SpaceName)}`,
    arn: (s, region) => arnIn(ctx, region, `space/${str(s.DomainId)}/${str(s.SpaceName)}`),
    describedArn: (d) => d.SpaceArn,
  });
