/**
 * `npm run demo`: starts the built-in Azure simulator and runs the bundled CLI's `build` against it, end to end:
 * identity, roles, template, a simulated ~15 s Image Builder run with the live customization log, the image,
 * the copied log and manifest, and role revocation. Nothing leaves 127.0.0.1.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSimulator } from '../test/azure-sim/index.js';
import { cliBuildFlags } from '../test/helpers/core.js';
import {
  MANIFEST_BEGIN,
  MANIFEST_END,
  defaultDefinition,
  renderDefinition,
} from '../src/core/definition/index.js';

const baseImageVersion = '24.04.202511050';
const rendered = renderDefinition(defaultDefinition(), { baseImageVersion });
// The simulator does not run the scripts; it prints the manifest the real build's last step would print.
const manifest = {
  definitionFingerprint: rendered.definitionFingerprint,
  baseImageVersion,
  tools: rendered.tools.map(({ name, version }) => ({ name, version })),
};
const sim = await createSimulator({
  build: {
    durationMs: Number(process.env.DEMO_BUILD_MS ?? 15_000),
    extraLogLines: [MANIFEST_BEGIN, JSON.stringify(manifest), MANIFEST_END],
  },
});
const out = mkdtempSync(join(tmpdir(), 'aks-jumpbox-demo-'));
console.log(
  `Simulator on ${sim.url} (Entra ID, ARM, Image Builder; blobs in Azurite at ${sim.blobs.url}).\n`,
);
const args = [
  join(import.meta.dirname, '..', 'dist', 'cli', 'index.js'),
  'build',
  ...cliBuildFlags(sim, 1),
  '--out',
  out,
  ...process.argv.slice(2),
];
const child = spawn(process.execPath, args, {
  stdio: 'inherit',
  env: {
    ...process.env,
    NODE_EXTRA_CA_CERTS: sim.caPath,
    AZURE_TENANT_ID: sim.tenantId,
    AZURE_CLIENT_ID: sim.client.clientId,
    AZURE_CLIENT_SECRET: sim.client.secret,
  },
});
const forward = (sig: NodeJS.Signals) => child.kill(sig);
process.on('SIGINT', forward);
process.on('SIGTERM', forward);
const code: number = await new Promise((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
const audit = sim.audit();
console.log(
  `\nLeft behind in the simulator: ${audit.identities.length} identity, ${audit.roleAssignments.length} role assignment(s), ${audit.templates.length} template(s), ${audit.images.length} image(s), ${audit.runningBuilds.length} running build(s).`,
);
console.log(`Requests served: ${sim.journal.length} (${sim.writes().length} ARM writes). Files in ${out}.`);
await sim.stop();
process.exit(code);
