/** Simulator fixtures several test files share. */
import { type SimulatorFixture, defaultFixture } from '../azure-sim/index.js';

/**
 * The default fixture plus the AKS network a build subnet is taken from in the reference guide: resource group
 * `rg-aks`, VNet `vnet-aks` (10.20.0.0/16) with subnet `snet-jumpbox` (10.20.8.0/27), in the fixture's region.
 */
export function fixtureWithAksNetwork(
  fixture: SimulatorFixture = defaultFixture(),
): Partial<SimulatorFixture> {
  return {
    resourceGroups: [...fixture.resourceGroups, 'rg-aks'],
    virtualNetworks: [
      ...fixture.virtualNetworks,
      {
        subscriptionId: fixture.subscriptionId,
        resourceGroup: 'rg-aks',
        name: 'vnet-aks',
        location: fixture.location,
        addressPrefixes: ['10.20.0.0/16'],
        subnets: [{ name: 'snet-jumpbox', addressPrefix: '10.20.8.0/27' }],
      },
    ],
  };
}
