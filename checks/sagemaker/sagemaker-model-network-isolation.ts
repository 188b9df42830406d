import { defineItemCheck, finding, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-model-network-isolation',
  title: 'SageMaker models have network isolation enabled',
  severity: 'medium',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::Model',
  rationale:
    'Inference containers can reach the network by default, so a compromised or malicious model image or dependency can send inference inputs, outputs or model weights anywhere and fetch code at run time. ' +
    'With network isolation the containers make no outbound calls and receive no AWS credentials; SageMaker still moves model artifacts to and from Amazon S3 on their behalf. ' +
    'EnableNetworkIsolation defaults to false when it is not set, and it cannot be changed on an existing model.',
  remediation: {
    console: [
      'Models cannot be changed: in the Amazon SageMaker AI console choose Inference, Models, and create a new model with the same container and artifacts.',
      'Under Network, turn on Enable network isolation, and check that the container works without network access (no downloads or license calls at start-up).',
      'Create an endpoint configuration that uses the new model, update the endpoints that served the old model to it, then delete the old model.',
    ],
    cli: 'aws sagemaker create-model --model-name NEW_NAME --execution-role-arn ROLE_ARN --primary-container Image=IMAGE_URI,ModelDataUrl=s3://BUCKET/model.tar.gz --enable-network-isolation',
    cloudformation: 'AWS::SageMaker::Model EnableNetworkIsolation: true',
    terraform: 'aws_sagemaker_model.enable_network_isolation = true',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/dg/mkt-algo-model-internet-free.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeModel.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateModel.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html',
  ],
  compliance: [{ framework: 'AWS Security Hub', id: 'SageMaker.5' }],
};

/** A model whose containers can reach the network can leak what it serves. Every model is evaluated, deployed or not. */
export default defineItemCheck({
  meta,
  each: 'models',
  noun: 'model',
  evaluate: (model, resource) => {
    // EnableNetworkIsolation is optional and defaults to false (CreateModel reference).
    const isolated = model.EnableNetworkIsolation === true;
    const evidence = { EnableNetworkIsolation: model.EnableNetworkIsolation ?? null, effective: isolated };
    return isolated
      ? finding('pass', resource, `Model ${resource.name} has network isolation enabled`, evidence)
      : finding('fail', resource, `Model ${resource.name} does not have network isolation enabled${model.EnableNetworkIsolation === undefined ? ' (not set: the default is false)' : ''}`, evidence);
  },
});
