/**
 * The reads of an unchanged re-run (the VNet, the base image versions, the image lookup) go over the SDK's HTTP
 * pipeline without the generated clients (src/core/arm-rest.ts). Their errors name the operation, the ARM code, the
 * status and the correlation id; 5xx answers are retried as the SDK pipeline retries them; and the VNet they read is
 * the model the network SDK returns (the preflight reuses it).
 */
import { NetworkManagementClient } from '@azure/arm-network';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Simulator, createSimulator } from '../azure-sim/index.js';
import { build, subnetOf } from '../helpers/core.js';
import { modularOptions, secretCredential } from '../helpers/sdk.js';
import { createArmRest, flattenProperties } from '../../src/core/arm-rest.js';
import { resolveCloud } from '../../src/core/index.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await createSimulator({ build: { durationMs: 300, provisionDelayMs: 10, deleteDelayMs: 10 } });
  // An image exists: the runs below are unchanged re-runs unless a fault stops them.
  expect((await build(sim, { location: 'eastus2' })).result.state).toBe('Succeeded');
});
afterEach(() => sim.faults.clear());
afterAll(async () => {
  await sim?.stop();
});

const since = (mark: number, kind: string) => sim.journal.slice(mark).filter((e) => e.kind === kind);
const CORRELATION = /correlation id [0-9a-f-]{36}/;

describe('plain REST reads of the re-run', () => {
  it('a 403 on the image lookup names the operation, code, status and correlation id, and is not retried', async () => {
    const message =
      "The client 'c' with object id 'o' does not have authorization to perform action 'Microsoft.Compute/images/read' over scope 'rg-jumpbox-images'.";
    sim.faults.add({
      kind: 'images.list',
      times: Infinity,
      action: { type: 'status', status: 403, code: 'AuthorizationFailed', message },
    });
    const mark = sim.journal.length;
    const error = await build(sim, { location: 'eastus2' }).catch((e: Error) => e);
    expect((error as Error).message).toMatch(
      /^Listing the images in resource group rg-jumpbox-images failed \(AuthorizationFailed, HTTP 403, correlation id [0-9a-f-]{36}\): The client .* does not have authorization to perform action 'Microsoft.Compute\/images\/read'/,
    );
    expect(since(mark, 'images.list').map((e) => e.status)).toEqual([403]);
  });

  it('a 404 of the base image names it and the input to fix', async () => {
    const error = await build(sim, {
      location: 'eastus2',
      'base-image': 'Canonical:ubuntu-24_04-lts:no-such-sku:latest',
    }).catch((e: Error) => e);
    expect((error as Error).message).toBe(
      'Could not resolve the latest version of Canonical:ubuntu-24_04-lts:no-such-sku in eastus2: Artifact: VMImage was not found. Check base-image.',
    );
  });

  it('a 503 of the version list is retried and the re-run goes on', async () => {
    sim.faults.add({ kind: 'platformImages.list', times: 1, action: { type: 'status', status: 503 } });
    const mark = sim.journal.length;
    const { result } = await build(sim, { location: 'eastus2' });
    expect(result.state).toBe('Skipped');
    expect(since(mark, 'platformImages.list').map((e) => e.status)).toEqual([503, 200]);
  });

  it('a 500 that persists is retried, then named with its operation, code, status and correlation id', async () => {
    sim.faults.add({ kind: 'virtualNetworks.get', times: Infinity, action: { type: 'status', status: 500 } });
    const mark = sim.journal.length;
    const error = await build(sim).catch((e: Error) => e);
    expect((error as Error).message).toMatch(
      /^Reading virtual network vnet-imagebuilder failed \(InternalServerError, HTTP 500, correlation id [0-9a-f-]{36}\): The server encountered an internal error/,
    );
    expect((error as Error).message).toMatch(CORRELATION);
    // The helper's retry options: two retries after the first attempt.
    expect(since(mark, 'virtualNetworks.get').map((e) => e.status)).toEqual([500, 500, 500]);
  });

  it('a VNet read this way is the model the network SDK returns', async () => {
    const credential = secretCredential(sim);
    const cloud = resolveCloud({ resourceManagerEndpoint: sim.url, authorityHost: sim.url });
    const rest = createArmRest({ credential, cloud, subscriptionId: sim.subscriptionId });
    const path = new URL(subnetOf(sim), 'https://x').pathname.replace(/\/subnets\/[^/]+$/, '');
    const plain = flattenProperties<Record<string, unknown>>(await rest.get(path, '2026-01-01'));
    const sdk = await new NetworkManagementClient(
      credential,
      sim.subscriptionId,
      modularOptions(sim),
    ).virtualNetworks.get('rg-network', 'vnet-imagebuilder');
    // The etag differs per read; everything else (subnets, their delegations, policies, address space) is the same.
    const strip = (v: object) =>
      JSON.parse(JSON.stringify(v, (key, value: unknown) => (key === 'etag' ? undefined : value))) as unknown;
    expect(strip(plain)).toEqual(strip(sdk));
    expect((plain.subnets as unknown[]).length).toBeGreaterThan(0);
  });
});
