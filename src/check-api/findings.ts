/** Helpers that turn inventory entries into findings, so every check handles unread data the same way. */
import type { CollectionError, Collected, Evidence, FindingDraft, ResourceRef, Status } from '../model.js';
import type { AccountContext, Item, Regional } from '../inventory/types.js';

/** ARN service and resource prefix per resource type, for naming "every X in a region" when a list failed. */
const ARN_SHAPES: Record<string, [service: string, resource: string]> = {
  'AWS::SageMaker::NotebookInstance': ['sagemaker', 'notebook-instance'],
  'AWS::SageMaker::Endpoint': ['sagemaker', 'endpoint'],
  'AWS::SageMaker::EndpointConfig': ['sagemaker', 'endpoint-config'],
  'AWS::SageMaker::Model': ['sagemaker', 'model'],
  'AWS::SageMaker::TrainingJob': ['sagemaker', 'training-job'],
  // jobs
  'AWS::SageMaker::ProcessingJob': ['sagemaker', 'processing-job'],
  'AWS::SageMaker::TransformJob': ['sagemaker', 'transform-job'],
  'AWS::SageMaker::HyperParameterTuningJob': ['sagemaker', 'hyper-parameter-tuning-job'],
  'AWS::SageMaker::AutoMLJob': ['sagemaker', 'automl-job'],
  'AWS::SageMaker::CompilationJob': ['sagemaker', 'compilation-job'],
  // notebooks-studio-models
  'AWS::SageMaker::NotebookInstanceLifecycleConfig': ['sagemaker', 'notebook-instance-lifecycle-config'],
  'AWS::SageMaker::CodeRepository': ['sagemaker', 'code-repository'],
  'AWS::SageMaker::Domain': ['sagemaker', 'domain'],
  'AWS::SageMaker::UserProfile': ['sagemaker', 'user-profile'],
  'AWS::SageMaker::Space': ['sagemaker', 'space'],
  'AWS::SageMaker::StudioLifecycleConfig': ['sagemaker', 'studio-lifecycle-config'],
  // network-s3-kms
  'AWS::EC2::Subnet': ['ec2', 'subnet'],
  'AWS::EC2::VPC': ['ec2', 'vpc'],
  'AWS::EC2::SecurityGroup': ['ec2', 'security-group'],
  'AWS::EC2::VPCEndpoint': ['ec2', 'vpc-endpoint'],
  'AWS::KMS::Key': ['kms', 'key'],
  // endpoints-monitoring-featurestore-registry
  'AWS::SageMaker::MonitoringSchedule': ['sagemaker', 'monitoring-schedule'],
  'AWS::SageMaker::DataQualityJobDefinition': ['sagemaker', 'data-quality-job-definition'],
  'AWS::SageMaker::ModelQualityJobDefinition': ['sagemaker', 'model-quality-job-definition'],
  'AWS::SageMaker::ModelBiasJobDefinition': ['sagemaker', 'model-bias-job-definition'],
  'AWS::SageMaker::ModelExplainabilityJobDefinition': ['sagemaker', 'model-explainability-job-definition'],
  'AWS::SageMaker::FeatureGroup': ['sagemaker', 'feature-group'],
  'AWS::SageMaker::ModelPackageGroup': ['sagemaker', 'model-package-group'],
  'AWS::SageMaker::ModelPackage': ['sagemaker', 'model-package'],
  'AWS::SageMaker::FlowDefinition': ['sagemaker', 'flow-definition'],
  'AWS::SageMaker::Cluster': ['sagemaker', 'cluster'],
  'AWS::S3::Bucket': ['s3', ''],
  'AWS::CloudTrail::Trail': ['cloudtrail', 'trail'],
  'AWS::GuardDuty::Detector': ['guardduty', 'detector'],
};

/** The ARN standing for every resource of a type in a region (e.g. when listing them failed). */
export function wildcardArn(resourceType: string, account: AccountContext, region: string): string {
  const shape = ARN_SHAPES[resourceType];
  if (!shape) throw new Error(`smsec bug: no ARN shape for ${resourceType}`);
  const [service, prefix] = shape;
  if (service === 's3') return `arn:${account.partition}:s3:::*`;
  return `arn:${account.partition}:${service}:${region}:${account.accountId}:${prefix}/*`;
}

/** A one-line description of why data is missing. */
export function describeError(e: CollectionError): string {
  return `${e.code}${e.operation ? ` on ${e.operation}` : ''}: ${e.message}`;
}

export function finding(status: Status, resource: ResourceRef, message: string, evidence: Evidence = {}): FindingDraft {
  return { status, resource, message, evidence };
}

/** The `error` finding for a resource whose data could not be read. Never a pass. */
export function unreadable(resource: ResourceRef, what: string, e: CollectionError): FindingDraft {
  return finding('error', resource, `Could not read ${what}: ${describeError(e)}`, { errorCode: e.code, operation: e.operation ?? null });
}

/** What item evaluations return: no finding, one, or several. */
export type ItemResult = FindingDraft | FindingDraft[] | undefined;

/**
 * The `error` findings of a regional inventory key as a whole: one for every audited region whose list call failed
 * or that was not collected (its resources are unknown, so nothing there may pass). Regions listed successfully
 * give nothing here: their items are evaluated one by one (`itemFindings`).
 */
export function regionFindings(regional: Regional<unknown>, account: AccountContext, resourceType: string, noun: string): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const region of account.regions) {
    const list = regional[region];
    if (list?.ok) continue;
    const resource: ResourceRef = { arn: wildcardArn(resourceType, account, region), type: resourceType, region, name: `all ${noun}s in ${region}` };
    out.push(
      list
        ? unreadable(resource, `the ${noun}s in ${region}`, list.error)
        : finding('error', resource, `The ${noun}s in ${region} were not collected`, { errorCode: 'NotCollected' }),
    );
  }
  return out;
}

/** The resource a listed item is about. */
export function itemResource(item: Item<unknown>, resourceType: string): ResourceRef {
  return { arn: item.arn, type: resourceType, region: item.region, name: item.name };
}

/**
 * One listed item: the `error` finding when its describe call failed, else what `evaluate` says about its data (it
 * only ever sees data that was read). `resource` may be given to share one object between several checks' findings.
 */
export function itemFindings<T, R extends ItemResult | Promise<ItemResult>>(
  item: Item<T>,
  resourceType: string,
  noun: string,
  evaluate: (data: T, resource: ResourceRef, item: Item<T>) => R,
  resource: ResourceRef = itemResource(item, resourceType),
): R | FindingDraft {
  return item.data.ok ? evaluate(item.data.value, resource, item) : unreadable(resource, `${noun} ${item.name}`, item.data.error);
}

/** Appends an item's result to `out`. */
export function pushResult(out: FindingDraft[], r: ItemResult): void {
  if (r === undefined) return;
  if (Array.isArray(r)) for (const d of r) out.push(d);
  else out.push(r);
}

/**
 * Evaluates every described item of a regional inventory key. A region whose list call failed or was not
 * collected yields one `error` finding for all resources of the type there; an item whose describe call failed
 * yields an `error` finding for that item. `evaluate` only sees data that was read.
 */
export function eachItem<T>(
  regional: Regional<Item<T>[]>,
  account: AccountContext,
  resourceType: string,
  noun: string,
  evaluate: (data: T, resource: ResourceRef, item: Item<T>) => ItemResult,
): FindingDraft[] {
  const out = regionFindings(regional, account, resourceType, noun);
  for (const region of account.regions) {
    const list = regional[region];
    if (!list?.ok) continue;
    for (const item of list.value) pushResult(out, itemFindings(item, resourceType, noun, evaluate));
  }
  return out;
}

/**
 * Looks resources up by region and name (for joins such as endpoint → config → model): ok(item), ok(undefined)
 * when the region's list was read and holds no such name, or the error that prevented listing the region.
 * SageMaker names are unique regardless of case (CreateEndpoint reference), so an exact match is tried first,
 * then a case-insensitive one.
 */
export function indexByName<T>(regional: Regional<Item<T>[]>): (region: string, name: string) => Collected<Item<T> | undefined> {
  const exact = new Map<string, Map<string, Item<T>>>();
  const folded = new Map<string, Map<string, Item<T>>>();
  for (const [region, list] of Object.entries(regional)) {
    if (!list.ok) continue;
    exact.set(region, new Map(list.value.map((i) => [i.name, i])));
    folded.set(region, new Map(list.value.map((i) => [i.name.toLowerCase(), i])));
  }
  return (region, name) => {
    const list = Object.prototype.hasOwnProperty.call(regional, region) ? regional[region] : undefined;
    if (!list) return { ok: false, error: { code: 'NotCollected', message: `resources in ${region} were not collected` } };
    if (!list.ok) return list;
    return { ok: true, value: exact.get(region)?.get(name) ?? folded.get(region)?.get(name.toLowerCase()) };
  };
}
