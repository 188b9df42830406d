import { describe, expect, it } from 'vitest';
import { buildReferences, referenceSources } from '../../src/inventory/references.js';
import { regional, unreadableItem } from '../helpers/inventory.js';
import { domain, KEY, profile, ROLE, SG } from '../helpers/notebooks-studio.js';

describe('references of Studio domains and user profiles', () => {
  const refs = buildReferences({
    domains: regional([domain('studio', { DomainSettings: { SecurityGroupIds: ['sg-domain'], RStudioServerProDomainSettings: { DomainExecutionRoleArn: `${ROLE}-rstudio` } } })]),
    userProfiles: regional([profile('alice', { ExecutionRole: `${ROLE}-alice`, SecurityGroups: ['sg-alice'], SharingSettings: { NotebookOutputOption: 'Allowed', S3OutputPath: 's3://alice-share/out/', S3KmsKeyId: 'alias/alice' } })], ['eu-west-1']),
  });
  const by = Object.fromEntries(refs.resources.map((r) => [r.name, r]));

  it('reads the subnets, default security groups, roles, keys and sharing bucket of a domain', () => {
    expect(by.studio).toMatchObject({
      resourceType: 'AWS::SageMaker::Domain',
      subnets: ['subnet-0abc', 'subnet-0def'],
      securityGroups: [SG, 'sg-domain'],
      roleArns: [ROLE, `${ROLE}-rstudio`],
      kmsKeys: [KEY],
      s3Uris: ['s3://studio-share-111122223333/shared/'],
    });
  });

  it('reads the overrides of a user profile', () => {
    expect(by['d-abc123def456/alice']).toMatchObject({
      resourceType: 'AWS::SageMaker::UserProfile',
      securityGroups: ['sg-alice'],
      roleArns: [`${ROLE}-alice`],
      kmsKeys: ['alias/alice'],
      s3Uris: ['s3://alice-share/out/'],
    });
  });

  it('records unread domains and profiles as incomplete', () => {
    expect(refs.incomplete.map((i) => `${i.source}:${i.region}`)).toEqual(['userProfiles:eu-west-1']);
    const hidden = buildReferences({ domains: regional([unreadableItem('domain', 'd-hidden')]) });
    expect(hidden.incomplete).toHaveLength(1);
  });

  it('makes domains and user profiles reference sources', () => {
    expect(referenceSources()).toEqual(expect.arrayContaining(['domains', 'userProfiles']));
  });
});
