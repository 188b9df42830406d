import { defineItemCheck, finding, isSet, type CheckMeta, type ModelPackage } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-model-package-not-auto-approved',
  title: 'SageMaker model versions are approved in a step after registration, not approved as they are registered',
  severity: 'medium',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::ModelPackage',
  rationale:
    'In the model registry, ModelApprovalStatus Approved is what deployment pipelines wait for. A model version registered directly as Approved (CreateModelPackage with ModelApprovalStatus Approved) skips review: whoever can register a model can ship it. ' +
    'DescribeModelPackage keeps no approval history, so this check reads the traces an approval step leaves: UpdateModelPackage is the only call that sets ApprovalDescription (CreateModelPackage has no such field), and it moves LastModifiedTime past CreationTime. ' +
    'An Approved version with no ApprovalDescription and no modification more than a second after its creation fails. Limitation: a version approved at registration and later modified for another reason (for example its metadata) cannot be told apart and passes; CloudTrail CreateModelPackage events would show it. ' +
    'Versions that are not Approved (PendingManualApproval, Rejected) are not applicable.',
  remediation: {
    console: [
      'Register model versions with ModelApprovalStatus PendingManualApproval (the SageMaker Python SDK and pipeline RegisterModel step take approval_status).',
      'Approve them in a separate step by a different principal: in Amazon SageMaker Studio open Models, the model group and the version, and choose Update status with a comment (UpdateModelPackage with ApprovalDescription).',
      'Restrict sagemaker:CreateModelPackage with sagemaker:ModelApprovalStatus conditions so that registration cannot set Approved, and reserve sagemaker:UpdateModelPackage for approvers.',
    ],
    cli: 'aws sagemaker update-model-package --model-package-arn MODEL_PACKAGE_ARN --model-approval-status Approved --approval-description "Reviewed by ..."',
    cloudformation: 'AWS::SageMaker::ModelPackage ModelApprovalStatus: PendingManualApproval (approve later through UpdateModelPackage)',
    terraform: 'Register model versions with model_approval_status = "PendingManualApproval" and approve them outside the registration pipeline',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/dg/model-registry-approve.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeModelPackage.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdateModelPackage.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateModelPackage.html',
  ],
  compliance: [],
};

/** Milliseconds since the epoch for an API timestamp (a Date live, an ISO string when replayed); undefined when absent or invalid. */
function time(v: unknown): number | undefined {
  if (v === undefined || v === null) return undefined;
  const t = new Date(v as string | Date).getTime();
  return Number.isNaN(t) ? undefined : t;
}

/** Who last changed the version, as DescribeModelPackage reports it (UserContext). */
function who(u: ModelPackage['LastModifiedBy']): string | null {
  return u?.IamIdentity?.Arn ?? u?.UserProfileName ?? null;
}

/** A version registered as Approved went to production without anyone approving it. */
export default defineItemCheck({
  meta,
  each: 'modelPackages',
  noun: 'model package',
  evaluate: (pkg, resource) => {
    const created = time(pkg.CreationTime);
    const modified = time(pkg.LastModifiedTime);
    const described = isSet(pkg.ApprovalDescription);
    const evidence = {
      ModelApprovalStatus: pkg.ModelApprovalStatus ?? null,
      CreationTime: created === undefined ? null : new Date(created).toISOString(),
      LastModifiedTime: modified === undefined ? null : new Date(modified).toISOString(),
      approvalDescription: described,
      createdBy: who(pkg.CreatedBy),
      lastModifiedBy: who(pkg.LastModifiedBy),
    };
    if (pkg.ModelApprovalStatus !== 'Approved') {
      return finding('not_applicable', resource, `Model package ${resource.name} is not approved (${pkg.ModelApprovalStatus ?? 'no approval status'})`, evidence);
    }
    // More than a second between creation and the last modification: an update followed registration.
    const updatedLater = created !== undefined && modified !== undefined && modified - created > 1000;
    if (described || updatedLater) {
      const how = [described ? 'it has an approval description' : '', updatedLater ? `it was modified at ${evidence.LastModifiedTime}, after its registration at ${evidence.CreationTime}` : '']
        .filter(Boolean)
        .join(' and ');
      return finding('pass', resource, `Model package ${resource.name} was approved after registration: ${how}`, evidence);
    }
    if (created === undefined) {
      return finding('error', resource, `Could not tell how model package ${resource.name} was approved: it reports no CreationTime and no approval description`, evidence);
    }
    return finding(
      'fail',
      resource,
      `Model package ${resource.name} is Approved with no sign of an approval step: no approval description and ${modified === undefined ? 'no modification since' : 'no modification more than a second after'} its registration at ${evidence.CreationTime}`,
      evidence,
    );
  },
});
