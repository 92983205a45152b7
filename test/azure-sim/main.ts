/** `npm run sim`: runs the simulator standalone until Ctrl-C. */
import { createSimulator } from './index.js';

const sim = await createSimulator({
  trustInProcess: true,
  build: { durationMs: Number(process.env.SIM_BUILD_MS ?? 20_000) },
});
const sub = sim.subscriptionId;
console.log(`Azure simulator listening on ${sim.url}
  CA certificate        ${sim.caPath}   (export NODE_EXTRA_CA_CERTS=${sim.caPath})
  Entra authority host  ${sim.url}   tenant ${sim.tenantId}
  ARM endpoint          ${sim.url}   subscription ${sub}
  Service principal     client id ${sim.client.clientId}, secret ${sim.client.secret}  (simulated; not a real credential)
  GitHub OIDC           ACTIONS_ID_TOKEN_REQUEST_URL=${sim.github.idTokenUrl}
                        ACTIONS_ID_TOKEN_REQUEST_TOKEN=<printed only in tests>
  Azure Pipelines OIDC  SYSTEM_OIDCREQUESTURI=${sim.azurePipelines.oidcRequestUri}
  Blob service (Azurite) ${sim.blobs.url}
  Build subnet          /subscriptions/${sub}/resourceGroups/rg-network/providers/Microsoft.Network/virtualNetworks/vnet-imagebuilder/subnets/snet-imagebuilder
  Resource groups       rg-jumpbox-builder (builder), rg-jumpbox-images (images), rg-network
Press Ctrl-C to stop.`);

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await sim.stop();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
