import check from '../../../checks/sagemaker/sagemaker-transform-job-no-secrets.js';
import { testCheck } from '../../helpers/check-tester.js';
import { regional, unreadableItem } from '../../helpers/inventory.js';
import { FAKE_HF_TOKEN, FAKE_PASSWORD, items } from '../../helpers/jobs.js';

const job = items.transform;

testCheck(check, {
  pass: [
    {
      name: 'ordinary environment',
      inventory: { transformJobs: regional([job('batch-clean')]) },
      expect: [{ status: 'pass', resource: 'batch-clean', evidence: { secrets: [], settingsScanned: 1 } }],
    },
    {
      name: 'no environment',
      inventory: { transformJobs: regional([job('batch-bare', { Environment: undefined })]) },
      expect: [{ status: 'pass', resource: 'batch-bare', evidence: { settingsScanned: 0 } }],
    },
  ],
  fail: [
    {
      name: 'a model hub token in the environment',
      inventory: { transformJobs: regional([job('batch-hf', { Environment: { HF_TOKEN: FAKE_HF_TOKEN, SAGEMAKER_PROGRAM: 'inference.py' } })]) },
      expect: [{ status: 'fail', resource: 'batch-hf', message: ['Environment HF_TOKEN', 'Hugging Face token'] }],
      mustNotContain: [FAKE_HF_TOKEN],
    },
    {
      name: 'a password in a credential-named variable',
      inventory: { transformJobs: regional([job('batch-pw', { Environment: { API_SECRET: FAKE_PASSWORD } }, 'eu-west-1')]) },
      expect: [{ status: 'fail', resource: 'batch-pw', message: 'Environment API_SECRET' }],
      mustNotContain: [FAKE_PASSWORD],
    },
  ],
  error: [
    {
      name: 'DescribeTransformJob denied',
      inventory: { transformJobs: regional([unreadableItem('transform-job', 'batch-hidden')]) },
      expect: [{ status: 'error', resource: 'batch-hidden' }],
    },
    {
      name: 'ListTransformJobs denied in one region',
      inventory: { transformJobs: regional([job('batch-ok')], ['eu-west-1']) },
      expect: [
        { status: 'error', resource: 'transform-job/*' },
        { status: 'pass', resource: 'batch-ok' },
      ],
    },
  ],
  empty: { transformJobs: regional([]) },
});
