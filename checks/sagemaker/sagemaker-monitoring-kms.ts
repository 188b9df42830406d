import { defineCheck, eachMonitoringJob, keyFinding, monitoringEvidence, volumeKeyPart, type CheckMeta, type KeyPart } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'sagemaker-monitoring-kms',
  title: 'SageMaker Model Monitor jobs encrypt both their ML storage volumes and their results with KMS keys you specify',
  severity: 'medium',
  service: 'sagemaker',
  resourceType: 'AWS::SageMaker::MonitoringSchedule',
  rationale:
    'A monitoring job copies captured inference data and baselines to the ML storage volumes of its processing instances and writes statistics, constraints and violation reports (which quote that data) to Amazon S3. ' +
    'Both keys are optional and unset by default: without ClusterConfig.VolumeKmsKeyId the volumes use a key SageMaker manages, and without the output config\'s KmsKeyId the results get only the bucket\'s default encryption, so no key policy of yours limits who can read them. ' +
    'Instance types with local NVMe storage are encrypted in hardware and cannot take a volume key, so that half is not required for them. Schedules are judged by the job definition they run (inline, or resolved by name and type); job definitions no schedule uses are judged on their own.',
  remediation: {
    console: [
      'Job definitions cannot be changed: create a new monitoring job definition with a volume KMS key (JobResources.ClusterConfig.VolumeKmsKeyId) and an output KMS key (the job output config KmsKeyId); in the SageMaker Python SDK pass volume_kms_key and output_kms_key to the monitor.',
      'Make sure the key policies allow the monitoring execution role to use the keys, then update each schedule that uses the old definition to the new one.',
    ],
    cli: 'aws sagemaker create-data-quality-job-definition --job-definition-name NEW_DEF --job-resources \'{"ClusterConfig":{"InstanceCount":1,"InstanceType":"ml.m5.xlarge","VolumeSizeInGB":20,"VolumeKmsKeyId":"KMS_KEY_ARN"}}\' --data-quality-job-output-config \'{"KmsKeyId":"KMS_KEY_ARN","MonitoringOutputs":[{"S3Output":{"S3Uri":"s3://BUCKET/monitoring","LocalPath":"/opt/ml/processing/output"}}]}\' ...',
    cloudformation: 'AWS::SageMaker::DataQualityJobDefinition JobResources.ClusterConfig.VolumeKmsKeyId and DataQualityJobOutputConfig.KmsKeyId (likewise for ModelQuality/ModelBias/ModelExplainability)',
    terraform: 'aws_sagemaker_data_quality_job_definition.job_resources.cluster_config.volume_kms_key_id and .data_quality_job_output_config.kms_key_id',
  },
  references: [
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_MonitoringClusterConfig.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_MonitoringOutputConfig.html',
    'https://docs.aws.amazon.com/sagemaker/latest/APIReference/API_DescribeDataQualityJobDefinition.html',
    'https://docs.aws.amazon.com/sagemaker/latest/dg/model-monitor-scp-rules.html',
  ],
  compliance: [],
};

/** Captured data on monitoring volumes and the reports in S3 should both be under keys the account controls. */
export default defineCheck({
  meta,
  requires: ['monitoringSchedules', 'monitoringJobDefinitions'],
  evaluate({ inventory, account }) {
    return eachMonitoringJob(inventory.monitoringSchedules, inventory.monitoringJobDefinitions, account, (def, resource, subject) => {
      const types = def.instanceType ? [def.instanceType] : [];
      const volume = volumeKeyPart('ClusterConfig.VolumeKmsKeyId', def.volumeKmsKeyId, types);
      const output: KeyPart = {
        name: 'output',
        what: 'its results in S3',
        key: def.outputKmsKeyId,
        withoutKey: 'the output config KmsKeyId not set: only the bucket\'s default encryption applies',
      };
      return keyFinding(resource, subject.label, [volume, output], {
        ...monitoringEvidence(def, subject),
        VolumeKmsKeyId: def.volumeKmsKeyId ?? null,
        OutputKmsKeyId: def.outputKmsKeyId ?? null,
        InstanceType: def.instanceType ?? null,
      });
    });
  },
});
