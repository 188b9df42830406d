import { describe, expect, it } from 'vitest';
import { AwsCallError, requestKey, type AwsRequest } from '../../src/collect/access.js';
import { collect } from '../../src/collect/collect.js';
import { decodePolicyDocument } from '../../src/collect/collectors/iam.js';
import type { AccountContext } from '../../src/inventory/types.js';
import { fakeAccess } from '../helpers/fake-access.js';
import { ACCOUNT as account } from '../helpers/inventory.js';

const k = (service: AwsRequest['service'], region: string, operation: string, input: Record<string, unknown> = {}) => requestKey({ service, region, operation, input });
const enc = (doc: object) => encodeURIComponent(JSON.stringify(doc));
const ALLOW_S3 = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::a/100%' }] };

describe('IAM policy documents', () => {
  it('are URL-decoded and parsed', () => {
    expect(decodePolicyDocument(enc(ALLOW_S3), 'p')).toEqual({ ok: true, value: ALLOW_S3 });
  });
  it('already-decoded JSON is taken as is (a literal % survives)', () => {
    expect(decodePolicyDocument(JSON.stringify(ALLOW_S3), 'p')).toEqual({ ok: true, value: ALLOW_S3 });
  });
  it('broken encoding or JSON is an error, never an empty policy', () => {
    expect(decodePolicyDocument('%E0%A4%A', 'p')).toMatchObject({ ok: false, error: { code: 'InvalidPolicyDocument' } });
    expect(decodePolicyDocument(enc({ Statement: [] }).slice(0, 10), 'p')).toMatchObject({ ok: false, error: { code: 'InvalidPolicyDocument' } });
    expect(decodePolicyDocument(undefined, 'p')).toMatchObject({ ok: false, error: { code: 'MissingPolicyDocument' } });
  });
});

describe('IAM collectors', () => {
  const page1 = {
    UserDetailList: [{ UserName: 'dev', Arn: 'arn:aws:iam::111122223333:user/dev', UserId: 'AIDA1', Path: '/', GroupList: ['g'], UserPolicyList: [{ PolicyName: 'p', PolicyDocument: enc(ALLOW_S3) }], AttachedManagedPolicies: [] }],
    RoleDetailList: [{ RoleName: 'r', Arn: 'arn:aws:iam::111122223333:role/r', RoleId: 'AROA1', Path: '/', AssumeRolePolicyDocument: enc({ Statement: [] }), PermissionsBoundary: { PermissionsBoundaryArn: 'arn:aws:iam::111122223333:policy/b' } }],
    IsTruncated: true,
    Marker: 'm1',
  };
  const page2 = {
    GroupDetailList: [{ GroupName: 'g', Arn: 'arn:aws:iam::111122223333:group/g', GroupId: 'AGPA1', Path: '/', AttachedManagedPolicies: [{ PolicyName: 'b', PolicyArn: 'arn:aws:iam::111122223333:policy/b' }] }],
    Policies: [{
      PolicyName: 'b', Arn: 'arn:aws:iam::111122223333:policy/b', DefaultVersionId: 'v2', AttachmentCount: 1,
      PolicyVersionList: [{ VersionId: 'v1', IsDefaultVersion: false, Document: enc({ Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] }) }, { VersionId: 'v2', IsDefaultVersion: true, Document: enc(ALLOW_S3) }],
    }],
    IsTruncated: false,
  };

  it('follows Marker across pages, decodes every document and keeps the default policy version', async () => {
    const access = fakeAccess({
      [k('iam', 'us-east-1', 'GetAccountAuthorizationDetails')]: page1,
      [k('iam', 'us-east-1', 'GetAccountAuthorizationDetails', { Marker: 'm1' })]: page2,
    });
    const inv = await collect(access, account, ['iamAuthorization']);
    const auth = inv.iamAuthorization!;
    expect(auth.ok).toBe(true);
    if (!auth.ok) return;
    expect(auth.value.users[0]).toMatchObject({ name: 'dev', groups: ['g'], inlinePolicies: [{ name: 'p', document: { ok: true, value: ALLOW_S3 } }] });
    expect(auth.value.roles[0]).toMatchObject({ name: 'r', trustPolicy: { ok: true }, permissionsBoundaryArn: 'arn:aws:iam::111122223333:policy/b' });
    expect(auth.value.groups.map((g) => g.name)).toEqual(['g']);
    expect(auth.value.policies[0]).toMatchObject({ awsManaged: false, defaultVersionId: 'v2', document: { ok: true, value: ALLOW_S3 } });
  });

  it('a denied call is an error for the whole key', async () => {
    const access = fakeAccess({ [k('iam', 'us-east-1', 'GetAccountAuthorizationDetails')]: new AwsCallError('AccessDenied', 'no', 403, 'iam:GetAccountAuthorizationDetails') });
    const inv = await collect(access, account, ['iamAuthorization', 'iamUserSignIn']);
    expect(inv.iamAuthorization).toMatchObject({ ok: false, error: { code: 'AccessDenied' } });
    expect(inv.iamUserSignIn).toMatchObject({ ok: false, error: { code: 'AccessDenied' } });
  });

  it('reads login profiles (NoSuchEntity = no console password), and MFA devices only for console users', async () => {
    const users = ['alice', 'bot', 'carol'].map((n) => ({ UserName: n, Arn: `arn:aws:iam::111122223333:user/${n}` }));
    const access = fakeAccess({
      [k('iam', 'us-east-1', 'GetAccountAuthorizationDetails')]: { UserDetailList: users, IsTruncated: false },
      [k('iam', 'us-east-1', 'GetLoginProfile', { UserName: 'alice' })]: { LoginProfile: { UserName: 'alice', CreateDate: '2025-01-01T00:00:00Z' } },
      [k('iam', 'us-east-1', 'ListMFADevices', { UserName: 'alice' })]: { MFADevices: [{ UserName: 'alice', SerialNumber: 's1' }], IsTruncated: true, Marker: 'x' },
      [k('iam', 'us-east-1', 'ListMFADevices', { UserName: 'alice', Marker: 'x' })]: { MFADevices: [{ UserName: 'alice', SerialNumber: 's2' }], IsTruncated: false },
      [k('iam', 'us-east-1', 'GetLoginProfile', { UserName: 'bot' })]: new AwsCallError('NoSuchEntity', 'Login Profile for User bot cannot be found.', 404, 'iam:GetLoginProfile'),
      [k('iam', 'us-east-1', 'GetLoginProfile', { UserName: 'carol' })]: new AwsCallError('AccessDenied', 'no', 403, 'iam:GetLoginProfile'),
      [k('iam', 'us-east-1', 'ListMFADevices', { UserName: 'carol' })]: { MFADevices: [], IsTruncated: false },
    });
    const inv = await collect(access, account, ['iamUserSignIn']);
    const list = inv.iamUserSignIn!;
    expect(list.ok).toBe(true);
    if (!list.ok) return;
    const [alice, bot, carol] = list.value;
    expect(alice!.mfaDevices).toMatchObject({ ok: true, value: [{ SerialNumber: 's1' }, { SerialNumber: 's2' }] });
    expect(bot).toMatchObject({ loginProfile: { ok: true, value: null }, mfaDevices: null });
    expect(carol!.loginProfile).toMatchObject({ ok: false, error: { code: 'AccessDenied' } });
    expect(access.asked.filter((a) => a.includes('ListMFADevices') && a.includes('bot'))).toEqual([]);
  });

  it('no password policy (NoSuchEntity) is data; other errors are errors', async () => {
    const none = fakeAccess({ [k('iam', 'us-east-1', 'GetAccountPasswordPolicy')]: new AwsCallError('NoSuchEntity', 'The Password Policy with domain name 111122223333 cannot be found.', 404, 'iam:GetAccountPasswordPolicy') });
    expect((await collect(none, account, ['iamPasswordPolicy'])).iamPasswordPolicy).toEqual({ ok: true, value: null });
    const deniedAccess = fakeAccess({ [k('iam', 'us-east-1', 'GetAccountPasswordPolicy')]: new AwsCallError('AccessDenied', 'no', 403, 'iam:GetAccountPasswordPolicy') });
    expect((await collect(deniedAccess, account, ['iamPasswordPolicy'])).iamPasswordPolicy).toMatchObject({ ok: false });
  });

  it('account-wide IAM calls go to the partition global region', async () => {
    const cn: AccountContext = { accountId: '111122223333', partition: 'aws-cn', regions: ['cn-northwest-1'] };
    const access = fakeAccess({ [k('iam', 'cn-north-1', 'GetAccountSummary')]: { SummaryMap: { AccountMFAEnabled: 1 } } });
    expect((await collect(access, cn, ['iamAccountSummary'])).iamAccountSummary).toEqual({ ok: true, value: { AccountMFAEnabled: 1 } });
  });
});

describe('logging collectors', () => {
  it('reads event selectors once per trail, in its home region', async () => {
    const arn = 'arn:aws:cloudtrail:eu-west-1:111122223333:trail/org';
    const t = { Name: 'org', TrailARN: arn, HomeRegion: 'eu-west-1', IsMultiRegionTrail: true };
    const access = fakeAccess({
      [k('cloudtrail', 'us-east-1', 'DescribeTrails', { includeShadowTrails: true })]: { trailList: [t] },
      [k('cloudtrail', 'eu-west-1', 'DescribeTrails', { includeShadowTrails: true })]: { trailList: [t] },
      [k('cloudtrail', 'eu-west-1', 'GetTrailStatus', { Name: arn })]: { IsLogging: true },
      [k('cloudtrail', 'eu-west-1', 'GetEventSelectors', { TrailName: arn })]: { TrailARN: arn, AdvancedEventSelectors: [] },
    });
    const inv = await collect(access, account, ['trailEventSelectors']);
    expect(inv.trailEventSelectors).toEqual({ [arn]: { ok: true, value: { TrailARN: arn, AdvancedEventSelectors: [] } } });
    expect(access.asked.filter((a) => a.includes('GetEventSelectors'))).toHaveLength(1);
  });

  it('asks Macie in the regions of ML buckets; "Macie is not enabled" is data, other denials are errors', async () => {
    const access = fakeAccess({
      ...Object.fromEntries(
        ['ListNotebookInstances', 'ListEndpoints', 'ListEndpointConfigs', 'ListModels', 'ListTrainingJobs'].flatMap((op) => account.regions.map((r) => [k('sagemaker', r, op), {}])),
      ),
      [k('s3', 'us-east-1', 'ListBuckets')]: {
        Buckets: [
          { Name: 'sagemaker-us-east-1-111122223333', BucketRegion: 'us-east-1' },
          { Name: 'sagemaker-eu-west-1-111122223333', BucketRegion: 'eu-west-1' },
          { Name: 'sagemaker-ap-south-1-111122223333', BucketRegion: 'ap-south-1' },
          { Name: 'web-assets', BucketRegion: 'us-west-2' },
        ],
      },
      [k('macie2', 'us-east-1', 'GetMacieSession')]: { status: 'ENABLED' },
      [k('macie2', 'eu-west-1', 'GetMacieSession')]: new AwsCallError('AccessDeniedException', 'Macie is not enabled.', 403, 'macie2:GetMacieSession'),
      [k('macie2', 'ap-south-1', 'GetMacieSession')]: new AwsCallError('AccessDeniedException', 'User is not authorized to perform: macie2:GetMacieSession', 403, 'macie2:GetMacieSession'),
    });
    const inv = await collect(access, account, ['macieSessions']);
    expect(inv.macieSessions).toMatchObject({
      'us-east-1': { ok: true, value: { status: 'ENABLED' } },
      'eu-west-1': { ok: true, value: null },
      'ap-south-1': { ok: false, error: { code: 'AccessDeniedException' } },
    });
    expect(access.asked.some((a) => a.startsWith('macie2|us-west-2'))).toBe(false);
  });
});
