import check from '../../../checks/sagemaker/sagemaker-feature-group-offline-store-kms.js';
import { testCheck } from '../../helpers/check-tester.js';
import { KEY } from '../../helpers/endpoints-monitoring.js';
import { regional, unreadableItem } from '../../helpers/inventory.js';
import { featureGroup } from '../../helpers/ml-governance.js';

testCheck(check, {
  pass: [
    {
      name: 'offline store with a KMS key',
      inventory: { featureGroups: regional([featureGroup('fg-a')]) },
      expect: [{ status: 'pass', resource: 'fg-a', message: 's3://feature-bucket/offline', evidence: { offlineStore: true, KmsKeyId: KEY } }],
    },
  ],
  fail: [
    {
      name: 'offline store without a key',
      inventory: { featureGroups: regional([featureGroup('fg-a', { OfflineStoreConfig: { S3StorageConfig: { S3Uri: 's3://feature-bucket/offline' } } })]) },
      expect: [{ status: 'fail', resource: 'fg-a', message: 'KmsKeyId not set', evidence: { KmsKeyId: null } }],
    },
    {
      name: 'the online store key does not count for the offline store',
      inventory: { featureGroups: regional([featureGroup('fg-a', { OfflineStoreConfig: { S3StorageConfig: { S3Uri: 's3://b/o', KmsKeyId: '' } } }, 'eu-west-1')]) },
      expect: [{ status: 'fail', resource: 'fg-a' }],
    },
  ],
  notApplicable: [
    {
      name: 'online-only feature group',
      inventory: { featureGroups: regional([featureGroup('fg-online', { OfflineStoreConfig: undefined })]) },
      expect: [{ status: 'not_applicable', resource: 'fg-online', message: 'no offline store' }],
    },
  ],
  error: [
    {
      name: 'DescribeFeatureGroup denied; ListFeatureGroups denied elsewhere',
      inventory: { featureGroups: regional([unreadableItem('feature-group', 'fg-x')], ['eu-west-1']) },
      expect: [
        { status: 'error', resource: 'fg-x', message: 'AccessDeniedException' },
        { status: 'error', resource: 'arn:aws:sagemaker:eu-west-1:111122223333:feature-group/*' },
      ],
    },
  ],
  empty: { featureGroups: regional([]) },
});
