import check from '../../../checks/sagemaker/sagemaker-notebook-lifecycle-no-secrets.js';
import { testCheck } from '../../helpers/check-tester.js';
import { regional, unreadableItem } from '../../helpers/inventory.js';
import { b64, FAKE_GITHUB_TOKEN, FAKE_KEY_ID, FAKE_PASSWORD, notebookLcc } from '../../helpers/notebooks-studio.js';

const CLEAN = '#!/bin/bash\nset -e\nsudo -u ec2-user -i pip install pandas==2.2.2\n';

testCheck(check, {
  pass: [
    { name: 'a script without secrets', inventory: { notebookLifecycleConfigs: regional([notebookLcc('clean', CLEAN)]) }, expect: [{ status: 'pass', resource: 'clean' }] },
    {
      name: 'secrets read at run time from Secrets Manager or another variable',
      inventory: {
        notebookLifecycleConfigs: regional([
          notebookLcc('runtime', '#!/bin/bash\nexport DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id db --query SecretString --output text)\nexport API_TOKEN="$TOKEN_FROM_ENV"\n'),
        ]),
      },
      expect: [{ status: 'pass', resource: 'runtime' }],
    },
    { name: 'no scripts at all', inventory: { notebookLifecycleConfigs: regional([notebookLcc('empty', undefined)]) }, expect: [{ status: 'pass', resource: 'empty', message: 'has no scripts' }] },
  ],
  fail: [
    {
      name: 'a GitHub token in OnStart, reported by line and kind',
      inventory: { notebookLifecycleConfigs: regional([notebookLcc('gh', `#!/bin/bash\n\nexport GH=${FAKE_GITHUB_TOKEN}\n`)]) },
      expect: [{ status: 'fail', resource: 'gh', message: ['OnStart line 3', 'github'] }],
      mustNotContain: [FAKE_GITHUB_TOKEN],
    },
    {
      name: 'an access key id in OnCreate only (OnStart clean)',
      inventory: { notebookLifecycleConfigs: regional([notebookLcc('oncreate', CLEAN, { OnCreate: [{ Content: b64(`aws configure set aws_access_key_id ${FAKE_KEY_ID}\n`) }] })]) },
      expect: [{ status: 'fail', resource: 'oncreate', message: ['OnCreate line 1', 'AWS access key id'] }],
      mustNotContain: [FAKE_KEY_ID],
    },
    {
      name: 'a literal password in a credential-named variable',
      inventory: { notebookLifecycleConfigs: regional([notebookLcc('pw', `#!/bin/bash\nexport DB_PASSWORD='${FAKE_PASSWORD}'\n`)]) },
      expect: [{ status: 'fail', resource: 'pw', message: ['line 2 (DB_PASSWORD)', 'credential-named'] }],
      mustNotContain: [FAKE_PASSWORD],
    },
    {
      name: 'a secret in a comment line is still a secret',
      inventory: { notebookLifecycleConfigs: regional([notebookLcc('comment', `#!/bin/bash\n# old key: ${FAKE_KEY_ID}\n`)]) },
      expect: [{ status: 'fail', resource: 'comment', message: 'line 2' }],
      mustNotContain: [FAKE_KEY_ID],
    },
  ],
  error: [
    {
      name: 'content that is not base64 is not scanned, and not passed',
      inventory: { notebookLifecycleConfigs: regional([notebookLcc('garbled', undefined, { OnStart: [{ Content: 'not base64 at all!' }] })]) },
      expect: [{ status: 'error', resource: 'garbled', message: 'not base64' }],
    },
    {
      name: 'DescribeNotebookInstanceLifecycleConfig denied',
      inventory: { notebookLifecycleConfigs: regional([unreadableItem('notebook-instance-lifecycle-config', 'hidden')]) },
      expect: [{ status: 'error', resource: 'hidden', message: 'AccessDeniedException' }],
    },
    { name: 'listing denied in a region', inventory: { notebookLifecycleConfigs: regional([], ['eu-west-1']) }, expect: [{ status: 'error', resource: 'notebook-instance-lifecycle-config/*' }] },
  ],
  empty: { notebookLifecycleConfigs: regional([]) },
});
