/** One collector per inventory key. Adding a key to Inventory without a collector here fails to compile. */
import type { RequirementKey } from '../../inventory/types.js';
import type { Collector } from '../context.js';
import { collectBucketEncryption, collectBucketPolicy, collectBuckets, collectBucketVersioning } from './s3.js';
import { collectTrails } from './cloudtrail.js';
import { collectMlReferences } from './references.js';
import { collectGuardDutyDetectors } from './guardduty.js';
// network-s3-kms
import { collectFlowLogs, collectRouteTables, collectSagemakerSubnets, collectSecurityGroups, collectVpcEndpoints } from './network.js';
import { collectAccountPublicAccessBlock, collectBucketLogging, collectBucketPublicAccessBlock } from './s3-access.js';
import { collectKmsAccountKeys, collectKmsKeys } from './kms.js';
// iam-logging
import { collectIamAccountSummary, collectIamAuthorization, collectIamPasswordPolicy, collectIamUserSignIn } from './iam.js';
import { collectMacieSessions, collectTrailEventSelectors } from './logging.js';
import {
  collectEndpointConfigs,
  collectEndpoints,
  collectModels,
  collectNotebookInstances,
  collectTrainingJobs,
} from './sagemaker.js';
// jobs
import { collectAutoMLJobs, collectCompilationJobs, collectProcessingJobs, collectTransformJobs, collectTuningJobs } from './jobs.js';
// notebooks-studio-models
import {
  collectCodeRepositories,
  collectDomains,
  collectNotebookLifecycleConfigs,
  collectSpaces,
  collectStudioLifecycleConfigs,
  collectUserProfiles,
} from './notebooks-studio.js';
// endpoints-monitoring-featurestore-registry
import { collectMonitoringJobDefinitions, collectMonitoringSchedules } from './monitoring.js';
import { collectClusters, collectFeatureGroups, collectFlowDefinitions, collectModelPackageGroups, collectModelPackages } from './ml-governance.js';

export const COLLECTORS: { [K in RequirementKey]: Collector<K> } = {
  notebookInstances: collectNotebookInstances,
  endpoints: collectEndpoints,
  endpointConfigs: collectEndpointConfigs,
  models: collectModels,
  trainingJobs: collectTrainingJobs,
  // jobs
  processingJobs: collectProcessingJobs,
  transformJobs: collectTransformJobs,
  tuningJobs: collectTuningJobs,
  autoMLJobs: collectAutoMLJobs,
  compilationJobs: collectCompilationJobs,
  // notebooks-studio-models
  notebookLifecycleConfigs: collectNotebookLifecycleConfigs,
  codeRepositories: collectCodeRepositories,
  domains: collectDomains,
  userProfiles: collectUserProfiles,
  spaces: collectSpaces,
  studioLifecycleConfigs: collectStudioLifecycleConfigs,
  // endpoints-monitoring-featurestore-registry
  monitoringSchedules: collectMonitoringSchedules,
  monitoringJobDefinitions: collectMonitoringJobDefinitions,
  featureGroups: collectFeatureGroups,
  modelPackageGroups: collectModelPackageGroups,
  modelPackages: collectModelPackages,
  flowDefinitions: collectFlowDefinitions,
  clusters: collectClusters,
  buckets: collectBuckets,
  bucketVersioning: collectBucketVersioning,
  bucketEncryption: collectBucketEncryption,
  bucketPolicy: collectBucketPolicy,
  trails: collectTrails,
  guardDutyDetectors: collectGuardDutyDetectors,
  // iam-logging
  iamAuthorization: collectIamAuthorization,
  iamUserSignIn: collectIamUserSignIn,
  iamAccountSummary: collectIamAccountSummary,
  iamPasswordPolicy: collectIamPasswordPolicy,
  trailEventSelectors: collectTrailEventSelectors,
  macieSessions: collectMacieSessions,
  // network-s3-kms
  sagemakerSubnets: collectSagemakerSubnets,
  routeTables: collectRouteTables,
  vpcEndpoints: collectVpcEndpoints,
  securityGroups: collectSecurityGroups,
  flowLogs: collectFlowLogs,
  bucketPublicAccessBlock: collectBucketPublicAccessBlock,
  accountPublicAccessBlock: collectAccountPublicAccessBlock,
  bucketLogging: collectBucketLogging,
  kmsKeys: collectKmsKeys,
  kmsAccountKeys: collectKmsAccountKeys,
  mlReferences: collectMlReferences,
};
