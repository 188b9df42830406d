import { defineItemCheck, finding, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-domain-efs-kms',
  title: 'SageMaker Studio domains encrypt their storage with a customer managed KMS key',
  severity: 'medium',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::Domain',
  rationale:
    'The domain home EFS file system and the EBS volumes of Studio spaces hold every user\'s notebooks, data extracts and the credentials users leave behind. ' +
    'Without KmsKeyId, SageMaker encrypts them with an AWS managed key, so you cannot restrict, audit or revoke access to that data through a key policy. ' +
    'KmsKeyId is optional (AWS managed key by default, CreateDomain reference) and can only be chosen when the domain is created; the deprecated ' +
    'HomeEfsFileSystemKmsKeyId is read as well.',
  remediation: {
    console: [
      'The key of a domain cannot be changed: create a new domain, and in its storage settings choose a customer managed AWS KMS key whose policy lets the domain execution roles use it.',
      'Move user data from the old home EFS file system (for example through Amazon S3), recreate user profiles and spaces, then delete the old domain.',
    ],
    cli: 'aws sagemaker create-domain --domain-name NAME --auth-mode SSO --vpc-id VPC --subnet-ids SUBNETS --default-user-settings ExecutionRole=ROLE_ARN --kms-key-id KMS_KEY_ARN',
    cloudformation: 'AWS::SageMaker::Domain KmsKeyId',
    terraform: 'aws_sagemaker_domain.kms_key_id',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest-studio.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateDomain.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeDomain.html',
  ],
  compliance: [],
};

/** Studio storage should be under a key the account controls. */
export default defineItemCheck({
  meta,
  each: 'domains',
  noun: 'Studio domain',
  evaluate: (d, resource) => {
    const key = [d.KmsKeyId, d.HomeEfsFileSystemKmsKeyId].find((k) => typeof k === 'string' && k.trim() !== '');
    const evidence = { DomainId: d.DomainId ?? null, KmsKeyId: d.KmsKeyId ?? null, HomeEfsFileSystemKmsKeyId: d.HomeEfsFileSystemKmsKeyId ?? null };
    return key
      ? finding('pass', resource, `Studio domain ${resource.name} encrypts its storage with KMS key ${key}`, evidence)
      : finding('fail', resource, `Studio domain ${resource.name} has no customer managed KMS key (KmsKeyId not set: SageMaker uses an AWS managed key for its EFS and EBS storage)`, evidence);
  },
});
