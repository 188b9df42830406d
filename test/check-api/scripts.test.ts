import { lintSource } from '@secretlint/core';
import { describe, expect, it, vi } from 'vitest';
import { ASYNC_WAVE, decodeScript, eachItemAsync, riskyCommands, RISKY_PATTERNS, scriptSecrets, urlCredentialKinds } from '../../src/check-api/scripts.js';
import { finding } from '../../src/check-api/findings.js';
import { FAKE_GITHUB_TOKEN, FAKE_PASSWORD } from '../helpers/notebooks-studio.js';

// Count the calls to secretlint (the real one still runs).
vi.mock('@secretlint/core', async (importOriginal) => {
  const mod = await importOriginal<typeof import('@secretlint/core')>();
  return { ...mod, lintSource: vi.fn(mod.lintSource) };
});

const ids = (text: string) => riskyCommands(text).map((h) => h.pattern);

describe('decodeScript', () => {
  it('decodes base64 UTF-8, with or without line breaks', () => {
    const b64 = Buffer.from('#!/bin/bash\necho "héllo"\n', 'utf8').toString('base64');
    expect(decodeScript(b64)).toBe('#!/bin/bash\necho "héllo"\n');
    expect(decodeScript(`${b64.slice(0, 8)}\n${b64.slice(8)}`)).toBe('#!/bin/bash\necho "héllo"\n');
  });
  it('rejects what is not base64', () => {
    expect(decodeScript('#!/bin/bash\necho hi')).toBeUndefined();
    expect(decodeScript('abcde')).toBeUndefined();
  });
});

describe('riskyCommands', () => {
  it.each([
    ['curl | bash', 'curl -fsSL https://x.example.com/i.sh | bash', 'remote-script-piped-to-shell'],
    ['curl | sudo -E bash', 'curl -s https://x.example.com/i.sh | sudo -E bash -s -- --yes', 'remote-script-piped-to-shell'],
    ['wget -O- | sh', 'wget -O- https://x.example.com/i.sh | sh', 'remote-script-piped-to-shell'],
    ['curl | python3', 'curl -s https://x.example.com/get-pip.py | python3 -', 'remote-script-piped-to-shell'],
    ['bash <(curl …)', 'bash <(curl -s https://x.example.com/i.sh)', 'remote-script-piped-to-shell'],
    ['sh -c "$(curl …)"', 'sh -c "$(curl -fsSL https://x.example.com/i.sh)"', 'remote-script-piped-to-shell'],
    ['pip -i http://', 'pip install -i http://mirror.example.com/simple lib', 'plain-http-package-index'],
    ['pip --extra-index-url http://', 'pip3 install --extra-index-url=http://m.example.com/simple lib', 'plain-http-package-index'],
    ['pip install http:// wheel', 'pip install http://files.example.com/lib-1.0-py3-none-any.whl', 'plain-http-package-index'],
    ['conda -c http://', 'conda install -y -c http://conda.example.com/channel lib', 'plain-http-package-index'],
    ['PIP_INDEX_URL=http://', 'export PIP_INDEX_URL=http://mirror.example.com/simple', 'plain-http-package-index'],
    ['--trusted-host', 'pip install --trusted-host mirror.example.com lib', 'pip-trusted-host'],
    ['pip config trusted-host', 'pip config set global.trusted-host mirror.example.com', 'pip-trusted-host'],
    ['chmod 777', 'chmod 777 /opt/app', 'world-writable-permissions'],
    ['chmod -R 0777', 'sudo chmod -R 0777 /home/ec2-user/SageMaker', 'world-writable-permissions'],
    ['chmod 666', 'chmod 666 /etc/app.conf', 'world-writable-permissions'],
    ['chmod a+rwx', 'chmod a+rwx /data', 'world-writable-permissions'],
    ['chmod o+w', 'chmod o+w /data', 'world-writable-permissions'],
    ['curl -k', 'curl -sSk https://x.example.com/f -o f', 'tls-verification-disabled'],
    ['curl --insecure', 'curl --insecure https://x.example.com/f', 'tls-verification-disabled'],
    ['wget --no-check-certificate', 'wget --no-check-certificate https://x.example.com/f', 'tls-verification-disabled'],
    ['git sslVerify false', 'git config --global http.sslVerify false', 'tls-verification-disabled'],
    ['GIT_SSL_NO_VERIFY', 'export GIT_SSL_NO_VERIFY=true', 'tls-verification-disabled'],
    ['conda ssl_verify', 'conda config --set ssl_verify false', 'tls-verification-disabled'],
    ['PYTHONHTTPSVERIFY=0', 'export PYTHONHTTPSVERIFY=0', 'tls-verification-disabled'],
    ['requests verify=False', 'python -c "import requests; requests.get(u, verify=False)"', 'tls-verification-disabled'],
    ['aws --no-verify-ssl', 'aws s3 cp s3://b/k . --no-verify-ssl', 'tls-verification-disabled'],
    ['NOPASSWD: ALL', 'echo "ec2-user ALL=(ALL) NOPASSWD:ALL" | sudo tee /etc/sudoers.d/x', 'sudo-nopasswd-all'],
    ['autostop removed', 'rm -f /home/ec2-user/autostop.py', 'idle-shutdown-disabled'],
    ['auto-shutdown extension disabled', 'jupyter labextension disable sagemaker-studio-autoshutdown', 'idle-shutdown-disabled'],
    ['idle checker killed', 'pkill -f idle-checker', 'idle-shutdown-disabled'],
    ['culling off', 'echo "c.MappingKernelManager.cull_idle_timeout = 0" >> ~/.jupyter/jupyter_server_config.py', 'idle-shutdown-disabled'],
  ])('flags %s', (_name, line, id) => {
    expect(ids(line)).toContain(id);
  });

  it.each([
    ['a download to a file', 'curl -fsSLo /tmp/i.sh https://x.example.com/i.sh'],
    ['curl || true', 'curl -fsS https://x.example.com/health || true'],
    ['a pipe into another tool', 'curl -s https://x.example.com/data.json | jq .version'],
    ['an HTTPS index', 'pip install --index-url https://mirror.example.com/simple lib'],
    ['the instance metadata service over HTTP', 'TOKEN=$(curl -s -X PUT http://169.254.169.254/latest/api/token -H "X-aws-ec2-metadata-token-ttl-seconds: 60")'],
    ['chmod 755 and 644', 'chmod 755 /opt/bin && chmod 644 /opt/conf'],
    ['chmod u+x', 'chmod u+x run.sh'],
    ['curl with a long option containing k', 'curl --keepalive-time 30 https://x.example.com/'],
    ['scoped sudo rule', 'echo "ec2-user ALL=(root) NOPASSWD: /usr/bin/systemctl restart jupyter-server" > /etc/sudoers.d/x'],
    ['installing the auto-stop cron job', 'echo "*/5 * * * * /usr/bin/python3 /home/ec2-user/autostop.py --time 3600" | crontab -'],
    ['a comment', '# curl https://x.example.com/i.sh | bash'],
  ])('does not flag %s', (_name, line) => {
    expect(ids(line)).toEqual([]);
  });

  it('reports every pattern at least once in the table above', () => {
    expect(RISKY_PATTERNS.map((p) => p.id).sort()).toEqual(
      ['idle-shutdown-disabled', 'pip-trusted-host', 'plain-http-package-index', 'remote-script-piped-to-shell', 'sudo-nopasswd-all', 'tls-verification-disabled', 'world-writable-permissions'],
    );
  });

  it('numbers lines from 1 and reports a continued command at its first line', () => {
    expect(riskyCommands('#!/bin/bash\n\ncurl -s \\\n  https://x.example.com/i.sh \\\n  | bash\nchmod 777 /x\n').map((h) => `${h.line}:${h.pattern}`)).toEqual([
      '3:remote-script-piped-to-shell',
      '6:world-writable-permissions',
    ]);
  });
});

describe('scriptSecrets', () => {
  it('reports kind, line and variable, never the value', async () => {
    const hits = await scriptSecrets(`#!/bin/bash\nexport API_TOKEN="${FAKE_PASSWORD}"\ngit clone https://${FAKE_GITHUB_TOKEN}@github.com/o/r.git\n`);
    expect(hits).toEqual(expect.arrayContaining([expect.objectContaining({ line: 2, key: 'API_TOKEN' }), expect.objectContaining({ line: 3 })]));
    expect(JSON.stringify(hits)).not.toContain(FAKE_PASSWORD);
    expect(JSON.stringify(hits)).not.toContain(FAKE_GITHUB_TOKEN);
  });
  it('scans every line, assignment and the whole script in one secretlint call, with the same lines as line by line', async () => {
    // Assembled at run time so the repository itself holds no secret-shaped literal.
    const pem = [
      ['-----BEGIN', 'RSA PRIVATE KEY-----'].join(' '),
      ...Array.from({ length: 4 }, (_, i) => `MII${String.fromCharCode(70 + i).repeat(61)}`),
      ['-----END', 'RSA PRIVATE KEY-----'].join(' '),
    ];
    const lines = Array.from({ length: 24 }, (_, i) => `echo "step ${i + 1} of a script no other test scans"`);
    lines[0] = '#!/bin/bash';
    lines[6] = `git clone https://${FAKE_GITHUB_TOKEN}@github.com/o/r.git`;
    lines[11] = `export API_TOKEN="${FAKE_PASSWORD}"`;
    lines[15] = '';
    lines.push('cat > /tmp/k.pem <<EOF', ...pem, 'EOF');
    vi.mocked(lintSource).mockClear();
    const hits = await scriptSecrets(`${lines.join('\n')}\n`);
    expect(vi.mocked(lintSource).mock.calls.length).toBe(1);
    expect(hits).toEqual([
      { kind: 'github (GITHUB_TOKEN)', line: 7 },
      { kind: 'credential-named variable with a literal value', line: 12, key: 'API_TOKEN' },
      { kind: 'private key', line: 26 },
      { kind: 'privatekey (PrivateKey)' },
    ]);
  });
  it('treats values taken from variables or commands as references', async () => {
    expect(await scriptSecrets('export DB_PASSWORD=$DB_PASSWORD_FROM_SSM\nexport API_KEY=`cat /run/secret`\n')).toEqual([]);
  });
});

describe('urlCredentialKinds', () => {
  it('survives malformed percent-encoding', async () => {
    expect(await urlCredentialKinds('https://%E0%A4%A@git.example.com/r.git')).toEqual([]);
  });
  it('finds a password in the user information', async () => {
    expect((await urlCredentialKinds(`https://u:${FAKE_PASSWORD}@git.example.com/r.git`)).join(' ')).toContain('password or token');
  });
});

describe('eachItemAsync', () => {
  const account = { accountId: '111122223333', partition: 'aws', regions: ['us-east-1', 'eu-west-1'] };
  const item = (region: string, i: number) => ({ name: `job-${i}`, arn: `arn:aws:sagemaker:${region}:111122223333:training-job/job-${i}`, region, data: { ok: true as const, value: { i } } });

  it('evaluates a wave of items at a time and keeps the findings in item order, error findings first', async () => {
    const n = ASYNC_WAVE * 2 + 7;
    const regional = {
      'us-east-1': { ok: true as const, value: Array.from({ length: n }, (_, i) => item('us-east-1', i)) },
      'eu-west-1': { ok: false as const, error: { code: 'AccessDeniedException', message: 'no', operation: 'sagemaker:ListTrainingJobs' } },
    };
    let running = 0;
    let peak = 0;
    const out = await eachItemAsync(regional, account, 'AWS::SageMaker::TrainingJob', 'training job', async (data, resource) => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, (data.i * 7) % 3));
      running--;
      return data.i % 2 ? [finding('pass', resource, `a ${data.i}`), finding('pass', resource, `b ${data.i}`)] : data.i % 3 ? finding('fail', resource, `c ${data.i}`) : undefined;
    });
    expect(peak).toBe(ASYNC_WAVE);
    expect(out[0]!.status).toBe('error');
    expect(out[0]!.resource.region).toBe('eu-west-1');
    const expected = Array.from({ length: n }, (_, i) => (i % 2 ? [`a ${i}`, `b ${i}`] : i % 3 ? [`c ${i}`] : [])).flat();
    expect(out.slice(1).map((f) => f.message)).toEqual(expected);
  });
});
