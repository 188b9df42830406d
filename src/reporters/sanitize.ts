/**
 * Neutralising untrusted account data (resource names, tags, messages that embed them, evidence values, AWS error
 * messages) before it reaches a terminal or a file someone may `cat`.
 *
 * - Text output: {@link sanitizeText} turns every control, format and separator character into a visible escape
 *   (`\n`, `\t`, `\x1b`, `\u202e` …), so a value can neither drive the terminal (ESC / CSI / OSC sequences, C1
 *   controls), reorder what is displayed (bidi overrides and isolates), hide characters (zero-width) nor break a
 *   table row (newlines), and caps its length.
 * - JSON and SARIF: human-readable message texts go through {@link sanitizeMessage} (same escapes, no length cap);
 *   data fields (names, ARNs, evidence) stay lossless, and {@link escapeJsonText} writes the few characters that
 *   JSON.stringify leaves raw but that a terminal would act on as `\uXXXX` escapes instead. The file parses to
 *   exactly the same value.
 */

/** Default cap for one value in text output, in code points, ellipsis included. */
export const MAX_TEXT_LENGTH = 500;

const ELLIPSIS = '…';

/**
 * Characters that must never be shown raw: all controls (C0 incl. ESC, DEL, C1 incl. CSI U+009B), format characters
 * (bidi embeddings/overrides U+202A–U+202E and isolates U+2066–U+2069, LRM/RLM/ALM, zero-width space/joiners, word
 * joiner, BOM, soft hyphen, tag characters …), line/paragraph separators U+2028/U+2029 and lone surrogates.
 */
const UNSAFE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u;

/** Anything but printable ASCII (U+0020–U+007E, none of which is unsafe). */
const NOT_PRINTABLE_ASCII = /[^\u0020-\u007e]/;

const NAMED_ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

/** The visible escape standing for one unsafe code point. */
function escapeCodePoint(ch: string): string {
  const named = NAMED_ESCAPES[ch];
  if (named) return named;
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 0x100) return `\\x${hex(cp, 2)}`;
  if (cp <= 0xffff) return `\\u${hex(cp, 4)}`;
  return `\\u{${hex(cp, 1)}}`;
}

/**
 * A single-line, terminal-safe rendering of an untrusted value: unsafe characters become visible escapes and the
 * result is at most `maxLength` code points long (ending with "…" when cut). Escapes are never cut in half.
 */
export function sanitizeText(value: string, maxLength: number = MAX_TEXT_LENGTH): string {
  const limit = Math.max(1, maxLength);
  // Most values need nothing: no unsafe character, and no more UTF-16 units (so no more code points) than the limit.
  // Printable ASCII holds no unsafe character, and a plain class scans faster than the unicode property classes.
  if (typeof value === 'string' && value.length <= limit && (!NOT_PRINTABLE_ASCII.test(value) || !UNSAFE.test(value))) return value;
  let out = '';
  let length = 0;
  // Iterating a string yields code points; lone surrogates come out alone and match \p{Cs}.
  const points = Array.from(String(value));
  for (let i = 0; i < points.length; i++) {
    const ch = points[i] as string;
    const token = UNSAFE.test(ch) ? escapeCodePoint(ch) : ch;
    const tokenLength = token === ch ? 1 : token.length;
    const isLast = i === points.length - 1;
    // Keep room for the ellipsis unless this token ends the value.
    if (length + tokenLength > (isLast ? limit : limit - 1)) return out + ELLIPSIS;
    out += token;
    length += tokenLength;
  }
  return out;
}

/** {@link sanitizeText} without a length cap: for message texts in JSON and SARIF, which must stay complete. */
export function sanitizeMessage(value: string): string {
  return sanitizeText(value, Number.POSITIVE_INFINITY);
}

/**
 * Characters JSON.stringify leaves raw that are unsafe in a file shown on a terminal or embedded in HTML: DEL and C1
 * controls, format characters (bidi, zero-width …), U+2028/U+2029, and `<`, `>`, `&` (so `</script>` cannot close
 * an enclosing script element). JSON.stringify already escapes C0 controls (incl. ESC) and lone surrogates.
 * Raw \n, \r, \t and spaces in its output are structural whitespace and are left alone.
 */
const JSON_UNSAFE = /^[\u007f-\u009f\p{Cf}\p{Zl}\p{Zp}<>&]$/u;

/**
 * Every code point JSON_UNSAFE may match, and more: `<`, `>`, `&`, any other non-ASCII BMP character, and surrogate
 * pairs. A plain (non-unicode) class scans a long text far faster than the unicode property classes; only what it
 * finds is tested against JSON_UNSAFE. Lone surrogates (never in JSON.stringify output) are not unsafe and not matched.
 */
const JSON_CANDIDATE = /[\ud800-\udbff][\udc00-\udfff]|[\u007f-\ud7ff\ue000-\uffff<>&]/g;

/**
 * Rewrites the output of JSON.stringify so no unsafe character appears raw: each one becomes its `\uXXXX` escape
 * (a surrogate pair for astral characters). Every such character can only occur inside a JSON string, so the result
 * parses to exactly the same value.
 */
export function escapeJsonText(json: string): string {
  return json.replace(JSON_CANDIDATE, (ch) => {
    if (!JSON_UNSAFE.test(ch)) return ch;
    let out = '';
    for (let i = 0; i < ch.length; i++) out += `\\u${hex(ch.charCodeAt(i), 4)}`;
    return out;
  });
}

/** Cuts `value` to at most `max` UTF-16 code units, ending with "…" when cut, never inside a surrogate pair. */
export function truncate(value: string, max: number): string {
  if (value.length <= max) return value;
  let out = '';
  for (const ch of value) {
    if (out.length + ch.length > max - ELLIPSIS.length) break;
    out += ch;
  }
  return out + ELLIPSIS;
}

/** Code points XML 1.0 does not allow anywhere (C0 controls but tab/LF/CR, lone surrogates, U+FFFE, U+FFFF). */
const XML_ILLEGAL = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

/** Removes characters that are illegal in XML 1.0 documents. */
export function stripInvalidXml(value: string): string {
  return value.replace(XML_ILLEGAL, '');
}

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * An untrusted value for XML text or a (double- or single-quoted) attribute: sanitized like a message (controls,
 * bidi and zero-width characters become visible escapes, so the file is safe to `cat`), markup characters escaped,
 * and anything XML 1.0 forbids removed.
 */
export function xmlText(value: string): string {
  return stripInvalidXml(sanitizeMessage(value).replace(/[&<>"']/g, (ch) => XML_ENTITIES[ch]!));
}

/**
 * An untrusted value for one Markdown table cell: one line (controls shown as visible escapes), at most `maxLength`
 * code points, Markdown punctuation backslash-escaped (so `|` cannot split the cell, `` ` `` cannot open code, `*`, `_`,
 * `~` cannot format and `[` cannot link), and `&`, `<`, `>` as entities (no HTML).
 */
export function markdownCell(value: string, maxLength: number = MAX_TEXT_LENGTH): string {
  return sanitizeText(value, maxLength)
    .replace(/[\\`*_[\]|~]/g, (ch) => `\\${ch}`)
    .replace(/[&<>]/g, (ch) => XML_ENTITIES[ch]!);
}
