/** Choosing which checks run: --checks / --skip-checks (ids or globs) and --min-severity. */
import { UsageError } from '../errors.js';
import { atLeast, type Severity } from '../model.js';
import type { AnyCheck } from '../check-api/check.js';

export interface Selection {
  checks?: string[];
  skipChecks?: string[];
  minSeverity?: Severity;
}

/** `*` any run of characters (including `/` and `:`), `?` one character; everything else literal, case-sensitive. */
export function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'su');
}

/** Each pattern must name a known check or match at least one; otherwise it is a typo and a UsageError. */
function matcher(patterns: string[], all: AnyCheck[], flag: string): (id: string) => boolean {
  const res = patterns.map((p) => {
    const re = globToRegExp(p);
    if (!all.some((c) => re.test(c.meta.id))) {
      throw new UsageError(`${flag}: no check matches "${p}" (run "smsec checks" to list them)`);
    }
    return re;
  });
  return (id) => res.some((re) => re.test(id));
}

/** The checks to run, in catalogue order. */
export function selectChecks(all: AnyCheck[], sel: Selection): AnyCheck[] {
  const include = sel.checks?.length ? matcher(sel.checks, all, '--checks') : () => true;
  const exclude = sel.skipChecks?.length ? matcher(sel.skipChecks, all, '--skip-checks') : () => false;
  return all.filter(
    (c) => include(c.meta.id) && !exclude(c.meta.id) && (!sel.minSeverity || atLeast(c.meta.severity, sel.minSeverity)),
  );
}

/** Splits "a,b c" style option values into a list. */
export function splitList(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(/[\s,]+/)).filter(Boolean);
}
