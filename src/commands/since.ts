/** The job-history window (--since): finished jobs created before it are not listed; running jobs always are. */
import { UsageError } from '../errors.js';

/** Default window: the last 90 days of job history. */
export const DEFAULT_SINCE = '90d';

const UNIT_DAYS: Record<string, number> = { d: 1, w: 7, m: 30, y: 365 };

/**
 * Parses "90d", "12h", "2w", "6m" (30-day months), "1y", a date "2026-01-31", an ISO timestamp, or "all" (no window).
 * Returns the start of the window, or undefined for "all".
 */
export function parseSince(value: string, now: Date = new Date()): Date | undefined {
  const v = value.trim();
  if (v === 'all') return undefined;
  const rel = /^(\d{1,5})([hdwmy])$/.exec(v);
  if (rel) {
    const n = Number(rel[1]);
    const hours = rel[2] === 'h' ? n : n * 24 * UNIT_DAYS[rel[2]!]!;
    if (n === 0) throw new UsageError(`--since: "${value}" is an empty window`);
    return new Date(now.getTime() - hours * 3_600_000);
  }
  if (/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/.test(v)) {
    const d = new Date(v.length === 10 ? `${v}T00:00:00Z` : v);
    if (!Number.isNaN(d.getTime())) {
      if (d.getTime() > now.getTime()) throw new UsageError(`--since: ${value} is in the future`);
      return d;
    }
  }
  throw new UsageError(`--since: "${value}" is not a duration (90d, 12h, 2w, 6m, 1y), a date (2026-01-31) or "all"`);
}
