/**
 * Endpoint joins shared by endpoint checks: which endpoints serve traffic, the endpoint config an endpoint runs,
 * and whether it captures inference data. A link that cannot be read or no longer exists is reported, never skipped.
 */
import type { Endpoint, EndpointConfig, Item } from '../inventory/types.js';
import type { Collected, CollectionError, FindingDraft, ResourceRef } from '../model.js';
import { describeError, finding } from './findings.js';

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

/** The endpoint config an endpoint runs, or why it cannot be read (`error` carries the AWS error when there was one). */
export function endpointConfigOf(
  ep: Endpoint,
  item: Item<Endpoint>,
  lookup: (region: string, name: string) => Collected<Item<EndpointConfig> | undefined>,
): { ok: true; name: string; config: EndpointConfig } | { ok: false; reason: string; error?: CollectionError } {
  const name = ep.EndpointConfigName;
  if (!name) return { ok: false, reason: 'the endpoint reports no endpoint config' };
  const ref = lookup(item.region, name);
  if (!ref.ok) return { ok: false, reason: `the endpoint configs in ${item.region} could not be listed (${describeError(ref.error)})`, error: ref.error };
  if (!ref.value) return { ok: false, reason: `its endpoint config ${name} no longer exists in ${item.region} (deleted while the endpoint still uses it)` };
  if (!ref.value.data.ok) return { ok: false, reason: `its endpoint config ${name} could not be read (${describeError(ref.value.data.error)})`, error: ref.value.data.error };
  return { ok: true, name, config: ref.value.data.value };
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
