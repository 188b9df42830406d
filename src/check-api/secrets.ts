/**
 * Secret detection for values read from the account (job hyperparameters, container environments, lifecycle
 * scripts, repository URLs). Values are matched with secretlint's maintained recommended rules plus a few
 * smsec patterns for what those rules do not cover. Results name the key and the kind of secret, never the
 * value: callers must not copy the value anywhere.
 *
 * Cost: an account can hold tens of thousands of jobs with a dozen settings each, mostly the same few values.
 * So texts are (1) looked up in a bounded cache, (2) coalesced: every text asked for while the event loop runs
 * the current turn (e.g. all the resources `eachItemAsync` starts at once) is linted in one `lintSource` call per
 * batch, separated so that no rule can match across two texts, and (3) secretlint's process-wide profiler is
 * switched off (see below).
 */
import { setImmediate } from 'node:timers';
import { lintSource } from '@secretlint/core';
import { secretLintProfiler } from '@secretlint/profiler';
import { creator as recommended } from '@secretlint/secretlint-rule-preset-recommend';
import { TwoGenerationMap } from '../generations.js';

export interface SecretHit {
  /** The variable, hyperparameter or line the secret was found in. */
  key: string;
  /** What kind of secret, e.g. "GitHub token", "AWS access key id", "credential-named variable". */
  kind: string;
}

/*
 * secretlint's core reports to a process-wide profiler (@secretlint/profiler) that `performance.mark`s every step of
 * every lint (some 36 marks per call) and never lets go of them: Node's performance timeline buffers each mark, the
 * profiler's observer copies each into an array and, for every end mark, scans that whole array for a start mark it
 * never finds (it looks the name up without the id suffix). Time is quadratic and memory linear in the number of
 * lints — over the whole process, so each check was slower than the one before. smsec never reads the profile, so
 * the marks are not made at all (this is the instance @secretlint/core imports: npm installs a single copy, and the
 * tests check that linting leaves no mark behind).
 */
if (typeof secretLintProfiler?.mark === 'function') secretLintProfiler.mark = () => undefined;

const SECRETLINT_CONFIG = { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: recommended }] };

/** secretlint message ids → readable kinds (unknown ids are shown as the rule's short name). */
function kindFromSecretlint(ruleId: string, messageId: string): string {
  const rule = ruleId.replace('@secretlint/secretlint-rule-', '');
  return `${rule} (${messageId})`;
}

/** Patterns secretlint's preset does not flag on their own (it ignores bare access key ids). */
const EXTRA_PATTERNS: [kind: string, re: RegExp][] = [
  ['AWS access key id', /(?<![A-Z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Z0-9])/],
  ['AWS secret access key', /aws.{0,20}secret.{0,20}[=:]\s*["']?[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])/i],
  ['private key', /-----BEGIN (?:[A-Z ]+ )?PRIVATE KEY-----/],
  ['credentials in URL', /\b[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:[^/\s@]{3,}@/i],
  ['Hugging Face token', /\bhf_[A-Za-z0-9]{30,}\b/],
  ['OpenAI API key', /\bsk-(?:proj-)?[A-Za-z0-9_-]{32,}\b/],
];

/** A variable whose name says it holds a credential. */
const CREDENTIAL_NAME = /(pass(word|wd)?|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|credential|auth)/i;

/** Values that point at a secret store instead of holding the secret. */
function isReference(value: string): boolean {
  return /^(arn:|\{\{resolve:|\$\{|\$\(|secretsmanager:|ssm:|\/)/i.test(value) || /^(true|false|none|null|\*+|<.*>|changeme|xxx+)$/i.test(value);
}

// ---------------------------------------------------------------------------------------------------------------
// Batched linting
// ---------------------------------------------------------------------------------------------------------------

/**
 * What goes between two texts linted together. No rule of the recommended preset can match across it: the only
 * patterns that cross line ends do so through whitespace (the AWS secret key's `\s*` around ":"/"=", the private
 * key body's `[A-Za-z0-9+/=\s\\]`), and "#" is none of those characters nor the start of any pattern. The line
 * ends on both sides keep what the rules see at the edges of a text as they were when each text was linted alone
 * (`\b` and the look-arounds see a non-word, non-letter character instead of the start or end of the source).
 */
const SEPARATOR = '\n\n#\n\n';

/** Most texts, and characters, in one `lintSource` call: bounds its memory and secretlint's per-message work. */
const MAX_BATCH_TEXTS = 2_000;
const MAX_BATCH_CHARS = 512 * 1024;

/**
 * Texts linted on their own, never with others: a `secretlint-disable`/`-enable` comment (filter-comments rule)
 * would switch reporting off or on for the texts after it, and a leading byte order mark is dropped by secretlint
 * only at the start of the source.
 */
function mustLintAlone(text: string): boolean {
  return text.includes('secretlint-') || text.charCodeAt(0) === 0xfeff;
}

/** secretlint kinds found in one source. */
async function lintKinds(content: string): Promise<{ kinds: Set<string>; messages: { range: readonly [number, number]; kind: string }[] }> {
  const result = await lintSource({
    source: { content, filePath: 'value.txt', ext: '.txt', contentType: 'text' },
    options: { config: SECRETLINT_CONFIG },
  });
  const messages = result.messages.map((m) => ({ range: m.range, kind: kindFromSecretlint(m.ruleId, m.messageId) }));
  return { kinds: new Set(messages.map((m) => m.kind)), messages };
}

/**
 * secretlint kinds per text, the texts linted together in one call. Each message is given to the text its range
 * lies in; a message that does not lie within one text (which the separator should make impossible) is dropped and
 * the texts it touches, and their neighbours, are linted again on their own, so a finding is never given to the
 * wrong text nor lost.
 */
async function lintTogether(texts: string[]): Promise<Set<string>[]> {
  if (texts.length === 1) return [(await lintKinds(texts[0]!)).kinds];
  const starts: number[] = [];
  let offset = 0;
  for (const t of texts) {
    starts.push(offset);
    offset += t.length + SEPARATOR.length;
  }
  /** The last text starting at or before `index`. */
  const textAt = (index: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const { messages } = await lintKinds(texts.join(SEPARATOR));
  const kinds = texts.map(() => new Set<string>());
  const again = new Set<number>();
  for (const { range, kind } of messages) {
    const [start, end] = range;
    const i = textAt(start);
    if (start >= starts[i]! && end <= starts[i]! + texts[i]!.length && end >= start) {
      kinds[i]!.add(kind);
    } else {
      const last = Math.min(texts.length - 1, textAt(Math.max(start, end)) + 1);
      for (let j = Math.max(0, i - 1); j <= last; j++) again.add(j);
    }
  }
  for (const i of again) kinds[i] = (await lintKinds(texts[i]!)).kinds;
  return kinds;
}

/** Every kind in one text: secretlint's and smsec's own patterns, sorted. */
function allKinds(text: string, fromSecretlint: Set<string>): readonly string[] {
  const kinds = new Set(fromSecretlint);
  for (const [kind, re] of EXTRA_PATTERNS) if (re.test(text)) kinds.add(kind);
  return Object.freeze([...kinds].sort());
}

/**
 * Kinds by text, for texts already scanned, in a TwoGenerationMap: at most 2 × CACHE_GENERATION_ENTRIES texts and
 * 2 × CACHE_GENERATION_CHARS characters are kept, and texts longer than CACHE_MAX_TEXT (whole scripts) are not. Holds
 * values read from the account: never log it.
 */
const CACHE_GENERATION_ENTRIES = 10_000;
const CACHE_GENERATION_CHARS = 2 * 1024 * 1024;
const CACHE_MAX_TEXT = 2_048;
const scanned = new TwoGenerationMap<readonly string[]>(CACHE_GENERATION_ENTRIES, CACHE_GENERATION_CHARS, (text) => text.length);

function cachePut(text: string, kinds: readonly string[]): void {
  if (text.length <= CACHE_MAX_TEXT) scanned.set(text, kinds);
}

function cacheGet(text: string): readonly string[] | undefined {
  return scanned.get(text);
}

/** Texts waiting for the next batch, and texts being scanned (so a text asked for twice is linted once). */
let queue: string[] = [];
const pending = new Map<string, { promise: Promise<readonly string[]>; resolve: (k: readonly string[]) => void; reject: (e: unknown) => void }>();
let flushScheduled = false;

/** Lints what was queued: batches of texts that may go together, and the others one by one. */
async function flush(): Promise<void> {
  flushScheduled = false;
  const texts = queue;
  queue = [];
  const batches: string[][] = [];
  let batch: string[] = [];
  let chars = 0;
  for (const text of texts) {
    if (mustLintAlone(text)) {
      batches.push([text]);
      continue;
    }
    if (batch.length > 0 && (batch.length >= MAX_BATCH_TEXTS || chars + text.length > MAX_BATCH_CHARS)) {
      batches.push(batch);
      batch = [];
      chars = 0;
    }
    batch.push(text);
    chars += text.length + SEPARATOR.length;
  }
  if (batch.length > 0) batches.push(batch);
  for (const b of batches) {
    try {
      const found = await lintTogether(b);
      b.forEach((text, i) => {
        const kinds = allKinds(text, found[i]!);
        cachePut(text, kinds);
        pending.get(text)?.resolve(kinds);
        pending.delete(text);
      });
    } catch (e) {
      for (const text of b) {
        pending.get(text)?.reject(e);
        pending.delete(text);
      }
    }
  }
}

/** Sorted kinds per text (shared, frozen arrays: copy before changing). */
function scanTexts(texts: string[]): Promise<(readonly string[])[]> {
  return Promise.all(
    texts.map((text) => {
      if (text.trim() === '') return Object.freeze([]) as readonly string[];
      const known = cacheGet(text);
      if (known !== undefined) return known;
      const waiting = pending.get(text);
      if (waiting !== undefined) return waiting.promise;
      let resolve!: (k: readonly string[]) => void;
      let reject!: (e: unknown) => void;
      const promise = new Promise<readonly string[]>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      pending.set(text, { promise, resolve, reject });
      queue.push(text);
      if (!flushScheduled) {
        flushScheduled = true;
        // After the current turn's microtasks: every caller started in this turn joins the batch.
        setImmediate(() => void flush());
      }
      return promise;
    }),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// API
// ---------------------------------------------------------------------------------------------------------------

/** Kinds of secret found in one text (deduplicated), without the text itself. */
export async function secretKindsInText(text: string): Promise<string[]> {
  if (text.trim() === '') return [];
  const [kinds = []] = await scanTexts([text]);
  return [...kinds];
}

/**
 * Secrets among key/value settings (environment variables, hyperparameters): by value content, and by a
 * credential-like name holding a literal value.
 */
export async function findSecrets(entries: Record<string, string | undefined> | undefined): Promise<SecretHit[]> {
  const list = Object.entries(entries ?? {}).map(([key, raw]) => [key, typeof raw === 'string' ? raw : String(raw ?? '')] as const);
  const scanned = await scanTexts(list.map(([key, value]) => `${key}=${value}`));
  const hits: SecretHit[] = [];
  list.forEach(([key, value], i) => {
    const kinds = [...(scanned[i] ?? [])];
    if (kinds.length === 0 && CREDENTIAL_NAME.test(key) && value.length >= 8 && !isReference(value)) {
      kinds.push('credential-named variable with a literal value');
    }
    for (const kind of kinds) hits.push({ key, kind });
  });
  return hits.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.kind < b.kind ? -1 : 1));
}
