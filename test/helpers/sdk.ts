/** Options that point the real Azure SDK clients at a simulator. */
import { ClientSecretCredential } from '@azure/identity';
import type { Simulator } from '../azure-sim/index.js';

export function secretCredential(sim: Simulator, secret = sim.client.secret!): ClientSecretCredential {
  return new ClientSecretCredential(sim.tenantId, sim.client.clientId, secret, {
    authorityHost: sim.url,
    disableInstanceDiscovery: true,
  });
}

/** For classic (core-client) management clients: @azure/arm-authorization, @azure/arm-msi. */
export const classicOptions = (sim: Simulator) => ({
  endpoint: sim.url,
  credentialScopes: [`${sim.url}/.default`],
  retryOptions: { maxRetries: 2, retryDelayInMs: 20, maxRetryDelayInMs: 200 },
});

/** For modular (TypeSpec) management clients: @azure/arm-imagebuilder, -compute, -network, -storage, -resources. */
export const modularOptions = (sim: Simulator) => ({
  endpoint: sim.url,
  credentials: { scopes: [`${sim.url}/.default`] },
  retryOptions: { maxRetries: 2, retryDelayInMs: 20, maxRetryDelayInMs: 200 },
});
