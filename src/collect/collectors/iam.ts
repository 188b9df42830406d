/**
 * IAM: account-wide reads, sent to the partition's global region. GetAccountAuthorizationDetails returns every
 * user, group, role and managed policy with their documents in one paginated call; documents are URL-encoded
 * (RFC 3986, IAM API reference) and decoded here. "Not configured" answers (NoSuchEntity) are data.
 */
import type { GetAccountAuthorizationDetailsCommandOutput, LoginProfile, MFADevice, PasswordPolicy } from '@aws-sdk/client-iam';
import { ok, failed, type Collected } from '../../model.js';
import { AwsCallError, paginate, toCollectionError, type AwsAccess, type AwsRequest, type AwsResponse } from '../access.js';
import type { Collector } from '../context.js';
import type { PolicyDocument, Raw } from '../../inventory/types.js';
import type { IamAttachedPolicy, IamAuthorization, IamDocument, IamInlinePolicy, IamManagedPolicy, IamUserSignIn } from '../../inventory/iam-logging.js';

/** IAM's "not configured" answer: the wire code is NoSuchEntity; SDK v3 names the error NoSuchEntityException. */
function isNoSuchEntity(code: string): boolean {
  return code === 'NoSuchEntity' || code === 'NoSuchEntityException';
}

type Details = Raw<GetAccountAuthorizationDetailsCommandOutput>;

/**
 * Decodes an IAM policy document: URL-decoded then parsed. A document that already parses as JSON is taken as is
 * (decoding it again could corrupt a literal "%" in it).
 */
export function decodePolicyDocument(raw: unknown, what: string): IamDocument {
  if (typeof raw !== 'string' || raw === '') return failed({ code: 'MissingPolicyDocument', message: `${what}: no document returned` });
  const parse = (text: string): PolicyDocument | undefined => {
    try {
      const v: unknown = JSON.parse(text);
      return v && typeof v === 'object' && !Array.isArray(v) ? (v as PolicyDocument) : undefined;
    } catch {
      return undefined;
    }
  };
  const direct = raw.trimStart().startsWith('{') ? parse(raw) : undefined;
  if (direct) return ok(direct);
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return failed({ code: 'InvalidPolicyDocument', message: `${what}: the document is not valid URL encoding` });
  }
  const doc = parse(decoded);
  return doc ? ok(doc) : failed({ code: 'InvalidPolicyDocument', message: `${what}: the document is not a JSON object` });
}

const inline = (list: { PolicyName?: string; PolicyDocument?: string }[] | undefined, owner: string): IamInlinePolicy[] =>
  (list ?? []).map((p) => ({ name: p.PolicyName ?? '', document: decodePolicyDocument(p.PolicyDocument, `inline policy ${p.PolicyName ?? ''} of ${owner}`) }));

const attached = (list: { PolicyName?: string; PolicyArn?: string }[] | undefined): IamAttachedPolicy[] =>
  (list ?? []).filter((p) => typeof p.PolicyArn === 'string').map((p) => ({ name: p.PolicyName ?? p.PolicyArn!.split('/').pop()!, arn: p.PolicyArn! }));

/** Turns the pages of GetAccountAuthorizationDetails into the inventory shape. */
export function authorizationFromPages(pages: Details[]): IamAuthorization {
  const out: IamAuthorization = { users: [], groups: [], roles: [], policies: [] };
  for (const page of pages) {
    for (const u of page.UserDetailList ?? []) {
      const name = u.UserName ?? '';
      out.users.push({
        kind: 'user', name, arn: u.Arn ?? '', id: u.UserId ?? '', path: u.Path ?? '/',
        inlinePolicies: inline(u.UserPolicyList, `user ${name}`),
        attachedPolicies: attached(u.AttachedManagedPolicies),
        groups: [...(u.GroupList ?? [])],
        permissionsBoundaryArn: u.PermissionsBoundary?.PermissionsBoundaryArn ?? null,
      });
    }
    for (const g of page.GroupDetailList ?? []) {
      const name = g.GroupName ?? '';
      out.groups.push({
        kind: 'group', name, arn: g.Arn ?? '', id: g.GroupId ?? '', path: g.Path ?? '/',
        inlinePolicies: inline(g.GroupPolicyList, `group ${name}`),
        attachedPolicies: attached(g.AttachedManagedPolicies),
      });
    }
    for (const r of page.RoleDetailList ?? []) {
      const name = r.RoleName ?? '';
      out.roles.push({
        kind: 'role', name, arn: r.Arn ?? '', id: r.RoleId ?? '', path: r.Path ?? '/',
        inlinePolicies: inline(r.RolePolicyList, `role ${name}`),
        attachedPolicies: attached(r.AttachedManagedPolicies),
        trustPolicy: decodePolicyDocument(r.AssumeRolePolicyDocument, `trust policy of role ${name}`),
        permissionsBoundaryArn: r.PermissionsBoundary?.PermissionsBoundaryArn ?? null,
      });
    }
    for (const p of page.Policies ?? []) {
      const arn = p.Arn ?? '';
      // The operative document is the default version's (ManagedPolicyDetail.PolicyVersionList, IsDefaultVersion).
      const version = (p.PolicyVersionList ?? []).find((v) => v.IsDefaultVersion === true || (p.DefaultVersionId !== undefined && v.VersionId === p.DefaultVersionId));
      const policy: IamManagedPolicy = {
        name: p.PolicyName ?? '', arn, path: p.Path ?? '/',
        awsManaged: /^arn:[^:]+:iam::aws:policy\//.test(arn),
        attachmentCount: p.AttachmentCount ?? null,
        defaultVersionId: p.DefaultVersionId ?? null,
        document: version
          ? decodePolicyDocument(version.Document, `managed policy ${arn} ${version.VersionId ?? ''}`)
          : failed({ code: 'MissingPolicyDocument', message: `managed policy ${arn}: the default version was not returned` }),
      };
      out.policies.push(policy);
    }
  }
  const byName = <T extends { name: string }>(a: T, b: T) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  out.users.sort(byName);
  out.groups.sort(byName);
  out.roles.sort(byName);
  out.policies.sort((a, b) => (a.arn < b.arn ? -1 : a.arn > b.arn ? 1 : 0));
  return out;
}

/** IAM list calls return a Marker only while IsTruncated is true. */
const pagesOf = (access: AwsAccess): AwsAccess => ({
  async send(request: AwsRequest): Promise<AwsResponse> {
    const out = await access.send(request);
    return { Pages: [out], Marker: out.IsTruncated === true ? out.Marker : undefined };
  },
});

export const collectIamAuthorization: Collector<'iamAuthorization'> = async (ctx) => {
  const request: AwsRequest = { service: 'iam', region: ctx.homeRegion, operation: 'GetAccountAuthorizationDetails', input: {} };
  try {
    const pages = await paginate<Details>(pagesOf(ctx.access), request, { inputToken: 'Marker', outputToken: 'Marker', items: 'Pages' });
    return ok(authorizationFromPages(pages));
  } catch (err) {
    return failed(toCollectionError(err, request));
  }
};

/** Every user's login profile; MFA devices for the users that have a console password (or whose profile is unreadable). */
export const collectIamUserSignIn: Collector<'iamUserSignIn'> = async (ctx) => {
  const auth = await ctx.get('iamAuthorization');
  if (!auth.ok) return auth;
  const users = await Promise.all(
    auth.value.users.map(async (u): Promise<IamUserSignIn> => {
      const profileRequest: AwsRequest = { service: 'iam', region: ctx.homeRegion, operation: 'GetLoginProfile', input: { UserName: u.name } };
      let loginProfile: Collected<Raw<LoginProfile> | null>;
      try {
        const out = await ctx.access.send(profileRequest);
        loginProfile = ok((out.LoginProfile ?? {}) as Raw<LoginProfile>);
      } catch (err) {
        // NoSuchEntity: the user has no console password (GetLoginProfile reference).
        loginProfile = err instanceof AwsCallError && isNoSuchEntity(err.code) ? ok(null) : failed(toCollectionError(err, profileRequest));
      }
      if (loginProfile.ok && loginProfile.value === null) return { userName: u.name, arn: u.arn, loginProfile, mfaDevices: null };
      const mfaRequest: AwsRequest = { service: 'iam', region: ctx.homeRegion, operation: 'ListMFADevices', input: { UserName: u.name } };
      let mfaDevices: Collected<Raw<MFADevice>[]>;
      try {
        mfaDevices = ok(await paginate<Raw<MFADevice>>(ctx.access, mfaRequest, { inputToken: 'Marker', outputToken: 'Marker', items: 'MFADevices' }));
      } catch (err) {
        mfaDevices = failed(toCollectionError(err, mfaRequest));
      }
      return { userName: u.name, arn: u.arn, loginProfile, mfaDevices };
    }),
  );
  return ok(users);
};

export const collectIamAccountSummary: Collector<'iamAccountSummary'> = async (ctx) => {
  const request: AwsRequest = { service: 'iam', region: ctx.homeRegion, operation: 'GetAccountSummary', input: {} };
  try {
    const out = await ctx.access.send(request);
    return ok((out.SummaryMap ?? {}) as Record<string, number>);
  } catch (err) {
    return failed(toCollectionError(err, request));
  }
};

export const collectIamPasswordPolicy: Collector<'iamPasswordPolicy'> = async (ctx) => {
  const request: AwsRequest = { service: 'iam', region: ctx.homeRegion, operation: 'GetAccountPasswordPolicy', input: {} };
  try {
    const out = await ctx.access.send(request);
    return ok((out.PasswordPolicy ?? null) as Raw<PasswordPolicy> | null);
  } catch (err) {
    // NoSuchEntity: the account has no password policy (GetAccountPasswordPolicy reference).
    if (err instanceof AwsCallError && isNoSuchEntity(err.code)) return ok(null);
    return failed(toCollectionError(err, request));
  }
};
