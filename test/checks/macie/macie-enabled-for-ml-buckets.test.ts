import type { GetMacieSessionCommandOutput } from '@aws-sdk/client-macie2';
import check from '../../../checks/macie/macie-enabled-for-ml-buckets.js';
import type { MacieSession } from '../../../src/inventory/iam-logging.js';
import type { Bucket } from '../../../src/inventory/types.js';
import { testCheck } from '../../helpers/check-tester.js';
import { denied, ok } from '../../helpers/inventory.js';
import { refs } from '../../helpers/iam.js';

/** GetMacieSession output as the API returns it; vary one field at a time. */
const session = (status: 'ENABLED' | 'PAUSED' = 'ENABLED') =>
  ok<MacieSession>({
    createdAt: new Date('2025-02-01T00:00:00Z'),
    updatedAt: new Date('2025-02-01T00:00:00Z'),
    findingPublishingFrequency: 'FIFTEEN_MINUTES',
    serviceRole: 'arn:aws:iam::111122223333:role/aws-service-role/macie.amazonaws.com/AWSServiceRoleForAmazonMacie',
    status,
  } satisfies Omit<GetMacieSessionCommandOutput, '$metadata'>);

const bucket = (name: string, region = 'us-east-1'): Bucket => ({ name, arn: `arn:aws:s3:::${name}`, region: ok(region) });
const DATA = 'ml-training-data';
const uses = (...names: string[]) => refs(names.map((n, i) => ({ name: `job-${i}`, s3Uris: [`s3://${n}/prefix/`] })));

testCheck(check, {
  pass: [
    {
      name: 'Macie enabled in the bucket region',
      inventory: { mlReferences: uses(DATA), buckets: ok([bucket(DATA)]), macieSessions: { 'us-east-1': session() } },
      expect: [{ status: 'pass', resource: DATA, evidence: { region: 'us-east-1', macieStatus: 'ENABLED', referencedBy: ['job-0'] } }],
    },
    {
      name: 'default SageMaker bucket; other buckets are not ML buckets',
      inventory: { mlReferences: refs([]), buckets: ok([bucket('sagemaker-eu-west-1-111122223333', 'eu-west-1'), bucket('logs')]), macieSessions: { 'eu-west-1': session() } },
      expect: [{ status: 'pass', resource: 'sagemaker-eu-west-1-111122223333', evidence: { defaultBucket: true } }],
    },
  ],
  fail: [
    {
      name: 'Macie not enabled (the collector read "Macie is not enabled")',
      inventory: { mlReferences: uses(DATA), buckets: ok([bucket(DATA, 'eu-west-1')]), macieSessions: { 'eu-west-1': ok(null) } },
      expect: [{ status: 'fail', resource: DATA, message: 'not enabled in eu-west-1', evidence: { macieStatus: null } }],
    },
    {
      name: 'Macie paused',
      inventory: { mlReferences: uses(DATA), buckets: ok([bucket(DATA)]), macieSessions: { 'us-east-1': session('PAUSED') } },
      expect: [{ status: 'fail', resource: DATA, message: 'PAUSED' }],
    },
    {
      name: 'one finding per bucket, each against its own region',
      inventory: { mlReferences: uses(DATA, 'ml-models'), buckets: ok([bucket(DATA, 'eu-west-1'), bucket('ml-models')]), macieSessions: { 'us-east-1': session(), 'eu-west-1': ok(null) } },
      expect: [
        { status: 'fail', resource: DATA },
        { status: 'pass', resource: 'ml-models' },
      ],
    },
  ],
  error: [
    {
      name: 'GetMacieSession denied for the auditor',
      inventory: { mlReferences: uses(DATA), buckets: ok([bucket(DATA)]), macieSessions: { 'us-east-1': denied('macie2:GetMacieSession') } },
      expect: [{ status: 'error', resource: DATA, message: 'macie2:GetMacieSession' }],
    },
    { name: 'region not collected', inventory: { mlReferences: uses(DATA), buckets: ok([bucket(DATA)]), macieSessions: {} }, expect: [{ status: 'error', resource: DATA, message: 'not collected' }] },
    {
      name: 'bucket region unknown',
      inventory: { mlReferences: uses(DATA), buckets: ok([{ ...bucket(DATA), region: denied('s3:GetBucketLocation') }]), macieSessions: {} },
      expect: [{ status: 'error', resource: DATA, message: 's3:GetBucketLocation' }],
    },
    { name: 'bucket list unreadable', inventory: { mlReferences: uses(DATA), buckets: denied('s3:ListBuckets'), macieSessions: {} }, expect: [{ status: 'error', resource: 'all ML buckets' }] },
    {
      name: 'references incomplete in a region',
      inventory: { mlReferences: refs([], [{ region: 'eu-west-1' }]), buckets: ok([]), macieSessions: {} },
      expect: [{ status: 'error', resource: 'all ML buckets referenced in eu-west-1' }],
    },
  ],
  empty: { mlReferences: uses('public-sample-data'), buckets: ok([bucket('logs')]), macieSessions: {} },
});
