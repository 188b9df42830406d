/**
 * Endpoint joins shared by endpoint checks: which endpoints serve traffic, the endpoint config an endpoint runs,
 * and whether it captures inference data. A link that cannot be read or no longer exists is reported, never skipped.
 */
import type { AccountContext, Endpoint, EndpointConfig, Item, Regional } from '../inventory/types.js';
import type { Collected, CollectionError, FindingDraft, ResourceRef } from '../model.js';
import { describeError, eachItem, finding, indexByName } from './findings.js';

/**
 * Endpoint statuses in which an endpoint serves traffic with the configuration DescribeEndpoint names: InService, and
 * the states of an update or rollback, during which the endpoint keeps serving (UpdateRollbackFailed leaves it "in
 * service with a mix of the old and new endpoint configurations", API reference). Creating, Deleting, Failed and
 * OutOfService endpoints serve nothing.
 */
export const SERVING_ENDPOINT_STATUSES: readonly string[] = ['InService', 'Updating', 'SystemUpdating', 'RollingBack', 'UpdateRollbackFailed'];

/** True when the endpoint serves traffic (see SERVING_ENDPOINT_STATUSES). */
export function endpointServes(ep: Endpoint): boolean {
  return ep.EndpointStatus !== undefined && SERVING_ENDPOINT_STATUSES.includes(ep.EndpointStatus);
}

/** `not_applicable` for an endpoint that serves no traffic (only the configuration it serves matters); undefined otherwise. */
export function endpointNotServing(ep: Endpoint, resource: ResourceRef): FindingDraft | undefined {
  if (endpointServes(ep)) return undefined;
  const status = ep.EndpointStatus ? `status ${ep.EndpointStatus}` : 'no status reported';
  return finding('not_applicable', resource, `Endpoint ${resource.name} serves no traffic (${status}): only serving endpoints (${SERVING_ENDPOINT_STATUSES.join(', ')}) are evaluated`, {
    EndpointStatus: ep.EndpointStatus ?? null,
  });
}

/** An endpoint's config as endpointConfigOf finds it: read, or why not. */
export type EndpointConfigLookup = { ok: true; name: string; config: EndpointConfig } | { ok: false; reason: string; error?: CollectionError };

/** The endpoint config an endpoint runs, or why it cannot be read (`error` carries the AWS error when there was one). */
export function endpointConfigOf(
  ep: Endpoint,
  item: Item<Endpoint>,
  lookup: (region: string, name: string) => Collected<Item<EndpointConfig> | undefined>,
): EndpointConfigLookup {
  const name = ep.EndpointConfigName;
  if (!name) return { ok: false, reason: 'the endpoint reports no endpoint config' };
  const ref = lookup(item.region, name);
  if (!ref.ok) return { ok: false, reason: `the endpoint configs in ${item.region} could not be listed (${describeError(ref.error)})`, error: ref.error };
  if (!ref.value) return { ok: false, reason: `its endpoint config ${name} no longer exists in ${item.region} (deleted while the endpoint still uses it)` };
  if (!ref.value.data.ok) return { ok: false, reason: `its endpoint config ${name} could not be read (${describeError(ref.value.data.error)})`, error: ref.value.data.error };
  return { ok: true, name, config: ref.value.data.value };
}

/**
 * Evaluates every endpoint that serves traffic, with the endpoint config it runs (endpointConfigOf, read or not).
 * Unread endpoints and regions get eachItem's `error`, endpoints that serve nothing endpointNotServing's `not_applicable`.
 */
export function eachServingEndpoint(
  endpoints: Regional<Item<Endpoint>[]>,
  endpointConfigs: Regional<Item<EndpointConfig>[]>,
  account: AccountContext,
  resourceType: string,
  evaluate: (ep: Endpoint, cfg: EndpointConfigLookup, resource: ResourceRef, item: Item<Endpoint>) => FindingDraft,
): FindingDraft[] {
  const configs = indexByName(endpointConfigs);
  return eachItem(endpoints, account, resourceType, 'endpoint', (ep, resource, item) => endpointNotServing(ep, resource) ?? evaluate(ep, endpointConfigOf(ep, item, configs), resource, item));
}

/** The `error` finding for an endpoint whose config cannot be read: "Could not tell whether endpoint <name> <question>: <why>". */
export function endpointConfigUnread(ep: Endpoint, resource: ResourceRef, question: string, cfg: { reason: string; error?: CollectionError }): FindingDraft {
  return finding('error', resource, `Could not tell whether endpoint ${resource.name} ${question}: ${cfg.reason}`, {
    EndpointConfigName: ep.EndpointConfigName ?? null,
    errorCode: cfg.error?.code ?? null,
  });
}

/** Whether an endpoint captures inference data, judged from its endpoint config and what the endpoint itself reports. */
export interface CaptureState {
  enabled: boolean;
  /** Why capture is off (empty when on). */
  reason: string;
  evidence: { EnableCapture: boolean | null; InitialSamplingPercentage: number | null; DestinationS3Uri: string | null; CaptureStatus: string | null };
}

/**
 * Data capture is on when the endpoint config has a DataCaptureConfig whose EnableCapture is not false (it defaults
 * to enabled, API_DataCaptureConfig) and samples more than 0% of requests, and the endpoint does not report capture
 * as disabled or stopped (DescribeEndpoint DataCaptureConfig.EnableCapture / CaptureStatus).
 */
export function captureState(cfg: EndpointConfig, ep: Endpoint): CaptureState {
  const dc = cfg.DataCaptureConfig;
  const live = ep.DataCaptureConfig;
  const evidence = {
    EnableCapture: dc ? (dc.EnableCapture ?? null) : null,
    InitialSamplingPercentage: dc?.InitialSamplingPercentage ?? null,
    DestinationS3Uri: dc?.DestinationS3Uri ?? null,
    CaptureStatus: live?.CaptureStatus ?? null,
  };
  const off = (reason: string): CaptureState => ({ enabled: false, reason, evidence });
  if (!dc) return off('its endpoint config has no DataCaptureConfig');
  if (dc.EnableCapture === false) return off('DataCaptureConfig.EnableCapture is false');
  if (dc.InitialSamplingPercentage === 0) return off('DataCaptureConfig.InitialSamplingPercentage is 0, so no request is captured');
  if (live?.EnableCapture === false) return off('the endpoint reports data capture disabled');
  if (live?.CaptureStatus === 'Stopped') return off('the endpoint reports data capture stopped (CaptureStatus Stopped)');
  return { enabled: true, reason: '', evidence };
}
