import { describe, expect, it } from 'vitest';
import { hasInstanceStorage, instanceFamily } from '../../src/check-api/instance-storage.js';

describe('hasInstanceStorage', () => {
  it.each([
    ['ml.g4dn.xlarge', true],
    ['ml.p4d.24xlarge', true],
    ['ml.p4de.24xlarge', true],
    ['ml.m5d.large', true],
    ['ml.c6id.4xlarge', true],
    ['ml.p3dn.24xlarge', true],
    ['ml.g5.2xlarge', true],
    ['ml.p5.48xlarge', true],
    ['ml.trn1.32xlarge', true],
    ['ml.p6-b200.48xlarge', true],
    ['ml.dl1.24xlarge', true],
    ['ml.m5.xlarge', false],
    ['ml.c5.2xlarge', false],
    ['ml.p3.2xlarge', false],
    ['ml.t3.medium', false],
    ['ml.inf2.xlarge', false],
    ['ml.g4ad.xlarge', true],
    ['not-an-instance', false],
    [undefined, false],
  ] as const)('%s → %s', (type, expected) => {
    expect(hasInstanceStorage(type)).toBe(expected);
  });

  it('parses the family', () => {
    expect(instanceFamily('ml.g4dn.xlarge')).toBe('g4dn');
    expect(instanceFamily('ml.p6-b200.48xlarge')).toBe('p6-b200');
  });
});
