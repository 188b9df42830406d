import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILTIN_CHECKS } from '../../checks/index.js';
import { COLLECTORS } from '../../src/collect/collectors/index.js';
import { SEVERITIES } from '../../src/model.js';

/** Every check file on disk, as "<service>/<id>". */
function checkFiles(): string[] {
  return readdirSync('checks')
    .filter((d) => statSync(join('checks', d)).isDirectory())
    .flatMap((d) => readdirSync(join('checks', d)).filter((f) => f.endsWith('.ts')).map((f) => `${d}/${f.replace(/\.ts$/, '')}`));
}

describe('the check registry', () => {
  const ids = BUILTIN_CHECKS.map((c) => c.meta.id);

  it('lists every file in checks/ exactly once, under its own id', () => {
    const files = checkFiles();
    expect(BUILTIN_CHECKS.map((c) => `${c.meta.service}/${c.meta.id}`).sort()).toEqual(files.sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(BUILTIN_CHECKS.map((c) => [c.meta.id, c] as const))('%s is complete and documented', (id, check) => {
    const m = check.meta;
    expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
    expect(id.startsWith(`${m.service}-`)).toBe(true);
    expect(SEVERITIES).toContain(m.severity);
    expect(m.title.length).toBeGreaterThan(10);
    expect(m.resourceType).toMatch(/^AWS::[A-Za-z0-9]+::[A-Za-z0-9]+$/);
    expect(m.rationale.length).toBeGreaterThan(60);
    expect(m.remediation.console.length).toBeGreaterThan(0);
    expect(m.remediation.cli ?? m.remediation.cloudformation ?? m.remediation.terraform).toBeTruthy();
    expect(m.references.length).toBeGreaterThan(0);
    for (const r of m.references) expect(r).toMatch(/^https:\/\/[a-z0-9.-]+\//);
    expect(check.requires.length).toBeGreaterThan(0);
    for (const k of check.requires) expect(Object.keys(COLLECTORS)).toContain(k);
    expect(existsSync(join('test', 'checks', m.service, `${id}.test.ts`)), `missing test file for ${id}`).toBe(true);
  });
});
