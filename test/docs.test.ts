import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN_CHECKS } from '../checks/index.js';
import { checksMarkdown } from '../src/commands/catalogue.js';

describe('docs/checks.md', () => {
  it('is generated from the current check metadata (run `npm run docs`)', () => {
    const expected = checksMarkdown(BUILTIN_CHECKS.map((c) => c.meta));
    if (process.env.UPDATE_FIXTURES === '1') writeFileSync('docs/checks.md', expected);
    expect(readFileSync('docs/checks.md', 'utf8')).toBe(expected);
  });

  it('documents every check by id', () => {
    const doc = readFileSync('docs/checks.md', 'utf8');
    for (const c of BUILTIN_CHECKS) expect(doc).toContain(`## ${c.meta.id}`);
  });
});
