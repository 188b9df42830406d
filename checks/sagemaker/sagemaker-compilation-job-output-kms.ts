import { defineItemCheck, isSet, keyFinding, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-compilation-job-output-kms',
  title: 'SageMaker Neo compilation jobs encrypt their compiled models with a KMS key you specify',
  severity: 'medium',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::CompilationJob',
  rationale:
    'A compilation job writes the compiled model to Amazon S3. OutputConfig.KmsKeyId is optional; without it SageMaker uses the default KMS key for Amazon S3 of the account (aws/s3), ' +
    'whose key policy you cannot restrict, so anyone with read access to the bucket can decrypt the model. Finished jobs are evaluated too.',
  remediation: {
    console: [
      'Compilation jobs cannot be changed after they are created: fix the pipeline, notebook or template that launches the job.',
      'Set OutputConfig.KmsKeyId to a customer managed AWS KMS key whose policy allows the job execution role, and compile the model again.',
    ],
    cli: 'aws sagemaker create-compilation-job ... --output-config S3OutputLocation=s3://BUCKET/PREFIX,TargetDevice=ml_c5,KmsKeyId=KMS_KEY_ARN',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_OutputConfig.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeCompilationJob.html',
  ],
  compliance: [],
};

/** Compiled models in S3 should be under a key the account controls. */
export default defineItemCheck({
  meta,
  each: 'compilationJobs',
  noun: 'compilation job',
  evaluate: (job, resource) => {
    const key = job.OutputConfig?.KmsKeyId;
    return keyFinding(
      resource,
      `Compilation job ${resource.name}`,
      [{ name: 'output', what: 'its compiled model', key, withoutKey: 'OutputConfig.KmsKeyId not set: SageMaker uses the account default aws/s3 key' }],
      {
        KmsKeyId: isSet(key) ? key : null,
        S3OutputLocation: job.OutputConfig?.S3OutputLocation ?? null,
        CompilationJobStatus: job.CompilationJobStatus ?? null,
      },
    );
  },
});
