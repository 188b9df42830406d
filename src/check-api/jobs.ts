/**
 * What SageMaker job checks share (training, processing, transform, tuning, AutoML, compilation): where a job's
 * instances come from, KMS keys evaluated part by part ("both halves"), boolean job settings that default to false,
 * VPC attachment, and secrets in key/value settings. Each job check maps its own Describe fields onto these.
 */
import type { Evidence, FindingDraft, ResourceRef } from '../model.js';
import type { ProcessingJob, TrainingJob, TuningJob } from '../inventory/types.js';
import { finding } from './findings.js';
import { hasInstanceStorage } from './instance-storage.js';
import { findSecrets } from './secrets.js';

/** A configured string value (APIs sometimes return "" for "not set"). */
export function isSet(v: string | undefined | null): v is string {
  return typeof v === 'string' && v.trim() !== '';
}

/** S3 directory buckets (S3 Express One Zone) are named "<base>--<zone-id>--x-s3"; OutputDataConfig takes no KMS key for them (OutputDataConfig reference). */
export function isDirectoryBucketUri(uri: string | undefined): boolean {
  return /^s3:\/\/[^/]+--x-s3(\/|$)/.test(uri ?? '');
}

/* ------------------------------------------------------------------ compute */

/** The instances a job runs on: the types its volumes may attach to, and the most instances it runs at once. */
export interface Compute {
  /** Empty when the job reports no instance type. */
  types: string[];
  /** undefined when the job does not report a count. */
  instances: number | undefined;
}

type TrainingResources = NonNullable<TrainingJob['ResourceConfig']>;
type ProcessingCluster = NonNullable<NonNullable<ProcessingJob['ProcessingResources']>['ClusterConfig']>;
/** One training job definition of a tuning job (TrainingJobDefinition or an entry of TrainingJobDefinitions). */
export type TuningDefinition = NonNullable<TuningJob['TrainingJobDefinition']>;

const typesOf = (list: { InstanceType?: string }[] | undefined): string[] => (list ?? []).map((x) => x.InstanceType ?? '');

/** Sum (or max) of counts; undefined as soon as one count is unknown. */
function combine(counts: (number | undefined)[], how: 'sum' | 'max'): number | undefined {
  if (counts.length === 0 || counts.some((c) => typeof c !== 'number')) return undefined;
  const n = counts as number[];
  return how === 'sum' ? n.reduce((a, b) => a + b, 0) : Math.max(...n);
}

/** ResourceConfig of a training job or tuning definition: heterogeneous groups, one type, or instance preferences. */
export function trainingCompute(rc: TrainingResources | undefined): Compute {
  if (rc?.InstanceGroups?.length) {
    // Heterogeneous cluster: every group runs at the same time.
    return { types: typesOf(rc.InstanceGroups), instances: combine(rc.InstanceGroups.map((g) => g.InstanceCount), 'sum') };
  }
  const single = rc?.InstanceType ?? rc?.SelectedInstanceType;
  const prefs = rc?.InstancePreferences ?? [];
  // Before SageMaker selects a type from InstancePreferences, any of them may run the job.
  const types = single ? [single] : typesOf(prefs);
  const prefCount = prefs.length > 0 ? combine(prefs.map((p) => p.InstanceCount ?? rc?.InstanceCount), 'max') : undefined;
  return { types, instances: rc?.SelectedInstanceCount ?? rc?.InstanceCount ?? prefCount };
}

/** ProcessingResources.ClusterConfig; InstanceCount defaults to 1 (ProcessingClusterConfig reference). */
export function processingCompute(cc: ProcessingCluster | undefined): Compute {
  const single = cc?.InstanceType ?? cc?.SelectedInstanceType;
  const prefs = cc?.InstancePreferences ?? [];
  const types = single ? [single] : typesOf(prefs);
  if (typeof cc?.SelectedInstanceCount === 'number') return { types, instances: cc.SelectedInstanceCount };
  if (prefs.length > 0 && !single) return { types, instances: combine(prefs.map((p) => p.InstanceCount ?? cc?.InstanceCount ?? 1), 'max') };
  return { types, instances: cc?.InstanceCount ?? 1 };
}

/** A tuning definition's instances: ResourceConfig, or HyperParameterTuningResourceConfig (one type, or InstanceConfigs tried in turn). */
export function tuningCompute(def: TuningDefinition): Compute {
  const hp = def.HyperParameterTuningResourceConfig;
  if (!def.ResourceConfig && hp) {
    if (hp.InstanceConfigs?.length) return { types: typesOf(hp.InstanceConfigs), instances: combine(hp.InstanceConfigs.map((c) => c.InstanceCount), 'max') };
    return { types: hp.InstanceType ? [hp.InstanceType] : [], instances: hp.InstanceCount };
  }
  return trainingCompute(def.ResourceConfig);
}

/** The volume key the definition sets, wherever its resources are configured. */
export function tuningVolumeKey(def: TuningDefinition): string | undefined {
  return def.ResourceConfig?.VolumeKmsKeyId ?? def.HyperParameterTuningResourceConfig?.VolumeKmsKeyId;
}

/**
 * A tuning job's training job definitions (TrainingJobDefinition and TrainingJobDefinitions[]). `label` names the
 * definition in messages, and is unset when the job has only one (its settings then read as the job's own).
 */
export function tuningDefinitions(job: TuningJob): { label: string | undefined; definition: TuningDefinition }[] {
  const all = [
    ...(job.TrainingJobDefinition ? [{ name: job.TrainingJobDefinition.DefinitionName ?? 'TrainingJobDefinition', definition: job.TrainingJobDefinition }] : []),
    ...(job.TrainingJobDefinitions ?? []).map((d, i) => ({ name: d.DefinitionName ?? `TrainingJobDefinitions[${i}]`, definition: d })),
  ];
  return all.map((d) => ({ label: all.length > 1 ? d.name : undefined, definition: d.definition }));
}

/** The `error` finding for a tuning job that reports no training job definition: its settings cannot be verified. */
export function noDefinitionFinding(resource: ResourceRef, subject: string): FindingDraft {
  return finding('error', resource, `${subject} reports no training job definition (TrainingJobDefinition or TrainingJobDefinitions), so its settings cannot be verified`, {
    errorCode: 'NoTrainingJobDefinition',
  });
}

/* ------------------------------------------------------------------ KMS keys, part by part */

/** One place a job stores data (ML storage volume, S3 output …) and the key for it. */
export interface KeyPart {
  /** Short name for messages and evidence: "volume", "output". */
  name: string;
  /** The data, as in "its ML storage volume". */
  what: string;
  key: string | undefined;
  /** Why this part can take no key (local NVMe storage, no outputs …); unset when a key is required. */
  exemption?: string;
  /** What happens without a key, e.g. "ResourceConfig.VolumeKmsKeyId not set: …". */
  withoutKey: string;
}

/**
 * The ML storage volume part: no key is possible when every instance type has local NVMe storage (VolumeKmsKeyId
 * reference). `definition` labels the part for one training job definition of a tuning job.
 */
export function volumeKeyPart(field: string, key: string | undefined, types: string[], definition?: string): KeyPart {
  // No known instance type means the key is required: the exception is never assumed.
  const nvme = types.length > 0 && types.every((t) => hasInstanceStorage(t));
  const owner = definition === undefined ? 'its' : `definition ${definition}'s`;
  return {
    name: definition === undefined ? 'volume' : `${definition} volume`,
    what: `${owner} ML storage volume`,
    key,
    exemption: nvme ? `${owner} ML storage on local NVMe instance storage (${types.join(', ')}), hardware-encrypted and needing no key` : undefined,
    withoutKey: `${field} not set: SageMaker uses a transient key it manages`,
  };
}

/**
 * One finding for a job's keys: `fail` naming every part that needs a key and has none, `not_applicable` when no
 * part can take a key, otherwise `pass`. `evidence` gets `missingKeys` (part names) added.
 */
export function keyFinding(resource: ResourceRef, subject: string, parts: KeyPart[], evidence: Evidence = {}): FindingDraft {
  const required = parts.filter((p) => !p.exemption);
  const missing = required.filter((p) => !isSet(p.key));
  const ev: Evidence = { ...evidence, missingKeys: missing.map((p) => p.name) };
  if (required.length === 0) {
    return finding('not_applicable', resource, `${subject} can take no KMS key: ${parts.map((p) => p.exemption).join(', and ')}`, ev);
  }
  if (missing.length > 0) {
    const which =
      parts.length === 1
        ? `the ${parts[0]!.name}`
        : parts.length === 2 && missing.length === 2
          ? 'both halves'
          : parts.length === 2
            ? `the ${missing[0]!.name} half`
            : missing.map((p) => p.name).join(', ');
    return finding('fail', resource, `${subject} has no KMS key for ${which}: ${missing.map((p) => `${p.what} (${p.withoutKey})`).join(' and ')}`, ev);
  }
  const described = parts.map((p) => p.exemption ?? `${p.what} encrypted with KMS key ${p.key}`);
  return finding('pass', resource, `${subject} has ${described.join(', and ')}`, ev);
}

/* ------------------------------------------------------------------ boolean settings that default to false */

/** One value of a setting: the job's own, or one per training job definition of a tuning job. */
export interface FlagUnit {
  /** The definition it belongs to (tuning jobs); unset for the job's own setting. */
  definition?: string;
  value: boolean | undefined;
}

const describeFlag = (field: string, v: boolean | undefined) => (v === undefined ? `${field} not set (the default is false)` : `${field} is ${v}`);

/**
 * `pass` when the setting is true everywhere it applies, `fail` naming where it is false or missing (optional
 * booleans default to false in every SageMaker Create*Job reference). `what` names it: "network isolation".
 */
export function flagFinding(resource: ResourceRef, subject: string, field: string, what: string, units: FlagUnit[], evidence: Evidence = {}): FindingDraft {
  const off = units.filter((u) => u.value !== true);
  const ev: Evidence = units.length === 1 && units[0]!.definition === undefined
    ? { ...evidence, [field]: units[0]!.value ?? null, effective: units[0]!.value === true }
    : { ...evidence, definitions: units.map((u) => u.definition ?? ''), definitionsWithout: off.map((u) => u.definition ?? '') };
  if (off.length === 0) {
    const where = units.some((u) => u.definition !== undefined) ? ` in every training job definition (${units.map((u) => u.definition).join(', ')})` : '';
    return finding('pass', resource, `${subject} has ${what} enabled${where} (${field} is true)`, ev);
  }
  const detail = off.map((u) => (u.definition !== undefined ? `definition ${u.definition}: ${describeFlag(field, u.value)}` : describeFlag(field, u.value))).join('; ');
  return finding('fail', resource, `${subject} does not enable ${what}: ${detail}`, ev);
}

/** A unit of inter-container traffic encryption: the flag and how many instances exchange traffic. */
export interface TrafficUnit extends FlagUnit {
  instances: number | undefined;
}

/**
 * Inter-container traffic encryption matters only where instances talk to each other: units running on a single
 * instance are left out, and when all are, the finding is `not_applicable`. An unknown count counts as distributed.
 */
export function trafficEncryptionFinding(resource: ResourceRef, subject: string, field: string, units: TrafficUnit[], evidence: Evidence = {}): FindingDraft {
  const counts = units.map((u) => u.instances ?? null);
  const ev: Evidence = { ...evidence, instanceCount: units.length === 1 ? counts[0]! : counts.map(String) };
  const distributed = units.filter((u) => u.instances === undefined || u.instances >= 2);
  if (distributed.length === 0) {
    return finding(
      'not_applicable',
      resource,
      `${subject} runs on a single instance${units.length > 1 ? ' in every training job definition' : ''}, so no traffic passes between its containers (${field}: ${units.map((u) => u.value ?? 'not set').join(', ')})`,
      ev,
    );
  }
  const f = flagFinding(resource, subject, field, 'inter-container traffic encryption', distributed, ev);
  const unknown = distributed.some((u) => u.instances === undefined) ? ' (instance count not reported: treated as distributed)' : '';
  return { ...f, message: `${f.message}${unknown}` };
}

/* ------------------------------------------------------------------ VPC */

/** `pass` when the job's VpcConfig names subnets; otherwise `fail`. `field` is where the setting lives ("VpcConfig"). */
export function vpcFinding(
  resource: ResourceRef,
  subject: string,
  field: string,
  vpc: { Subnets?: string[]; SecurityGroupIds?: string[] } | undefined,
  evidence: Evidence = {},
): FindingDraft {
  const subnets = (vpc?.Subnets ?? []).filter(isSet);
  const groups = (vpc?.SecurityGroupIds ?? []).filter(isSet);
  const ev: Evidence = { ...evidence, Subnets: subnets, SecurityGroupIds: groups };
  if (subnets.length > 0) {
    return finding('pass', resource, `${subject} runs in VPC subnet(s) ${subnets.join(', ')} with security group(s) ${groups.join(', ') || 'none reported'}`, ev);
  }
  return finding(
    'fail',
    resource,
    `${subject} is not attached to a VPC (${field}${vpc ? ' has no subnets' : ' not set'}): its containers and data transfers use SageMaker's network, outside your security groups, VPC endpoint policies and flow logs`,
    ev,
  );
}

/* ------------------------------------------------------------------ secrets in key/value settings */

/** A map of settings to scan, labelled as in the API ("Environment", "HyperParameters" …). */
export interface SettingsSource {
  label: string;
  entries: Record<string, string | undefined> | undefined;
}

/** Hyperparameter values are often JSON-encoded strings ("\"value\""); scan what they stand for. */
function unquote(v: string | undefined): string | undefined {
  if (typeof v !== 'string' || !/^".*"$/s.test(v)) return v;
  try {
    const parsed: unknown = JSON.parse(v);
    return typeof parsed === 'string' ? parsed : v;
  } catch {
    return v;
  }
}

/** Container arguments as settings: "--name=value" and "--name value" pairs by name, other arguments by position. */
export function argumentEntries(args: string[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  const put = (k: string, v: string) => {
    let key = k;
    for (let n = 2; Object.hasOwn(out, key); n++) key = `${k} (${n})`;
    out[key] = v;
  };
  const list = args ?? [];
  for (let i = 0; i < list.length; i++) {
    const a = list[i]!;
    if (a.startsWith('-') && a.includes('=')) put(a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1));
    else if (a.startsWith('-') && i + 1 < list.length && !list[i + 1]!.startsWith('-')) put(a, list[++i]!);
    else put(a.startsWith('-') ? a : `argument ${i + 1}`, a.startsWith('-') ? '' : a);
  }
  return out;
}

/**
 * `fail` naming each setting that holds a secret and the kind of secret (never the value); `pass` otherwise.
 * Anyone allowed to describe the job reads these settings in plain text, for as long as the job's record exists.
 */
export async function secretsFinding(resource: ResourceRef, subject: string, sources: SettingsSource[], evidence: Evidence = {}): Promise<FindingDraft> {
  const found: string[] = [];
  let scanned = 0;
  for (const src of sources) {
    const entries = Object.fromEntries(Object.entries(src.entries ?? {}).map(([k, v]) => [k, unquote(v)]));
    scanned += Object.keys(entries).length;
    for (const hit of await findSecrets(entries)) found.push(`${src.label} ${hit.key}: ${hit.kind}`);
  }
  const labels = [...new Set(sources.map((s) => s.label))];
  const ev: Evidence = { ...evidence, scanned: labels, settingsScanned: scanned, secrets: found };
  if (found.length > 0) {
    return finding('fail', resource, `${subject} holds secrets in plain text, readable by anyone allowed to describe it: ${found.join('; ')}`, ev);
  }
  return finding('pass', resource, `${subject} holds no secret in its ${labels.join(', ')} (${scanned} setting(s) scanned)`, ev);
}
