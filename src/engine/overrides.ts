/** Severity overrides from the config file: a check runs, gates and is described (SARIF rule) at the chosen severity. */
import type { AnyCheck } from '../check-api/check.js';
import type { Severity } from '../model.js';

/** The catalogue with overridden severities (new check objects; the originals are untouched). */
export function applySeverityOverrides(checks: AnyCheck[], overrides: Readonly<Record<string, Severity>> = {}): AnyCheck[] {
  return checks.map((c) => {
    const severity = Object.hasOwn(overrides, c.meta.id) ? overrides[c.meta.id] : undefined;
    return severity === undefined || severity === c.meta.severity ? c : { ...c, meta: { ...c.meta, severity } };
  });
}
