import { defineCheck, eachMlKmsKey, rotationFinding, unreadable, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'kms-ml-key-rotation-enabled',
  title: 'Customer managed KMS keys of SageMaker resources and ML data buckets rotate automatically',
  severity: 'medium',
  service: 'kms',
  resourceType: 'AWS::KMS::Key',
  rationale:
    'Automatic rotation replaces a key\'s cryptographic material on a schedule (yearly by default) while keeping old material for ' +
    'decryption, limiting how much ML data any one key version protects. It is off by default for customer managed keys and applies only ' +
    'to symmetric keys with KMS-generated material; AWS managed keys rotate yearly on their own, and asymmetric, HMAC, imported and custom ' +
    'key store keys cannot rotate automatically (reported as not applicable).',
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
    'https://docs.aws.amazon.com/kms/latest/APIReference/API_GetKeyRotationStatus.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/kms-controls.html',
  ],
  compliance: [{ framework: 'AWS Security Hub', id: 'KMS.4' }],
};

/** Keys that encrypt ML data should not protect it with the same material forever. */
export default defineCheck({
  meta,
  requires: ['kmsKeys'],
  evaluate({ inventory, account }) {
    return eachMlKmsKey(inventory.kmsKeys, account, ({ key, resource, users, label }) => {
      if (!key.details.ok) return unreadable(resource, label, key.details.error);
      const f = rotationFinding(key.details.value, resource, label);
      return { ...f, evidence: { ...f.evidence, usedBy: users.map((u) => u.arn) } };
    });
  },
});
