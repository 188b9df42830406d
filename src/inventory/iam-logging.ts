/**
 * Inventory types for IAM (authorization details, account settings, user sign-in) and for logging and detection
 * (CloudTrail event selectors, Macie sessions). IAM documents arrive URL-encoded; the collector decodes and parses
 * them, so checks see policy documents as JSON or, when a document could not be parsed, the error.
 */
import type { GetEventSelectorsCommandOutput } from '@aws-sdk/client-cloudtrail';
import type { LoginProfile, MFADevice, PasswordPolicy } from '@aws-sdk/client-iam';
import type { GetMacieSessionCommandOutput } from '@aws-sdk/client-macie2';
import type { Collected } from '../model.js';
import type { PolicyDocument, Raw } from './types.js';

/** A policy document: parsed JSON, or why it could not be decoded or parsed. */
export type IamDocument = Collected<PolicyDocument>;

export interface IamInlinePolicy {
  name: string;
  document: IamDocument;
}

export interface IamAttachedPolicy {
  name: string;
  arn: string;
}

interface IamPrincipalBase {
  name: string;
  arn: string;
  id: string;
  path: string;
  inlinePolicies: IamInlinePolicy[];
  attachedPolicies: IamAttachedPolicy[];
}

export interface IamUser extends IamPrincipalBase {
  kind: 'user';
  /** Names of the groups the user belongs to. */
  groups: string[];
  /** ARN of the managed policy set as permissions boundary, if any. */
  permissionsBoundaryArn: string | null;
}

export interface IamGroup extends IamPrincipalBase {
  kind: 'group';
}

export interface IamRole extends IamPrincipalBase {
  kind: 'role';
  /** The trust policy (AssumeRolePolicyDocument). */
  trustPolicy: IamDocument;
  permissionsBoundaryArn: string | null;
}

export type IamPrincipal = IamUser | IamGroup | IamRole;

/** A managed policy with its default (operative) version's document. */
export interface IamManagedPolicy {
  name: string;
  arn: string;
  path: string;
  /** True for AWS managed policies (ARN account "aws"). */
  awsManaged: boolean;
  attachmentCount: number | null;
  defaultVersionId: string | null;
  document: IamDocument;
}

/** Everything GetAccountAuthorizationDetails returns, across all pages. */
export interface IamAuthorization {
  users: IamUser[];
  groups: IamGroup[];
  roles: IamRole[];
  /** Customer managed policies, and the AWS managed policies the account uses. */
  policies: IamManagedPolicy[];
}

/** An IAM user's console sign-in settings. */
export interface IamUserSignIn {
  userName: string;
  arn: string;
  /** The console password profile; `null` when the user has none (GetLoginProfile NoSuchEntity: no console access). */
  loginProfile: Collected<Raw<LoginProfile> | null>;
  /** The user's MFA devices; `null` when not asked for (the user has no console password). */
  mfaDevices: Collected<Raw<MFADevice>[]> | null;
}

/** GetAccountSummary's SummaryMap. */
export type IamAccountSummary = Record<string, number>;

/** The account password policy; `null` when the account has none (GetAccountPasswordPolicy NoSuchEntity). */
export type IamPasswordPolicy = Raw<PasswordPolicy> | null;

/** GetEventSelectors output for one trail. */
export type TrailEventSelectors = Raw<GetEventSelectorsCommandOutput>;

/** GetMacieSession output; `null` when Macie is not enabled in the region. */
export type MacieSession = Raw<GetMacieSessionCommandOutput> | null;
