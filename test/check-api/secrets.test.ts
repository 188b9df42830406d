import { describe, expect, it } from 'vitest';
import { findSecrets, secretKindsInText } from '../../src/check-api/secrets.js';

// Assembled at run time so the repository itself holds no secret-shaped literal.
const ghToken = ['ghp', 'wWPw5k4aXcaT4fNP0UcnZwJUVFk6LO0pINUx'].join('_');
const akid = ['AKIA', 'Q3EGRIRMZJ7WXTSH'].join('');

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
