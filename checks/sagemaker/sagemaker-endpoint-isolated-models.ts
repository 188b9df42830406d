import {
  defineCheck,
  describeError,
  eachItem,
  endpointNotServing,
  finding,
  indexByName,
  unreadable,
  type CheckMeta,
  type EndpointConfig,
  type FindingDraft,
} from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-endpoint-isolated-models',
  title: 'SageMaker endpoints in service serve only models with network isolation enabled',
  severity: 'high',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::Endpoint',
  rationale:
    'An in-service endpoint runs the containers of every model named by its endpoint configuration, shadow variants included, on live inference traffic. ' +
    'A model without network isolation (EnableNetworkIsolation defaults to false) lets its container make outbound calls with AWS credentials, so one such model exposes the requests and responses of the whole endpoint. ' +
    'This check follows endpoint, endpoint configuration and model, and reports an error rather than a pass whenever a link cannot be read or no longer exists.',
  remediation: {
    console: [
      'In the Amazon SageMaker AI console choose Inference, Models, and for each model named in the finding create a copy with Enable network isolation turned on (models cannot be changed).',
      'Create an endpoint configuration whose production and shadow variants use the isolated models.',
      'Under Endpoints, select the endpoint, choose Change, select the new endpoint configuration and update the endpoint; then delete the old configuration and models.',
    ],
    cli: 'aws sagemaker create-model --model-name NEW_MODEL --execution-role-arn ROLE_ARN --primary-container file://container.json --enable-network-isolation && aws sagemaker create-endpoint-config --endpoint-config-name NEW_CONFIG --production-variants file://variants.json && aws sagemaker update-endpoint --endpoint-name ENDPOINT --endpoint-config-name NEW_CONFIG',
    cloudformation: 'AWS::SageMaker::Model EnableNetworkIsolation: true (for every model in the AWS::SageMaker::EndpointConfig ProductionVariants and ShadowProductionVariants)',
    terraform: 'aws_sagemaker_model.enable_network_isolation = true (for every model referenced by the aws_sagemaker_endpoint_configuration)',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/dg/mkt-algo-model-internet-free.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeEndpoint.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeEndpointConfig.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeModel.html',
  ],
  compliance: [],
};

type Variant = NonNullable<EndpointConfig['ProductionVariants']>[number];

/** The model names a variant serves: its ModelName and any per-instance-pool override. */
function modelsOf(v: Variant): string[] {
  const names = v.ModelName ? [v.ModelName] : [];
  for (const p of v.InstancePools ?? []) if (p.ModelNameOverride) names.push(p.ModelNameOverride);
  return names;
}

/** An endpoint is only as isolated as the least isolated model it serves. */
export default defineCheck({
  meta,
  requires: ['endpoints', 'endpointConfigs', 'models'],
  evaluate({ inventory, account }) {
    const configs = indexByName(inventory.endpointConfigs);
    const models = indexByName(inventory.models);
    return eachItem(inventory.endpoints, account, meta.resourceType, 'endpoint', (ep, resource, item): FindingDraft => {
      const region = item.region;
      const cfgName = ep.EndpointConfigName;
      const evidence = { EndpointStatus: ep.EndpointStatus ?? null, EndpointConfigName: cfgName ?? null, models: [] as string[], notIsolated: [] as string[] };
      const withEvidence = (f: FindingDraft): FindingDraft => ({ ...f, evidence: { ...evidence, ...f.evidence } });

      const notServing = endpointNotServing(ep, resource);
      if (notServing) return withEvidence(notServing);
      if (!cfgName) {
        return finding('error', resource, `Endpoint ${resource.name} reports no endpoint config, so the models it serves cannot be determined`, evidence);
      }

      const cfgRef = configs(region, cfgName);
      if (!cfgRef.ok) {
        return withEvidence(unreadable(resource, `the endpoint configs in ${region}, needed for endpoint ${resource.name}`, cfgRef.error));
      }
      if (!cfgRef.value) {
        return finding(
          'error',
          resource,
          `Endpoint ${resource.name} uses endpoint config ${cfgName}, which no longer exists in ${region} (deleted while the endpoint still serves it): the models it serves cannot be verified`,
          evidence,
        );
      }
      if (!cfgRef.value.data.ok) {
        return withEvidence(unreadable(resource, `endpoint config ${cfgName} of endpoint ${resource.name}`, cfgRef.value.data.error));
      }
      const cfg = cfgRef.value.data.value;

      const variants = [...(cfg.ProductionVariants ?? []), ...(cfg.ShadowProductionVariants ?? [])];
      const served = [...new Set(variants.flatMap(modelsOf))];
      evidence.models = served;
      const unverified: string[] = [];
      // Variants without a model host inference components, which smsec does not collect; only the config-wide
      // EnableNetworkIsolation ("all model containers deployed to the endpoint are isolated") vouches for them.
      const componentVariants = variants.filter((v) => modelsOf(v).length === 0).map((v) => v.VariantName ?? '(unnamed)');
      if (componentVariants.length > 0 && cfg.EnableNetworkIsolation !== true) {
        unverified.push(`variant(s) ${componentVariants.join(', ')} serve inference components, which smsec does not read, and endpoint config ${cfgName} does not set EnableNetworkIsolation`);
      }
      if (variants.length === 0) unverified.push(`endpoint config ${cfgName} lists no production variants`);

      for (const name of served) {
        const ref = models(region, name);
        if (!ref.ok) unverified.push(`model ${name}: the models in ${region} could not be listed (${describeError(ref.error)})`);
        else if (!ref.value) unverified.push(`model ${name} no longer exists (deleted while the endpoint still serves it)`);
        else if (!ref.value.data.ok) unverified.push(`model ${name} could not be read (${describeError(ref.value.data.error)})`);
        // EnableNetworkIsolation is optional and defaults to false (CreateModel reference).
        else if (ref.value.data.value.EnableNetworkIsolation !== true) evidence.notIsolated.push(name);
      }

      const ev = { ...evidence, unverified };
      if (evidence.notIsolated.length > 0) {
        const also = unverified.length > 0 ? `; in addition, ${unverified.join('; ')}` : '';
        return finding(
          'fail',
          resource,
          `Endpoint ${resource.name} (config ${cfgName}) serves model(s) without network isolation: ${evidence.notIsolated.join(', ')}${also}`,
          ev,
        );
      }
      if (unverified.length > 0) {
        return finding('error', resource, `Could not verify that endpoint ${resource.name} (config ${cfgName}) serves only isolated models: ${unverified.join('; ')}`, ev);
      }
      const components = componentVariants.length > 0 ? ` (inference component variant(s) ${componentVariants.join(', ')} isolated by the endpoint config)` : '';
      return finding('pass', resource, `Endpoint ${resource.name} (config ${cfgName}) serves only models with network isolation enabled: ${served.length > 0 ? served.join(', ') : 'none by name'}${components}`, ev);
    });
  },
});
