import check from '../../../checks/s3/s3-bucket-policy-denies-insecure-transport.js';
import type { BucketPolicy, PolicyStatement } from '../../../src/inventory/types.js';
import { testCheck } from '../../helpers/check-tester.js';
import { denied, ok } from '../../helpers/inventory.js';
import { allowRole, bucket, bucketList, denyInsecureTransport, policy } from '../../helpers/s3.js';

const NAME = 'ml-training-data';
const ARN = `arn:aws:s3:::${NAME}`;
const b = bucket(NAME);
const withPolicy = (p: BucketPolicy) => ({ buckets: bucketList(b), bucketPolicy: { [NAME]: ok(p) } });
/** The canonical deny with one field changed, next to an ordinary Allow. */
const varied = (fields: Partial<PolicyStatement>) => withPolicy(policy([allowRole(NAME), denyInsecureTransport(NAME, fields)]));

testCheck(check, {
  pass: [
    { name: 'canonical statement in a Statement array', inventory: varied({}), expect: [{ status: 'pass', resource: NAME, message: 'DenyInsecureTransport' }] },
    {
      name: 'Statement as a single object',
      inventory: withPolicy(policy([denyInsecureTransport(NAME)], true)),
      expect: [{ status: 'pass', resource: NAME }],
    },
    { name: 'Action "*"', inventory: varied({ Action: '*' }), expect: [{ status: 'pass', resource: NAME }] },
    { name: 'Action as an array ["s3:*"]', inventory: varied({ Action: ['s3:*'] }), expect: [{ status: 'pass', resource: NAME }] },
    { name: 'Action "S3:*" (actions are case-insensitive)', inventory: varied({ Action: 'S3:*' }), expect: [{ status: 'pass', resource: NAME }] },
    { name: 'Principal {"AWS": "*"}', inventory: varied({ Principal: { AWS: '*' } }), expect: [{ status: 'pass', resource: NAME }] },
    {
      name: 'Bool with boolean false',
      inventory: varied({ Condition: { Bool: { 'aws:SecureTransport': false } } }),
      expect: [{ status: 'pass', resource: NAME }],
    },
    {
      name: 'Bool with "False" (values compared case-insensitively)',
      inventory: varied({ Condition: { Bool: { 'aws:SecureTransport': 'False' } } }),
      expect: [{ status: 'pass', resource: NAME }],
    },
    {
      name: 'BoolIfExists',
      inventory: varied({ Condition: { BoolIfExists: { 'aws:SecureTransport': 'false' } } }),
      expect: [{ status: 'pass', resource: NAME }],
    },
    {
      name: 'condition key in another case',
      inventory: varied({ Condition: { Bool: { 'aws:securetransport': 'false' } } }),
      expect: [{ status: 'pass', resource: NAME }],
    },
    {
      name: 'Resource "arn:aws:s3:::ml-training-data*" covers bucket and objects',
      inventory: varied({ Resource: `${ARN}*` }),
      expect: [{ status: 'pass', resource: NAME }],
    },
    {
      name: 'bucket and objects covered by two separate complete statements',
      inventory: withPolicy(
        policy([denyInsecureTransport(NAME, { Sid: 'DenyHttpBucket', Resource: ARN }), denyInsecureTransport(NAME, { Sid: 'DenyHttpObjects', Resource: `${ARN}/*` })]),
      ),
      expect: [{ status: 'pass', resource: NAME, message: ['DenyHttpBucket', 'DenyHttpObjects'] }],
    },
  ],
  fail: [
    { name: 'no bucket policy (null)', inventory: withPolicy(null), expect: [{ status: 'fail', resource: NAME, message: 'no bucket policy', evidence: { policy: false } }] },
    {
      name: 'policy without any transport deny',
      inventory: withPolicy(policy([allowRole(NAME)])),
      expect: [{ status: 'fail', resource: NAME, message: 'no Deny statement', evidence: { denyStatements: [] } }],
    },
    {
      name: 'partial: only s3:GetObject denied',
      inventory: varied({ Action: 's3:GetObject' }),
      expect: [{ status: 'fail', resource: NAME, message: ['partial', 's3:GetObject'] }],
    },
    {
      name: 'partial: s3:GetObject and s3:PutObject as an array',
      inventory: varied({ Action: ['s3:GetObject', 's3:PutObject'] }),
      expect: [{ status: 'fail', resource: NAME, message: 'partial' }],
    },
    { name: 'partial: s3:Get* is not every action', inventory: varied({ Action: 's3:Get*' }), expect: [{ status: 'fail', resource: NAME, message: 'partial' }] },
    {
      name: 'resource covers only the bucket, not its objects',
      inventory: varied({ Resource: ARN }),
      expect: [{ status: 'fail', resource: NAME, message: ['partial', `${ARN}/*`], evidence: { coversBucket: true, coversObjects: false } }],
    },
    {
      name: 'resource covers only the objects, not the bucket',
      inventory: varied({ Resource: `${ARN}/*` }),
      expect: [{ status: 'fail', resource: NAME, evidence: { coversBucket: false, coversObjects: true } }],
    },
    {
      name: 'resource covers only a prefix of the objects',
      inventory: varied({ Resource: [ARN, `${ARN}/datasets/*`] }),
      expect: [{ status: 'fail', resource: NAME, evidence: { coversObjects: false } }],
    },
    { name: 'resource is another bucket', inventory: varied({ Resource: ['arn:aws:s3:::other', 'arn:aws:s3:::other/*'] }), expect: [{ status: 'fail', resource: NAME }] },
    {
      name: 'principal is one role, not everyone',
      inventory: varied({ Principal: { AWS: 'arn:aws:iam::111122223333:role/SageMakerRole' } }),
      expect: [{ status: 'fail', resource: NAME, message: 'every principal' }],
    },
    { name: 'Effect Allow with SecureTransport true does not deny HTTP', inventory: varied({ Effect: 'Allow', Condition: { Bool: { 'aws:SecureTransport': 'true' } } }), expect: [{ status: 'fail', resource: NAME }] },
    { name: 'Deny when SecureTransport is "true" (wrong value)', inventory: varied({ Condition: { Bool: { 'aws:SecureTransport': 'true' } } }), expect: [{ status: 'fail', resource: NAME }] },
    {
      name: 's3:TlsVersion deny alone does not deny plain HTTP',
      inventory: varied({ Sid: 'DenyOldTls', Condition: { NumericLessThan: { 's3:TlsVersion': '1.2' } } }),
      expect: [{ status: 'fail', resource: NAME, message: 'no Deny statement' }],
    },
    {
      name: 'a further condition ANDed with SecureTransport narrows the deny',
      inventory: varied({ Condition: { Bool: { 'aws:SecureTransport': 'false' }, StringNotEquals: { 'aws:SourceVpce': 'vpce-0abc' } } }),
      expect: [{ status: 'fail', resource: NAME, message: ['partial', 'aws:sourcevpce'] }],
    },
    { name: 'NotResource is not counted as covering the bucket', inventory: varied({ Resource: undefined, NotResource: 'arn:aws:s3:::other/*' }), expect: [{ status: 'fail', resource: NAME }] },
  ],
  error: [
    {
      name: 'GetBucketPolicy denied',
      inventory: { buckets: bucketList(b), bucketPolicy: { [NAME]: denied('s3:GetBucketPolicy') } },
      expect: [{ status: 'error', resource: NAME, message: 's3:GetBucketPolicy' }],
    },
    {
      name: 'bucket missing from the per-bucket record',
      inventory: { buckets: bucketList(b, bucket('ml-models')), bucketPolicy: { 'ml-models': ok(policy([denyInsecureTransport('ml-models')])) } },
      expect: [
        { status: 'error', resource: NAME },
        { status: 'pass', resource: 'ml-models' },
      ],
    },
    {
      name: 'bucket region unknown',
      inventory: { buckets: bucketList(bucket('ml-orphan', null)), bucketPolicy: {} },
      expect: [{ status: 'error', resource: 'ml-orphan', message: 'bucket region unknown' }],
    },
    { name: 'ListBuckets failed', inventory: { buckets: denied('s3:ListBuckets'), bucketPolicy: {} }, expect: [{ status: 'error', resource: 'all S3 buckets' }] },
  ],
  empty: { buckets: bucketList(), bucketPolicy: {} },
});
