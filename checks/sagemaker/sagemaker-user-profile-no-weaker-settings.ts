import {
  defineCheck,
  describeError,
  eachItem,
  finding,
  type CheckMeta,
  type Domain,
  type Item,
  type Regional,
  type UserProfile,
} from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-user-profile-no-weaker-settings',
  title: 'SageMaker Studio user profiles do not weaken their domain\'s security settings',
  severity: 'medium',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::UserProfile',
  rationale:
    'A user profile can override the domain defaults (DefaultUserSettings) for the private spaces and apps of that user. smsec reports the overrides that ' +
    'weaken security: (1) security groups beyond the domain\'s: SageMaker aggregates profile and domain security groups (CreateDomain reference), and security ' +
    'groups only allow, so an extra group can only widen what the user\'s apps may reach; (2) notebook output sharing allowed without a KMS key ' +
    '(SharingSettings.NotebookOutputOption Allowed without S3KmsKeyId); (3) idle shutdown turned off for JupyterLab or Code Editor apps while the domain turns it on. ' +
    'Settings a profile does not set are inherited from the domain and checked by the domain checks. A different execution role is not judged here: IAM checks ' +
    'evaluate every role in mlReferences. Spaces cannot override these settings (SpaceSettings has no security groups, role or sharing settings).',
  remediation: {
    console: [
      'In the Amazon SageMaker AI console open the domain, choose User profiles, select the profile named in the finding and choose Edit.',
      'Remove the extra security groups (or add them to the domain defaults after review), set a KMS key for shared notebook output or turn sharing off, and turn idle shutdown back on.',
      'Restart the user\'s apps so the settings take effect.',
    ],
    cli: 'aws sagemaker update-user-profile --domain-id DOMAIN_ID --user-profile-name NAME --user-settings file://user-settings.json',
    cloudformation: 'AWS::SageMaker::UserProfile UserSettings (SecurityGroups, SharingSettings, JupyterLabAppSettings/CodeEditorAppSettings.AppLifecycleManagement)',
    terraform: 'aws_sagemaker_user_profile.user_settings',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UserSettings.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateDomain.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeUserProfile.html',
    'https://docs.aws.amazon.com/sagemaker/latest/dg/studio-updated-idle-shutdown.html',
  ],
  compliance: [],
};

type Settings = NonNullable<UserProfile['UserSettings']>;
const IDLE_APPS = ['JupyterLabAppSettings', 'CodeEditorAppSettings'] as const;

const idleSetting = (s: Settings | undefined, app: (typeof IDLE_APPS)[number]) => s?.[app]?.AppLifecycleManagement?.IdleSettings?.LifecycleManagement;

/** Domains by id (the last part of a domain ARN), per region. */
function domainsById(regional: Regional<Item<Domain>[]>): Map<string, Item<Domain>> {
  const out = new Map<string, Item<Domain>>();
  for (const list of Object.values(regional)) {
    if (!list.ok) continue;
    for (const d of list.value) out.set(`${d.region}|${d.arn.split('/').pop() ?? ''}`, d);
  }
  return out;
}

/** A profile's overrides apply to everything its user runs: they must not undo the domain's guardrails. */
export default defineCheck({
  meta,
  requires: ['userProfiles', 'domains'],
  evaluate({ inventory, account }) {
    const domains = domainsById(inventory.domains);
    return eachItem(inventory.userProfiles, account, meta.resourceType, 'Studio user profile', (p, resource, item) => {
      const u = p.UserSettings;
      const domainId = p.DomainId ?? item.name.split('/')[0] ?? '';
      const weaker: string[] = [];
      const unverified: string[] = [];

      // (2) Sharing without a key is weaker whatever the domain says.
      const sharing = u?.SharingSettings;
      if (sharing?.NotebookOutputOption === 'Allowed' && !sharing.S3KmsKeyId) weaker.push('allows sharing notebook cell output without a KMS key (S3KmsKeyId not set)');

      // (1) and (3) compare with the domain.
      const needsDomain = (u?.SecurityGroups ?? []).length > 0 || IDLE_APPS.some((a) => idleSetting(u, a) === 'DISABLED');
      const list = inventory.domains[item.region];
      const domain = domains.get(`${item.region}|${domainId}`);
      let domainSettings: Domain | undefined;
      if (needsDomain) {
        if (!list || !list.ok) unverified.push(`the domains in ${item.region} could not be read (${list ? describeError(list.error) : 'not collected'})`);
        else if (!domain) unverified.push(`domain ${domainId} was not found in ${item.region}`);
        else if (!domain.data.ok) unverified.push(`domain ${domainId} could not be read (${describeError(domain.data.error)})`);
        else domainSettings = domain.data.value;
      }
      const extraGroups: string[] = [];
      if (domainSettings) {
        const allowed = new Set(domainSettings.DefaultUserSettings?.SecurityGroups ?? []);
        extraGroups.push(...(u?.SecurityGroups ?? []).filter((g) => !allowed.has(g)));
        if (extraGroups.length > 0) weaker.push(`adds security group(s) ${extraGroups.join(', ')} to the domain's (groups are aggregated, so they can only widen access)`);
        for (const app of IDLE_APPS) {
          if (idleSetting(u, app) === 'DISABLED' && idleSetting(domainSettings.DefaultUserSettings, app) === 'ENABLED') {
            weaker.push(`turns off idle shutdown for ${app.replace('AppSettings', '')} apps, which the domain turns on`);
          }
        }
      }

      const evidence = {
        DomainId: domainId,
        extraSecurityGroups: extraGroups,
        NotebookOutputOption: sharing?.NotebookOutputOption ?? null,
        S3KmsKeyId: sharing?.S3KmsKeyId ?? null,
        ExecutionRole: u?.ExecutionRole ?? null,
        weakerSettings: weaker,
        unverified,
      };
      if (weaker.length > 0) {
        const also = unverified.length > 0 ? `; could not compare the rest: ${unverified.join('; ')}` : '';
        return finding('fail', resource, `User profile ${resource.name} weakens its domain's settings: ${weaker.join('; ')}${also}`, evidence);
      }
      if (unverified.length > 0) {
        return finding('error', resource, `Could not compare user profile ${resource.name} with its domain: ${unverified.join('; ')}`, evidence);
      }
      return finding('pass', resource, `User profile ${resource.name} overrides none of its domain's security settings with weaker ones`, evidence);
    });
  },
});
