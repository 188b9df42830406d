import { describe, expect, it } from 'vitest';
import { TwoGenerationMap } from '../src/generations.js';

describe('TwoGenerationMap', () => {
  it('keeps at most two generations of entries, and moves an old entry back to the young one when it is read', () => {
    const m = new TwoGenerationMap<number>(2);
    m.set('a', 1);
    m.set('b', 2);
    m.set('c', 3); // a, b become the old generation
    expect(m.get('a')).toBe(1); // read from the old one: moved to the young one (c, a)
    m.set('d', 4); // c, a become old; b is dropped
    expect(m.get('b')).toBeUndefined();
    expect([m.get('a'), m.get('c'), m.get('d')]).toEqual([1, 3, 4]);
  });

  it('keeps the first value of a key already in the young generation', () => {
    const m = new TwoGenerationMap<string>(10);
    m.set('k', 'first');
    m.set('k', 'second');
    expect(m.get('k')).toBe('first');
  });

  it('starts a new generation when the keys weigh more than maxWeight', () => {
    const m = new TwoGenerationMap<number>(100, 10, (key) => key.length);
    m.set('aaaaaa', 1);
    m.set('bbbbbb', 2); // 12 > 10: aaaaaa becomes old
    m.set('cccccc', 3); // bbbbbb becomes old, aaaaaa is dropped
    expect(m.get('aaaaaa')).toBeUndefined();
    expect([m.get('bbbbbb'), m.get('cccccc')]).toEqual([2, 3]);
  });
});
