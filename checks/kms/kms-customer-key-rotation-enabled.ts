import { defineItemCheck, rotationFinding, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'kms-customer-key-rotation-enabled',
  title: 'Customer managed symmetric KMS keys rotate automatically',
  severity: 'medium',
  service: 'kms',
  resourceType: 'AWS::KMS::Key',
  rationale:
    'Every customer managed key of the account, whether or not smsec can link it to SageMaker (pipelines, feature stores and data lakes ' +
    'often use keys that SageMaker resources do not name), should rotate its key material automatically. Rotation is off by default for ' +
    'customer managed keys and applies only to symmetric keys with KMS-generated material; other keys are reported as not applicable, ' +
    'and AWS managed keys (rotated by AWS) are not reported.',
  remediation: {
    console: [
      'Open the AWS KMS console, choose Customer managed keys, and select the key named in the finding.',
      'On the Key rotation tab, select Automatically rotate this KMS key every year (or set a rotation period), and save.',
    ],
    cli: 'aws kms enable-key-rotation --key-id KEY_ARN',
    cloudformation: 'AWS::KMS::Key EnableKeyRotation: true',
    terraform: 'aws_kms_key.enable_key_rotation = true',
  },
  references: [
    'https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html',
    'https://docs.aws.amazon.com/kms/latest/APIReference/API_ListKeys.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/kms-controls.html',
  ],
  compliance: [{ framework: 'AWS Security Hub', id: 'KMS.4' }],
};

/** Customer managed keys keep the same material forever unless rotation is turned on. */
export default defineItemCheck({
  meta,
  each: 'kmsAccountKeys',
  noun: 'KMS key',
  evaluate: (details, resource) => {
    // AWS managed keys are AWS's to rotate; only customer managed keys are reported.
    if (details.metadata.KeyManager === 'AWS') return undefined;
    return rotationFinding(details, resource, `KMS key ${resource.name}`);
  },
});
