/**
 * `npm run bench` (preflight part): how many requests the preflight makes, counted from the simulator's journal.
 * Budget (issue 12): every check in at most 10 reads; a passing preflight adds at most 8 requests to a fresh build;
 * a skipped (unchanged) re-run makes no preflight request at all.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILT_IN_ROLES, createSimulator } from '../test/azure-sim/index.js';
import { baseInputs, recordingLogger } from '../test/helpers/core.js';
import { secretCredential } from '../test/helpers/sdk.js';
import { createArmRest } from '../src/core/arm-rest.js';
import { createClients, loadClientSdks } from '../src/core/clients.js';
import { parseSettings, resolveCloud, runBuild, runPreflight } from '../src/core/index.js';

const sim = await createSimulator({ build: { durationMs: 1000, provisionDelayMs: 20 } });
const cloud = resolveCloud({ resourceManagerEndpoint: sim.url, authorityHost: sim.url });
const credential = secretCredential(sim);
const arm = () => sim.journal.filter((e) => !e.kind.startsWith('entra.') && !e.kind.startsWith('oidc.'));
const PREFLIGHT =
  /^(providers\.|permissions\.list|roleDefinitions\.get|platformImages\.get|networkSecurityGroups\.get|routeTables\.get)/;
const rows: Array<[string, string | number]> = [];

/** A fresh build (new identity, new fingerprint): its ARM requests and those of the preflight among them. */
async function fresh(n: number, extra: Record<string, string> = {}) {
  const from = arm().length;
  const result = await runBuild(
    parseSettings(
      baseInputs(sim, {
        'poll-interval-seconds': '0.5',
        'identity-name': `mi-bench-${n}`,
        'os-disk-size-gb': String(40 + n),
        ...extra,
      }),
    ),
    { credential, cloud, logger: recordingLogger(), workDir: mkdtempSync(join(tmpdir(), 'bench-pf-')) },
  );
  const entries = arm().slice(from);
  const polls = entries.filter((e) => e.kind === 'imageTemplates.get').length;
  return {
    result,
    total: entries.length,
    polls,
    preflight: entries.filter((e) => PREFLIGHT.test(e.kind)).length,
  };
}

const net = `/subscriptions/${sim.subscriptionId}/resourceGroups/rg-network/providers/Microsoft.Network`;
const without = await fresh(1, { preflight: 'false' });
const withChecks = await fresh(2);
rows.push([
  'fresh build, preflight false: ARM requests (status polls)',
  `${without.total} (${without.polls})`,
]);
rows.push([
  'fresh build, preflight: ARM requests (status polls)',
  `${withChecks.total} (${withChecks.polls})`,
]);
rows.push(['  requests the preflight added (no NSG, no route table)', withChecks.preflight]);

sim.state.fixture.networkSecurityGroups = [
  { id: `${net}/networkSecurityGroups/nsg-imagebuilder`, securityRules: [] },
];
const subnet = [...sim.state.virtualNetworks.values()][0]!.subnets[0]!;
subnet.networkSecurityGroupId = `${net}/networkSecurityGroups/nsg-imagebuilder`;
const withNsg = await fresh(3);
rows.push(['  requests the preflight added (with an NSG)', withNsg.preflight]);

const from = arm().length;
const again = await runBuild(
  parseSettings(baseInputs(sim, { 'identity-name': 'mi-bench-3', 'os-disk-size-gb': '43' })),
  {
    credential,
    cloud,
    logger: recordingLogger(),
    workDir: mkdtempSync(join(tmpdir(), 'bench-pf-')),
  },
);
rows.push([
  `unchanged re-run (${again.state}): ARM requests, of which preflight`,
  `${arm().length - from}, ${
    arm()
      .slice(from)
      .filter((e) => PREFLIGHT.test(e.kind)).length
  }`,
]);

// Every read at once: the VNet not handed in, an NSG and a route table on the subnet.
sim.state.fixture.routeTables = [{ id: `${net}/routeTables/rt-imagebuilder`, routes: [] }];
subnet.routeTableId = `${net}/routeTables/rt-imagebuilder`;
const settings = parseSettings(
  baseInputs(sim, {
    'network-role-id': BUILT_IN_ROLES.UserAccessAdministrator,
    'image-role-id': BUILT_IN_ROLES.Owner,
  }),
);
await loadClientSdks();
const report = await runPreflight({
  clients: createClients({ credential, cloud, subscriptionId: settings.subscriptionId }),
  rest: createArmRest({ credential, cloud, subscriptionId: settings.subscriptionId }),
  settings,
  location: 'eastus2',
  baseImage: { publisher: 'Canonical', offer: 'ubuntu-24_04-lts', sku: 'server', version: '24.04.202511050' },
  logger: recordingLogger(),
});
rows.push([
  'all checks on their own (VNet, NSG, route table, 2 non-default roles): requests',
  report.requests,
]);
rows.push([
  '  checks (pass/warn/fail)',
  ['pass', 'warn', 'fail'].map((s) => report.checks.filter((c) => c.status === s).length).join('/'),
]);
await sim.stop();

const width = Math.max(...rows.map(([k]) => k.length));
for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
