import { describe, expect, it } from 'vitest';
import { AwsCallError, requestKey } from '../../src/collect/access.js';
import { collect } from '../../src/collect/collect.js';
import { fakeAccess } from '../helpers/fake-access.js';
import { ACCOUNT as account } from '../helpers/inventory.js';

/** The request key of a SageMaker call; list calls ask for full pages (MaxResults 100), as the collector sends them. */
const k = (region: string, operation: string, input: Record<string, unknown> = {}) =>
  requestKey({ service: 'sagemaker', region, operation, input: operation.startsWith('List') ? { MaxResults: 100, ...input } : input });
const denied = (op: string) => new AwsCallError('AccessDeniedException', 'denied', 400, `sagemaker:${op}`);

describe('Studio collectors', () => {
  it('describe user profiles by domain id and name, and name them "domain/profile"', async () => {
    const access = fakeAccess({
      [k('us-east-1', 'ListUserProfiles')]: { UserProfiles: [{ DomainId: 'd-1', UserProfileName: 'alice' }, { DomainId: 'd-1', UserProfileName: 'bob' }] },
      [k('us-east-1', 'DescribeUserProfile', { DomainId: 'd-1', UserProfileName: 'alice' })]: { DomainId: 'd-1', UserProfileName: 'alice', UserProfileArn: 'arn:aws:sagemaker:us-east-1:111122223333:user-profile/d-1/alice' },
      [k('us-east-1', 'DescribeUserProfile', { DomainId: 'd-1', UserProfileName: 'bob' })]: denied('DescribeUserProfile'),
      [k('eu-west-1', 'ListUserProfiles')]: denied('ListUserProfiles'),
    });
    const inv = await collect(access, account, ['userProfiles']);
    const use1 = inv.userProfiles!['us-east-1']!;
    expect(use1.ok).toBe(true);
    if (!use1.ok) return;
    expect(use1.value.map((i) => [i.name, i.arn, i.data.ok])).toEqual([
      ['d-1/alice', 'arn:aws:sagemaker:us-east-1:111122223333:user-profile/d-1/alice', true],
      ['d-1/bob', 'arn:aws:sagemaker:us-east-1:111122223333:user-profile/d-1/bob', false],
    ]);
    // A failed list is an error, never an empty list.
    expect(inv.userProfiles!['eu-west-1']).toMatchObject({ ok: false, error: { code: 'AccessDeniedException' } });
  });

  it('describe domains by id, name them by DomainName, and follow NextToken', async () => {
    const access = fakeAccess({
      [k('us-east-1', 'ListDomains')]: { Domains: [{ DomainId: 'd-1', DomainName: 'studio', DomainArn: 'arn:aws:sagemaker:us-east-1:111122223333:domain/d-1' }], NextToken: 't1' },
      [k('us-east-1', 'ListDomains', { NextToken: 't1' })]: { Domains: [{ DomainId: 'd-2', DomainName: 'lab' }] },
      [k('us-east-1', 'DescribeDomain', { DomainId: 'd-1' })]: { DomainId: 'd-1', DomainName: 'studio', AuthMode: 'SSO' },
      [k('us-east-1', 'DescribeDomain', { DomainId: 'd-2' })]: { DomainId: 'd-2', DomainName: 'lab', AuthMode: 'IAM' },
      [k('eu-west-1', 'ListDomains')]: { Domains: [] },
    });
    const inv = await collect(access, account, ['domains']);
    const use1 = inv.domains!['us-east-1']!;
    expect(use1.ok && use1.value.map((i) => `${i.name} ${i.arn}`)).toEqual([
      'studio arn:aws:sagemaker:us-east-1:111122223333:domain/d-1',
      'lab arn:aws:sagemaker:us-east-1:111122223333:domain/d-2',
    ]);
    expect(inv.domains!['eu-west-1']).toEqual({ ok: true, value: [] });
  });

  it('keep lifecycle script contents base64, as returned', async () => {
    const content = Buffer.from('#!/bin/bash\necho hi\n').toString('base64');
    const access = fakeAccess({
      [k('us-east-1', 'ListStudioLifecycleConfigs')]: { StudioLifecycleConfigs: [{ StudioLifecycleConfigName: 'lcc', StudioLifecycleConfigArn: 'arn:aws:sagemaker:us-east-1:111122223333:studio-lifecycle-config/lcc' }] },
      [k('us-east-1', 'DescribeStudioLifecycleConfig', { StudioLifecycleConfigName: 'lcc' })]: { StudioLifecycleConfigName: 'lcc', StudioLifecycleConfigContent: content },
      [k('eu-west-1', 'ListStudioLifecycleConfigs')]: { StudioLifecycleConfigs: [] },
    });
    const inv = await collect(access, account, ['studioLifecycleConfigs']);
    const use1 = inv.studioLifecycleConfigs!['us-east-1']!;
    expect(use1.ok && use1.value[0]!.data).toEqual({ ok: true, value: { StudioLifecycleConfigName: 'lcc', StudioLifecycleConfigContent: content } });
  });
});
