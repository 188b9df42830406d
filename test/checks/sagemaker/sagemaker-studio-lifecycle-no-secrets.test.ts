import check from '../../../checks/sagemaker/sagemaker-studio-lifecycle-no-secrets.js';
import { testCheck } from '../../helpers/check-tester.js';
import { regional, unreadableItem } from '../../helpers/inventory.js';
import { FAKE_GITHUB_TOKEN, FAKE_KEY_ID, studioLcc } from '../../helpers/notebooks-studio.js';

testCheck(check, {
  pass: [{ name: 'no secrets', inventory: { studioLifecycleConfigs: regional([studioLcc('clean', '#!/bin/bash\npip install -U sagemaker\n')]) }, expect: [{ status: 'pass', resource: 'clean' }] }],
  fail: [
    {
      name: 'an access key id, by line',
      inventory: { studioLifecycleConfigs: regional([studioLcc('keys', `#!/bin/bash\nexport AWS_ACCESS_KEY_ID=${FAKE_KEY_ID}\n`)]) },
      expect: [{ status: 'fail', resource: 'keys', message: ['StudioLifecycleConfigContent line 2', 'AWS access key id'] }],
      mustNotContain: [FAKE_KEY_ID],
    },
    {
      name: 'a token in a git clone URL',
      inventory: { studioLifecycleConfigs: regional([studioLcc('clone', `git clone https://${FAKE_GITHUB_TOKEN}@github.com/org/repo.git\n`, 'eu-west-1')]) },
      expect: [{ status: 'fail', resource: 'clone', message: 'line 1' }],
      mustNotContain: [FAKE_GITHUB_TOKEN],
    },
  ],
  error: [
    { name: 'no content reported', inventory: { studioLifecycleConfigs: regional([studioLcc('nocontent', undefined)]) }, expect: [{ status: 'error', resource: 'nocontent', message: 'missing or not base64' }] },
    { name: 'DescribeStudioLifecycleConfig denied', inventory: { studioLifecycleConfigs: regional([unreadableItem('studio-lifecycle-config', 'hidden')]) }, expect: [{ status: 'error', resource: 'hidden' }] },
    { name: 'listing denied in a region', inventory: { studioLifecycleConfigs: regional([], ['eu-west-1']) }, expect: [{ status: 'error', resource: 'studio-lifecycle-config/*' }] },
  ],
  empty: { studioLifecycleConfigs: regional([]) },
});
