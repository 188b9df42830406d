/**
 * Keeping many Describe answers small. An account's answers repeat the same values over and over (statuses, enum
 * values, role and key ARNs, image URIs, bucket prefixes): each parsed answer holds its own copy of every string, so
 * 40,000 training jobs hold 40,000 copies of "FullyReplicated". Interning (done by the live transport as it converts
 * each SDK response, which walks every value anyway) gives equal strings one copy. Dropping fields
 * with `delete` (or building an object field by field, past 16 fields) turns it into a dictionary-mode object in V8,
 * with close to a kilobyte of hash table per training job, so answers are copied without them instead.
 */
import { TwoGenerationMap } from '../generations.js';

/** Strings longer than this are rarely repeated (policies, scripts): they are not interned. */
const MAX_INTERNED_LENGTH = 256;
/** Interned strings per generation of the table (TwoGenerationMap): its size is bounded however large the account. */
const GENERATION_ENTRIES = 50_000;
const interned = new TwoGenerationMap<string>(GENERATION_ENTRIES);

/** The one kept copy of a string equal to `s` (`s` itself the first time it is seen). */
export function intern(s: string): string {
  if (s.length > MAX_INTERNED_LENGTH) return s;
  const known = interned.get(s);
  if (known !== undefined) return known;
  interned.set(s, s);
  return s;
}

/**
 * A Describe answer as the inventory keeps it: without `omit` (fields no check reads that make answers large, such as
 * status histories). A copy when a field is left out: `answer` itself is never changed.
 */
export function compactAnswer(answer: Record<string, unknown>, omit: readonly string[] = []): Record<string, unknown> {
  if (!omit.some((f) => Object.prototype.hasOwnProperty.call(answer, f))) return answer;
  // Object.fromEntries keeps an own "__proto__" field an own field, and the copy in V8's fast mode.
  return Object.fromEntries(Object.entries(answer).filter(([key]) => !omit.includes(key)));
}
