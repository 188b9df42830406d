/** Builders for IAM, ML-reference and logging fixtures in checks' tests (shapes as the collector produces them). */
import type { IamAuthorization, IamDocument, IamGroup, IamManagedPolicy, IamRole, IamUser } from '../../src/inventory/iam-logging.js';
import type { MlReferences, MlResourceRef } from '../../src/inventory/references.js';
import type { PolicyDocument, PolicyStatement } from '../../src/inventory/types.js';
import type { Collected } from '../../src/model.js';
import { ACCOUNT, ok } from './inventory.js';

export const ACCT = ACCOUNT.accountId;
export const roleArn = (name: string, path = '/service-role/') => `arn:aws:iam::${ACCT}:role${path}${name}`;
export const policyArn = (name: string) => `arn:aws:iam::${ACCT}:policy/${name}`;
export const awsPolicy = (name: string) => `arn:aws:iam::aws:policy/${name}`;

export const doc = (...Statement: PolicyStatement[]): IamDocument => ok<PolicyDocument>({ Version: '2012-10-17', Statement });
export const badDoc: IamDocument = { ok: false, error: { code: 'InvalidPolicyDocument', message: 'the document is not a JSON object' } };

export const SAGEMAKER_TRUST: PolicyStatement = { Effect: 'Allow', Principal: { Service: 'sagemaker.amazonaws.com' }, Action: 'sts:AssumeRole' };

interface PrincipalSpec {
  inline?: Record<string, IamDocument>;
  attached?: string[];
}

const inline = (spec: PrincipalSpec) => Object.entries(spec.inline ?? {}).map(([name, document]) => ({ name, document }));
const attached = (spec: PrincipalSpec) => (spec.attached ?? []).map((arn) => ({ name: arn.split('/').pop()!, arn }));

export function role(name: string, spec: PrincipalSpec & { trust?: IamDocument; boundary?: string; path?: string } = {}): IamRole {
  const path = spec.path ?? '/service-role/';
  return {
    kind: 'role', name, arn: roleArn(name, path), id: `AROA${name.toUpperCase().replace(/[^A-Z0-9]/g, '').slice(0, 12)}`, path,
    inlinePolicies: inline(spec), attachedPolicies: attached(spec),
    trustPolicy: spec.trust ?? doc(SAGEMAKER_TRUST),
    permissionsBoundaryArn: spec.boundary ?? null,
  };
}

export function user(name: string, spec: PrincipalSpec & { groups?: string[]; boundary?: string } = {}): IamUser {
  return {
    kind: 'user', name, arn: `arn:aws:iam::${ACCT}:user/${name}`, id: `AIDA${name.toUpperCase().replace(/[^A-Z0-9]/g, '').slice(0, 12)}`, path: '/',
    inlinePolicies: inline(spec), attachedPolicies: attached(spec), groups: spec.groups ?? [], permissionsBoundaryArn: spec.boundary ?? null,
  };
}

export function group(name: string, spec: PrincipalSpec = {}): IamGroup {
  return { kind: 'group', name, arn: `arn:aws:iam::${ACCT}:group/${name}`, id: `AGPA${name.toUpperCase().slice(0, 12)}`, path: '/', inlinePolicies: inline(spec), attachedPolicies: attached(spec) };
}

export function managed(arn: string, document: IamDocument): IamManagedPolicy {
  return { name: arn.split('/').pop()!, arn, path: '/', awsManaged: arn.includes(':iam::aws:'), attachmentCount: 1, defaultVersionId: 'v1', document };
}

export function auth(parts: Partial<IamAuthorization>): Collected<IamAuthorization> {
  return ok({ users: parts.users ?? [], groups: parts.groups ?? [], roles: parts.roles ?? [], policies: parts.policies ?? [] });
}

type RefSpec = Partial<MlResourceRef> & { name: string };

/** References from SageMaker resources (training jobs unless said otherwise), with optional incomplete regions. */
export function refs(resources: RefSpec[], incomplete: { region: string; source?: string }[] = []): MlReferences {
  return {
    resources: resources.map((r) => ({
      source: 'trainingJobs', resourceType: 'AWS::SageMaker::TrainingJob', region: 'us-east-1',
      arn: `arn:aws:sagemaker:${r.region ?? 'us-east-1'}:${ACCT}:training-job/${r.name}`,
      subnets: [], securityGroups: [], roleArns: [], kmsKeys: [], s3Uris: [],
      ...r,
    })),
    incomplete: incomplete.map((i) => ({
      source: i.source ?? 'trainingJobs', region: i.region,
      error: { code: 'AccessDeniedException', message: 'User is not authorized', operation: 'sagemaker:ListTrainingJobs' },
    })),
  };
}
