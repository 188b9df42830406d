import { defineItemCheck, finding, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-domain-docker-access-disabled',
  title: 'SageMaker Studio domains do not give apps access to Docker',
  severity: 'medium',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::Domain',
  rationale:
    'With DomainSettings.DockerSettings.EnableDockerAccess ENABLED, every Studio app of the domain can build, pull and run containers and push images, which ' +
    'lets users run arbitrary images next to their data and credentials and publish images to registries the execution role can write to. In a VpcOnly domain ' +
    'Docker pulls and pushes go through the SageMaker service VPC, not yours, unless rootless Docker is enabled. By default local mode and Docker are not allowed ' +
    'in Studio apps, so an unset value passes. Enable Docker only for domains whose users need local mode.',
  remediation: {
    console: [
      'Confirm no workflow of the domain needs SageMaker local mode or Docker builds in Studio.',
      'Turn Docker access off with update-domain (the setting applies to apps created afterwards), then restart the apps of the domain.',
    ],
    cli: 'aws sagemaker update-domain --domain-id DOMAIN_ID --domain-settings-for-update \'{"DockerSettings": {"EnableDockerAccess": "DISABLED"}}\'',
    cloudformation: 'AWS::SageMaker::Domain DomainSettings.DockerSettings.EnableDockerAccess: DISABLED',
    terraform: 'aws_sagemaker_domain.domain_settings.docker_settings.enable_docker_access = "DISABLED"',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/dg/studio-updated-local.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DockerSettings.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeDomain.html',
  ],
  compliance: [],
};

/** Docker in Studio apps runs arbitrary images next to the users' data and role credentials. */
export default defineItemCheck({
  meta,
  each: 'domains',
  noun: 'Studio domain',
  evaluate: (d, resource) => {
    const docker = d.DomainSettings?.DockerSettings;
    // Docker access is off unless enabled ("By default, local mode and Docker capabilities aren't allowed in Studio applications").
    const effective = docker?.EnableDockerAccess ?? 'DISABLED';
    const evidence = {
      DomainId: d.DomainId ?? null,
      EnableDockerAccess: docker?.EnableDockerAccess ?? null,
      effective,
      RootlessDocker: docker?.RootlessDocker ?? null,
      VpcOnlyTrustedAccounts: docker?.VpcOnlyTrustedAccounts ?? [],
      AppNetworkAccessType: d.AppNetworkAccessType ?? null,
    };
    if (effective !== 'ENABLED') {
      return finding('pass', resource, `Studio domain ${resource.name} does not give apps Docker access (EnableDockerAccess ${effective}${docker?.EnableDockerAccess ? '' : ', the default'})`, evidence);
    }
    const viaService = d.AppNetworkAccessType === 'VpcOnly' && docker?.RootlessDocker !== 'ENABLED' ? '; Docker registry traffic goes through the SageMaker service VPC, not yours (rootless Docker is off)' : '';
    return finding('fail', resource, `Studio domain ${resource.name} gives its apps Docker access (EnableDockerAccess ENABLED)${viaService}`, evidence);
  },
});
