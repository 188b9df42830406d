/**
 * Model Monitor for checks: every monitoring job that can run, judged once. A schedule runs either the job
 * definition it carries inline or the one it names (MonitoringJobDefinitionName + MonitoringType), which is resolved
 * here; a name that cannot be resolved is an `error`, never a pass. Job definitions no schedule uses are judged on
 * their own, since a schedule can start using them at any time.
 */
import type { AccountContext, Item, MonitoringJobDefinition, MonitoringSchedule, Regional } from '../inventory/types.js';
import type { Collected, FindingDraft, ResourceRef } from '../model.js';
import { fromInlineDefinition, isMonitoringKind, type MonitoringKind } from '../inventory/monitoring.js';
import { describeError, finding, unreadable, wildcardArn } from './findings.js';

export const MONITORING_SCHEDULE_TYPE = 'AWS::SageMaker::MonitoringSchedule';

const KIND_INFO: Record<MonitoringKind, { type: string; arnPart: string; noun: string }> = {
  DataQuality: { type: 'AWS::SageMaker::DataQualityJobDefinition', arnPart: 'data-quality-job-definition', noun: 'data quality' },
  ModelQuality: { type: 'AWS::SageMaker::ModelQualityJobDefinition', arnPart: 'model-quality-job-definition', noun: 'model quality' },
  ModelBias: { type: 'AWS::SageMaker::ModelBiasJobDefinition', arnPart: 'model-bias-job-definition', noun: 'model bias' },
  ModelExplainability: { type: 'AWS::SageMaker::ModelExplainabilityJobDefinition', arnPart: 'model-explainability-job-definition', noun: 'model explainability' },
};

/** The CloudFormation type of a job definition kind. */
export function monitoringDefinitionType(kind: MonitoringKind): string {
  return KIND_INFO[kind].type;
}

/** The kind of a job definition, from its ARN (…:model-bias-job-definition/name). */
export function monitoringKindOfArn(arn: string): MonitoringKind | undefined {
  return (Object.keys(KIND_INFO) as MonitoringKind[]).find((k) => arn.includes(`:${KIND_INFO[k].arnPart}/`));
}

/** The kind named by an error's operation (sagemaker:ListModelBiasJobDefinitions → ModelBias). */
function kindOfOperation(operation: string | undefined): MonitoringKind {
  return (Object.keys(KIND_INFO) as MonitoringKind[]).find((k) => operation?.includes(`${k}JobDefinition`)) ?? 'DataQuality';
}

/** How the job being judged was found, for messages and evidence. */
export interface MonitoringSubject {
  /** A sentence subject naming the resource, e.g. "Monitoring schedule s1 (model bias job definition d1)". */
  label: string;
  via: 'inline' | 'named' | 'standalone';
}

type Judge = (def: MonitoringJobDefinition, resource: ResourceRef, subject: MonitoringSubject) => FindingDraft;

/** What a schedule runs: its inline definition, the named one, or why that cannot be told. */
function resolve(
  schedule: MonitoringSchedule,
  item: Item<MonitoringSchedule>,
  definitions: Collected<Item<MonitoringJobDefinition>[]> | undefined,
): { ok: true; def: MonitoringJobDefinition; via: 'inline' | 'named'; arn?: string } | { ok: false; reason: string; evidence: Record<string, string | null>; arn?: string } {
  const cfg = schedule.MonitoringScheduleConfig;
  const rawKind = cfg?.MonitoringType ?? schedule.MonitoringType;
  const kind = isMonitoringKind(rawKind) ? rawKind : undefined;
  if (cfg?.MonitoringJobDefinition) {
    return { ok: true, via: 'inline', def: fromInlineDefinition(cfg.MonitoringJobDefinition, { name: item.name, arn: item.arn, kind }) };
  }
  const name = cfg?.MonitoringJobDefinitionName;
  const evidence = { MonitoringJobDefinitionName: name ?? null, MonitoringType: rawKind ?? null };
  if (!name) return { ok: false, reason: 'carries no job definition and names none', evidence };
  const what = `${kind ? KIND_INFO[kind].noun : 'monitoring'} job definition ${name}`;
  if (!definitions) return { ok: false, reason: `runs ${what}, but the monitoring job definitions of ${item.region} were not collected`, evidence };
  if (!definitions.ok) return { ok: false, reason: `runs ${what}, which could not be read: ${describeError(definitions.error)}`, evidence };
  const candidates = definitions.value.filter((d) => !kind || monitoringKindOfArn(d.arn) === kind || (d.data.ok && d.data.value.kind === kind));
  const found = candidates.filter((d) => d.name === name);
  const match = found.length > 0 ? found : candidates.filter((d) => d.name.toLowerCase() === name.toLowerCase());
  if (match.length === 0) return { ok: false, reason: `runs ${what}, which does not exist in ${item.region} (deleted while the schedule still uses it)`, evidence };
  if (match.length > 1) return { ok: false, reason: `names ${what} without a monitoring type, and several kinds of job definition have that name`, evidence };
  const def = match[0]!;
  if (!def.data.ok) return { ok: false, reason: `runs ${what}, which could not be read: ${describeError(def.data.error)}`, evidence, arn: def.arn };
  return { ok: true, via: 'named', def: def.data.value, arn: def.arn };
}

/**
 * Judges every monitoring job: each schedule by the job definition it runs, then each job definition no schedule
 * uses. Unreadable schedules, unresolvable definitions and failed lists become `error` findings.
 */
export function eachMonitoringJob(
  schedules: Regional<Item<MonitoringSchedule>[]>,
  definitions: Regional<Item<MonitoringJobDefinition>[]>,
  account: AccountContext,
  judge: Judge,
): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const region of account.regions) {
    const defs = Object.hasOwn(definitions, region) ? definitions[region] : undefined;
    const used = new Set<string>();
    const list = Object.hasOwn(schedules, region) ? schedules[region] : undefined;
    if (!list || !list.ok) {
      const resource: ResourceRef = { arn: wildcardArn(MONITORING_SCHEDULE_TYPE, account, region), type: MONITORING_SCHEDULE_TYPE, region, name: `all monitoring schedules in ${region}` };
      out.push(list ? unreadable(resource, `the monitoring schedules in ${region}`, list.error) : finding('error', resource, `The monitoring schedules in ${region} were not collected`, { errorCode: 'NotCollected' }));
    } else {
      for (const item of list.value) {
        const resource: ResourceRef = { arn: item.arn, type: MONITORING_SCHEDULE_TYPE, region: item.region, name: item.name };
        if (!item.data.ok) {
          out.push(unreadable(resource, `monitoring schedule ${item.name}`, item.data.error));
          continue;
        }
        const r = resolve(item.data.value, item, defs);
        // A definition a schedule runs is reported with the schedule, not again on its own.
        if (r.arn) used.add(r.arn);
        if (!r.ok) {
          out.push(finding('error', resource, `Monitoring schedule ${item.name} ${r.reason}, so the monitoring job it runs cannot be judged`, r.evidence));
          continue;
        }
        const kind = r.def.kind ? `${KIND_INFO[r.def.kind].noun} ` : '';
        const label = r.via === 'inline' ? `Monitoring schedule ${item.name} (inline ${kind}job definition)` : `Monitoring schedule ${item.name} (${kind}job definition ${r.def.name})`;
        out.push(judge(r.def, resource, { label, via: r.via }));
      }
    }
    if (!defs || !defs.ok) {
      const kind = defs ? kindOfOperation(defs.error.operation) : 'DataQuality';
      const type = KIND_INFO[kind].type;
      const resource: ResourceRef = { arn: wildcardArn(type, account, region), type, region, name: `all monitoring job definitions in ${region}` };
      out.push(defs ? unreadable(resource, `the monitoring job definitions in ${region}`, defs.error) : finding('error', resource, `The monitoring job definitions in ${region} were not collected`, { errorCode: 'NotCollected' }));
      continue;
    }
    for (const d of defs.value) {
      if (used.has(d.arn)) continue;
      const kind = (d.data.ok ? d.data.value.kind : undefined) ?? monitoringKindOfArn(d.arn) ?? 'DataQuality';
      const resource: ResourceRef = { arn: d.arn, type: KIND_INFO[kind].type, region: d.region, name: d.name };
      const noun = `${KIND_INFO[kind].noun} job definition`;
      if (!d.data.ok) {
        out.push(unreadable(resource, `${noun} ${d.name}`, d.data.error));
        continue;
      }
      const label = `${noun.charAt(0).toUpperCase()}${noun.slice(1)} ${d.name} (not used by any monitoring schedule)`;
      out.push(judge(d.data.value, resource, { label, via: 'standalone' }));
    }
  }
  return out;
}

/** Evidence every monitoring finding carries: which job definition was judged and how it was found. */
export function monitoringEvidence(def: MonitoringJobDefinition, subject: MonitoringSubject): Record<string, string | number | boolean | null> {
  return { jobDefinition: def.source === 'inline' ? null : def.name, kind: def.kind ?? null, via: subject.via, InstanceCount: def.instanceCount ?? null };
}
