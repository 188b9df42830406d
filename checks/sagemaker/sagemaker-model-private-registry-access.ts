import { defineItemCheck, finding, type CheckMeta, type Model } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-model-private-registry-access',
  title: 'SageMaker model images outside Amazon ECR are pulled from a private registry through your VPC',
  severity: 'medium',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::Model',
  rationale:
    'ImageConfig.RepositoryAccessMode says where SageMaker pulls each container image from: Platform means the image is in Amazon ECR; Vpc means it is in a ' +
    'private Docker registry that SageMaker reaches through the model VpcConfig (ImageConfig reference; when ImageConfig is absent the image is taken to be in ECR). ' +
    'Rule, per container: an image in Amazon ECR (an <account>.dkr.ecr.<region> host) is not applicable, since ECR pulls stay on AWS and are governed by the ' +
    'repository policy; an image elsewhere passes only with mode Vpc, a VpcConfig and a registry that is not a public one; an image elsewhere with mode Platform ' +
    '(or no ImageConfig), or pulled through the VPC from a public registry (Docker Hub, ghcr.io, quay.io, public.ecr.aws …: SageMaker can pull from Docker Hub when ' +
    'the VPC reaches the internet), fails. Containers that take their image from a model package are not applicable. Unlike Security Hub SageMaker.16/.19, which ' +
    'fail every container in Platform mode, smsec does not fail ECR images.',
  remediation: {
    console: [
      'Copy the image into a private Amazon ECR repository of the account (or a private registry reachable only from your VPC).',
      'Models cannot be changed: create a new model whose containers use the ECR image (mode Platform), or the private registry with RepositoryAccessMode Vpc and a VpcConfig that reaches it.',
      'Point endpoint configurations and transform jobs at the new model and delete the old one.',
    ],
    cli: 'aws sagemaker create-model --model-name NEW_NAME --execution-role-arn ROLE_ARN --primary-container \'Image=registry.internal.example/team/model:1.0,ImageConfig={RepositoryAccessMode=Vpc}\' --vpc-config SecurityGroupIds=SG,Subnets=SUBNET_A,SUBNET_B',
    cloudformation: 'AWS::SageMaker::Model PrimaryContainer.ImageConfig.RepositoryAccessMode: Vpc (with VpcConfig), or an Amazon ECR image',
    terraform: 'aws_sagemaker_model.primary_container.image_config.repository_access_mode = "Vpc" (with vpc_config)',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/dg/your-algorithms-containers-inference-private.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ImageConfig.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html#sagemaker-16',
  ],
  compliance: [
    { framework: 'AWS Security Hub', id: 'SageMaker.16' },
    { framework: 'AWS Security Hub', id: 'SageMaker.19' },
  ],
};

/** Amazon ECR image hosts: <account>.dkr.ecr[-fips].<region>.amazonaws.com[.cn] and the dual-stack <account>.dkr-ecr.<region>.on.aws. */
const ECR_HOST = /^\d{12}\.(?:dkr\.ecr(?:-fips)?\.[a-z0-9-]+\.amazonaws\.com(?:\.cn)?|dkr-ecr(?:-fips)?\.[a-z0-9-]+\.on\.aws)$/i;
/** Registries anyone can publish to or pull from. */
const PUBLIC_REGISTRIES = new Set([
  'docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com', 'ghcr.io', 'quay.io', 'public.ecr.aws', 'gcr.io',
  'registry.gitlab.com', 'mcr.microsoft.com', 'nvcr.io', 'registry.k8s.io', 'huggingface.co',
]);

/** The registry host of an image reference; references without one ("pytorch/pytorch:2.3") are Docker Hub images. */
function registryHost(image: string): string {
  const first = image.split('/')[0] ?? '';
  return image.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost') ? first.toLowerCase() : 'docker.io';
}

type Container = NonNullable<Model['PrimaryContainer']>;

/** Every container of a model with its label: the primary container, or each container of an inference pipeline. */
function containers(m: Model): { label: string; c: Container }[] {
  const out = m.PrimaryContainer ? [{ label: 'PrimaryContainer', c: m.PrimaryContainer }] : [];
  (m.Containers ?? []).forEach((c, i) => out.push({ label: `Containers[${i}]`, c }));
  return out;
}

/** Images from outside ECR should come from a registry you control, through your network. */
export default defineItemCheck({
  meta,
  each: 'models',
  noun: 'model',
  evaluate: (m, resource) => {
    const failing: string[] = [];
    const passing: string[] = [];
    const notApplicable: string[] = [];
    const inVpc = (m.VpcConfig?.Subnets ?? []).length > 0;
    for (const { label, c } of containers(m)) {
      if (!c.Image) {
        notApplicable.push(`${label}: image from model package ${c.ModelPackageName ?? '(unnamed)'}`);
        continue;
      }
      const host = registryHost(c.Image);
      if (ECR_HOST.test(host)) {
        notApplicable.push(`${label}: Amazon ECR image`);
        continue;
      }
      // RepositoryAccessMode is required inside ImageConfig; without ImageConfig the image is pulled as an ECR image (Platform).
      const mode = c.ImageConfig?.RepositoryAccessMode ?? 'Platform';
      if (mode !== 'Vpc') failing.push(`${label}: image on ${host}, not in Amazon ECR, with RepositoryAccessMode ${mode}${c.ImageConfig ? '' : ' (no ImageConfig)'}: not pulled through your VPC`);
      else if (PUBLIC_REGISTRIES.has(host)) failing.push(`${label}: image pulled through the VPC from public registry ${host}`);
      else if (!inVpc) failing.push(`${label}: RepositoryAccessMode Vpc but the model has no VpcConfig to reach registry ${host}`);
      else passing.push(`${label}: private registry ${host} through the VPC`);
    }
    const evidence = { failing, passing, notApplicable, vpcSubnets: m.VpcConfig?.Subnets ?? [] };
    if (failing.length > 0) return finding('fail', resource, `Model ${resource.name} pulls images from outside a private registry: ${failing.join('; ')}`, evidence);
    if (passing.length > 0) return finding('pass', resource, `Model ${resource.name} pulls its non-ECR images from a private registry through its VPC (${passing.join('; ')})`, evidence);
    return finding('not_applicable', resource, `Model ${resource.name} uses only Amazon ECR images or model packages${notApplicable.length ? ` (${notApplicable.join('; ')})` : ''}`, evidence);
  },
});
