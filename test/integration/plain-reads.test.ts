/**
 * The reads of an unchanged re-run (the VNet, the base image versions, the image lookup) go over the SDK's HTTP
 * pipeline without the generated clients (src/core/arm-rest.ts). Their errors name the operation, the ARM code, the
 * status and the correlation id; 5xx answers are retried as the SDK pipeline retries them; and the VNet they read is
 * the model the network SDK returns (the preflight reuses it). The preflight reads its NSGs, route tables, base image
 * plan and providers the same way: they are the models the network, compute and resources SDKs return.
 */
import { ComputeManagementClient } from '@azure/arm-compute';
import { NetworkManagementClient } from '@azure/arm-network';
import { ResourceManagementClient } from '@azure/arm-resources';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Simulator, createSimulator } from '../azure-sim/index.js';
import { baseInputs, build, recordingLogger, subnetOf } from '../helpers/core.js';
import { modularOptions, secretCredential } from '../helpers/sdk.js';
import { createArmRest, flattenProperties } from '../../src/core/arm-rest.js';
import { createClients, loadClientSdks } from '../../src/core/clients.js';
import { parseSettings, resolveCloud } from '../../src/core/index.js';
import { fetchPreflightData } from '../../src/core/preflight/fetch.js';

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

  it("the preflight's NSG, route table, base image plan and providers are the models the SDKs return", async () => {
    const net = `/subscriptions/${sim.subscriptionId}/resourceGroups/rg-network/providers/Microsoft.Network`;
    const nsgId = `${net}/networkSecurityGroups/nsg-imagebuilder`;
    const routeTableId = `${net}/routeTables/rt-imagebuilder`;
    const rule = {
      name: 'AllowWebOut',
      priority: 100,
      direction: 'Outbound' as const,
      access: 'Allow' as const,
      protocol: 'Tcp',
      sourceAddressPrefix: 'VirtualNetwork',
      destinationAddressPrefix: 'Internet',
      sourcePortRange: '*',
      destinationPortRanges: ['443', '80'],
    };
    const route = {
      name: 'out',
      addressPrefix: '0.0.0.0/0',
      nextHopType: 'VirtualAppliance',
      nextHopIpAddress: '10.0.1.4',
    };
    sim.state.fixture.networkSecurityGroups = [{ id: nsgId, securityRules: [rule] }];
    sim.state.fixture.routeTables = [{ id: routeTableId, routes: [route] }];
    sim.state.fixture.platformImagePlans = { 'Canonical:ubuntu-24_04-lts:server': 'pro-24_04' };
    const subnet = [...sim.state.virtualNetworks.values()][0]!.subnets.find(
      (s) => s.name === 'snet-imagebuilder',
    )!;
    const saved = { ...subnet };
    Object.assign(subnet, { networkSecurityGroupId: nsgId, routeTableId });
    try {
      const credential = secretCredential(sim);
      const cloud = resolveCloud({ resourceManagerEndpoint: sim.url, authorityHost: sim.url });
      const options = { credential, cloud, subscriptionId: sim.subscriptionId };
      await loadClientSdks(['authorization']);
      const baseImage = {
        publisher: 'Canonical',
        offer: 'ubuntu-24_04-lts',
        sku: 'server',
        version: '24.04.202511050',
      };
      const data = await fetchPreflightData({
        clients: createClients(options),
        rest: createArmRest(options),
        settings: parseSettings(baseInputs(sim)),
        location: 'eastus2',
        baseImage,
        logger: recordingLogger(),
      });
      const sdk = modularOptions(sim);
      const network = new NetworkManagementClient(credential, sim.subscriptionId, sdk);
      // The etag and the NSG's resource guid are new on each read in the simulator.
      const strip = (v: unknown) =>
        JSON.parse(
          JSON.stringify(v, (key, value: unknown) =>
            key === 'etag' || key === 'resourceGuid' ? undefined : value,
          ),
        ) as unknown;
      const nsg = data.nsgs.get(nsgId.toLowerCase())?.value;
      expect(nsg?.securityRules?.[0]).toMatchObject(rule);
      expect(strip(nsg)).toEqual(
        strip(await network.networkSecurityGroups.get('rg-network', 'nsg-imagebuilder')),
      );
      const table = data.routeTables.get(routeTableId.toLowerCase())?.value;
      expect(table?.routes?.[0]).toMatchObject(route);
      expect(strip(table)).toEqual(strip(await network.routeTables.get('rg-network', 'rt-imagebuilder')));
      const image = await new ComputeManagementClient(
        credential,
        sim.subscriptionId,
        sdk,
      ).virtualMachineImages.get(
        'eastus2',
        baseImage.publisher,
        baseImage.offer,
        baseImage.sku,
        baseImage.version,
      );
      expect(data.baseImage.value?.plan).toEqual({
        name: 'pro-24_04',
        publisher: 'Canonical',
        product: 'ubuntu-24_04-lts',
      });
      expect(data.baseImage.value?.plan).toEqual(image.plan);
      const providers = [];
      for await (const p of new ResourceManagementClient(
        credential,
        sim.subscriptionId,
        sdk,
      ).providers.list())
        providers.push(p);
      expect(data.providers.value?.length).toBeGreaterThan(0);
      expect(strip(data.providers.value)).toEqual(strip(providers));
    } finally {
      Object.assign(subnet, saved);
      delete sim.state.fixture.networkSecurityGroups;
      delete sim.state.fixture.routeTables;
      delete sim.state.fixture.platformImagePlans;
    }
  });
});
