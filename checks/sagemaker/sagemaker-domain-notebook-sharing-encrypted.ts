import { defineItemCheck, finding, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-domain-notebook-sharing-encrypted',
  title: 'SageMaker Studio domains share notebook output only under a KMS key you specify',
  severity: 'medium',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::Domain',
  rationale:
    'When a domain allows notebook sharing with cell output (DefaultUserSettings.SharingSettings.NotebookOutputOption Allowed), Studio copies notebook snapshots, ' +
    'including outputs that often contain data samples, query results and tokens, to the S3OutputPath bucket. Without S3KmsKeyId those copies are encrypted only ' +
    'with the bucket default, outside a key you can restrict to the sharing use. NotebookOutputOption defaults to Disabled (SharingSettings reference), which passes: ' +
    'outputs are then not shared. User profiles can override the domain default; sagemaker-user-profile-no-weaker-settings checks those overrides.',
  remediation: {
    console: [
      'In the Amazon SageMaker AI console open the domain, choose Domain settings, and edit the notebook sharing configuration.',
      'Either turn off sharing of notebook cell output, or keep it and choose a customer managed AWS KMS key for the shared snapshots in S3.',
    ],
    cli: 'aws sagemaker update-domain --domain-id DOMAIN_ID --default-user-settings \'SharingSettings={NotebookOutputOption=Allowed,S3OutputPath=s3://BUCKET/shared/,S3KmsKeyId=KMS_KEY_ARN}\'',
    cloudformation: 'AWS::SageMaker::Domain DefaultUserSettings.SharingSettings (NotebookOutputOption: Disabled, or S3KmsKeyId with Allowed)',
    terraform: 'aws_sagemaker_domain.default_user_settings.sharing_settings (notebook_output_option = "Disabled", or s3_kms_key_id)',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/dg/notebooks-sharing.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_SharingSettings.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeDomain.html',
  ],
  compliance: [],
};

/** Shared notebook outputs are data; their S3 copies should be under a key you control. */
export default defineItemCheck({
  meta,
  each: 'domains',
  noun: 'Studio domain',
  evaluate: (d, resource) => {
    const sharing = d.DefaultUserSettings?.SharingSettings;
    // NotebookOutputOption defaults to Disabled (SharingSettings reference).
    const option = sharing?.NotebookOutputOption ?? 'Disabled';
    const key = sharing?.S3KmsKeyId && sharing.S3KmsKeyId.trim() !== '' ? sharing.S3KmsKeyId : null;
    const evidence = { DomainId: d.DomainId ?? null, NotebookOutputOption: sharing?.NotebookOutputOption ?? null, effective: option, S3OutputPath: sharing?.S3OutputPath ?? null, S3KmsKeyId: key };
    if (option !== 'Allowed') {
      return finding('pass', resource, `Studio domain ${resource.name} does not share notebook cell output (NotebookOutputOption ${option}${sharing?.NotebookOutputOption ? '' : ', the default'})`, evidence);
    }
    return key
      ? finding('pass', resource, `Studio domain ${resource.name} shares notebook cell output encrypted with KMS key ${key}`, evidence)
      : finding('fail', resource, `Studio domain ${resource.name} shares notebook cell output to ${sharing?.S3OutputPath ?? 'S3'} without a KMS key (S3KmsKeyId not set)`, evidence);
  },
});
