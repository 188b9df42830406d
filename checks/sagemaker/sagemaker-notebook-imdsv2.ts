import { defineItemCheck, finding, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-notebook-imdsv2',
  title: 'SageMaker notebook instances require IMDSv2 for the instance metadata service',
  severity: 'medium',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::NotebookInstance',
  rationale:
    'The instance metadata service hands out the credentials of the notebook execution role. With IMDSv1 allowed, a server-side request forgery or an ' +
    'open proxy in any notebook, extension or package can read them with a plain GET; IMDSv2 requires a session token obtained with a PUT request first. ' +
    'When MinimumInstanceMetadataServiceVersion is not chosen at creation it defaults to 1, which allows both IMDSv1 and IMDSv2 ' +
    '(InstanceMetadataServiceConfiguration reference); it can be changed on a stopped instance.',
  remediation: {
    console: [
      'Open the notebook instance in the Amazon SageMaker AI console and stop it.',
      'Choose Edit and set the minimum IMDS version to 2 (IMDSv2 only).',
      'Save and start the notebook instance; check that lifecycle scripts and tools that read instance metadata use IMDSv2 tokens.',
    ],
    cli: 'aws sagemaker stop-notebook-instance --notebook-instance-name NAME && aws sagemaker update-notebook-instance --notebook-instance-name NAME --instance-metadata-service-configuration MinimumInstanceMetadataServiceVersion=2',
    cloudformation: 'AWS::SageMaker::NotebookInstance InstanceMetadataServiceConfiguration.MinimumInstanceMetadataServiceVersion: "2"',
    terraform: 'aws_sagemaker_notebook_instance.instance_metadata_service_configuration.minimum_instance_metadata_service_version = "2"',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_InstanceMetadataServiceConfiguration.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_UpdateNotebookInstance.html',
    'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-service.html',
  ],
  compliance: [],
};

/** Only IMDSv2 keeps the execution role credentials behind a session token. */
export default defineItemCheck({
  meta,
  each: 'notebookInstances',
  noun: 'notebook instance',
  evaluate: (nb, resource) => {
    const reported = nb.InstanceMetadataServiceConfiguration?.MinimumInstanceMetadataServiceVersion;
    // Not chosen at creation ⇒ "1": IMDSv1 and IMDSv2 both allowed (InstanceMetadataServiceConfiguration reference).
    const effective = reported ?? '1';
    const evidence = { MinimumInstanceMetadataServiceVersion: reported ?? null, effective };
    return effective === '2'
      ? finding('pass', resource, `Notebook instance ${resource.name} requires IMDSv2`, evidence)
      : finding(
          'fail',
          resource,
          `Notebook instance ${resource.name} allows IMDSv1 (minimum IMDS version ${effective}${reported === undefined ? ', not set: the default is 1' : ''})`,
          evidence,
        );
  },
});
