/**
 * Passing baselines for notebook, lifecycle configuration, code repository, Studio and model checks: Describe outputs as
 * the API returns them, with every security setting on. Tests vary one field at a time from these.
 */
import type {
  DescribeCodeRepositoryCommandOutput,
  DescribeDomainCommandOutput,
  DescribeModelCommandOutput,
  DescribeNotebookInstanceCommandOutput,
  DescribeNotebookInstanceLifecycleConfigCommandOutput,
  DescribeSpaceCommandOutput,
  DescribeStudioLifecycleConfigCommandOutput,
  DescribeUserProfileCommandOutput,
} from '@aws-sdk/client-sagemaker';
import type {
  CodeRepository,
  Domain,
  Item,
  Model,
  NotebookInstance,
  NotebookLifecycleConfig,
  Space,
  StudioLifecycleConfig,
  UserProfile,
} from '../../src/inventory/types.js';
import { item, smArn } from './inventory.js';

type Out<T> = Omit<T, '$metadata'>;

export const ROLE = 'arn:aws:iam::111122223333:role/SageMakerStudioRole';
export const KEY = 'arn:aws:kms:us-east-1:111122223333:key/2222bbbb-22bb-22bb-22bb-222222222222';
export const SG = 'sg-0studio01';
export const DOMAIN_ID = 'd-abc123def456';
const T = new Date('2026-03-01T10:00:00Z');

/** Fake secrets, assembled at run time so the repository holds no secret-shaped literal. */
export const FAKE_GITHUB_TOKEN = ['ghp', 'wWPw5k4aXcaT4fNP0UcnZwJUVFk6LO0pINUx'].join('_');
export const FAKE_KEY_ID = ['AKIA', 'R5TB2XQ9MZ4WJ7KN'].join('');
export const FAKE_PASSWORD = ['Sp4rrow', 'Demo', '7731'].join('-');

export const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

export function notebook(name: string, fields: Partial<NotebookInstance> = {}, region = 'us-east-1'): Item<NotebookInstance> {
  return item('notebook-instance', name, {
    NotebookInstanceName: name,
    NotebookInstanceArn: smArn('notebook-instance', name, region),
    NotebookInstanceStatus: 'InService',
    InstanceType: 'ml.t3.medium',
    RoleArn: ROLE,
    DirectInternetAccess: 'Disabled',
    RootAccess: 'Disabled',
    SubnetId: 'subnet-0abc',
    SecurityGroups: [SG],
    KmsKeyId: KEY,
    PlatformIdentifier: 'notebook-al2023-v1',
    InstanceMetadataServiceConfiguration: { MinimumInstanceMetadataServiceVersion: '2' },
    ...fields,
  } satisfies Out<DescribeNotebookInstanceCommandOutput>, region);
}

export function notebookLcc(name: string, onStart: string | undefined, fields: Partial<NotebookLifecycleConfig> = {}, region = 'us-east-1'): Item<NotebookLifecycleConfig> {
  return item('notebook-instance-lifecycle-config', name, {
    NotebookInstanceLifecycleConfigName: name,
    NotebookInstanceLifecycleConfigArn: smArn('notebook-instance-lifecycle-config', name, region),
    ...(onStart === undefined ? {} : { OnStart: [{ Content: b64(onStart) }] }),
    CreationTime: T,
    LastModifiedTime: T,
    ...fields,
  } satisfies Out<DescribeNotebookInstanceLifecycleConfigCommandOutput>, region);
}

export function studioLcc(name: string, script: string | undefined, region = 'us-east-1'): Item<StudioLifecycleConfig> {
  return item('studio-lifecycle-config', name, {
    StudioLifecycleConfigName: name,
    StudioLifecycleConfigArn: smArn('studio-lifecycle-config', name, region),
    StudioLifecycleConfigAppType: 'JupyterLab',
    ...(script === undefined ? {} : { StudioLifecycleConfigContent: b64(script) }),
    CreationTime: T,
    LastModifiedTime: T,
  } satisfies Out<DescribeStudioLifecycleConfigCommandOutput>, region);
}

export function codeRepo(name: string, git: NonNullable<CodeRepository['GitConfig']> | undefined, region = 'us-east-1'): Item<CodeRepository> {
  return item('code-repository', name, {
    CodeRepositoryName: name,
    CodeRepositoryArn: smArn('code-repository', name, region),
    CreationTime: T,
    LastModifiedTime: T,
    ...(git ? { GitConfig: git } : {}),
  } satisfies Out<DescribeCodeRepositoryCommandOutput>, region);
}

export const idle = (state: 'ENABLED' | 'DISABLED') => ({ AppLifecycleManagement: { IdleSettings: { LifecycleManagement: state, IdleTimeoutInMinutes: 120 } } });

export const DEFAULT_USER_SETTINGS: NonNullable<Domain['DefaultUserSettings']> = {
  ExecutionRole: ROLE,
  SecurityGroups: [SG],
  SharingSettings: { NotebookOutputOption: 'Allowed', S3OutputPath: 's3://studio-share-111122223333/shared/', S3KmsKeyId: KEY },
  JupyterLabAppSettings: idle('ENABLED'),
  CodeEditorAppSettings: idle('ENABLED'),
};

/** A domain with every setting these checks look at on; the item is named after DomainName, its ARN ends in the id. */
export function domain(name: string, fields: Partial<Domain> = {}, id = DOMAIN_ID, region = 'us-east-1'): Item<Domain> {
  const data = {
    DomainArn: smArn('domain', id, region),
    DomainId: id,
    DomainName: name,
    Status: 'InService',
    AuthMode: 'SSO',
    AppNetworkAccessType: 'VpcOnly',
    VpcId: 'vpc-0abc',
    SubnetIds: ['subnet-0abc', 'subnet-0def'],
    KmsKeyId: KEY,
    DefaultUserSettings: DEFAULT_USER_SETTINGS,
    DefaultSpaceSettings: { ExecutionRole: ROLE, SecurityGroups: [SG] },
    DomainSettings: { DockerSettings: { EnableDockerAccess: 'DISABLED' } },
    CreationTime: T,
    ...fields,
  } satisfies Out<DescribeDomainCommandOutput>;
  return { name, arn: smArn('domain', id, region), region, data: { ok: true, value: data } };
}

/** Domain settings with parts of DefaultUserSettings replaced (the rest stays at the passing baseline). */
export function withUserDefaults(patch: Partial<NonNullable<Domain['DefaultUserSettings']>>): Partial<Domain> {
  return { DefaultUserSettings: { ...DEFAULT_USER_SETTINGS, ...patch } };
}

export function profile(name: string, settings: UserProfile['UserSettings'], domainId = DOMAIN_ID, region = 'us-east-1'): Item<UserProfile> {
  return item('user-profile', `${domainId}/${name}`, {
    DomainId: domainId,
    UserProfileName: name,
    UserProfileArn: smArn('user-profile', `${domainId}/${name}`, region),
    Status: 'InService',
    CreationTime: T,
    ...(settings ? { UserSettings: settings } : {}),
  } satisfies Out<DescribeUserProfileCommandOutput>, region);
}

export function space(name: string, settings: Space['SpaceSettings'], domainId = DOMAIN_ID, region = 'us-east-1'): Item<Space> {
  return item('space', `${domainId}/${name}`, {
    DomainId: domainId,
    SpaceName: name,
    SpaceArn: smArn('space', `${domainId}/${name}`, region),
    Status: 'InService',
    CreationTime: T,
    SpaceSettings: settings,
    SpaceSharingSettings: { SharingType: 'Private' },
    OwnershipSettings: { OwnerUserProfileName: 'alice' },
  } satisfies Out<DescribeSpaceCommandOutput>, region);
}

export const ECR_IMAGE = '763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference:2.3.0-cpu-py311';

export function model(name: string, fields: Partial<Model> = {}, region = 'us-east-1'): Item<Model> {
  return item('model', name, {
    ModelName: name,
    ModelArn: smArn('model', name, region),
    PrimaryContainer: { Image: ECR_IMAGE, Mode: 'SingleModel', ModelDataUrl: `s3://ml-artifacts-111122223333/${name}/model.tar.gz`, Environment: { LOG_LEVEL: 'INFO' } },
    ExecutionRoleArn: ROLE,
    VpcConfig: { SecurityGroupIds: [SG], Subnets: ['subnet-0abc', 'subnet-0def'] },
    EnableNetworkIsolation: false,
    CreationTime: T,
    ...fields,
  } satisfies Out<DescribeModelCommandOutput>, region);
}
