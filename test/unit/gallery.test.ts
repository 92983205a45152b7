/** Pure parts of gallery distribution: compatibility rules, retention selection, replication outcome, the target. */
import { describe, expect, it } from 'vitest';
import { definitionProblems, targetRegions } from '../../src/core/gallery/compat.js';
import { sharedImageDistributor } from '../../src/core/gallery/distribute.js';
import { type Artifact, selectForDeletion } from '../../src/core/gallery/retention.js';
import type { GalleryTarget } from '../../src/core/gallery/settings.js';
import { replicationOutcome } from '../../src/core/gallery/versions.js';

const base = { publisher: 'Canonical', offer: 'ubuntu-24_04-lts', sku: 'server', version: '24.04.1' };
const gen2 = {
  hyperVGeneration: 'V2',
  architecture: 'x64',
  features: [{ name: 'SecurityType', value: 'TrustedLaunchAndConfidentialVmSupported' }],
};
const def = (extra: Record<string, string | undefined> = {}) => ({
  id: '/d',
  location: 'eastus2',
  osType: 'Linux',
  osState: 'Generalized',
  hyperVGeneration: 'V2',
  ...extra,
});
const gallery: GalleryTarget = {
  imageId: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/galleries/g/images/i',
  subscriptionId: 's',
  resourceGroup: 'rg',
  galleryName: 'g',
  imageName: 'i',
  replicationRegions: ['westus3', 'eastus2'],
  replicaCount: 1,
  storageAccountType: 'Standard_LRS',
  excludeFromLatest: false,
};

describe('definition compatibility', () => {
  it('accepts a Gen2 x64 Linux definition, with no or a …Supported security type', () => {
    expect(definitionProblems(def(), base, gen2)).toEqual([]);
    expect(definitionProblems(def({ securityType: 'TrustedLaunchSupported' }), base, gen2)).toEqual([]);
    expect(definitionProblems(def({ securityType: 'ConfidentialVMSupported' }), base, gen2)).toEqual([]);
  });

  it('treats a definition without hyperVGeneration as V1 (the Azure default)', () => {
    expect(definitionProblems(def({ hyperVGeneration: undefined }), base, gen2).join()).toMatch(
      /generation V1 .*server-gen1/,
    );
  });

  it('refuses a TrustedLaunchSupported definition on a base image that declares no Trusted Launch support', () => {
    const problems = definitionProblems(def({ securityType: 'TrustedLaunchSupported' }), base, {
      ...gen2,
      features: [{ name: 'SecurityType', value: 'Standard' }],
    });
    expect(problems.join()).toMatch(/declares SecurityType Standard/);
  });

  it('lists every problem at once', () => {
    const problems = definitionProblems(
      def({
        osType: 'Windows',
        hyperVGeneration: 'V1',
        architecture: 'Arm64',
        securityType: 'ConfidentialVM',
      }),
      base,
      gen2,
    );
    expect(problems).toHaveLength(4);
  });

  it("puts the definition's region first and deduplicates the targets", () => {
    expect(targetRegions(gallery, def())).toEqual(['eastus2', 'westus3']);
  });
});

describe('the SharedImage target', () => {
  it('uses targetRegions and Latest versioning with an optional major; an explicit version goes into the id', () => {
    const latest = sharedImageDistributor({ ...gallery, majorVersion: 2 }, ['eastus2'], { a: 'b' });
    expect(latest).toMatchObject({
      versioning: { scheme: 'Latest', major: 2 },
      galleryImageId: gallery.imageId,
    });
    expect(latest).not.toHaveProperty('replicationRegions');
    const explicit = sharedImageDistributor({ ...gallery, version: '1.2.3' }, ['eastus2'], {});
    expect(explicit.galleryImageId).toBe(`${gallery.imageId}/versions/1.2.3`);
    expect(explicit).not.toHaveProperty('versioning');
  });
});

describe('retention selection', () => {
  const tool = { 'managed-by': 'aks-jumpbox-image', 'jumpbox-fingerprint': 'f' };
  const a = (name: string, createdAt: number, tags = tool, excludeFromLatest = false): Artifact => ({
    id: `/v/${name}`,
    name,
    createdAt,
    tags,
    excludeFromLatest,
  });

  it('keeps the current one and the newest others; never touches untagged artifacts', () => {
    const all = [a('1', 1), a('2', 2, { 'jumpbox-fingerprint': 'x' } as typeof tool), a('3', 3), a('4', 4)];
    const { remove, keep } = selectForDeletion(all, 2, '/v/4', true);
    expect(keep.map((x) => x.name)).toEqual(['4', '3']);
    expect(remove.map((x) => x.name)).toEqual(['1']);
  });

  it('keeps the current one even when it is not the newest', () => {
    const { keep, remove } = selectForDeletion([a('1', 5), a('2', 1)], 1, '/v/2', false);
    expect(keep.map((x) => x.name)).toEqual(['2']);
    expect(remove.map((x) => x.name)).toEqual(['1']);
  });

  it('never deletes the last version not excluded from latest', () => {
    const all = [a('1', 1), a('2', 2), a('3', 3, tool, true)];
    const { remove, keep } = selectForDeletion(all, 1, '/v/3', true);
    expect(remove.map((x) => x.name)).toEqual(['1']);
    expect(keep.map((x) => x.name)).toEqual(['3', '2']);
  });
});

describe('replication outcome', () => {
  it('names the failed regions and their details', () => {
    expect(replicationOutcome([{ region: 'eastus2', state: 'Completed' }])).toEqual({ failed: [] });
    const o = replicationOutcome([
      { region: 'eastus2', state: 'Completed' },
      { region: 'westus3', state: 'Failed', message: 'timed out' },
    ]);
    expect(o.failed).toEqual(['westus3']);
    expect(o.message).toMatch(/failed in westus3 \(timed out\)/);
  });
});
