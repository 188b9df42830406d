import { defineItemCheck, finding, isSet, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-notebook-volume-kms',
  title: 'SageMaker notebook instances encrypt their ML storage volume with a KMS key you specify',
  severity: 'medium',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::NotebookInstance',
  rationale:
    'The notebook ML storage volume (/home/ec2-user/SageMaker) holds notebooks, downloaded datasets and credentials users leave behind, and persists while the instance is stopped. ' +
    'Without KmsKeyId, SageMaker encrypts it with a key it manages, so you cannot restrict, audit or revoke access to the data through a key policy or CloudTrail key usage. ' +
    'KmsKeyId is optional and unset by default; it can only be chosen when the notebook instance is created.',
  remediation: {
    console: [
      'The volume key of a notebook instance cannot be changed: create a replacement notebook instance.',
      'In Permissions and encryption, choose Encryption key and select a customer managed AWS KMS key whose key policy allows the notebook execution role to use it.',
      'Copy the contents of /home/ec2-user/SageMaker from the old instance (for example through Amazon S3 or a Git repository), then delete the old instance.',
    ],
    cli: 'aws sagemaker create-notebook-instance --notebook-instance-name NAME --instance-type ml.t3.medium --role-arn ROLE_ARN --kms-key-id KMS_KEY_ARN',
    cloudformation: 'AWS::SageMaker::NotebookInstance KmsKeyId: <KMS key ARN>',
    terraform: 'aws_sagemaker_notebook_instance.kms_key_id',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/dg/encryption-at-rest-nbi.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeNotebookInstance.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateNotebookInstance.html',
  ],
  compliance: [],
};

/** Data on a notebook's ML storage volume should be under a key the account controls. */
export default defineItemCheck({
  meta,
  each: 'notebookInstances',
  noun: 'notebook instance',
  evaluate: (nb, resource) => {
    // KmsKeyId is optional; without it SageMaker encrypts the volumes with a system-managed key (encryption-at-rest-nbi).
    const evidence = { KmsKeyId: isSet(nb.KmsKeyId) ? nb.KmsKeyId : null };
    return isSet(nb.KmsKeyId)
      ? finding('pass', resource, `Notebook instance ${resource.name} encrypts its ML storage volume with KMS key ${nb.KmsKeyId}`, evidence)
      : finding('fail', resource, `Notebook instance ${resource.name} has no KMS key for its ML storage volume (KmsKeyId not set: SageMaker uses a key it manages)`, evidence);
  },
});
