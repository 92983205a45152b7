import { describe, expect, it } from 'vitest';
import { parseSettings, type RawInputs } from '../../src/core/index.js';
import { imageFingerprint, templateHash } from '../../src/core/fingerprint.js';

const subnet =
  '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-net/providers/Microsoft.Network/virtualNetworks/vnet-a/subnets/snet-b';
const base: RawInputs = {
  'build-subnet-id': subnet,
  'builder-resource-group': 'rg-b',
  'image-resource-group': 'rg-i',
};

const definition =
  '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-gal/providers/Microsoft.Compute/galleries/gal/images/jumpbox';

describe('settings', () => {
  it('applies the documented defaults', () => {
    const s = parseSettings(base);
    expect(s.subscriptionId).toBe('11111111-2222-3333-4444-555555555555');
    expect(s.buildSubnet.vnetId).toMatch(/virtualNetworks\/vnet-a$/);
    expect(s.identityName).toBe('mi-aks-jumpbox-imagebuilder');
    expect(s.networkRole.guid).toBe('4d97b98b-1d4f-4787-a291-c67834d212e7');
    expect(s.imageRole.id).toBe(
      '/subscriptions/11111111-2222-3333-4444-555555555555/providers/Microsoft.Authorization/roleDefinitions/b24988ac-6180-42a0-ab88-20f7382dd24c',
    );
    expect(s.buildTimeoutMinutes).toBe(60);
    expect(s.waitTimeoutMinutes).toBe(90);
    expect(s.pollIntervalSeconds).toBe(15);
    expect(s.revokeRoles).toBe('image');
    expect(s.cleanupTemplate).toBe('never');
    expect(s.wait).toBe(true);
    expect(s.proxyVmSize).toBe('Standard_A1_v2');
    expect(s.logRetentionDays).toBeUndefined();
    expect(parseSettings({ ...base, 'log-retention-days': '14' }).logRetentionDays).toBe(14);
  });

  it.each([
    [{ 'build-subnet-id': undefined }, /^build-subnet-id: is required/],
    [
      { 'build-subnet-id': '/subscriptions/x/vnet' },
      /^build-subnet-id: "\/subscriptions\/x\/vnet" is not valid \(expected a subnet resource id/,
    ],
    [{ 'revoke-roles': 'some' }, /^revoke-roles: "some" is not valid \(expected one of none, image, all\)/],
    [
      { 'build-timeout-minutes': '3' },
      /^build-timeout-minutes: "3" is not valid \(expected a whole number from 6 to 960\)/,
    ],
    [{ 'network-role-id': 'Network Contributor' }, /^network-role-id: "Network Contributor" is not valid/],
    [{ 'base-image': 'Canonical:ubuntu' }, /^base-image: .*publisher:offer:sku:version/],
    [{ 'force-rebuild': 'maybe' }, /^force-rebuild: "maybe" is not valid \(expected true or false\)/],
    [{ tags: 'novalue' }, /^tags: "novalue"/],
    [
      { 'gallery-image-id': '/subscriptions/x' },
      /^gallery-image-id: "\/subscriptions\/x" is not valid \(expected an image definition id/,
    ],
    [{ 'gallery-image-id': `${definition}/versions/1.0.0` }, /^gallery-image-id: .*without \/versions/],
    [
      { 'gallery-image-id': definition.replace('11111111', '99999999') },
      /^gallery-image-id: .*an image definition in subscription 11111111-/,
    ],
    [{ 'replication-regions': 'westus3' }, /^replication-regions: .*it applies to gallery-image-id/],
    [
      { 'gallery-image-id': definition, 'replication-regions': 'West US' },
      /^replication-regions: "west us" is not valid/,
    ],
    [
      { 'gallery-image-id': definition, 'storage-account-type': 'Premium_ZRS' },
      /^storage-account-type: .*Standard_LRS, Standard_ZRS, Premium_LRS/,
    ],
    [
      { 'gallery-image-id': definition, 'gallery-image-version': 'v1' },
      /^gallery-image-version: "v1" .*x\.y\.z/,
    ],
    [
      { 'gallery-image-id': definition, 'gallery-image-version': '1.0.0', 'gallery-major-version': '2' },
      /^gallery-major-version: .*no value when gallery-image-version is set/,
    ],
    [{ 'managed-image': 'false' }, /^managed-image: .*unless gallery-image-id is set/],
    [{ 'keep-versions': '3' }, /^keep-versions: .*applies to gallery-image-id/],
    [{ 'keep-images': '0' }, /^keep-images: "0" is not valid \(expected a whole number from 1 to 1000\)/],
    [{ 'error-handling': 'keep' }, /^error-handling: "keep" .*cleanup, abort/],
    [
      { 'staging-resource-group': '/subscriptions/99999999-2222-3333-4444-555555555555/resourceGroups/rg-s' },
      /^staging-resource-group: .*in subscription 11111111-/,
    ],
    [
      { 'subscription-id': '99999999-2222-3333-4444-555555555555' },
      /^subscription-id: .*the subscription of build-subnet-id/,
    ],
    [{ 'container-instance-subnet-id': subnet }, /^container-instance-subnet-id: .*a different subnet/],
    [
      { 'log-retention-days': '91' },
      /^log-retention-days: "91" is not valid \(expected a whole number from 1 to 90\)/,
    ],
    [{ 'log-retention-days': '0' }, /^log-retention-days: "0" is not valid/],
    [{ 'test-api-server': 'aks.example.com' }, /^test-api-server: .*test-subnet-id as well/],
    [
      { 'test-subnet-id': 'snet-x' },
      /^test-subnet-id: "snet-x" is not valid \(expected a subnet resource id/,
    ],
    [
      { 'test-subnet-id': subnet.replace('11111111', '99999999') },
      /^test-subnet-id: .*a subnet in the build's subscription/,
    ],
    [
      { 'test-subnet-id': subnet, 'test-api-server': 'aks.example.com/version; id' },
      /^test-api-server: .*host name/,
    ],
  ])('rejects %o with a one-line message naming the input', (extra, message) => {
    expect(() => parseSettings({ ...base, ...extra })).toThrow(message);
  });

  it('parses gallery distribution: gallery-only needs no image-resource-group; defaults', () => {
    const s = parseSettings({
      'build-subnet-id': subnet,
      'builder-resource-group': 'rg-b',
      'gallery-image-id': definition,
      'replication-regions': 'westus3, northeurope,westus3',
      'keep-versions': '5',
      'staging-resource-group': 'rg-staging',
      'error-handling': 'abort',
    });
    expect(s.managedImage).toBe(false);
    expect(s.imageResourceGroup).toBeUndefined();
    expect(s.gallery).toMatchObject({
      resourceGroup: 'rg-gal',
      galleryName: 'gal',
      imageName: 'jumpbox',
      replicationRegions: ['westus3', 'northeurope'],
      replicaCount: 1,
      storageAccountType: 'Standard_LRS',
      excludeFromLatest: false,
    });
    expect(s.gallery?.version).toBeUndefined();
    expect(s.keepVersions).toBe(5);
    expect(s.stagingResourceGroup).toBe(
      '/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-staging',
    );
    expect(s.errorHandling).toBe('abort');
    expect(parseSettings(base).managedImage).toBe(true);
    expect(parseSettings(base).errorHandling).toBe('cleanup');
    expect(() =>
      parseSettings({
        ...base,
        'image-resource-group': undefined,
        'gallery-image-id': definition,
        'managed-image': 'true',
      }),
    ).toThrow(/^image-resource-group: is required/);
  });

  it('reads the boot-test inputs (none: no boot test)', () => {
    expect(parseSettings(base).bootTest).toBeUndefined();
    expect(
      parseSettings({
        ...base,
        'test-subnet-id': subnet,
        'test-api-server': 'https://aks-1.hcp.eastus2.azmk8s.io/',
      }).bootTest,
    ).toEqual({ subnetId: subnet, vmSize: 'Standard_B2s', apiServer: 'aks-1.hcp.eastus2.azmk8s.io' });
  });

  it('names inputs the way the platform spells them', () => {
    expect(() =>
      parseSettings(
        { ...base, 'poll-interval-seconds': 'soon' },
        { nameOf: (n) => n.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()) },
      ),
    ).toThrow(/^pollIntervalSeconds:/);
  });

  it('accepts full role definition ids, tags and an isolated build subnet (no proxy VM)', () => {
    const s = parseSettings({
      ...base,
      'image-role-id':
        '/subscriptions/11111111-2222-3333-4444-555555555555/providers/Microsoft.Authorization/roleDefinitions/ACDD72A7-3385-48EF-BD42-F606FBA81AE7',
      tags: 'team=platform, env = prod',
      'container-instance-subnet-id': subnet.replace('snet-b', 'snet-aci'),
    });
    expect(s.imageRole.guid).toBe('acdd72a7-3385-48ef-bd42-f606fba81ae7');
    expect(s.tags).toEqual({ team: 'platform', env: 'prod' });
    expect(s.proxyVmSize).toBeUndefined();
  });
});

describe('fingerprint', () => {
  const shape = {
    source: { type: 'PlatformImage', publisher: 'Canonical', offer: 'o', sku: 's', version: '1.2.3' },
    customize: [{ type: 'Shell', name: 'a', inline: ['echo 1'] }],
    validate: null,
    osDiskSizeGb: 0,
    optimize: { vmBoot: { state: 'Enabled' } },
  };
  it('is stable across runs and key order', () => {
    const reordered = {
      optimize: shape.optimize,
      osDiskSizeGb: 0,
      validate: null,
      customize: [{ inline: ['echo 1'], name: 'a', type: 'Shell' }],
      source: { version: '1.2.3', sku: 's', offer: 'o', publisher: 'Canonical', type: 'PlatformImage' },
    };
    expect(imageFingerprint(reordered)).toBe(imageFingerprint(shape));
    expect(imageFingerprint(shape)).toMatch(/^[0-9a-f]{64}$/);
  });
  it('changes with the base version, a customize step or the disk size', () => {
    const fp = imageFingerprint(shape);
    expect(imageFingerprint({ ...shape, source: { ...shape.source, version: '1.2.4' } })).not.toBe(fp);
    expect(
      imageFingerprint({ ...shape, customize: [{ type: 'Shell', name: 'a', inline: ['echo 2'] }] }),
    ).not.toBe(fp);
    expect(imageFingerprint({ ...shape, osDiskSizeGb: 64 })).not.toBe(fp);
  });
  it('the template hash ignores tags and artifact tags but not the VM size', () => {
    const body = (vmSize: string, tag: string) => ({
      location: 'x',
      tags: { run: tag },
      properties: {
        vmProfile: { vmSize },
        distribute: [{ type: 'ManagedImage', artifactTags: { run: tag } }],
      },
    });
    expect(templateHash(body('A', '1'))).toBe(templateHash(body('A', '2')));
    expect(templateHash(body('A', '1'))).not.toBe(templateHash(body('B', '1')));
  });
});
