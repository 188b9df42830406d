/**
 * Lifecycle configuration scripts (notebook instance and Studio): base64 decoding, risky-command patterns and secret
 * scanning with line numbers. Results name the script, the line and the pattern or kind of secret, never the text of
 * the line: a line that matched a pattern may also hold a secret.
 */
import type { Evidence, FindingDraft, ResourceRef } from '../model.js';
import type { AccountContext, Item, NotebookLifecycleConfig, Regional, StudioLifecycleConfig } from '../inventory/types.js';
import { finding, itemFindings, pushResult, regionFindings, type ItemResult } from './findings.js';
import { findSecrets, secretKindsInText } from './secrets.js';

/** One script of a lifecycle configuration, as the API returns it (base64). */
export interface LifecycleScript {
  /** Where it runs, e.g. "OnStart" or "StudioLifecycleConfigContent". */
  hook: string;
  content: string | undefined;
}

/** The scripts of a notebook instance lifecycle configuration: OnCreate and OnStart (each holds at most one script). */
export function notebookLifecycleScripts(cfg: NotebookLifecycleConfig): LifecycleScript[] {
  const hooks: [string, { Content?: string }[] | undefined][] = [
    ['OnCreate', cfg.OnCreate],
    ['OnStart', cfg.OnStart],
  ];
  return hooks.flatMap(([hook, list = []]) => list.map((h, i) => ({ hook: list.length > 1 ? `${hook}[${i}]` : hook, content: h.Content })));
}

/** The script of a Studio lifecycle configuration (one script, required by the API; missing content is reported). */
export function studioLifecycleScripts(cfg: StudioLifecycleConfig): LifecycleScript[] {
  return [{ hook: 'StudioLifecycleConfigContent', content: cfg.StudioLifecycleConfigContent }];
}

/** Decodes a base64 lifecycle script (UTF-8); undefined when the content is not base64. */
export function decodeScript(content: string): string | undefined {
  const compact = content.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length % 4 === 1) return undefined;
  try {
    const binary = atob(compact);
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** A shell line, with continuation lines ("\" at the end) joined; `line` is its first physical line (1-based). */
interface LogicalLine {
  line: number;
  text: string;
}

function logicalLines(text: string): LogicalLine[] {
  const physical = text.split('\n').map((l) => l.replace(/\r$/, ''));
  const out: LogicalLine[] = [];
  for (let i = 0; i < physical.length; i++) {
    const start = i;
    let joined = physical[i]!;
    while (joined.endsWith('\\') && i + 1 < physical.length) joined = `${joined.slice(0, -1)} ${physical[++i]!}`;
    out.push({ line: start + 1, text: joined });
  }
  return out;
}

/** A risky construct in a script: an id, what it means, and how to recognise it on one (logical) line. */
export interface RiskyPattern {
  id: string;
  description: string;
  test: (line: string) => boolean;
}

const SHELL = String.raw`(?:sudo\s+(?:-\S+\s+)*)?(?:env\s+(?:\S+=\S*\s+)*)?(?:ba|z|k|da|fi)?sh|python[0-9.]*|perl|ruby`;
const FETCH = String.raw`\b(?:curl|wget)\b`;
const PACKAGE_TOOL = /\b(?:pip[0-9.]*|conda|mamba|micromamba|uv|poetry|easy_install)\b/i;
const IDLE_FEATURE = /auto[-_]?stop|auto[-_]?shutdown|idle[-_ ]?(?:shutdown|checker|culler|culling)/i;
const DISABLING = /\b(?:disable|uninstall|remove|rm|kill|pkill|killall|mask)\b|systemctl\s+(?:stop|disable|mask)\b|crontab\s+-r\b/i;

/** The patterns `riskyCommands` reports. Comment lines are not evaluated. */
export const RISKY_PATTERNS: readonly RiskyPattern[] = [
  {
    id: 'remote-script-piped-to-shell',
    description: 'a script downloaded with curl/wget is run by a shell or interpreter without being verified',
    test: (l) =>
      new RegExp(`${FETCH}[^|;&]*\\|\\s*(?:${SHELL})\\b`, 'i').test(l) ||
      new RegExp(`(?:\\b(?:ba|z|k)?sh|\\bsource|\\.)\\s+<\\(\\s*(?:curl|wget)\\b`, 'i').test(l) ||
      new RegExp(`(?:\\b(?:ba|z|k)?sh\\s+-c|\\beval)\\s+["']?\\$\\(\\s*(?:curl|wget)\\b`, 'i').test(l),
  },
  {
    id: 'plain-http-package-index',
    description: 'packages are installed from a plain-HTTP index, channel or URL, which anyone on the path can tamper with',
    test: (l) =>
      (PACKAGE_TOOL.test(l) &&
        /(?:--index-url|--extra-index-url|--find-links|--channel|\s-[icf]|index[-_]url|channel_alias|channels?)\s*[= ]?\s*["']?http:\/\//i.test(l)) ||
      /\b(?:pip[0-9.]*|conda|mamba|micromamba)\s+install\b.*\s["']?http:\/\//i.test(l) ||
      /\bPIP_(?:EXTRA_)?INDEX_URL\s*=\s*["']?http:\/\//i.test(l),
  },
  {
    id: 'pip-trusted-host',
    description: 'pip is told to trust a host (--trusted-host), which turns off TLS verification for that index',
    test: (l) => /--trusted-host\b|\btrusted[-_]host\s*[= ]|\bPIP_TRUSTED_HOST\s*=/i.test(l),
  },
  {
    id: 'world-writable-permissions',
    description: 'files are made world-writable (chmod 777 or similar), so any process or user on the instance can change them',
    test: (l) => /\bchmod\s+(?:-\S+\s+)*(?:0?[0-7]?[0-7][0-7][2367]\b|[ugoa]*[ao][ugoa]*[+=][rwxXst]*w)/.test(l),
  },
  {
    id: 'tls-verification-disabled',
    description: 'TLS certificate verification is turned off, so downloads and API calls can be intercepted',
    test: (l) =>
      /\bcurl\b.*\s(?:-[a-zA-Z]*k[a-zA-Z]*|--insecure)\b/.test(l) ||
      /\bwget\b.*--no-check-certificate\b/.test(l) ||
      /http\.sslVerify\s*[= ]\s*["']?false\b/i.test(l) ||
      /\bGIT_SSL_NO_VERIFY\s*=\s*["']?(?:1|true)\b/i.test(l) ||
      /\bPYTHONHTTPSVERIFY\s*=\s*["']?0\b/.test(l) ||
      /\bNODE_TLS_REJECT_UNAUTHORIZED\s*=\s*["']?0\b/.test(l) ||
      /\bssl_verify\s*[= ]\s*["']?(?:false|no|0)\b/i.test(l) ||
      /\bstrict-ssl\s*[= ]\s*["']?false\b/i.test(l) ||
      /--no-verify-ssl\b/.test(l) ||
      /\bverify\s*=\s*False\b/.test(l),
  },
  {
    id: 'sudo-nopasswd-all',
    description: 'a sudo rule grants every command without a password (NOPASSWD: ALL), giving notebook users root',
    test: (l) => /NOPASSWD\s*:\s*ALL\b/i.test(l),
  },
  {
    id: 'idle-shutdown-disabled',
    description: 'the auto-stop / idle-shutdown mechanism is removed or disabled, so idle instances keep running with their credentials',
    test: (l) => (IDLE_FEATURE.test(l) && DISABLING.test(l)) || /\bcull_idle_timeout\s*=\s*0\b/.test(l),
  },
];

/** A risky construct found in a script. */
export interface RiskyHit {
  pattern: string;
  description: string;
  line: number;
}

/** The risky constructs in a (decoded) script, by line; comment lines are skipped. */
export function riskyCommands(text: string): RiskyHit[] {
  const hits: RiskyHit[] = [];
  for (const { line, text: l } of logicalLines(text)) {
    if (/^\s*#/.test(l)) continue;
    for (const p of RISKY_PATTERNS) if (p.test(l)) hits.push({ pattern: p.id, description: p.description, line });
  }
  return hits;
}

/** A secret found in a script: its kind, the line (when it sits on one) and the variable (for assignments). */
export interface ScriptSecretHit {
  kind: string;
  line?: number;
  key?: string;
}

const ASSIGNMENT = /^\s*(?:export\s+|declare\s+(?:-\S+\s+)*|local\s+)?([A-Za-z_][A-Za-z0-9_]*)=(.*)$/;

function unquote(v: string): string {
  const t = v.trim();
  const m = /^"(.*)"$|^'(.*)'$/.exec(t);
  return m ? (m[1] ?? m[2] ?? '') : t.split(/\s+#/)[0]!.trim();
}

/** Secrets in a (decoded) script, by line, comments included (a secret in a comment is still disclosed). */
export async function scriptSecrets(text: string): Promise<ScriptSecretHit[]> {
  const hits: ScriptSecretHit[] = [];
  const seen = new Set<string>();
  const add = (h: ScriptSecretHit) => {
    const k = `${h.kind}|${h.line ?? ''}`;
    if (!seen.has(k)) {
      seen.add(k);
      hits.push(h);
    }
  };
  const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
  // Every line, assignment and the whole text are asked for at once, so that they are linted in one batch.
  const [perLine, whole] = await Promise.all([
    Promise.all(
      lines.map(async (l) => {
        if (l.trim() === '') return { kinds: [], assigned: [] };
        const m = ASSIGNMENT.exec(l);
        const value = m ? unquote(m[2]!) : '';
        // A value taken from another variable, a command or a secret store is a reference, not a literal.
        const literal = m !== null && value !== '' && !/^[$`]/.test(value);
        const [kinds, assigned] = await Promise.all([secretKindsInText(l), literal ? findSecrets({ [m[1]!]: value }) : []]);
        return { kinds, assigned };
      }),
    ),
    secretKindsInText(text),
  ]);
  perLine.forEach(({ kinds, assigned }, i) => {
    for (const kind of kinds) add({ kind, line: i + 1 });
    for (const h of assigned) add({ kind: h.kind, line: i + 1, key: h.key });
  });
  // Secrets that span lines (found only in the whole text) are reported without a line.
  const onLines = new Set(hits.map((h) => h.kind));
  for (const kind of whole) if (!onLines.has(kind)) add({ kind });
  return hits;
}

/** Decodes every script of a lifecycle configuration; lists the hooks whose content is missing or not base64. */
function decodeAll(scripts: LifecycleScript[]): { decoded: { hook: string; text: string }[]; unreadable: string[] } {
  const decoded: { hook: string; text: string }[] = [];
  const unreadable: string[] = [];
  for (const s of scripts) {
    const text = s.content === undefined ? undefined : decodeScript(s.content);
    if (text === undefined) unreadable.push(s.hook);
    else decoded.push({ hook: s.hook, text });
  }
  return { decoded, unreadable };
}

const noScripts = (resource: ResourceRef, noun: string): FindingDraft =>
  finding('pass', resource, `${noun} ${resource.name} has no scripts`, { scripts: [] });

/** The finding for one lifecycle configuration's scripts against the risky-command patterns. */
export function lifecycleRiskFinding(resource: ResourceRef, noun: string, scripts: LifecycleScript[]): FindingDraft {
  if (scripts.length === 0) return noScripts(resource, noun);
  const { decoded, unreadable } = decodeAll(scripts);
  const found = decoded.flatMap((s) => riskyCommands(s.text).map((h) => ({ ...h, hook: s.hook })));
  const evidence: Evidence = {
    scripts: scripts.map((s) => s.hook),
    matches: found.map((h) => `${h.hook} line ${h.line}: ${h.pattern}`),
    unreadableScripts: unreadable,
  };
  const notRead = unreadable.length > 0 ? `; script(s) ${unreadable.join(', ')} could not be decoded (missing or not base64) and were not scanned` : '';
  if (found.length > 0) {
    const list = found.map((h) => `${h.hook} line ${h.line}: ${h.pattern} (${h.description})`).join('; ');
    return finding('fail', resource, `${noun} ${resource.name} runs risky commands: ${list}${notRead}`, evidence);
  }
  if (unreadable.length > 0) {
    return finding('error', resource, `Could not scan ${noun} ${resource.name}: script(s) ${unreadable.join(', ')} are missing or not base64`, evidence);
  }
  return finding('pass', resource, `${noun} ${resource.name} runs none of the risky commands smsec recognises (${scripts.map((s) => s.hook).join(', ')})`, evidence);
}

/** The finding for one lifecycle configuration's scripts against secret patterns (kinds and lines, never values). */
export async function lifecycleSecretFinding(resource: ResourceRef, noun: string, scripts: LifecycleScript[]): Promise<FindingDraft> {
  if (scripts.length === 0) return noScripts(resource, noun);
  const { decoded, unreadable } = decodeAll(scripts);
  const found: (ScriptSecretHit & { hook: string })[] = [];
  for (const s of decoded) for (const h of await scriptSecrets(s.text)) found.push({ ...h, hook: s.hook });
  const where = (h: ScriptSecretHit & { hook: string }) =>
    `${h.hook}${h.line !== undefined ? ` line ${h.line}` : ''}${h.key ? ` (${h.key})` : ''}: ${h.kind}`;
  const evidence: Evidence = { scripts: scripts.map((s) => s.hook), secrets: found.map(where), unreadableScripts: unreadable };
  const notRead = unreadable.length > 0 ? `; script(s) ${unreadable.join(', ')} could not be decoded (missing or not base64) and were not scanned` : '';
  if (found.length > 0) {
    return finding('fail', resource, `${noun} ${resource.name} contains secrets: ${found.map(where).join('; ')}${notRead}`, evidence);
  }
  if (unreadable.length > 0) {
    return finding('error', resource, `Could not scan ${noun} ${resource.name}: script(s) ${unreadable.join(', ')} are missing or not base64`, evidence);
  }
  return finding('pass', resource, `${noun} ${resource.name} contains no secrets smsec recognises (${scripts.map((s) => s.hook).join(', ')})`, evidence);
}

/**
 * Items `eachItemAsync` evaluates at once. Together they make one round of secret-scanning batches; a wave at a time
 * bounds what is held while waiting (each item's promises and the texts queued for it), which for 40,000 training jobs
 * started at once was some 250 MB.
 */
export const ASYNC_WAVE = 1_000;

/**
 * `eachItem` for evaluations that are async (secret scanning): same error findings for unread lists and items, then
 * the listed items evaluated a wave of ASYNC_WAVE at a time, their findings in item order.
 */
export async function eachItemAsync<T>(
  regional: Regional<Item<T>[]>,
  account: AccountContext,
  resourceType: string,
  noun: string,
  evaluate: (data: T, resource: ResourceRef, item: Item<T>) => ItemResult | Promise<ItemResult>,
): Promise<FindingDraft[]> {
  const out = regionFindings(regional, account, resourceType, noun);
  const items = account.regions.flatMap((region) => {
    const list = regional[region];
    return list?.ok ? list.value : [];
  });
  for (let start = 0; start < items.length; start += ASYNC_WAVE) {
    const wave = await Promise.all(items.slice(start, start + ASYNC_WAVE).map((item) => itemFindings(item, resourceType, noun, evaluate)));
    for (const r of wave) pushResult(out, r);
  }
  return out;
}

/** Query parameter names that carry credentials (token=…, private_token=…, api_key=…). */
const QUERY_CREDENTIAL = /^(?:.*[_-])?(?:token|access[_-]?token|private[_-]?token|password|passwd|secret|api[_-]?key|key|auth)$/i;

/** What in a repository URL looks like a credential: kinds only, never the value. */
export async function urlCredentialKinds(url: string): Promise<string[]> {
  const kinds = new Set<string>(await secretKindsInText(url));
  const userinfo = /^[a-z][a-z0-9+.-]*:\/\/([^/?#\s]*)@/i.exec(url)?.[1];
  if (userinfo !== undefined) {
    const [user = '', ...rest] = userinfo.split(':');
    const password = rest.join(':');
    if (password !== '') kinds.add('password or token in the URL user information');
    // A long opaque user name is how Git providers take tokens (https://<token>@host/…); a plain user name is not a credential.
    else if (user.length >= 20 && /^[A-Za-z0-9_.~%-]+$/.test(user)) kinds.add('token as the URL user name');
    let decoded = user;
    try {
      decoded = decodeURIComponent(user);
    } catch {
      // keep the raw user name when it is not valid percent-encoding
    }
    for (const k of await secretKindsInText(decoded)) kinds.add(k);
  }
  const query = /\?([^#]*)/.exec(url)?.[1] ?? '';
  for (const pair of query.split('&')) {
    const [k = '', v = ''] = pair.split('=');
    if (v !== '' && QUERY_CREDENTIAL.test(k)) kinds.add(`credential in query parameter "${k}"`);
  }
  return [...kinds].sort();
}
