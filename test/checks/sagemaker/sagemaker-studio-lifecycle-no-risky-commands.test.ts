import check from '../../../checks/sagemaker/sagemaker-studio-lifecycle-no-risky-commands.js';
import { testCheck } from '../../helpers/check-tester.js';
import { regional, unreadableItem } from '../../helpers/inventory.js';
import { studioLcc } from '../../helpers/notebooks-studio.js';

testCheck(check, {
  pass: [
    {
      name: 'HTTPS downloads verified before running',
      inventory: { studioLifecycleConfigs: regional([studioLcc('ok', '#!/bin/bash\ncurl -fsSLo /tmp/i.sh https://x.example.com/i.sh\necho "abc123  /tmp/i.sh" | sha256sum -c\nbash /tmp/i.sh\n')]) },
      expect: [{ status: 'pass', resource: 'ok' }],
    },
  ],
  fail: [
    { name: 'wget piped into sh', inventory: { studioLifecycleConfigs: regional([studioLcc('pipe', 'wget -qO- https://x.example.com/b.sh | sh\n')]) }, expect: [{ status: 'fail', resource: 'pipe', message: 'line 1: remote-script-piped-to-shell' }] },
    {
      name: 'idle shutdown extension disabled',
      inventory: { studioLifecycleConfigs: regional([studioLcc('idle', '#!/bin/bash\njupyter labextension disable sagemaker-studio-autoshutdown\n')]) },
      expect: [{ status: 'fail', resource: 'idle', message: 'line 2: idle-shutdown-disabled' }],
    },
    { name: 'curl -k', inventory: { studioLifecycleConfigs: regional([studioLcc('insecure', 'curl -sk https://internal.example.com/cfg -o cfg\n')]) }, expect: [{ status: 'fail', resource: 'insecure', message: 'tls-verification-disabled' }] },
  ],
  error: [
    { name: 'no content reported', inventory: { studioLifecycleConfigs: regional([studioLcc('nocontent', undefined)]) }, expect: [{ status: 'error', resource: 'nocontent' }] },
    { name: 'DescribeStudioLifecycleConfig denied', inventory: { studioLifecycleConfigs: regional([unreadableItem('studio-lifecycle-config', 'hidden')]) }, expect: [{ status: 'error', resource: 'hidden' }] },
  ],
  empty: { studioLifecycleConfigs: regional([]) },
});
