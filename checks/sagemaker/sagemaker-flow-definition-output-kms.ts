import { defineItemCheck, finding, isSet, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-flow-definition-output-kms',
  title: 'Amazon A2I human review workflows (flow definitions) encrypt their output with a KMS key you specify',
  severity: 'medium',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::FlowDefinition',
  rationale:
    'A human review workflow sends model inputs and predictions to human reviewers and writes each human loop, with the reviewers\' answers, to Amazon S3: the cases a model was least sure about, often documents or images with personal data. ' +
    'OutputConfig.KmsKeyId is optional and unset by default; without it the output gets only the bucket\'s default encryption, and no key policy of yours limits who can read it.',
  remediation: {
    console: [
      'Flow definitions cannot be changed: in the Amazon Augmented AI console choose Human review workflows and create a new workflow with the same task template and work team.',
      'Under Encryption, choose a customer managed AWS KMS key for the output in S3 (the workflow IAM role needs permission to use it).',
      'Point the applications that start human loops at the new workflow, then delete the old one.',
    ],
    cli: 'aws sagemaker create-flow-definition --flow-definition-name NAME --human-loop-config file://human-loop.json --output-config S3OutputPath=s3://BUCKET/a2i,KmsKeyId=KMS_KEY_ARN --role-arn ROLE_ARN',
    terraform: 'aws_sagemaker_flow_definition.output_config.kms_key_id',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_FlowDefinitionOutputConfig.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeFlowDefinition.html',
    'https://docs.aws.amazon.com/sagemaker/latest/dg/a2i-create-flow-definition.html',
  ],
  compliance: [],
};

/** Reviewed cases and reviewers' answers in S3 should be readable only through a key the account controls. */
export default defineItemCheck({
  meta,
  each: 'flowDefinitions',
  noun: 'flow definition',
  evaluate: (fd, resource) => {
    const out = fd.OutputConfig;
    const evidence = { S3OutputPath: out?.S3OutputPath ?? null, KmsKeyId: isSet(out?.KmsKeyId) ? out.KmsKeyId : null, FlowDefinitionStatus: fd.FlowDefinitionStatus ?? null };
    if (isSet(out?.KmsKeyId)) {
      return finding('pass', resource, `Flow definition ${resource.name} encrypts its human review output in ${out.S3OutputPath ?? 'S3'} with KMS key ${out.KmsKeyId}`, evidence);
    }
    return finding(
      'fail',
      resource,
      `Flow definition ${resource.name} writes human review output to ${out?.S3OutputPath ?? 'S3'} without a KMS key (OutputConfig.KmsKeyId not set: only the bucket's default encryption applies)`,
      evidence,
    );
  },
});
