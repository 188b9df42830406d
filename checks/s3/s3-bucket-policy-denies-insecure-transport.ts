import {
  asArray,
  conditionPairs,
  conditionValues,
  defineCheck,
  eachBucketWith,
  finding,
  isDenyForEveryone,
  statementCoversAllActions,
  statementCoversAllObjects,
  statementCoversBucket,
  statementLabel,
  statements,
  type CheckMeta,
  type PolicyStatement,
} from '../../src/check-api/index.js';

const meta: CheckMeta = {
  id: 's3-bucket-policy-denies-insecure-transport',
  title: 'S3 bucket policies deny every request made over plain HTTP',
  severity: 'medium',
  service: 's3',
  resourceType: 'AWS::S3::Bucket',
  rationale:
    'S3 accepts requests over plain HTTP unless the bucket policy denies them, so training data, model artifacts and request signatures can cross the network unencrypted and be read or altered in transit. ' +
    'Only an explicit Deny for every principal and every S3 action on the bucket and its objects, conditioned on aws:SecureTransport being false, closes that path; ' +
    'denying a few actions, or only objects, leaves the rest reachable over HTTP.',
  remediation: {
    console: [
      'Open the Amazon S3 console, choose the bucket, and on the Permissions tab under Bucket policy choose Edit.',
      'Add a statement with Effect Deny, Principal "*", Action "s3:*", Resource set to both the bucket ARN and the bucket ARN followed by "/*", and Condition {"Bool": {"aws:SecureTransport": "false"}}.',
      'Keep the existing statements (a bucket policy is replaced as a whole) and save.',
    ],
    cli: 'aws s3api put-bucket-policy --bucket BUCKET --policy file://policy.json  # policy.json = the current policy plus {"Sid":"DenyInsecureTransport","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["arn:aws:s3:::BUCKET","arn:aws:s3:::BUCKET/*"],"Condition":{"Bool":{"aws:SecureTransport":"false"}}}',
    cloudformation: 'AWS::S3::BucketPolicy PolicyDocument: a Deny statement for Principal "*", Action "s3:*" on the bucket and bucket/* with Condition Bool aws:SecureTransport "false"',
    terraform: 'aws_s3_bucket_policy.policy with a Deny statement (effect = "Deny", actions = ["s3:*"], condition { test = "Bool", variable = "aws:SecureTransport", values = ["false"] })',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html',
    'https://docs.aws.amazon.com/config/latest/developerguide/s3-bucket-ssl-requests-only.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html',
  ],
  compliance: [
    { framework: 'AWS Security Hub', id: 'S3.5' },
    { framework: 'CIS AWS Foundations Benchmark v3.0.0', id: '2.1.1' },
  ],
};

const TRANSPORT_OPERATORS = ['Bool', 'BoolIfExists'];

/** True when the statement's condition matches requests whose aws:SecureTransport is false. */
function matchesInsecureTransport(s: PolicyStatement): boolean {
  return conditionValues(s, TRANSPORT_OPERATORS, 'aws:SecureTransport').some((v) => v.toLowerCase() === 'false');
}

/** Why a Deny-on-insecure-transport statement does not deny every S3 request over HTTP (empty when it does, resources aside). */
function statementGaps(s: PolicyStatement): string[] {
  const gaps: string[] = [];
  if (!isDenyForEveryone(s)) gaps.push('it does not apply to every principal');
  if (!statementCoversAllActions(s, 's3')) {
    const actions = s.Action !== undefined ? asArray(s.Action).join(', ') : `all but ${asArray(s.NotAction).join(', ')}`;
    gaps.push(`it denies only ${actions}, not every S3 action (s3:*)`);
  }
  // Conditions are ANDed: any other condition narrows the deny (e.g. s3:TlsVersion is absent on HTTP requests).
  const others = conditionPairs(s).filter((p) => !(TRANSPORT_OPERATORS.includes(p.operator) && p.key === 'aws:securetransport'));
  if (others.length > 0) gaps.push(`further conditions narrow it (${others.map((p) => `${p.operator} ${p.key}`).join(', ')})`);
  return gaps;
}

/** Requests over HTTP expose bucket data and request signatures on the wire unless the bucket policy denies them. */
export default defineCheck({
  meta,
  requires: ['buckets', 'bucketPolicy', 'mlReferences'],
  evaluate({ inventory, account }) {
    return eachBucketWith(inventory.buckets, inventory.bucketPolicy, account, 'bucket policy', 's3:GetBucketPolicy', (policy, resource, bucket) => {
      if (policy === null) {
        return finding('fail', resource, `Bucket ${resource.name} has no bucket policy, so requests over plain HTTP are not denied`, { policy: false, denyStatements: [], gaps: [] });
      }
      const candidates = statements(policy)
        .map((s, i) => ({ s, label: statementLabel(s, i) }))
        .filter(({ s }) => s.Effect === 'Deny' && matchesInsecureTransport(s));
      const complete = candidates.filter(({ s }) => statementGaps(s).length === 0);
      const coversBucket = complete.some(({ s }) => statementCoversBucket(s, bucket.arn));
      const coversObjects = complete.some(({ s }) => statementCoversAllObjects(s, bucket.arn));
      const gaps: string[] = [];
      for (const { s, label } of candidates) for (const g of statementGaps(s)) gaps.push(`${label}: ${g}`);
      if (complete.length > 0) {
        if (!coversBucket) gaps.push(`no complete statement covers the bucket ARN ${bucket.arn}`);
        if (!coversObjects) gaps.push(`no complete statement covers every object (${bucket.arn}/*)`);
      }
      const evidence = { policy: true, denyStatements: candidates.map((c) => c.label), gaps, coversBucket, coversObjects };
      if (coversBucket && coversObjects) {
        const used = complete.filter(({ s }) => statementCoversBucket(s, bucket.arn) || statementCoversAllObjects(s, bucket.arn)).map((c) => c.label);
        return finding('pass', resource, `Bucket ${resource.name} policy denies every S3 request over insecure transport (${used.join(', ')})`, evidence);
      }
      if (candidates.length === 0) {
        return finding('fail', resource, `Bucket ${resource.name} policy has no Deny statement for requests with aws:SecureTransport false`, evidence);
      }
      return finding('fail', resource, `Bucket ${resource.name} policy denies insecure transport only partially: ${gaps.join('; ')}`, evidence);
    }, inventory.mlReferences);
  },
});
