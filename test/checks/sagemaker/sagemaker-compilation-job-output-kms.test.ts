import check from '../../../checks/sagemaker/sagemaker-compilation-job-output-kms.js';
import { testCheck } from '../../helpers/check-tester.js';
import { regional, unreadableItem } from '../../helpers/inventory.js';
import { compilationJob, items, OUTPUT_KEY } from '../../helpers/jobs.js';

const job = items.compilation;
const out = compilationJob('base').OutputConfig!;

testCheck(check, {
  pass: [
    {
      name: 'OutputConfig.KmsKeyId set (a finished job is evaluated)',
      inventory: { compilationJobs: regional([job('neo-cmk')]) },
      expect: [{ status: 'pass', resource: 'neo-cmk', evidence: { KmsKeyId: OUTPUT_KEY, CompilationJobStatus: 'COMPLETED' } }],
    },
    {
      name: 'a key alias counts',
      inventory: { compilationJobs: regional([job('neo-alias', { OutputConfig: { ...out, KmsKeyId: 'alias/neo-models' } })]) },
      expect: [{ status: 'pass', resource: 'neo-alias', evidence: { KmsKeyId: 'alias/neo-models' } }],
    },
  ],
  fail: [
    {
      name: 'no output key',
      inventory: { compilationJobs: regional([job('neo-plain', { OutputConfig: { ...out, KmsKeyId: undefined } })]) },
      expect: [{ status: 'fail', resource: 'neo-plain', message: 'aws/s3', evidence: { KmsKeyId: null, missingKeys: ['output'] } }],
    },
    {
      name: 'an empty key string counts as missing, on a failed job',
      inventory: { compilationJobs: regional([job('neo-empty', { CompilationJobStatus: 'FAILED', OutputConfig: { ...out, KmsKeyId: '' } }, 'eu-west-1')]) },
      expect: [{ status: 'fail', resource: 'neo-empty', evidence: { CompilationJobStatus: 'FAILED' } }],
    },
  ],
  error: [
    {
      name: 'DescribeCompilationJob denied',
      inventory: { compilationJobs: regional([unreadableItem('compilation-job', 'neo-hidden'), job('neo-ok')]) },
      expect: [
        { status: 'error', resource: 'neo-hidden', message: 'AccessDeniedException' },
        { status: 'pass', resource: 'neo-ok' },
      ],
    },
    {
      name: 'ListCompilationJobs denied in one region',
      inventory: { compilationJobs: regional([job('neo-ok')], ['eu-west-1']) },
      expect: [
        { status: 'error', resource: 'arn:aws:sagemaker:eu-west-1:111122223333:compilation-job/*' },
        { status: 'pass', resource: 'neo-ok' },
      ],
    },
  ],
  empty: { compilationJobs: regional([]) },
});
