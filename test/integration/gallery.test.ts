/** Compute Gallery distribution against the simulator with the real SDK: effects only (journal, resources, results). */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Simulator, createSimulator, defaultFixture } from '../azure-sim/index.js';
import { build } from '../helpers/core.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await createSimulator({
    fixture: {
      resourceGroups: [...defaultFixture().resourceGroups, 'rg-gallery', 'rg-staging', 'rg-staging-busy'],
    },
    build: { durationMs: 400, provisionDelayMs: 20, deleteDelayMs: 20, cancelDelayMs: 100 },
  });
});
afterAll(async () => {
  await sim?.stop();
});
afterEach(() => {
  sim.state.replicationFailures.clear();
  sim.state.storageDataPlaneAccess = true;
  sim.state.stagingSharedKeyAccess = true;
});

const definition = (name: string, rg = 'rg-gallery') =>
  `/subscriptions/${sim.subscriptionId}/resourceGroups/${rg}/providers/Microsoft.Compute/galleries/galJumpbox/images/${name}`;
const armWrites = (from: number) =>
  sim.journal
    .slice(from)
    .filter((e) => e.method !== 'GET' && e.method !== 'HEAD' && !e.kind.startsWith('entra.'));
const armRequests = (from: number) => sim.journal.slice(from).filter((e) => !e.kind.startsWith('entra.'));
type Distribute = Array<Record<string, unknown>>;
const putBody = (from: number) =>
  sim.journal.slice(from).find((e) => e.kind === 'imageTemplates.put')!.body as {
    properties: { distribute: Distribute; errorHandling: unknown; stagingResourceGroup?: string };
  };

describe('gallery distribution', () => {
  it('replicates to two regions; a failed region makes the run PartiallySucceeded and is named; role at the definition (another resource group), revoked after', async () => {
    const id = definition('jumpbox-tl');
    sim.addGalleryImage(id, { securityType: 'TrustedLaunchSupported' });
    sim.state.replicationFailures.set('westus3', 'Replication timed out after 60 minutes.');
    const before = sim.journal.length;
    const { result, logger } = await build(sim, {
      'gallery-image-id': id,
      'replication-regions': 'westus3',
      'replica-count': '2',
      'storage-account-type': 'Standard_ZRS',
    });
    expect(result.state).toBe('PartiallySucceeded');
    expect(result.message).toMatch(/westus3 \(Replication timed out/);
    expect(result.replication).toEqual([
      { region: 'eastus2', state: 'Completed' },
      { region: 'westus3', state: 'Failed', message: 'Replication timed out after 60 minutes.' },
    ]);
    expect(result.imageId).toBe(`${id}/versions/1.0.0`);
    expect(result.galleryImageVersion).toBe('1.0.0');
    // Gallery only: no managed image distribute, targetRegions (never replicationRegions), Latest versioning.
    const distribute = putBody(before).properties.distribute;
    expect(distribute).toHaveLength(1);
    expect(distribute[0]).toMatchObject({
      type: 'SharedImage',
      galleryImageId: id,
      excludeFromLatest: false,
      versioning: { scheme: 'Latest' },
      targetRegions: [
        { name: 'eastus2', replicaCount: 2, storageAccountType: 'Standard_ZRS' },
        { name: 'westus3', replicaCount: 2, storageAccountType: 'Standard_ZRS' },
      ],
    });
    expect(distribute[0]).not.toHaveProperty('replicationRegions');
    const version = sim.audit().galleryImageVersions.find((v) => v.id === result.imageId)!;
    expect(version.tags['jumpbox-fingerprint']).toBe(result.fingerprint);
    expect(version.tags['managed-by']).toBe('aks-jumpbox-image');
    expect(version.tags['source-repository']).toBe('contoso/platform-images');
    // The image role went to the definition's scope, in rg-gallery, and was revoked after the build.
    const rolePuts = sim.journal.slice(before).filter((e) => e.kind === 'roleAssignments.put');
    expect(rolePuts.map((e) => e.path)).toContainEqual(
      expect.stringContaining(`${id}/providers/Microsoft.Authorization`),
    );
    expect(rolePuts.some((e) => /rg-jumpbox-images/i.test(e.path))).toBe(false);
    expect(sim.audit().roleAssignments.filter((a) => a.scope.toLowerCase() === id.toLowerCase())).toEqual([]);
    expect(result.rolesRevoked.map((r) => r.scope)).toEqual([id]);
    expect(logger.lines).toContainEqual(expect.stringMatching(/^warning: Replication .*westus3/));
  });

  it('skips when a version of the definition has the fingerprint: zero writes, a managed-image skip plus the definition read', async () => {
    // Managed-image skip budget (built once, then skipped).
    await build(sim);
    let from = sim.journal.length;
    const managed = await build(sim);
    expect(managed.result.state).toBe('Skipped');
    const managedBudget = armRequests(from).length;

    const id = definition('jumpbox-skip');
    sim.addGalleryImage(id);
    const first = await build(sim, { 'gallery-image-id': id });
    expect(first.result.state).toBe('Succeeded');
    from = sim.journal.length;
    const again = await build(sim, { 'gallery-image-id': id });
    expect(again.result.state).toBe('Skipped');
    expect(again.result.imageId).toBe(first.result.imageId);
    expect(again.result.galleryImageVersion).toBe('1.0.0');
    expect(armWrites(from)).toEqual([]);
    // The definition read is the one more: the template body (and so the template name a skip reports) needs its
    // region; the version list replaces the managed image lookup.
    expect(armRequests(from).length).toBe(managedBudget + 1);
    expect(
      armRequests(from)
        .map((e) => e.kind)
        .sort(),
    ).toEqual([
      'galleryImageVersions.list',
      'galleryImages.get',
      'platformImages.list',
      'virtualNetworks.get',
    ]);
  });

  it.each([
    ['a V1 definition', { hyperVGeneration: 'V1' }, /generation V1 .*server-gen1/],
    ['an Arm64 definition', { architecture: 'Arm64' }, /architecture is Arm64 .*server-arm64/],
    [
      'a TrustedLaunch-only definition',
      { securityType: 'TrustedLaunch' },
      /TrustedLaunch-only.*cannot be a target of Image Builder.*SecurityType=TrustedLaunchSupported/,
    ],
    ['a Windows definition', { osType: 'Windows' }, /OS type is Windows.*--os-type Linux/],
    ['a specialized definition', { osState: 'Specialized' }, /OS state is Specialized.*Generalized/],
  ])('refuses %s before any write, naming the fix', async (_name, properties, message) => {
    const id = definition(`jumpbox-bad-${Object.values(properties)[0]}`);
    sim.addGalleryImage(id, properties);
    const before = sim.journal.length;
    await expect(build(sim, { 'gallery-image-id': id })).rejects.toThrow(message);
    expect(armWrites(before)).toEqual([]);
  });

  it('refuses a missing definition, an unknown replication region and an existing explicit version before any write', async () => {
    const before = sim.journal.length;
    await expect(build(sim, { 'gallery-image-id': definition('nope') })).rejects.toThrow(
      /does not exist\. Create it first, e\.g\. az sig image-definition create/,
    );
    const id = definition('jumpbox-regions');
    sim.addGalleryImage(id);
    await expect(build(sim, { 'gallery-image-id': id, 'replication-regions': 'marsnorth' })).rejects.toThrow(
      /replication-regions: marsnorth is not a region of subscription/,
    );
    sim.state.galleryImageVersions.set(`${id}/versions/3.0.0`.toLowerCase(), {
      id: `${id}/versions/3.0.0`,
      name: '3.0.0',
      location: 'eastus2',
      tags: {},
      targetRegions: ['eastus2'],
    });
    await expect(build(sim, { 'gallery-image-id': id, 'gallery-image-version': '3.0.0' })).rejects.toThrow(
      /gallery-image-version 3\.0\.0 already exists in this definition/,
    );
    expect(armWrites(before)).toEqual([]);
  });

  it('lists the subscription regions once when both location and the replica regions are checked', async () => {
    const id = definition('jumpbox-regions-once');
    sim.addGalleryImage(id);
    const before = sim.journal.length;
    const { result } = await build(sim, {
      'gallery-image-id': id,
      location: 'eastus2',
      'force-rebuild': 'true',
    });
    expect(result.state).toBe('Succeeded');
    expect(sim.journal.slice(before).filter((e) => e.kind === 'subscriptions.listLocations')).toHaveLength(1);
  });

  it('retention keeps N versions and deletes only versions this tool created', async () => {
    const id = definition('jumpbox-retention');
    sim.addGalleryImage(id);
    const tool = { 'managed-by': 'aks-jumpbox-image', 'jumpbox-fingerprint': 'f'.repeat(64) };
    const seed = (name: string, tags: Record<string, string>, day: number) =>
      sim.state.galleryImageVersions.set(`${id}/versions/${name}`.toLowerCase(), {
        id: `${id}/versions/${name}`,
        name,
        location: 'eastus2',
        tags,
        targetRegions: ['eastus2'],
        publishedDate: `2026-01-0${day}T00:00:00Z`,
      });
    seed('1.0.0', tool, 1);
    seed('1.0.1', { owner: 'someone-else' }, 2);
    seed('1.0.2', tool, 3);
    seed('1.0.3', tool, 4);

    const dry = await build(sim, { 'gallery-image-id': id, 'keep-versions': '2', 'dry-run': 'true' });
    expect(dry.result.retention).toMatchObject({
      dryRun: true,
      deleted: [`${id}/versions/1.0.2`, `${id}/versions/1.0.0`],
    });

    const before = sim.journal.length;
    const { result } = await build(sim, { 'gallery-image-id': id, 'keep-versions': '2' });
    expect(result.state).toBe('Succeeded');
    expect(result.galleryImageVersion).toBe('1.0.4');
    const deletes = sim.journal.slice(before).filter((e) => e.kind === 'galleryImageVersions.delete');
    expect(deletes.map((e) => e.path.split('/').pop())).toEqual(['1.0.2', '1.0.0']);
    const left = sim
      .audit()
      .galleryImageVersions.filter((v) => v.id.startsWith(id))
      .map((v) => v.id.split('/').pop());
    expect(left.sort()).toEqual(['1.0.1', '1.0.3', '1.0.4']);
    expect(result.retention?.deleted).toEqual([`${id}/versions/1.0.2`, `${id}/versions/1.0.0`]);
  });

  it('retention never deletes the last version not excluded from latest', async () => {
    const id = definition('jumpbox-prerelease');
    sim.addGalleryImage(id);
    sim.state.galleryImageVersions.set(`${id}/versions/2.0.0`.toLowerCase(), {
      id: `${id}/versions/2.0.0`,
      name: '2.0.0',
      location: 'eastus2',
      tags: { 'managed-by': 'aks-jumpbox-image', 'jumpbox-fingerprint': 'e'.repeat(64) },
      targetRegions: ['eastus2'],
      publishedDate: '2026-01-01T00:00:00Z',
    });
    const { result } = await build(sim, {
      'gallery-image-id': id,
      'keep-versions': '1',
      'exclude-from-latest': 'true',
      'gallery-image-version': '2.1.0-rc'.replace('-rc', ''),
    });
    expect(result.state).toBe('Succeeded');
    expect(result.galleryImageVersion).toBe('2.1.0');
    expect(result.retention?.deleted).toEqual([]);
    expect(sim.audit().galleryImageVersions.some((v) => v.id === `${id}/versions/2.0.0`)).toBe(true);
  });

  it('retention of managed images (keep-images) deletes only older images this tool created', async () => {
    const rg = `/subscriptions/${sim.subscriptionId}/resourceGroups/rg-jumpbox-images/providers/Microsoft.Compute/images`;
    sim.addImage(`${rg}/img-old-tool`, {
      'managed-by': 'aks-jumpbox-image',
      'jumpbox-fingerprint': 'a'.repeat(64),
    });
    sim.addImage(`${rg}/img-hand-made`, { 'jumpbox-fingerprint': 'b'.repeat(64) });
    const { result } = await build(sim, { 'keep-images': '1', 'force-rebuild': 'true' });
    expect(result.state).toBe('Succeeded');
    const ids = sim.audit().images.map((i) => i.id);
    expect(ids).toContain(result.imageId);
    expect(ids).toContain(`${rg}/img-hand-made`);
    expect(ids).not.toContain(`${rg}/img-old-tool`);
    expect(result.retention?.deleted).toContain(`${rg}/img-old-tool`);
  });
});

describe('staging group and error handling', () => {
  it('refuses a staging group that is not empty before any write', async () => {
    sim.addImage(
      `/subscriptions/${sim.subscriptionId}/resourceGroups/rg-staging-busy/providers/Microsoft.Compute/images/leftover`,
      {},
    );
    const before = sim.journal.length;
    await expect(
      build(sim, { 'staging-resource-group': 'rg-staging-busy', 'force-rebuild': 'true' }),
    ).rejects.toThrow(
      /staging-resource-group: rg-staging-busy is not empty \(Microsoft\.Compute\/images\/leftover\)/,
    );
    expect(armWrites(before)).toEqual([]);
  });

  it('uses an empty staging group with Contributor granted and revoked; error-handling abort reaches the template', async () => {
    const staging = `/subscriptions/${sim.subscriptionId}/resourceGroups/rg-staging`;
    const before = sim.journal.length;
    const { result } = await build(sim, {
      'staging-resource-group': 'rg-staging',
      'error-handling': 'abort',
      'force-rebuild': 'true',
    });
    expect(result.state).toBe('Succeeded');
    const body = putBody(before);
    expect(body.properties.stagingResourceGroup).toBe(staging);
    expect(body.properties.errorHandling).toEqual({ onCustomizerError: 'abort', onValidationError: 'abort' });
    expect(result.stagingResourceGroup).toBe(staging);
    expect(result.logFile).toBeTruthy();
    const stagingRole = result.rolesGranted.find((r) => r.purpose === 'staging')!;
    expect(stagingRole.scope).toBe(staging);
    expect(stagingRole.roleDefinitionId).toMatch(/b24988ac-6180-42a0-ab88-20f7382dd24c$/);
    expect(result.rolesRevoked.map((r) => r.purpose)).toContain('staging');
    expect(sim.audit().roleAssignments.filter((a) => a.scope === staging)).toEqual([]);
  });

  it('names Storage Blob Data Reader and the scope when shared keys are disabled and no data-plane role is held', async () => {
    sim.state.storageDataPlaneAccess = false;
    sim.state.stagingSharedKeyAccess = false;
    const { result, logger } = await build(sim, { 'force-rebuild': 'true', 'image-name': 'img-nokey' });
    expect(result.state).toBe('Succeeded');
    const line = logger.lines.find((l) => l.includes('Storage Blob Data Reader'));
    expect(line).toMatch(
      /shared-key access .*Grant it Storage Blob Data Reader on \/subscriptions\/.*\/resourceGroups\/IT_.*\/providers\/Microsoft\.Storage\/storageAccounts\//,
    );
  });
});
