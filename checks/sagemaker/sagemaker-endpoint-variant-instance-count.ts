import { defineCheck, eachServingEndpoint, finding, type CheckMeta, type EndpointConfig } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-endpoint-variant-instance-count',
  title: 'SageMaker endpoints in service run every instance-backed production variant on at least two instances',
  severity: 'medium',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::Endpoint',
  rationale:
    'SageMaker spreads the instances of a production variant across Availability Zones. A variant on one instance has nothing to fail over to: an instance failure, an Availability Zone event or a deployment takes the model offline until a replacement is provisioned. ' +
    'This check reads the instance counts the endpoint reports (DescribeEndpoint ProductionVariants: the lower of CurrentInstanceCount and DesiredInstanceCount) and falls back to InitialInstanceCount in the endpoint configuration. ' +
    'Serverless variants have no instance count and are not applicable (counting a missing count as 0 would fail every serverless variant); shadow variants carry no production traffic and are not counted. Endpoints that serve no traffic (creating, deleting, failed, out of service) are not applicable; updating and rolling-back endpoints still serve and are evaluated.',
  remediation: {
    console: [
      'In the Amazon SageMaker AI console choose Inference, Endpoints, and select the endpoint.',
      'Under Endpoint runtime settings, select the variant and choose Update weight and capacity (or configure auto scaling with a minimum of 2 instances).',
      'Set the instance count to 2 or more and save; to change InitialInstanceCount for future deployments, create a new endpoint configuration and update the endpoint to it.',
    ],
    cli: 'aws sagemaker update-endpoint-weights-and-capacities --endpoint-name ENDPOINT --desired-weights-and-capacities VariantName=AllTraffic,DesiredInstanceCount=2',
    cloudformation: 'AWS::SageMaker::EndpointConfig ProductionVariants[].InitialInstanceCount: 2 or more',
    terraform: 'aws_sagemaker_endpoint_configuration.production_variants.initial_instance_count = 2 (or more)',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/dg/deployment-best-practices.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeEndpoint.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ProductionVariantSummary.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ProductionVariant.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html',
  ],
  compliance: [{ framework: 'AWS Security Hub', id: 'SageMaker.4' }],
};

type ConfigVariant = NonNullable<EndpointConfig['ProductionVariants']>[number];

/** A production variant with an instance count of 1 cannot survive the loss of its instance. */
export default defineCheck({
  meta,
  requires: ['endpoints', 'endpointConfigs'],
  evaluate({ inventory, account }) {
    return eachServingEndpoint(inventory.endpoints, inventory.endpointConfigs, account, meta.resourceType, (ep, cfg, resource) => {
      const cfgVariants = new Map<string, ConfigVariant>((cfg.ok ? (cfg.config.ProductionVariants ?? []) : []).map((v) => [v.VariantName ?? '', v]));
      const live = ep.ProductionVariants ?? [];
      const names = live.length > 0 ? live.map((v) => v.VariantName ?? '') : [...cfgVariants.keys()];

      const single: string[] = [];
      const counted: string[] = [];
      const serverless: string[] = [];
      const unknown: string[] = [];
      for (const name of names) {
        const s = live.find((v) => v.VariantName === name);
        const c = cfgVariants.get(name);
        if (s?.CurrentServerlessConfig || s?.DesiredServerlessConfig || c?.ServerlessConfig) {
          serverless.push(name);
          continue;
        }
        const reported = [s?.CurrentInstanceCount, s?.DesiredInstanceCount].filter((n): n is number => typeof n === 'number');
        const count = reported.length > 0 ? Math.min(...reported) : c?.InitialInstanceCount;
        if (count === undefined) unknown.push(name);
        else (count < 2 ? single : counted).push(`${name} (${count})`);
      }
      const cfgProblem = cfg.ok ? undefined : cfg.reason;
      const evidence = { EndpointConfigName: ep.EndpointConfigName ?? null, belowTwo: single, atLeastTwo: counted, serverless, unknownCount: unknown };
      if (single.length > 0) {
        return finding('fail', resource, `Endpoint ${resource.name} runs production variant(s) on fewer than two instances: ${single.join(', ')}`, evidence);
      }
      if (unknown.length > 0 || names.length === 0) {
        const why = names.length === 0 ? 'no production variants were found' : `the instance count of variant(s) ${unknown.join(', ')} is not reported`;
        return finding('error', resource, `Could not verify the instance counts of endpoint ${resource.name}: ${why}${cfgProblem ? `, and ${cfgProblem}` : ''}`, evidence);
      }
      if (counted.length === 0) {
        return finding('not_applicable', resource, `Endpoint ${resource.name} has only serverless production variants (${serverless.join(', ')}), which have no instance count`, evidence);
      }
      const also = serverless.length > 0 ? `; serverless variant(s) ${serverless.join(', ')} not counted` : '';
      return finding('pass', resource, `Endpoint ${resource.name} runs every instance-backed production variant on at least two instances: ${counted.join(', ')}${also}`, evidence);
    });
  },
});
