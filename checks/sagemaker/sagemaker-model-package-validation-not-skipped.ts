import { defineItemCheck, finding, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-model-package-validation-not-skipped',
  title: 'SageMaker model versions are registered without skipping model validation',
  severity: 'low',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::ModelPackage',
  rationale:
    'When a model version is registered, SageMaker validates what it points to (its inference containers and model artifacts) before the version becomes usable. ' +
    'SkipModelValidation All turns that off, so a version can be registered, approved and deployed with an image or artifact that was never checked. SkipModelValidation is optional and defaults to None (validation runs).',
  remediation: {
    console: [
      'Register a new model version of the same model without SkipModelValidation (or with SkipModelValidation None), from the pipeline or notebook that registered it.',
      'Reject the version that skipped validation (UpdateModelPackage ModelApprovalStatus Rejected) so that deployment pipelines do not pick it up.',
    ],
    cli: 'aws sagemaker create-model-package --model-package-group-name GROUP --inference-specification file://inference.json --skip-model-validation None && aws sagemaker update-model-package --model-package-arn OLD_VERSION_ARN --model-approval-status Rejected',
    cloudformation: 'AWS::SageMaker::ModelPackage SkipModelValidation: None (or omit it)',
    terraform: 'Omit skip_model_validation (or set it to "None") where model versions are registered',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_CreateModelPackage.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeModelPackage.html',
    'https://docs.aws.amazon.com/sagemaker/latest/dg/model-registry-models.html',
  ],
  compliance: [],
};

/** A model version that skipped validation may point to containers or artifacts nobody checked. */
export default defineItemCheck({
  meta,
  each: 'modelPackages',
  noun: 'model package',
  evaluate: (pkg, resource) => {
    // SkipModelValidation is optional; absent means None, validation runs (CreateModelPackage reference).
    const value = pkg.SkipModelValidation ?? 'None';
    const evidence = { SkipModelValidation: pkg.SkipModelValidation ?? null, effective: value, ModelApprovalStatus: pkg.ModelApprovalStatus ?? null };
    if (value === 'All') {
      return finding('fail', resource, `Model package ${resource.name} was registered with model validation skipped (SkipModelValidation All)`, evidence);
    }
    return finding('pass', resource, `Model package ${resource.name} was registered with model validation (SkipModelValidation ${pkg.SkipModelValidation ?? 'not set: None'})`, evidence);
  },
});
