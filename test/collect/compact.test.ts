/** Describe answers as the inventory keeps them: the same data, minus the fields dropped for size. */
import { describe, expect, it } from 'vitest';
import { compactAnswer, intern } from '../../src/collect/compact.js';

describe('compactAnswer', () => {
  const answer = () =>
    JSON.parse(
      JSON.stringify({
        TrainingJobName: 'train-1',
        SecondaryStatusTransitions: [{ Status: 'Starting' }],
        HyperParameters: { epochs: '3', sagemaker_program: '"train.py"' },
        InputDataConfig: [{ ChannelName: 'train', DataSource: { S3DataSource: { S3Uri: 's3://b/train/' } } }, { ChannelName: 'validation' }],
        EnableNetworkIsolation: false,
        VpcConfig: null,
        ResourceConfig: { InstanceCount: 2 },
      }),
    ) as Record<string, unknown>;

  it('drops the omitted fields and keeps every other value, nested ones included, equal', () => {
    const full = answer();
    const out = compactAnswer(full, ['SecondaryStatusTransitions', 'NotThere']);
    const expected = answer();
    delete expected.SecondaryStatusTransitions;
    expect(out).toEqual(expected);
    expect(Object.keys(out)).toEqual(Object.keys(expected));
    // The caller's answer still has the field (only the copy leaves it out).
    expect(full.SecondaryStatusTransitions).toEqual([{ Status: 'Starting' }]);
  });

  it('returns the answer itself when it has none of the omitted fields', () => {
    const a = answer();
    delete a.SecondaryStatusTransitions;
    expect(compactAnswer(a, ['SecondaryStatusTransitions'])).toBe(a);
    expect(compactAnswer(a)).toBe(a);
  });

  it('keeps a field named "__proto__" (account data) an own field, never the prototype', () => {
    const a = JSON.parse('{"__proto__":{"polluted":true},"Drop":1,"Name":"x"}') as Record<string, unknown>;
    const out = compactAnswer(a, ['Drop']);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect((out as { polluted?: boolean }).polluted).toBeUndefined();
    expect(Object.keys(out)).toEqual(['__proto__', 'Name']);
    expect(JSON.stringify(out)).toBe('{"__proto__":{"polluted":true},"Name":"x"}');
  });
});

describe('intern', () => {
  it('gives back an equal string, short or long, however many strings were interned before', () => {
    for (let i = 0; i < 120_000; i++) expect(intern(`value-${i % 70_000}`)).toBe(`value-${i % 70_000}`);
    const long = 'x'.repeat(10_000);
    expect(intern(long)).toBe(long);
  });
});
