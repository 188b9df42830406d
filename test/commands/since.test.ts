import { describe, expect, it } from 'vitest';
import { parseSince } from '../../src/commands/since.js';

const NOW = new Date('2026-11-26T12:00:00Z');

describe('parseSince', () => {
  it.each([
    ['90d', '2026-08-28T12:00:00.000Z'],
    ['12h', '2026-11-26T00:00:00.000Z'],
    ['2w', '2026-11-12T12:00:00.000Z'],
    ['1y', '2025-11-26T12:00:00.000Z'],
    ['2026-01-31', '2026-01-31T00:00:00.000Z'],
    ['2026-01-31T10:00:00Z', '2026-01-31T10:00:00.000Z'],
  ])('%s → %s', (value, iso) => {
    expect(parseSince(value, NOW)?.toISOString()).toBe(iso);
  });

  it('"all" means no window', () => {
    expect(parseSince('all', NOW)).toBeUndefined();
  });

  it.each(['yesterday', '90', '0d', '2027-01-01', '2026-13-45', '-5d'])('rejects %s with a usage error', (value) => {
    expect(() => parseSince(value, NOW)).toThrow(/--since/);
  });
});
