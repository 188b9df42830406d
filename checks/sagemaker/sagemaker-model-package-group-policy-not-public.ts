import { defineItemCheck, finding, policyGrantees, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-model-package-group-policy-not-public',
  title: 'SageMaker model package group policies grant no access to the public or to other accounts',
  severity: 'high',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::ModelPackageGroup',
  rationale:
    'A model package group\'s resource policy can let other principals describe, list, register or approve model versions, and so reach the model artifacts and images they point to. ' +
    'A statement that allows principal "*" (or a wildcard account) without a condition pinning the caller\'s account or organization (aws:PrincipalAccount, aws:PrincipalArn, aws:PrincipalOrgID, aws:PrincipalOrgPaths, or the aws:Source* keys) makes the group public. ' +
    'smsec has no list of trusted accounts, so a grant to any other account fails too, naming the account ids: review them, and accept the finding where the sharing is intended (for example a central model registry). ' +
    'Grants limited by an organization condition pass. Only Allow statements are read; Deny statements are not credited as fences. A group without a resource policy passes.',
  remediation: {
    console: [
      'Model package group policies are managed through the API: read the current one with aws sagemaker get-model-package-group-policy.',
      'Remove statements that allow "*" without an aws:PrincipalOrgID (or aws:PrincipalAccount) condition, and principals of accounts you do not trust.',
      'Save the corrected policy with aws sagemaker put-model-package-group-policy, or delete it with aws sagemaker delete-model-package-group-policy.',
    ],
    cli: 'aws sagemaker put-model-package-group-policy --model-package-group-name GROUP --resource-policy file://policy.json  # or: aws sagemaker delete-model-package-group-policy --model-package-group-name GROUP',
    cloudformation: 'AWS::SageMaker::ModelPackageGroup ModelPackageGroupPolicy: a policy naming only trusted accounts, or "*" with an aws:PrincipalOrgID condition',
    terraform: 'aws_sagemaker_model_package_group_policy.resource_policy',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_GetModelPackageGroupPolicy.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_PutModelPackageGroupPolicy.html',
    'https://docs.aws.amazon.com/sagemaker/latest/dg/model-registry-models.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html',
  ],
  compliance: [],
};

/** Who outside the account can reach a registry of deployable models, as far as its resource policy says. */
export default defineItemCheck({
  meta,
  each: 'modelPackageGroups',
  noun: 'model package group',
  evaluate: (group, resource, _item, account) => {
    if (group.policy === null) {
      return finding('pass', resource, `Model package group ${resource.name} has no resource policy: only principals of this account with IAM permissions can use it`, {
        policy: false,
        publicStatements: [],
        externalAccounts: [],
      });
    }
    const g = policyGrantees(group.policy, account.accountId);
    const evidence = {
      policy: true,
      publicStatements: g.publicStatements,
      externalAccounts: g.externalAccounts,
      externalStatements: g.externalStatements,
      organizationStatements: g.organizationStatements,
    };
    const problems = [
      g.publicStatements.length ? `it is public (${g.publicStatements.join('; ')})` : '',
      g.externalAccounts.length ? `it grants access to other account(s) ${g.externalAccounts.join(', ')} (${g.externalStatements.join(', ')})` : '',
    ].filter(Boolean);
    if (problems.length > 0) return finding('fail', resource, `Model package group ${resource.name} policy: ${problems.join('; and ')}`, evidence);
    const org = g.organizationStatements.length ? ` (organization-wide statements: ${g.organizationStatements.join(', ')})` : '';
    return finding('pass', resource, `Model package group ${resource.name} policy grants nothing to the public or to other accounts${org}`, evidence);
  },
});
