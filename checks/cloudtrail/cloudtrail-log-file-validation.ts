import { defineCheck, eachLoggingMultiRegionTrail, finding, type CheckMeta } from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 'cloudtrail-log-file-validation',
  title: 'Multi-region CloudTrail trails have log file validation enabled',
  severity: 'medium',
  service: 'cloudtrail',
  resourceType: 'AWS::CloudTrail::Trail',
  rationale:
    'With log file validation, CloudTrail delivers hourly digest files signed with SHA-256 and RSA, so anyone can prove later that no log file recording who created a notebook, passed a role ' +
    'or read model artifacts was changed or deleted after delivery. Without it, an intruder with write access to the log bucket can edit the record undetected. ' +
    'Evaluated on the multi-region trails that are logging (DescribeTrails LogFileValidationEnabled; absent means disabled), one finding per trail.',
  remediation: {
    console: [
      'Open the CloudTrail console and choose Trails, then the trail.',
      'In General details choose Edit, expand Additional settings, select Log file validation Enabled and save.',
    ],
    cli: 'aws cloudtrail update-trail --name TRAIL --enable-log-file-validation',
    cloudformation: 'AWS::CloudTrail::Trail EnableLogFileValidation: true',
    terraform: 'aws_cloudtrail.enable_log_file_validation = true',
  },
  references: [
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html',
    'https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_Trail.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html#cloudtrail-4',
  ],
  compliance: [
    { framework: 'AWS Security Hub', id: 'CloudTrail.4' },
    { framework: 'CIS AWS Foundations Benchmark v3.0.0', id: '3.2' },
  ],
};

/** A log that can be edited without trace is not evidence. */
export default defineCheck({
  meta,
  requires: ['trails'],
  evaluate({ inventory, account }) {
    return eachLoggingMultiRegionTrail(inventory.trails, account, (t, resource) => {
      const evidence = { LogFileValidationEnabled: t.trail.LogFileValidationEnabled ?? null, HomeRegion: t.homeRegion };
      return t.trail.LogFileValidationEnabled === true
        ? finding('pass', resource, `Trail ${t.name} has log file validation enabled`, evidence)
        : finding('fail', resource, `Trail ${t.name} has log file validation disabled${t.trail.LogFileValidationEnabled === undefined ? ' (not set)' : ''}`, evidence);
    });
  },
});
