import check from '../../../checks/sagemaker/sagemaker-feature-group-online-store-kms.js';
import { testCheck } from '../../helpers/check-tester.js';
import { KEY } from '../../helpers/endpoints-monitoring.js';
import { regional, unreadableItem } from '../../helpers/inventory.js';
import { featureGroup } from '../../helpers/ml-governance.js';

testCheck(check, {
  pass: [
    {
      name: 'Standard online store with a key',
      inventory: { featureGroups: regional([featureGroup('fg-a')]) },
      expect: [{ status: 'pass', resource: 'fg-a', message: 'Standard online store', evidence: { StorageType: 'Standard', KmsKeyId: KEY } }],
    },
    {
      name: 'InMemory online store with a key',
      inventory: { featureGroups: regional([featureGroup('fg-mem', { OnlineStoreConfig: { EnableOnlineStore: true, StorageType: 'InMemory', SecurityConfig: { KmsKeyId: KEY } } })]) },
      expect: [{ status: 'pass', resource: 'fg-mem', message: 'InMemory', evidence: { StorageType: 'InMemory' } }],
    },
  ],
  fail: [
    {
      name: 'no SecurityConfig: AWS owned key',
      inventory: { featureGroups: regional([featureGroup('fg-a', { OnlineStoreConfig: { EnableOnlineStore: true } })]) },
      expect: [{ status: 'fail', resource: 'fg-a', message: ['AWS owned key', 'Standard'], evidence: { KmsKeyId: null, StorageType: 'Standard' } }],
    },
    {
      name: 'InMemory tier without a key still fails',
      inventory: { featureGroups: regional([featureGroup('fg-mem', { OnlineStoreConfig: { EnableOnlineStore: true, StorageType: 'InMemory' } })]) },
      expect: [{ status: 'fail', resource: 'fg-mem', evidence: { StorageType: 'InMemory' } }],
    },
    {
      name: 'the offline store key does not count for the online store',
      inventory: { featureGroups: regional([featureGroup('fg-a', { OnlineStoreConfig: { EnableOnlineStore: true, SecurityConfig: {} } })]) },
      expect: [{ status: 'fail', resource: 'fg-a' }],
    },
  ],
  notApplicable: [
    {
      name: 'no online store, or EnableOnlineStore not true (defaults to false)',
      inventory: {
        featureGroups: regional([
          featureGroup('fg-offline', { OnlineStoreConfig: undefined }),
          featureGroup('fg-off', { OnlineStoreConfig: { EnableOnlineStore: false, SecurityConfig: { KmsKeyId: KEY } } }),
          featureGroup('fg-unset', { OnlineStoreConfig: { SecurityConfig: { KmsKeyId: KEY } } }),
        ]),
      },
      expect: [
        { status: 'not_applicable', resource: 'fg-offline', message: 'no online store' },
        { status: 'not_applicable', resource: 'fg-off', message: 'EnableOnlineStore is not true' },
        { status: 'not_applicable', resource: 'fg-unset' },
      ],
    },
  ],
  error: [
    {
      name: 'DescribeFeatureGroup denied',
      inventory: { featureGroups: regional([unreadableItem('feature-group', 'fg-x')]) },
      expect: [{ status: 'error', resource: 'fg-x', message: 'AccessDeniedException' }],
    },
  ],
  empty: { featureGroups: regional([]) },
});
