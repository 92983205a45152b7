/**
 * Bad settings shared by the unit test (parseSettings) and the bad-inputs matrix (the bundles): each names the input
 * the error must name, the inputs, and a fragment of the value the error must show.
 */
import type { InputName, RawInputs } from '../../src/core/index.js';

export type BadInputCase = [InputName, RawInputs, string];

/** The cases, relative to the build subnet of the base inputs (its subscription is the run's). */
export function badInputCases(SUBNET: string): BadInputCase[] {
  const SUB = SUBNET.split('/')[2]!;
  const OTHER_SUB = `99999999${SUB.slice(8)}`;
  const VNET = SUBNET.replace(/\/subnets\/[^/]+$/, '');
  const vnetName = VNET.split('/').pop()!;
  const subnetName = SUBNET.split('/').pop()!;
  const manyTags = Array.from({ length: 41 }, (_, i) => `k${i}=v`).join(',');

  return [
    ['build-subnet-id', { 'build-subnet-id': undefined }, ''],
    ['build-subnet-id', { 'build-subnet-id': '/subscriptions/x/resourceGroups/rg' }, '/subscriptions/x'],
    ['build-subnet-id', { 'build-subnet-id': VNET }, `virtualNetworks/${vnetName}`],
    ['subscription-id', { 'subscription-id': 'not-a-guid' }, 'not-a-guid'],
    ['subscription-id', { 'subscription-id': OTHER_SUB }, OTHER_SUB],
    ['container-instance-subnet-id', { 'container-instance-subnet-id': SUBNET }, subnetName],
    [
      'container-instance-subnet-id',
      { 'container-instance-subnet-id': `${VNET}2/subnets/aci` },
      `${vnetName}2`,
    ],
    ['builder-resource-group', { 'builder-resource-group': undefined }, ''],
    ['builder-resource-group', { 'builder-resource-group': 'rg with space' }, 'rg with space'],
    ['image-resource-group', { 'image-resource-group': '..' }, '..'],
    ['image-resource-group', { 'image-resource-group': 'rg-ends-with.' }, 'rg-ends-with.'],
    ['image-resource-group', { 'image-resource-group': 'x'.repeat(91) }, 'xxx'],
    ['location', { location: 'East US 2' }, 'East US 2'],
    ['location', { location: 'mars!' }, 'mars!'],
    ['identity-name', { 'identity-name': 'ab' }, 'ab'],
    ['identity-name', { 'identity-name': '-leading' }, '-leading'],
    ['network-role-id', { 'network-role-id': 'Network Contributor' }, 'Network Contributor'],
    [
      'image-role-id',
      {
        'image-role-id': `/subscriptions/${OTHER_SUB}/providers/Microsoft.Authorization/roleDefinitions/b24988ac-6180-42a0-ab88-20f7382dd24c`,
      },
      OTHER_SUB,
    ],
    [
      'image-role-id',
      { 'image-role-id': '/providers/Microsoft.Foo/b24988ac-6180-42a0-ab88-20f7382dd24c' },
      'Foo',
    ],
    ['create-custom-roles', { 'create-custom-roles': 'maybe' }, 'maybe'],
    ['base-image', { 'base-image': 'Canonical:ubuntu' }, 'Canonical:ubuntu'],
    ['base-image', { 'base-image': 'a:b:c:newest' }, 'newest'],
    ['vm-size', { 'vm-size': 'D2s_v5' }, 'D2s_v5'],
    ['proxy-vm-size', { 'proxy-vm-size': 'big' }, 'big'],
    [
      'proxy-vm-size',
      {
        'container-instance-subnet-id': `${VNET}/subnets/aci`,
        'proxy-vm-size': 'Standard_A1_v2',
      },
      'Standard_A1_v2',
    ],
    ['os-disk-size-gb', { 'os-disk-size-gb': '-1' }, '-1'],
    ['os-disk-size-gb', { 'os-disk-size-gb': '30.5' }, '30.5'],
    ['os-disk-size-gb', { 'os-disk-size-gb': '5000' }, '5000'],
    ['build-timeout-minutes', { 'build-timeout-minutes': '5' }, '5'],
    ['build-timeout-minutes', { 'build-timeout-minutes': '1e3' }, '1e3'],
    ['wait-timeout-minutes', { 'wait-timeout-minutes': '0' }, '0'],
    ['poll-interval-seconds', { 'poll-interval-seconds': '0x1' }, '0x1'],
    ['poll-interval-seconds', { 'poll-interval-seconds': 'Infinity' }, 'Infinity'],
    ['poll-interval-seconds', { 'poll-interval-seconds': '' + ' 5s' }, '5s'],
    ['image-name', { 'image-name': '..' }, '..'],
    ['image-name', { 'image-name': '-' }, '-'],
    ['image-name', { 'image-name': 'img.' }, 'img.'],
    ['image-name', { 'image-name': 'i'.repeat(81) }, 'iii'],
    ['template-name', { 'template-name': '..' }, '..'],
    ['template-name', { 'template-name': 'it/other' }, 'it/other'],
    ['template-name', { 'template-name': 't'.repeat(65) }, 'ttt'],
    ['force-rebuild', { 'force-rebuild': 'sure' }, 'sure'],
    ['wait', { wait: 'later' }, 'later'],
    ['revoke-roles', { 'revoke-roles': 'network' }, 'network'],
    ['cleanup-template', { 'cleanup-template': 'sometimes' }, 'sometimes'],
    ['cleanup-template', { wait: 'false', 'cleanup-template': 'always' }, 'always'],
    ['cleanup-template', { wait: 'false', 'cleanup-template': 'on-success' }, 'on-success'],
    ['stream-log', { 'stream-log': 'loud' }, 'loud'],
    ['upload-log', { 'upload-log': '2' }, '2'],
    ['log-artifact-name', { 'log-artifact-name': 'logs/main' }, 'logs/main'],
    ['dry-run', { 'dry-run': 'y' }, 'y'],
    ['tags', { tags: 'novalue' }, 'novalue'],
    ['tags', { tags: 'a<b=c' }, 'a<b=c'],
    ['tags', { tags: `${'k'.repeat(513)}=v` }, 'kkk'],
    ['tags', { tags: `k=${'v'.repeat(257)}` }, 'vvv'],
    ['tags', { tags: manyTags }, '41 tags'],
  ];
}
