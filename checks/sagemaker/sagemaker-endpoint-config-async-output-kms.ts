import { defineItemCheck, finding, isSet, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-endpoint-config-async-output-kms',
  title: 'SageMaker asynchronous inference endpoint configurations encrypt their results with a KMS key you specify',
  severity: 'medium',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::EndpointConfig',
  rationale:
    'An asynchronous endpoint writes every inference response (and every failure, with the request context) to Amazon S3, where it waits to be collected. ' +
    'AsyncInferenceConfig.OutputConfig.KmsKeyId is optional and unset by default; without it SageMaker requests no key of yours, so the results get only the bucket\'s default encryption and no key policy of yours limits who can read them. ' +
    'Endpoint configurations without AsyncInferenceConfig (real-time and serverless endpoints) are not applicable.',
  remediation: {
    console: [
      'Endpoint configurations cannot be changed: in the Amazon SageMaker AI console choose Inference, Endpoint configurations, select the configuration and choose Clone.',
      'Under Async invocation config, choose a customer managed AWS KMS key for the output, and create the configuration.',
      'Update every endpoint that uses the old configuration to the new one, then delete the old configuration.',
    ],
    cli: 'aws sagemaker create-endpoint-config --endpoint-config-name NEW_CONFIG --production-variants file://variants.json --async-inference-config \'{"OutputConfig":{"S3OutputPath":"s3://BUCKET/async/out","S3FailurePath":"s3://BUCKET/async/failed","KmsKeyId":"KMS_KEY_ARN"}}\'',
    cloudformation: 'AWS::SageMaker::EndpointConfig AsyncInferenceConfig.OutputConfig.KmsKeyId: <KMS key ARN>',
    terraform: 'aws_sagemaker_endpoint_configuration.async_inference_config.output_config.kms_key_id',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_AsyncInferenceOutputConfig.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeEndpointConfig.html',
    'https://docs.aws.amazon.com/sagemaker/latest/dg/async-inference-create-endpoint.html',
  ],
  compliance: [],
};

/** Asynchronous inference results sit in S3 until collected; they should be readable only through a key the account controls. */
export default defineItemCheck({
  meta,
  each: 'endpointConfigs',
  noun: 'endpoint config',
  evaluate: (cfg, resource) => {
    const async = cfg.AsyncInferenceConfig;
    const out = async?.OutputConfig;
    const evidence = {
      asynchronous: async !== undefined,
      S3OutputPath: out?.S3OutputPath ?? null,
      S3FailurePath: out?.S3FailurePath ?? null,
      KmsKeyId: isSet(out?.KmsKeyId) ? out.KmsKeyId : null,
    };
    if (!async) return finding('not_applicable', resource, `Endpoint config ${resource.name} is not for asynchronous inference (no AsyncInferenceConfig)`, evidence);
    const where = [out?.S3OutputPath, out?.S3FailurePath].filter(isSet).join(' and ') || 'S3';
    if (isSet(out?.KmsKeyId)) {
      return finding('pass', resource, `Endpoint config ${resource.name} encrypts asynchronous inference results in ${where} with KMS key ${out.KmsKeyId}`, evidence);
    }
    return finding(
      'fail',
      resource,
      `Endpoint config ${resource.name} writes asynchronous inference results to ${where} without a KMS key (AsyncInferenceConfig.OutputConfig.KmsKeyId not set: only the bucket's default encryption applies)`,
      evidence,
    );
  },
});
