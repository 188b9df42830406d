import { defineCheck, eachItem, finding, indexByName, unreadable, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-notebook-lifecycle-config-exists',
  title: 'SageMaker notebook instances name only lifecycle configurations that exist',
  severity: 'medium',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::NotebookInstance',
  rationale:
    'A notebook instance refers to its lifecycle configuration by name (NotebookInstanceLifecycleConfigName). When that configuration has been deleted, ' +
    'the scripts the instance is meant to run can no longer be reviewed, and anyone allowed to create a lifecycle configuration can create one under the ' +
    'dangling name and have it run as root with the notebook execution role at the next start. Notebooks without a lifecycle configuration are not applicable.',
  remediation: {
    console: [
      'Stop the notebook instance in the Amazon SageMaker AI console and choose Edit.',
      'Under Lifecycle configuration choose an existing, reviewed configuration, or No configuration, and save.',
      'Restrict sagemaker:CreateNotebookInstanceLifecycleConfig and UpdateNotebookInstanceLifecycleConfig to administrators.',
    ],
    cli: 'aws sagemaker update-notebook-instance --notebook-instance-name NAME --disassociate-lifecycle-config',
    cloudformation: 'AWS::SageMaker::NotebookInstance LifecycleConfigName (reference an AWS::SageMaker::NotebookInstanceLifecycleConfig in the same stack)',
    terraform: 'aws_sagemaker_notebook_instance.lifecycle_config_name = aws_sagemaker_notebook_instance_lifecycle_configuration.<name>.name',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/dg/notebook-lifecycle-config.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeNotebookInstance.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_ListNotebookInstanceLifecycleConfigs.html',
  ],
  compliance: [],
};

/** A lifecycle configuration name that resolves to nothing can be claimed by whoever creates it first. */
export default defineCheck({
  meta,
  requires: ['notebookInstances', 'notebookLifecycleConfigs'],
  evaluate({ inventory, account }) {
    const configs = indexByName(inventory.notebookLifecycleConfigs);
    return eachItem(inventory.notebookInstances, account, meta.resourceType, 'notebook instance', (nb, resource, item) => {
      const name = nb.NotebookInstanceLifecycleConfigName;
      const evidence = { NotebookInstanceLifecycleConfigName: name ?? null };
      if (!name) return finding('not_applicable', resource, `Notebook instance ${resource.name} uses no lifecycle configuration`, evidence);
      const ref = configs(item.region, name);
      if (!ref.ok) return { ...unreadable(resource, `the notebook lifecycle configurations in ${item.region}, needed for notebook instance ${resource.name}`, ref.error), evidence: { ...evidence, errorCode: ref.error.code } };
      return ref.value
        ? finding('pass', resource, `Notebook instance ${resource.name} uses lifecycle configuration ${name}, which exists`, evidence)
        : finding('fail', resource, `Notebook instance ${resource.name} names lifecycle configuration ${name}, which does not exist in ${item.region}: its scripts cannot be reviewed and the name can be claimed`, evidence);
    });
  },
});
