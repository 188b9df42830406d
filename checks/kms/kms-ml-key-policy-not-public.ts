import { CALLER_CONDITION_KEYS, defineCheck, eachMlKmsKey, finding, policyOpenness, unreadable, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'kms-ml-key-policy-not-public',
  title: 'Key policies of KMS keys used for ML data do not allow everyone',
  severity: 'high',
  service: 'kms',
  resourceType: 'AWS::KMS::Key',
  rationale:
    'A key policy statement that allows Principal "*" (or {"AWS": "*"}) lets any AWS account use the key, subject only to its conditions. ' +
    'Unless a condition pins the caller to known accounts, an organization or a network (kms:CallerAccount, aws:PrincipalAccount, ' +
    'aws:PrincipalOrgID, aws:SourceVpce, aws:SourceVpc, aws:SourceIp …), anyone who obtains ML data encrypted with the key can decrypt it. ' +
    'Conditions such as kms:ViaService alone do not restrict the caller. A Deny for everyone outside such a perimeter closes the gap.',
  remediation: {
    console: [
      'Open the AWS KMS console, select the key named in the finding, and on the Key policy tab choose Edit.',
      'Replace Principal "*" in the statements named in the finding with specific principals, or add a condition such as StringEquals kms:CallerAccount (your account id) or aws:PrincipalOrgID (your organization id).',
    ],
    cli: 'aws kms put-key-policy --key-id KEY_ARN --policy-name default --policy file://key-policy.json',
    cloudformation: 'AWS::KMS::Key KeyPolicy without Allow statements for Principal "*" lacking a caller condition',
    terraform: 'aws_kms_key.policy (or aws_kms_key_policy.policy) without such statements',
  },
  references: [
    'https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html',
    'https://docs.aws.amazon.com/kms/latest/developerguide/conditions-kms.html',
    'https://docs.aws.amazon.com/config/latest/developerguide/kms-key-policy-no-public-access.html',
  ],
  compliance: [],
};

/** A key open to every AWS account protects ML data from no one. */
export default defineCheck({
  meta,
  requires: ['kmsKeys'],
  evaluate({ inventory, account }) {
    return eachMlKmsKey(inventory.kmsKeys, account, ({ key, resource, users, label }) => {
      const usedBy = users.map((u) => u.arn);
      if (!key.policy.ok) {
        const f = unreadable(resource, `the key policy of ${label}`, key.policy.error);
        return { ...f, evidence: { ...f.evidence, usedBy } };
      }
      const { open, perimeter } = policyOpenness(key.policy.value, 'kms', CALLER_CONDITION_KEYS, false);
      const evidence = { openStatements: open, perimeterDenies: perimeter, usedBy };
      if (open.length > 0 && perimeter.length === 0) {
        return finding('fail', resource, `The key policy of ${label} allows every principal without a condition restricting the caller: ${open.join(', ')}`, evidence);
      }
      const note = open.length > 0 ? ` beyond what its deny statements (${perimeter.join(', ')}) allow` : '';
      return finding('pass', resource, `The key policy of ${label} allows no unrestricted public access${note}`, evidence);
    });
  },
});
