import check from '../../../checks/sagemaker/sagemaker-notebook-lifecycle-no-risky-commands.js';
import { testCheck } from '../../helpers/check-tester.js';
import { regional, unreadableItem } from '../../helpers/inventory.js';
import { b64, FAKE_PASSWORD, notebookLcc } from '../../helpers/notebooks-studio.js';

const AUTOSTOP = [
  '#!/bin/bash',
  'set -e',
  'wget -q https://raw.githubusercontent.com/aws-samples/amazon-sagemaker-notebook-instance-lifecycle-config-samples/master/scripts/auto-stop-idle/autostop.py',
  'echo "*/5 * * * * /usr/bin/python3 $PWD/autostop.py --time 3600" | crontab -',
  'sudo -u ec2-user -i pip install --index-url https://pypi.internal.example.com/simple team-utils',
  'chmod 755 /home/ec2-user/SageMaker/bin',
  '',
].join('\n');

testCheck(check, {
  pass: [
    { name: 'the usual auto-stop script, HTTPS index, ordinary permissions', inventory: { notebookLifecycleConfigs: regional([notebookLcc('autostop', AUTOSTOP)]) }, expect: [{ status: 'pass', resource: 'autostop' }] },
    {
      name: 'risky commands in comments are not evaluated',
      inventory: { notebookLifecycleConfigs: regional([notebookLcc('commented', '#!/bin/bash\n# curl https://x.example.com/i.sh | bash\n  # chmod 777 /tmp/x\n')]) },
      expect: [{ status: 'pass', resource: 'commented' }],
    },
  ],
  fail: [
    {
      name: 'curl piped into bash, with the line number',
      inventory: { notebookLifecycleConfigs: regional([notebookLcc('pipe', '#!/bin/bash\nset -e\ncurl -fsSL https://get.example.com/install.sh | sudo bash\n')]) },
      expect: [{ status: 'fail', resource: 'pipe', message: 'OnStart line 3: remote-script-piped-to-shell', evidence: { matches: ['OnStart line 3: remote-script-piped-to-shell'] } }],
    },
    {
      name: 'a pipe split over continuation lines is reported at its first line',
      inventory: { notebookLifecycleConfigs: regional([notebookLcc('cont', '#!/bin/bash\nwget -qO- \\\n  https://get.example.com/x.sh \\\n  | sh\n')]) },
      expect: [{ status: 'fail', resource: 'cont', message: 'OnStart line 2: remote-script-piped-to-shell' }],
    },
    {
      name: 'pip from a plain-HTTP index with --trusted-host, in OnCreate',
      inventory: {
        notebookLifecycleConfigs: regional([notebookLcc('pip', AUTOSTOP, { OnCreate: [{ Content: b64('pip install -i http://10.0.0.5/simple --trusted-host 10.0.0.5 lib\n') }] })]),
      },
      expect: [{ status: 'fail', resource: 'pip', message: ['OnCreate line 1: plain-http-package-index', 'OnCreate line 1: pip-trusted-host'] }],
    },
    { name: 'chmod 777', inventory: { notebookLifecycleConfigs: regional([notebookLcc('perm', 'chmod -R 777 /home/ec2-user/SageMaker\n')]) }, expect: [{ status: 'fail', resource: 'perm', message: 'world-writable-permissions' }] },
    { name: 'TLS verification off', inventory: { notebookLifecycleConfigs: regional([notebookLcc('tls', 'git config --global http.sslVerify false\n')]) }, expect: [{ status: 'fail', resource: 'tls', message: 'tls-verification-disabled' }] },
    {
      name: 'NOPASSWD: ALL sudo rule',
      inventory: { notebookLifecycleConfigs: regional([notebookLcc('sudo', 'echo "ec2-user ALL=(ALL) NOPASSWD: ALL" >> /etc/sudoers.d/ec2\n')]) },
      expect: [{ status: 'fail', resource: 'sudo', message: 'sudo-nopasswd-all' }],
    },
    {
      name: 'auto-stop removed; the line text (with a password on it) is never reported',
      inventory: { notebookLifecycleConfigs: regional([notebookLcc('nostop', `#!/bin/bash\nrm -f /home/ec2-user/autostop.py # pw ${FAKE_PASSWORD}\n`)]) },
      expect: [{ status: 'fail', resource: 'nostop', message: 'OnStart line 2: idle-shutdown-disabled' }],
      mustNotContain: [FAKE_PASSWORD, 'rm -f'],
    },
  ],
  error: [
    {
      name: 'a script without content is not passed',
      inventory: { notebookLifecycleConfigs: regional([notebookLcc('nocontent', undefined, { OnStart: [{}] })]) },
      expect: [{ status: 'error', resource: 'nocontent', message: 'missing or not base64' }],
    },
    {
      name: 'DescribeNotebookInstanceLifecycleConfig denied',
      inventory: { notebookLifecycleConfigs: regional([unreadableItem('notebook-instance-lifecycle-config', 'hidden')]) },
      expect: [{ status: 'error', resource: 'hidden' }],
    },
  ],
  empty: { notebookLifecycleConfigs: regional([]) },
});
