/**
 * Bad settings, each refused by parseSettings (before any request) with one line that names the input as the
 * platform spells it, the value and the fix ("expected …"). Run for the action's and the task's spelling.
 */
import { describe, expect, it } from 'vitest';
import { type InputName, type RawInputs, SettingsError, parseSettings } from '../../src/core/index.js';
import { nameOf as taskName } from '../../src/pipelines/inputs.js';

const SUB = '11111111-2222-3333-4444-555555555555';
const OTHER_SUB = '99999999-2222-3333-4444-555555555555';
const SUBNET = `/subscriptions/${SUB}/resourceGroups/rg-network/providers/Microsoft.Network/virtualNetworks/vnet/subnets/snet`;
const base: RawInputs = {
  'build-subnet-id': SUBNET,
  'builder-resource-group': 'rg-builder',
  'image-resource-group': 'rg-images',
};
const manyTags = Array.from({ length: 41 }, (_, i) => `k${i}=v`).join(',');

/** [input named in the error, the inputs, a fragment of the value shown]. */
const CASES: Array<[InputName, RawInputs, string]> = [
  ['build-subnet-id', { 'build-subnet-id': undefined }, ''],
  ['build-subnet-id', { 'build-subnet-id': '/subscriptions/x/resourceGroups/rg' }, '/subscriptions/x'],
  ['build-subnet-id', { 'build-subnet-id': SUBNET.replace('/subnets/snet', '') }, 'virtualNetworks/vnet'],
  ['subscription-id', { 'subscription-id': 'not-a-guid' }, 'not-a-guid'],
  ['subscription-id', { 'subscription-id': OTHER_SUB }, OTHER_SUB],
  ['container-instance-subnet-id', { 'container-instance-subnet-id': SUBNET }, 'snet'],
  [
    'container-instance-subnet-id',
    { 'container-instance-subnet-id': SUBNET.replace('vnet/', 'vnet2/').replace('/snet', '/aci') },
    'vnet2',
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
      'container-instance-subnet-id': SUBNET.replace('/snet', '/aci'),
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

const styles = [
  { style: 'action', nameOf: (n: InputName) => n },
  { style: 'task', nameOf: taskName },
] as const;

describe('bad settings are refused before any request', () => {
  it('covers at least 80 cases across the two platforms', () => {
    expect(CASES.length * styles.length).toBeGreaterThanOrEqual(80);
  });

  for (const { style, nameOf } of styles) {
    it.each(CASES)(`${style}: %s`, (input, raw, shown) => {
      let error: unknown;
      try {
        parseSettings({ ...base, ...raw }, { nameOf });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(SettingsError);
      const message = (error as Error).message;
      expect(message.startsWith(`${nameOf(input)}: `)).toBe(true);
      expect(message).not.toContain('\n');
      if (shown) expect(message).toContain(shown);
      expect(message).toMatch(/\(expected .+\)\.$/);
    });
  }
});
