import { defineCheck, describeUsers, eachMlKmsKey, finding, kmsArnAccount, unreadable, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'kms-ml-key-usable',
  title: 'KMS keys that SageMaker resources and ML data buckets use are enabled',
  severity: 'high',
  service: 'kms',
  resourceType: 'AWS::KMS::Key',
  rationale:
    'A SageMaker notebook, job, endpoint or bucket encrypted with a KMS key stops working the moment the key cannot be used: volumes do ' +
    'not attach, artifacts cannot be read, captured data cannot be written. A key that is Disabled, PendingDeletion (deleted for good when ' +
    'the waiting period ends, with every object it protects), PendingImport or Unavailable, an alias that no longer exists, or a key that ' +
    'was deleted breaks every resource named in the finding. Only KeyState Enabled counts.',
  remediation: {
    console: [
      'Open the AWS KMS console and find the key named in the finding.',
      'If it is scheduled for deletion, choose Key actions, Cancel key deletion, then enable it; if it is disabled, choose Key actions, Enable.',
      'If the alias or key no longer exists, point the SageMaker resources and buckets named in the finding at an enabled key.',
    ],
    cli: 'aws kms cancel-key-deletion --key-id KEY_ARN && aws kms enable-key --key-id KEY_ARN',
    cloudformation: 'AWS::KMS::Key Enabled: true (and no PendingWindowInDays deletion)',
    terraform: 'aws_kms_key.is_enabled = true',
  },
  references: [
    'https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html',
    'https://docs.aws.amazon.com/kms/latest/APIReference/API_DescribeKey.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/kms-controls.html',
  ],
  compliance: [{ framework: 'AWS Security Hub', id: 'KMS.3' }],
};

/** A disabled or deleted key silently breaks every ML resource and bucket encrypted with it. */
export default defineCheck({
  meta,
  requires: ['kmsKeys'],
  evaluate({ inventory, account }) {
    return eachMlKmsKey(
      inventory.kmsKeys,
      account,
      ({ key, resource, users, label }) => {
        const usedBy = users.map((u) => u.arn);
        if (!key.details.ok) {
          // DescribeKey answers NotFoundException for a key of this account that no longer exists.
          if (key.details.error.code === 'NotFoundException' && kmsArnAccount(key.arn) === account.accountId) {
            return finding('fail', resource, `${label} does not exist: ${describeUsers(users)} would break`, { KeyState: null, usedBy, errorCode: key.details.error.code });
          }
          return unreadable(resource, label, key.details.error);
        }
        const m = key.details.value.metadata;
        const evidence = { KeyState: m.KeyState ?? null, Enabled: m.Enabled ?? null, DeletionDate: m.DeletionDate ? String(m.DeletionDate) : null, usedBy };
        if (m.KeyState === 'Enabled') return finding('pass', resource, `${label} is enabled`, evidence);
        const when = m.KeyState === 'PendingDeletion' && m.DeletionDate ? ` (deletion on ${String(m.DeletionDate)})` : '';
        return finding('fail', resource, `${label} is ${m.KeyState ?? 'in an unknown state'}${when}: ${describeUsers(users)} would break`, evidence);
      },
      {
        missingAlias: (alias, resource, users) =>
          finding('fail', resource, `KMS alias ${resource.name} does not exist (${alias}): ${describeUsers(users)} would break`, { KeyState: null, usedBy: users.map((u) => u.arn) }),
      },
    );
  },
});
