import { performance } from 'node:perf_hooks';
import { lintSource } from '@secretlint/core';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { findSecrets, secretKindsInText } from '../../src/check-api/secrets.js';

// Count the calls to secretlint (the real one still runs).
vi.mock('@secretlint/core', async (importOriginal) => {
  const mod = await importOriginal<typeof import('@secretlint/core')>();
  return { ...mod, lintSource: vi.fn(mod.lintSource) };
});
const lintCalls = () => vi.mocked(lintSource).mock.calls.length;
const lintedContents = () => vi.mocked(lintSource).mock.calls.map(([o]) => o.source.content);
beforeEach(() => {
  vi.mocked(lintSource).mockClear();
});

// Assembled at run time so the repository itself holds no secret-shaped literal.
const ghToken = ['ghp', 'wWPw5k4aXcaT4fNP0UcnZwJUVFk6LO0pINUx'].join('_');
const akid = ['AKIA', 'Q3EGRIRMZJ7WXTSH'].join('');
const privateKey = [
  ['-----BEGIN', 'RSA PRIVATE KEY-----'].join(' '),
  ...Array.from({ length: 4 }, (_, i) => `MII${String.fromCharCode(65 + i).repeat(61)}`),
  ['-----END', 'RSA PRIVATE KEY-----'].join(' '),
].join('\n');
/** Values no test linted before (the cache is process-wide). */
let serial = 0;
const fresh = (label: string) => `${label}-${process.pid}-${++serial}`;

describe('findSecrets', () => {
  it.each([
    ['a GitHub token', { GIT_TOKEN_VALUE: ghToken }, 'github'],
    ['a database URL with a password', { DB_URL: 'postgres://admin:S3cr3tPassw0rd@db.internal:5432/ml' }, 'PostgreSQL'],
    ['an AWS access key id', { SOME_ID: akid }, 'AWS access key id'],
    ['a literal in a credential-named variable', { DB_PASSWORD: 'hunter2hunter2' }, 'credential-named'],
  ])('finds %s, by key and kind only', async (_name, entries, kind) => {
    const hits = await findSecrets(entries);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.map((h) => h.kind).join(' ')).toContain(kind);
    expect(hits[0]!.key).toBe(Object.keys(entries)[0]);
    for (const v of Object.values(entries)) expect(JSON.stringify(hits)).not.toContain(v);
  });

  it.each([
    ['ordinary hyperparameters', { epochs: '10', learning_rate: '0.001', model_dir: 's3://bucket/model' }],
    ['a secret reference', { DB_PASSWORD_SECRET: 'arn:aws:secretsmanager:us-east-1:111122223333:secret:db-AbCdEf' }],
    ['a short flag in a credential-named variable', { USE_TOKEN: 'true' }],
    ['nothing', undefined],
  ])('finds nothing in %s', async (_name, entries) => {
    expect(await findSecrets(entries)).toEqual([]);
  });

  it('scans scripts', async () => {
    expect(await secretKindsInText(`#!/bin/bash\nexport GITHUB=${ghToken}\n`)).toEqual(expect.arrayContaining([expect.stringContaining('github')]));
    expect(await secretKindsInText('#!/bin/bash\npip install -r requirements.txt\n')).toEqual([]);
  });
});

describe('findSecrets in batches', () => {
  it('lints all the settings of a resource in one secretlint call and names only the key holding the secret', async () => {
    const entries: Record<string, string> = {};
    for (let i = 1; i <= 20; i++) entries[`VAR_${String(i).padStart(2, '0')}`] = i === 7 ? ghToken : fresh(`value ${i}`);
    const hits = await findSecrets(entries);
    expect(hits).toEqual([{ key: 'VAR_07', kind: expect.stringContaining('github') }]);
    expect(lintCalls()).toBe(1);
  });

  it('lints the settings of resources scanned at the same time together', async () => {
    const resources = Array.from({ length: 50 }, (_, r) => ({ [`R${r}_A`]: fresh('a'), [`R${r}_B`]: r === 31 ? ghToken : fresh('b') }));
    const results = await Promise.all(resources.map((e) => findSecrets(e)));
    expect(results.flat().map((h) => h.key)).toEqual(['R31_B']);
    expect(results[31]).toEqual([{ key: 'R31_B', kind: expect.stringContaining('github') }]);
    expect(lintCalls()).toBe(1);
  });

  it('gives a secret in a multi-line value to its key', async () => {
    const hits = await findSecrets({ FIRST: fresh('one\ntwo'), SCRIPT: `set -e\n\n${fresh('echo')}\nexport X=${ghToken}\nrun\n`, LAST: fresh('x\r\n\r\ny') });
    expect(hits).toEqual([{ key: 'SCRIPT', kind: expect.stringContaining('github') }]);
  });

  it('never matches a pattern across two values', async () => {
    // Linted as one text with a bare line break in between, these two settings would read as an AWS secret key.
    const first = { NOTE: 'aws_secret_access_key:' };
    const second = { QQ: 'Q'.repeat(37) };
    expect(await secretKindsInText(`NOTE=${first.NOTE}\nQQ=${second.QQ}`)).toEqual([expect.stringContaining('aws')]);
    expect(await findSecrets({ ...first, ...second })).toEqual([]);
    // Nor across the settings of two resources linted in the same batch.
    expect(await Promise.all([findSecrets(first), findSecrets(second)])).toEqual([[], []]);
  });

  it('lints again, one by one, the values around a message that does not lie within one value', async () => {
    // No rule of the preset can match across the separator; make one, to exercise the fallback.
    const actual = await vi.importActual<typeof import('@secretlint/core')>('@secretlint/core');
    vi.mocked(lintSource).mockImplementationOnce(async (options) => {
      const result = await actual.lintSource(options);
      const content = options.source.content;
      const spanning = { ...result.messages[0]!, ruleId: '@secretlint/secretlint-rule-fake', messageId: 'SPANNING', range: [content.indexOf('C='), content.indexOf('D=') + 3] as const };
      return { ...result, messages: [...result.messages, spanning] };
    });
    const entries = { A: fresh('a'), B: ghToken, C: fresh('c'), D: fresh('d'), E: fresh('e'), F: ghToken };
    expect(await findSecrets(entries)).toEqual([
      { key: 'B', kind: expect.stringContaining('github') },
      { key: 'F', kind: expect.stringContaining('github') },
    ]);
    expect(lintCalls()).toBe(1 + 4); // the batch, then B to E alone
  });

  it('keeps a secretlint-disable comment in one value from hiding the secrets of the others', async () => {
    const hits = await findSecrets({ A_NOTE: `${fresh('x')} secretlint-disable`, B_TOKEN_VALUE: ghToken, C: fresh('secretlint-enable') });
    expect(hits).toEqual([{ key: 'B_TOKEN_VALUE', kind: expect.stringContaining('github') }]);
  });

  it('finds in a batch exactly what it finds in each value alone', async () => {
    const entries: Record<string, string> = {
      EMPTY: '',
      TOKEN: ghToken,
      KEY_ID: akid,
      PEM: privateKey,
      PEM_HALF_1: privateKey.split('\n').slice(0, 3).join('\n'),
      PEM_HALF_2: privateKey.split('\n').slice(3).join('\n'),
      BOM: `\uFEFF${ghToken}`,
      SELF_DISABLED: `${ghToken} # secretlint-disable-line`,
      NEXT_LINE: '# secretlint-disable-next-line',
      AFTER: ghToken,
      MONGO: 'mongodb://svc:Zq8vLr2pWk@cluster0.internal:27017/db',
      WEBHOOK_URL: ['https://hooks.slack.com/services', 'T0123ABCD', 'B0123ABCD', 'abcdefghijklmnopqrstuvwx'].join('/'),
      ENDS_LIKE_AWS: 'aws_secret_access_key =',
      CRLF: `a\r\n${akid}\r\n`,
      API_TOKEN: 'literal-value-123',
      PLAIN: fresh('plain'),
    };
    const together = await findSecrets(entries);
    const alone: Awaited<ReturnType<typeof findSecrets>> = [];
    // One at a time, each value is one secretlint source of its own: the behaviour before batching.
    for (const [k, v] of Object.entries(entries)) alone.push(...(await findSecrets({ [k]: v })));
    expect(together).toEqual(alone.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.kind < b.kind ? -1 : 1)));
    expect(together.map((h) => h.key)).toEqual(expect.arrayContaining(['AFTER', 'API_TOKEN', 'BOM', 'KEY_ID', 'MONGO', 'PEM', 'TOKEN', 'WEBHOOK_URL']));
  });
});

describe('findSecrets cache', () => {
  it('lints a value once, however often and wherever it is set', async () => {
    const entries = { SAGEMAKER_PROGRAM: fresh('train.py'), GIT_TOKEN_VALUE: ghToken };
    const first = await findSecrets(entries);
    const calls = lintCalls();
    expect(await findSecrets(entries)).toEqual(first);
    expect(await Promise.all(Array.from({ length: 30 }, () => findSecrets(entries)))).toEqual(Array.from({ length: 30 }, () => first));
    expect(lintCalls()).toBe(calls);
  });

  it('lints a value asked for by many resources at once only once', async () => {
    const shared = fresh('shared-value');
    await Promise.all(Array.from({ length: 30 }, (_, i) => findSecrets({ SHARED: shared, [`OWN_${i}`]: fresh('own') })));
    expect(lintCalls()).toBe(1);
    expect(lintedContents()[0]!.split(`SHARED=${shared}`).length - 1).toBe(1);
  });

  it('returns results the caller may change without changing the next ones', async () => {
    const entries = { DB_PASSWORD: fresh('hunter2hunter2') };
    const first = await findSecrets(entries);
    first.push({ key: 'X', kind: 'changed' });
    const kinds = await secretKindsInText(`X=${ghToken}`);
    kinds.push('changed');
    expect(await findSecrets(entries)).toEqual(first.slice(0, -1));
    expect(await secretKindsInText(`X=${ghToken}`)).not.toContain('changed');
  });
});

describe("secretlint's profiler", () => {
  it('leaves no performance mark behind', async () => {
    await findSecrets({ A: fresh('a'), B: ghToken });
    await secretKindsInText(fresh('text'));
    expect(lintCalls()).toBeGreaterThan(0);
    expect(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('@core>'))).toEqual([]);
  });
});
