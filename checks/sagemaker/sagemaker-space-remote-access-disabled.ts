import { defineCheck, eachItem, finding, type CheckMeta, type Domain } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-space-remote-access-disabled',
  title: 'SageMaker Studio spaces do not accept remote IDE connections',
  severity: 'medium',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::Space',
  rationale:
    'With SpaceSettings.RemoteAccess ENABLED, a local IDE (VS Code, Cursor, Kiro) can connect to the space and run code in it with the space execution role, ' +
    'from a laptop outside the Studio web portal. Remote IDE connections authenticate with IAM credentials, not with IAM Identity Center, even in domains ' +
    'that use Identity Center (AuthMode SSO): there, remote access bypasses the sign-in path the domain was set up to enforce. Remote access is turned on ' +
    'per space; a space that reports no RemoteAccess value has not turned it on. Where remote access is a deliberate choice, restrict who may use it with the ' +
    'sagemaker:RemoteAccess condition key and suppress the finding for those spaces.',
  remediation: {
    console: [
      'Stop the apps of the space named in the finding.',
      'Update the space with RemoteAccess set to DISABLED (update-space), or remove it when it is no longer used.',
      'Deny sagemaker:CreateSpace and sagemaker:UpdateSpace with RemoteAccess ENABLED in IAM policies (condition key sagemaker:RemoteAccess) for users who should not enable it.',
    ],
    cli: 'aws sagemaker update-space --domain-id DOMAIN_ID --space-name SPACE --space-settings RemoteAccess=DISABLED',
    cloudformation: 'AWS::SageMaker::Space SpaceSettings.RemoteAccess: DISABLED',
    terraform: 'aws_sagemaker_space.space_settings.remote_access = "DISABLED"',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/dg/remote-access.html',
    'https://docs.aws.amazon.com/sagemaker/latest/dg/remote-access-remote-setup.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_SpaceSettings.html',
  ],
  compliance: [],
};

/** Remote IDE access extends the space, and its role, to wherever the IDE runs. */
export default defineCheck({
  meta,
  requires: ['spaces', 'domains'],
  evaluate({ inventory, account }) {
    const authModes = new Map<string, Domain['AuthMode']>();
    for (const list of Object.values(inventory.domains)) {
      if (!list.ok) continue;
      for (const d of list.value) if (d.data.ok) authModes.set(`${d.region}|${d.data.value.DomainId ?? ''}`, d.data.value.AuthMode);
    }
    return eachItem(inventory.spaces, account, meta.resourceType, 'Studio space', (sp, resource, item) => {
      const remote = sp.SpaceSettings?.RemoteAccess;
      const authMode = authModes.get(`${item.region}|${sp.DomainId ?? ''}`);
      const evidence = {
        DomainId: sp.DomainId ?? null,
        RemoteAccess: remote ?? null,
        SharingType: sp.SpaceSharingSettings?.SharingType ?? null,
        OwnerUserProfileName: sp.OwnershipSettings?.OwnerUserProfileName ?? null,
        domainAuthMode: authMode ?? null,
      };
      if (remote !== 'ENABLED') {
        return finding('pass', resource, `Space ${resource.name} does not accept remote IDE connections (RemoteAccess ${remote ?? 'not set'})`, evidence);
      }
      const sso = authMode === 'SSO' ? ': its domain signs users in with IAM Identity Center, which remote connections bypass (they use IAM credentials)' : '';
      return finding('fail', resource, `Space ${resource.name} accepts remote IDE connections (RemoteAccess ENABLED)${sso}`, evidence);
    });
  },
});
