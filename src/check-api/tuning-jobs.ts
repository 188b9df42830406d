/** For hyperparameter tuning job checks: a job's training job definitions, with the finding subject the checks share. */
import type { FindingDraft, ResourceRef } from '../model.js';
import type { TuningJob } from '../inventory/types.js';
import { noDefinitionFinding, tuningDefinitions } from './jobs.js';

/**
 * Runs `evaluate` on a tuning job's training job definitions (see tuningDefinitions) with the finding subject
 * "Hyperparameter tuning job <name>"; a job that reports no definition gets noDefinitionFinding instead.
 */
export function withTuningDefinitions<R>(
  job: TuningJob,
  resource: ResourceRef,
  evaluate: (definitions: ReturnType<typeof tuningDefinitions>, subject: string) => R,
): R | FindingDraft {
  const subject = `Hyperparameter tuning job ${resource.name}`;
  const definitions = tuningDefinitions(job);
  if (definitions.length === 0) return noDefinitionFinding(resource, subject);
  return evaluate(definitions, subject);
}
