import { captureState, defineCheck, eachServingEndpoint, endpointConfigUnread, finding, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-endpoint-data-capture-enabled',
  title: 'SageMaker endpoints in service capture inference requests and responses',
  severity: 'low',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::Endpoint',
  rationale:
    'Data capture records the requests an endpoint receives and the predictions it returns in Amazon S3. Without it there is no record to investigate abuse of a model (probing, extraction, poisoning through feedback loops), ' +
    'and SageMaker Model Monitor has no data to detect drift on. Capture is configured in the endpoint configuration (DataCaptureConfig, absent by default; when present, EnableCapture defaults to enabled). ' +
    'This check follows each endpoint that serves traffic (InService, or updating or rolling back) to the endpoint configuration it runs, counts a sampling percentage of 0 or an endpoint reporting capture stopped as no capture, and reports an error when the configuration cannot be read.',
  remediation: {
    console: [
      'In the Amazon SageMaker AI console choose Inference, Endpoints, and select the endpoint.',
      'Choose Update endpoint, Change the endpoint configuration, and create a new configuration (or clone the current one) with Enable data capture turned on, a sampling percentage, an S3 location and an encryption key.',
      'Select the new configuration and choose Update endpoint.',
    ],
    cli: 'aws sagemaker create-endpoint-config --endpoint-config-name NEW_CONFIG --production-variants file://variants.json --data-capture-config EnableCapture=true,InitialSamplingPercentage=20,DestinationS3Uri=s3://BUCKET/capture,KmsKeyId=KMS_KEY_ARN,CaptureOptions=[{CaptureMode=Input},{CaptureMode=Output}] && aws sagemaker update-endpoint --endpoint-name ENDPOINT --endpoint-config-name NEW_CONFIG',
    cloudformation: 'AWS::SageMaker::EndpointConfig DataCaptureConfig: { EnableCapture: true, InitialSamplingPercentage, DestinationS3Uri, KmsKeyId, CaptureOptions }',
    terraform: 'aws_sagemaker_endpoint_configuration.data_capture_config { enable_capture = true, initial_sampling_percentage, destination_s3_uri, kms_key_id, capture_options }',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/dg/model-monitor-data-capture.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DataCaptureConfig.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeEndpoint.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeEndpointConfig.html',
  ],
  compliance: [],
};

/** An endpoint that records nothing of its traffic leaves no trail to investigate and nothing for Model Monitor to judge. */
export default defineCheck({
  meta,
  requires: ['endpoints', 'endpointConfigs'],
  evaluate({ inventory, account }) {
    return eachServingEndpoint(inventory.endpoints, inventory.endpointConfigs, account, meta.resourceType, (ep, cfg, resource) => {
      if (!cfg.ok) return endpointConfigUnread(ep, resource, 'captures data', cfg);
      const state = captureState(cfg.config, ep);
      const evidence = { EndpointConfigName: ep.EndpointConfigName ?? null, ...state.evidence };
      if (!state.enabled) {
        return finding('fail', resource, `Endpoint ${resource.name} (config ${cfg.name}) does not capture inference data: ${state.reason}`, evidence);
      }
      const dc = cfg.config.DataCaptureConfig!;
      const modes = (dc.CaptureOptions ?? []).map((o) => o.CaptureMode).filter(Boolean).join(' and ');
      return finding(
        'pass',
        resource,
        `Endpoint ${resource.name} (config ${cfg.name}) captures ${dc.InitialSamplingPercentage ?? '?'}% of requests${modes ? ` (${modes})` : ''} to ${dc.DestinationS3Uri ?? 'S3'}`,
        evidence,
      );
    });
  },
});
