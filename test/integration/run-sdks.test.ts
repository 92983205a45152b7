/**
 * A run loads after its skip decision only the SDKs its settings need (src/core/run/sdks.ts): the preflight reads
 * over plain REST, so the network, compute and resources SDKs come only with the features that write or list with
 * them. Each case runs in a fresh module graph (no SDK loaded yet), so a feature whose SDK the run forgets to load
 * fails here, however the other test files order their loads.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Simulator, createSimulator, defaultFixture } from '../azure-sim/index.js';
import { fixtureWithAksNetwork } from '../helpers/fixtures.js';
import { baseInputs, recordingLogger } from '../helpers/core.js';
import { secretCredential } from '../helpers/sdk.js';
import type { RawInputs } from '../../src/core/settings.js';

let sim: Simulator;
const fixture = defaultFixture();
beforeAll(async () => {
  sim = await createSimulator({
    build: { durationMs: 300, provisionDelayMs: 10, deleteDelayMs: 10 },
    fixture: {
      ...fixtureWithAksNetwork(fixture),
    },
  });
});
afterAll(async () => {
  await sim?.stop();
});
// The product's modules anew for each case: src/core/clients.ts starts with no SDK loaded.
beforeEach(() => vi.resetModules());

/** A run through freshly loaded product modules. */
async function freshRun(extra: RawInputs) {
  const core = await import('../../src/core/index.js');
  return core.runBuild(core.parseSettings(baseInputs(sim, { 'force-rebuild': 'true', ...extra })), {
    credential: secretCredential(sim),
    cloud: core.resolveCloud({ resourceManagerEndpoint: sim.url, authorityHost: sim.url }),
    logger: recordingLogger(),
    workDir: mkdtempSync(join(tmpdir(), 'jumpbox-sdks-')),
    retry: { maxRetries: 2, retryDelayInMs: 20, maxRetryDelayInMs: 100 },
  });
}

const images = () =>
  `/subscriptions/${sim.subscriptionId}/resourceGroups/rg-jumpbox-images/providers/Microsoft.Compute/images`;

describe('SDKs a run loads by its settings', () => {
  it('a boot test (test-subnet-id): the compute and network SDKs for its VM and NIC', async () => {
    const result = await freshRun({
      'test-subnet-id': `/subscriptions/${sim.subscriptionId}/resourceGroups/rg-aks/providers/Microsoft.Network/virtualNetworks/vnet-aks/subnets/snet-jumpbox`,
    });
    expect(result.state).toBe('Succeeded');
    expect(result.testMessage ?? '').not.toMatch(/could not run/);
    expect(result.testResult).toBe('passed');
  });

  it('retention of managed images (keep-images): the compute SDK to list and delete them', async () => {
    sim.addImage(`${images()}/img-old-tool`, {
      'managed-by': 'aks-jumpbox-image',
      'jumpbox-fingerprint': 'a'.repeat(64),
    });
    const result = await freshRun({ 'keep-images': '1' });
    expect(result.state).toBe('Succeeded');
    expect(result.retention?.deleted).toEqual([`${images()}/img-old-tool`]);
  });

  it('a staging group: the resources SDK to check it is empty before any write', async () => {
    const result = await freshRun({ 'staging-resource-group': 'rg-staging', 'image-name': 'img-staging' });
    expect(result.state).toBe('Succeeded');
    expect(result.stagingResourceGroup).toBe(
      `/subscriptions/${sim.subscriptionId}/resourceGroups/rg-staging`,
    );
  });

  it('preflight false: the resources SDK for the resource groups the preflight would have checked', async () => {
    const result = await freshRun({ preflight: 'false', 'image-name': 'img-no-preflight' });
    expect(result.state).toBe('Succeeded');
    expect(sim.journal.some((e) => e.kind === 'resourceGroups.get')).toBe(true);
  });
});
