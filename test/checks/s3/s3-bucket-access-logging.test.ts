import check from '../../../checks/s3/s3-bucket-access-logging.js';
import { testCheck } from '../../helpers/check-tester.js';
import { mlRefs } from '../../helpers/infra.js';
import { ACCOUNT, denied, ok } from '../../helpers/inventory.js';
import { bucket, bucketList } from '../../helpers/s3.js';

const b = bucket('ml-artifacts');
const dflt = bucket(`sagemaker-eu-west-1-${ACCOUNT.accountId}`, 'eu-west-1');
const refs = mlRefs([]);

testCheck(check, {
  pass: [
    {
      name: 'logging to a target bucket',
      inventory: { buckets: bucketList(b), bucketLogging: { [b.name]: ok({ TargetBucket: 'access-logs', TargetPrefix: 'ml-artifacts/' }) }, mlReferences: refs },
      expect: [{ status: 'pass', resource: b.name, message: 'access-logs/ml-artifacts/', evidence: { TargetBucket: 'access-logs', mlData: false } }],
    },
    {
      name: 'the SageMaker default bucket is ML data even when nothing references it',
      inventory: { buckets: bucketList(dflt), bucketLogging: { [dflt.name]: ok({ TargetBucket: 'access-logs', TargetPrefix: '' }) }, mlReferences: refs },
      expect: [{ status: 'pass', resource: dflt.name, message: '(ML data bucket)', evidence: { mlData: true } }],
    },
  ],
  fail: [
    { name: 'logging off (no LoggingEnabled)', inventory: { buckets: bucketList(b), bucketLogging: { [b.name]: ok(null) }, mlReferences: refs }, expect: [{ status: 'fail', resource: b.name, evidence: { TargetBucket: null } }] },
    {
      name: 'a default-bucket name of another account is not ML data of this one',
      inventory: { buckets: bucketList(bucket('sagemaker-eu-west-1-999999999999')), bucketLogging: { 'sagemaker-eu-west-1-999999999999': ok(null) }, mlReferences: refs },
      expect: [{ status: 'fail', resource: 'sagemaker-eu-west-1-999999999999', evidence: { mlData: false } }],
    },
  ],
  error: [
    { name: 'GetBucketLogging denied', inventory: { buckets: bucketList(b), bucketLogging: { [b.name]: denied('s3:GetBucketLogging') }, mlReferences: refs }, expect: [{ status: 'error', resource: b.name, message: 's3:GetBucketLogging' }] },
    { name: 'not read for the bucket', inventory: { buckets: bucketList(b), bucketLogging: {}, mlReferences: refs }, expect: [{ status: 'error', resource: b.name, evidence: { errorCode: 'NotCollected' } }] },
  ],
  empty: { buckets: bucketList(), bucketLogging: {}, mlReferences: refs },
});
