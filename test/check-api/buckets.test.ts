import { describe, expect, it } from 'vitest';
import {
  bucketResource,
  bucketSetting,
  conditionPairs,
  eachBucketWith,
  patternCoversPrefix,
  statementCoversAllActions,
  statementCoversAllObjects,
  statementCoversBucket,
} from '../../src/check-api/buckets.js';
import { ACCOUNT, denied, ok } from '../helpers/inventory.js';
import { bucket, bucketList } from '../helpers/s3.js';

const ARN = 'arn:aws:s3:::ml-data';

describe('patternCoversPrefix', () => {
  it.each([
    ['*', 's3:', true],
    ['s3:*', 's3:', true],
    ['S3:*', 's3:', true],
    ['s*', 's3:', true],
    ['s3:Get*', 's3:', false],
    ['s3:GetObject', 's3:', false],
    ['*Object', 's3:', false],
    [`${ARN}/*`, `${ARN}/`, true],
    [`${ARN}*`, `${ARN}/`, true],
    ['arn:aws:s3:::*', `${ARN}/`, true],
    [`${ARN}/data/*`, `${ARN}/`, false],
    // "?" matches the literal "*" of "<arn>/*" but covers only one-character keys: a naive match would be a false pass.
    [`${ARN}/?`, `${ARN}/`, false],
    ['arn:aws:s3:::ml-data-other/*', `${ARN}/`, false],
  ])('%s covers everything under %s: %s', (pattern, prefix, expected) => {
    expect(patternCoversPrefix(pattern, prefix, !prefix.startsWith('arn:'))).toBe(expected);
  });
});

describe('statement coverage', () => {
  it('NotAction covers every S3 action only when no excluded pattern can name one', () => {
    expect(statementCoversAllActions({ NotAction: 'iam:*' }, 's3')).toBe(true);
    expect(statementCoversAllActions({ NotAction: ['iam:*', 's3:GetObject'] }, 's3')).toBe(false);
    expect(statementCoversAllActions({ NotAction: '*:Get*' }, 's3')).toBe(false);
    expect(statementCoversAllActions({}, 's3')).toBe(false);
  });
  it('bucket and object coverage are separate', () => {
    expect(statementCoversBucket({ Resource: ARN }, ARN)).toBe(true);
    expect(statementCoversAllObjects({ Resource: ARN }, ARN)).toBe(false);
    expect(statementCoversBucket({ Resource: `${ARN}/*` }, ARN)).toBe(false);
    expect(statementCoversAllObjects({ Resource: `${ARN}/*` }, ARN)).toBe(true);
    expect(statementCoversAllObjects({ NotResource: 'arn:aws:s3:::other/*' }, ARN)).toBe(false);
  });
  it('condition pairs lower-case keys and stringify values', () => {
    expect(conditionPairs({ Condition: { Bool: { 'aws:SecureTransport': false } } })).toEqual([{ operator: 'Bool', key: 'aws:securetransport', values: ['false'] }]);
  });
});

describe('buckets and their settings', () => {
  it('a bucket of unknown region is reported in region "global"', () => {
    expect(bucketResource(bucket('b', null)).region).toBe('global');
    expect(bucketResource(bucket('b', 'eu-west-1')).region).toBe('eu-west-1');
  });
  it('a bucket absent from a record is an error, never a value', () => {
    const s = bucketSetting<string>({}, bucket('b'), 's3:GetBucketPolicy');
    expect(s).toMatchObject({ ok: false, error: { code: 'NotCollected', operation: 's3:GetBucketPolicy' } });
    expect(bucketSetting<string>(undefined, bucket('b'), 'x').ok).toBe(false);
  });
  it('bucket names are own keys only ("constructor", "toString")', () => {
    expect(bucketSetting<string>({}, bucket('constructor'), 'x').ok).toBe(false);
    expect(bucketSetting<string>({}, bucket('tostring'), 'x').ok).toBe(false);
    expect(bucketSetting({ constructor: ok('v') }, bucket('constructor'), 'x')).toEqual(ok('v'));
  });
  it('a failed bucket list yields a single error finding, and evaluate never runs', () => {
    let called = false;
    const out = eachBucketWith(denied('s3:ListBuckets'), {}, ACCOUNT, 'policy', 's3:GetBucketPolicy', () => {
      called = true;
      return undefined;
    });
    expect(called).toBe(false);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ status: 'error', resource: { arn: 'arn:aws:s3:::*', name: 'all S3 buckets', region: 'global' } });
  });
  it('an uncollected bucket list is an error too', () => {
    expect(eachBucketWith(undefined, {}, ACCOUNT, 'policy', 'x', () => undefined)[0]).toMatchObject({ status: 'error', evidence: { errorCode: 'NotCollected' } });
  });
  it('evaluate sees only settings that were read', () => {
    const seen: string[] = [];
    const out = eachBucketWith(bucketList(bucket('a'), bucket('b')), { a: ok('A'), b: denied('s3:GetBucketPolicy') }, ACCOUNT, 'policy', 'x', (v, r) => {
      seen.push(v);
      return { status: 'pass', resource: r, message: r.name };
    });
    expect(seen).toEqual(['A']);
    expect(out.map((f) => f.status)).toEqual(['pass', 'error']);
  });
});
