/**
 * The requests an unchanged re-run (the weekly schedule, nothing changed) makes, by kind, from the simulator's
 * journal: the base image version list and the image lookup, plus the VNet read when `location` is not given.
 * What a fresh build still checks before its first write (resource groups, subnet) is asserted here too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Simulator, createSimulator } from '../azure-sim/index.js';
import { build, subnetOf } from '../helpers/core.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await createSimulator({ build: { durationMs: 300, provisionDelayMs: 10, deleteDelayMs: 10 } });
});
afterAll(async () => {
  await sim?.stop();
});

/** ARM requests (not Entra, not OIDC) made since `mark`, as sorted kinds. */
const armKinds = (mark: number) =>
  sim.journal
    .slice(mark)
    .filter((e) => !e.kind.startsWith('entra.') && !e.kind.startsWith('oidc.'))
    .map((e) => `${e.method} ${e.kind}`)
    .sort();
const writes = (mark: number) =>
  sim.journal.slice(mark).filter((e) => e.method !== 'GET' && !e.kind.startsWith('entra.'));

describe('unchanged re-run request economy', () => {
  it('with location set: the base image versions and the image lookup, nothing else', async () => {
    const first = await build(sim, { location: 'eastus2' });
    expect(first.result.state).toBe('Succeeded');
    const mark = sim.journal.length;
    const { result } = await build(sim, { location: 'eastus2' });
    expect(result.state).toBe('Skipped');
    expect(armKinds(mark)).toEqual(['GET images.list', 'GET platformImages.list']);
    expect(writes(mark)).toEqual([]);
  });

  it('without location: the VNet read (for its location) as well, three in all', async () => {
    const mark = sim.journal.length;
    const { result } = await build(sim);
    expect(result.state).toBe('Skipped');
    expect(armKinds(mark)).toEqual(['GET images.list', 'GET platformImages.list', 'GET virtualNetworks.get']);
    expect(writes(mark)).toEqual([]);
  });

  it('a missing image group is named from the lookup itself', async () => {
    const mark = sim.journal.length;
    await expect(build(sim, { location: 'eastus2', 'image-resource-group': 'rg-gone' })).rejects.toThrow(
      /Resource group rg-gone does not exist in subscription .*az group create -n rg-gone/,
    );
    expect(writes(mark)).toEqual([]);
  });

  it('with location set, a failed sign-in at the first request (the version list) is explained as one', async () => {
    sim.faults.add({ kind: 'entra.token', times: Infinity, action: { type: 'status', status: 500 } });
    try {
      const error = await build(sim, { location: 'eastus2', 'image-name': 'img-token-500' }).catch(
        (e: Error) => e,
      );
      expect((error as Error).message).toMatch(
        /^Signing in to Microsoft Entra ID failed (\(HTTP 500\) )?while listing the versions of Canonical:/,
      );
    } finally {
      sim.faults.clear();
    }
  });

  it('without preflight, a fresh build still checks the builder group before its first write', async () => {
    const mark = sim.journal.length;
    await expect(
      build(sim, { preflight: 'false', 'force-rebuild': 'true', 'builder-resource-group': 'rg-gone' }),
    ).rejects.toThrow(/Resource group rg-gone does not exist/);
    expect(writes(mark)).toEqual([]);
  });

  it('without preflight and with location set, a fresh build still checks the subnet before its first write', async () => {
    const mark = sim.journal.length;
    await expect(
      build(sim, {
        preflight: 'false',
        'force-rebuild': 'true',
        location: 'eastus2',
        'build-subnet-id': subnetOf(sim, 'snet-missing'),
      }),
    ).rejects.toThrow(/Subnet snet-missing was not found/);
    expect(armKinds(mark)).toContain('GET virtualNetworks.get');
    expect(writes(mark)).toEqual([]);
  });
});
