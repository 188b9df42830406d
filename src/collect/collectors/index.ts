/** One collector per inventory key. Adding a key to Inventory without a collector here fails to compile. */
import type { RequirementKey } from '../../inventory/types.js';
import type { Collector } from '../context.js';
import { collectBucketEncryption, collectBucketPolicy, collectBuckets, collectBucketVersioning } from './s3.js';
import { collectTrails } from './cloudtrail.js';
import { collectMlReferences } from './references.js';
import { collectGuardDutyDetectors } from './guardduty.js';
import {
  collectEndpointConfigs,
  collectEndpoints,
  collectModels,
  collectNotebookInstances,
  collectTrainingJobs,
} from './sagemaker.js';

export const COLLECTORS: { [K in RequirementKey]: Collector<K> } = {
  notebookInstances: collectNotebookInstances,
  endpoints: collectEndpoints,
  endpointConfigs: collectEndpointConfigs,
  models: collectModels,
  trainingJobs: collectTrainingJobs,
  buckets: collectBuckets,
  bucketVersioning: collectBucketVersioning,
  bucketEncryption: collectBucketEncryption,
  bucketPolicy: collectBucketPolicy,
  trails: collectTrails,
  guardDutyDetectors: collectGuardDutyDetectors,
  mlReferences: collectMlReferences,
};
