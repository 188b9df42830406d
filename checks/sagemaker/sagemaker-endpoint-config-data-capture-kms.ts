import { defineItemCheck, finding, isSet, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-endpoint-config-data-capture-kms',
  title: 'SageMaker endpoint configurations that capture inference data encrypt it with a KMS key you specify',
  severity: 'medium',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::EndpointConfig',
  rationale:
    'Captured data is a copy of the requests sent to a model and of its predictions: often personal or confidential data, written to Amazon S3 for as long as the bucket keeps it. ' +
    'DataCaptureConfig.KmsKeyId is optional and unset by default; without it SageMaker requests no key of yours, so the objects get only the destination bucket\'s default encryption and no key policy of yours limits who can read them. ' +
    'Configurations that do not capture (no DataCaptureConfig, or EnableCapture false; EnableCapture defaults to enabled) are not applicable.',
  remediation: {
    console: [
      'Endpoint configurations cannot be changed: in the Amazon SageMaker AI console choose Inference, Endpoint configurations, select the configuration and choose Clone.',
      'Under Data capture, choose a customer managed AWS KMS key that the endpoint execution role may use, and create the configuration.',
      'Update every endpoint that uses the old configuration to the new one, then delete the old configuration.',
    ],
    cli: 'aws sagemaker create-endpoint-config --endpoint-config-name NEW_CONFIG --production-variants file://variants.json --data-capture-config EnableCapture=true,InitialSamplingPercentage=20,DestinationS3Uri=s3://BUCKET/capture,KmsKeyId=KMS_KEY_ARN,CaptureOptions=[{CaptureMode=Input},{CaptureMode=Output}]',
    cloudformation: 'AWS::SageMaker::EndpointConfig DataCaptureConfig.KmsKeyId: <KMS key ARN>',
    terraform: 'aws_sagemaker_endpoint_configuration.data_capture_config.kms_key_id',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DataCaptureConfig.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeEndpointConfig.html',
    'https://docs.aws.amazon.com/sagemaker/latest/dg/model-monitor-data-capture-endpoint.html',
  ],
  compliance: [],
};

/** Captured requests and predictions in S3 should be readable only through a key the account controls. */
export default defineItemCheck({
  meta,
  each: 'endpointConfigs',
  noun: 'endpoint config',
  evaluate: (cfg, resource) => {
    const dc = cfg.DataCaptureConfig;
    const evidence = {
      EnableCapture: dc ? (dc.EnableCapture ?? null) : null,
      DestinationS3Uri: dc?.DestinationS3Uri ?? null,
      KmsKeyId: isSet(dc?.KmsKeyId) ? dc.KmsKeyId : null,
    };
    if (!dc) return finding('not_applicable', resource, `Endpoint config ${resource.name} does not capture inference data (no DataCaptureConfig)`, evidence);
    // EnableCapture is optional and defaults to enabled (API_DataCaptureConfig).
    if (dc.EnableCapture === false) return finding('not_applicable', resource, `Endpoint config ${resource.name} has data capture disabled (EnableCapture false)`, evidence);
    if (isSet(dc.KmsKeyId)) {
      return finding('pass', resource, `Endpoint config ${resource.name} encrypts captured data in ${dc.DestinationS3Uri ?? 'S3'} with KMS key ${dc.KmsKeyId}`, evidence);
    }
    return finding(
      'fail',
      resource,
      `Endpoint config ${resource.name} captures inference data to ${dc.DestinationS3Uri ?? 'S3'} without a KMS key (DataCaptureConfig.KmsKeyId not set: only the bucket's default encryption applies)`,
      evidence,
    );
  },
});
