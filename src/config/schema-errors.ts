/** One-line descriptions of JSON Schema (ajv) errors, located by a JSON path such as `$.suppressions[0].expires`. */
import type { ErrorObject } from 'ajv';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `$`, `$.a.b`, `$.list[0]`, `$.map["a-b"]` from a list of property names and array indices. */
export function jsonPath(segments: readonly (string | number)[]): string {
  let out = '$';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (IDENTIFIER.test(s)) out += `.${s}`;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}

/** The segments of an ajv instancePath (a JSON Pointer): all-digit segments are taken as array indices. */
export function pointerSegments(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9]\d*)$/.test(s) ? Number(s) : s));
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/** Wording for pattern/format errors, by the kind of value (last property name in the path). */
export type PatternHints = Record<string, string>;

/**
 * "$.path: what is wrong". `hints` gives the message for a pattern or format error by the name of the property it
 * concerns (array items use their array's name), e.g. { expires: 'must be a date YYYY-MM-DD' }.
 */
export function describeSchemaError(e: ErrorObject, hints: PatternHints = {}): string {
  const segments = pointerSegments(e.instancePath);
  const params = e.params as Record<string, unknown>;
  const lastName = [...segments].reverse().find((s): s is string => typeof s === 'string');
  // Errors about an object's keys (propertyNames) name the key.
  const propertyName = (e as ErrorObject & { propertyName?: string }).propertyName ?? (e.keyword === 'propertyNames' ? params.propertyName : undefined);
  if (propertyName !== undefined) {
    const what = lastName ? hints[`${lastName}:key`] : undefined;
    return `${jsonPath(segments)}: ${JSON.stringify(propertyName)} is not a valid ${what ?? 'property name'}`;
  }
  switch (e.keyword) {
    case 'additionalProperties':
      return `${jsonPath(segments)}: unknown property "${String(params.additionalProperty)}"`;
    case 'required':
      return `${jsonPath([...segments, String(params.missingProperty)])}: required property is missing`;
    case 'type':
      return `${jsonPath(segments)}: must be ${article(String(params.type).replace(/,/g, ' or '))}`;
    case 'enum':
      return `${jsonPath(segments)}: must be one of ${(params.allowedValues as unknown[]).map((v) => String(v)).join(', ')}`;
    case 'const':
      return `${jsonPath(segments)}: must be ${JSON.stringify(params.allowedValue)}`;
    case 'pattern':
    case 'format':
      if (lastName && hints[lastName]) return `${jsonPath(segments)}: ${hints[lastName]}`;
      return `${jsonPath(segments)}: ${e.message ?? 'is invalid'}`;
    case 'minItems':
      return `${jsonPath(segments)}: must not be an empty list`;
    case 'minProperties':
      return `${jsonPath(segments)}: must not be an empty object`;
    case 'minLength':
      return `${jsonPath(segments)}: must not be empty`;
    case 'uniqueItems':
      return `${jsonPath(segments)}: must not list the same value twice`;
    default:
      return `${jsonPath(segments)}: ${e.message ?? 'is invalid'}`;
  }
}
