import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allOperations, iamActionFor } from '../../src/collect/commands.js';

interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: string | string[];
  Condition?: unknown;
}

const policy = JSON.parse(readFileSync('policy/smsec-readonly-policy.json', 'utf8')) as { Statement: Statement[] };
const granted = policy.Statement.flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]));
const needed = allOperations().map((o) => iamActionFor(o.service, o.operation));

describe('the shipped least-privilege policy', () => {
  it('only allows (no Deny tricks, no wildcards in actions)', () => {
    for (const s of policy.Statement) expect(s.Effect).toBe('Allow');
    for (const a of granted) expect(a).not.toMatch(/\*/);
  });

  it.each(allOperations().map((o) => [`${o.service}:${o.operation}`, o] as const))('%s is a read-only operation', (_name, o) => {
    expect(o.operation).toMatch(/^(List|Describe|Get)[A-Z]/);
    expect(iamActionFor(o.service, o.operation).split(':')[1]).toMatch(/^(List|Describe|Get)[A-Z]/);
  });

  it('covers every command the collector can send', () => {
    expect(needed.filter((a) => !granted.includes(a))).toEqual([]);
  });

  it('grants nothing the collector does not use', () => {
    expect(granted.filter((a) => !needed.includes(a))).toEqual([]);
  });

  it('has no duplicate actions', () => {
    expect(new Set(granted).size).toBe(granted.length);
  });
});
