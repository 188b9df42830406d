import check from '../../../checks/s3/s3-ml-bucket-owned-by-account.js';
import { testCheck } from '../../helpers/check-tester.js';
import { mlRefs, mlResource } from '../../helpers/infra.js';
import { ACCOUNT, denied } from '../../helpers/inventory.js';
import { bucket, bucketList } from '../../helpers/s3.js';

const DEFAULT = `sagemaker-us-east-1-${ACCOUNT.accountId}`;
const job = mlResource('train-1', { resourceType: 'AWS::SageMaker::TrainingJob', s3Uris: ['s3://ml-data/train/', `s3://${DEFAULT}/out/`] });
const refs = mlRefs([job]);

testCheck(check, {
  pass: [
    {
      name: 'every referenced bucket is in ListBuckets',
      inventory: { buckets: bucketList(bucket('ml-data'), bucket(DEFAULT), bucket('unrelated')), mlReferences: refs },
      expect: [
        { status: 'pass', resource: 'ml-data', message: ['training job train-1', '(ML data bucket)'], evidence: { owned: true, mlData: true } },
        { status: 'pass', resource: DEFAULT, evidence: { defaultBucket: true } },
      ],
    },
    {
      name: 'bucket names compare case-insensitively with the URI',
      inventory: { buckets: bucketList(bucket('ml-data')), mlReferences: mlRefs([mlResource('nb', { s3Uris: ['s3://ML-Data/x'] })]) },
      expect: [{ status: 'pass', resource: 'ml-data' }],
    },
  ],
  fail: [
    {
      name: 'the default bucket name used by a job is not the account\'s (squatting)',
      inventory: { buckets: bucketList(bucket('ml-data')), mlReferences: refs },
      expect: [
        { status: 'fail', resource: DEFAULT, message: ['SageMaker default bucket name', 'train-1'], evidence: { owned: false, defaultBucket: true, mlData: true } },
        { status: 'pass', resource: 'ml-data' },
      ],
    },
    {
      name: 'a referenced bucket of someone else',
      inventory: { buckets: bucketList(bucket(DEFAULT)), mlReferences: refs },
      expect: [
        { status: 'fail', resource: 'ml-data', message: 'another account may own it' },
        { status: 'pass', resource: DEFAULT },
      ],
    },
  ],
  error: [
    {
      name: 'ListBuckets failed: ownership unknown',
      inventory: { buckets: denied('s3:ListBuckets'), mlReferences: refs },
      expect: [
        { status: 'error', resource: 'ml-data', message: 's3:ListBuckets' },
        { status: 'error', resource: DEFAULT },
      ],
    },
    {
      name: 'references incomplete in eu-west-1',
      inventory: { buckets: bucketList(bucket('ml-data'), bucket(DEFAULT)), mlReferences: mlRefs([job], ['eu-west-1']) },
      expect: [
        { status: 'error', resource: 'all S3 buckets used by SageMaker in eu-west-1', evidence: { errorCode: 'IncompleteReferences' } },
        { status: 'pass', resource: 'ml-data' },
        { status: 'pass', resource: DEFAULT },
      ],
    },
  ],
  empty: { buckets: bucketList(bucket('unrelated')), mlReferences: mlRefs([mlResource('nb-no-s3')]) },
});
