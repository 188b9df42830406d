import check from '../../../checks/sagemaker/sagemaker-processing-job-no-secrets.js';
import { testCheck } from '../../helpers/check-tester.js';
import { regional, unreadableItem } from '../../helpers/inventory.js';
import { FAKE_AWS_KEY_ID, FAKE_PASSWORD, items } from '../../helpers/jobs.js';

const job = items.processing;
const app = { ImageUri: '683313688378.dkr.ecr.us-east-1.amazonaws.com/sagemaker-scikit-learn:1.2-1-cpu-py3' };
const dbUrl = ['postgresql://etl', FAKE_PASSWORD].join(':') + '@warehouse.internal:5432/features';

testCheck(check, {
  pass: [
    {
      name: 'ordinary environment and arguments',
      inventory: { processingJobs: regional([job('proc-clean')]) },
      expect: [{ status: 'pass', resource: 'proc-clean', evidence: { secrets: [], settingsScanned: 4 } }],
    },
    {
      name: 'a flag in a credential-named variable is not a secret',
      inventory: { processingJobs: regional([job('proc-flag', { Environment: { USE_TOKEN_AUTH: 'true' } })]) },
      expect: [{ status: 'pass', resource: 'proc-flag' }],
    },
  ],
  fail: [
    {
      name: 'a database URL with a password in the environment',
      inventory: { processingJobs: regional([job('proc-db', { Environment: { WAREHOUSE_URL: dbUrl } })]) },
      expect: [{ status: 'fail', resource: 'proc-db', message: 'Environment WAREHOUSE_URL' }],
      mustNotContain: [FAKE_PASSWORD],
    },
    {
      name: 'an access key id passed as --name=value argument',
      inventory: { processingJobs: regional([job('proc-arg', { AppSpecification: { ...app, ContainerArguments: [`--access-key-id=${FAKE_AWS_KEY_ID}`] } })]) },
      expect: [{ status: 'fail', resource: 'proc-arg', message: ['ContainerArguments --access-key-id', 'AWS access key id'] }],
      mustNotContain: [FAKE_AWS_KEY_ID],
    },
    {
      name: 'a password in the entrypoint',
      inventory: { processingJobs: regional([job('proc-entry', { AppSpecification: { ...app, ContainerEntrypoint: ['python3', 'etl.py', '--password', FAKE_PASSWORD] } }, 'eu-west-1')]) },
      expect: [{ status: 'fail', resource: 'proc-entry', message: 'ContainerEntrypoint --password' }],
      mustNotContain: [FAKE_PASSWORD],
    },
  ],
  error: [
    {
      name: 'DescribeProcessingJob denied',
      inventory: { processingJobs: regional([unreadableItem('processing-job', 'proc-hidden'), job('proc-ok')]) },
      expect: [
        { status: 'error', resource: 'proc-hidden' },
        { status: 'pass', resource: 'proc-ok' },
      ],
    },
    {
      name: 'ListProcessingJobs denied in one region',
      inventory: { processingJobs: regional([], ['eu-west-1']) },
      expect: [{ status: 'error', resource: 'processing-job/*' }],
    },
  ],
  empty: { processingJobs: regional([]) },
});
