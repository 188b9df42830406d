/**
 * Secret detection for values read from the account (job hyperparameters, container environments, lifecycle
 * scripts, repository URLs). Values are matched with secretlint's maintained recommended rules plus a few
 * smsec patterns for what those rules do not cover. Results name the key and the kind of secret, never the
 * value: callers must not copy the value anywhere.
 */
import { lintSource } from '@secretlint/core';
import { creator as recommended } from '@secretlint/secretlint-rule-preset-recommend';

export interface SecretHit {
  /** The variable, hyperparameter or line the secret was found in. */
  key: string;
  /** What kind of secret, e.g. "GitHub token", "AWS access key id", "credential-named variable". */
  kind: string;
}

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

/** Kinds of secret found in one text (deduplicated), without the text itself. */
export async function secretKindsInText(text: string): Promise<string[]> {
  const kinds = new Set<string>();
  if (text.trim() === '') return [];
  const result = await lintSource({
    source: { content: text, filePath: 'value.txt', ext: '.txt', contentType: 'text' },
    options: { config: SECRETLINT_CONFIG },
  });
  for (const m of result.messages) kinds.add(kindFromSecretlint(m.ruleId, m.messageId));
  for (const [kind, re] of EXTRA_PATTERNS) if (re.test(text)) kinds.add(kind);
  return [...kinds].sort();
}

/**
 * Secrets among key/value settings (environment variables, hyperparameters): by value content, and by a
 * credential-like name holding a literal value.
 */
export async function findSecrets(entries: Record<string, string | undefined> | undefined): Promise<SecretHit[]> {
  const hits: SecretHit[] = [];
  for (const [key, raw] of Object.entries(entries ?? {})) {
    const value = typeof raw === 'string' ? raw : String(raw ?? '');
    const kinds = await secretKindsInText(`${key}=${value}`);
    if (kinds.length === 0 && CREDENTIAL_NAME.test(key) && value.length >= 8 && !isReference(value)) {
      kinds.push('credential-named variable with a literal value');
    }
    for (const kind of kinds) hits.push({ key, kind });
  }
  return hits.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.kind < b.kind ? -1 : 1));
}
