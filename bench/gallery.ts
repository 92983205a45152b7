/**
 * `npx tsx bench/gallery.ts`: request counts of Compute Gallery distribution against the simulator (no timed
 * assertions): a gallery-only build to two regions, its unchanged re-run next to a managed-image re-run, and the
 * extra requests of retention.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSimulator, defaultFixture } from '../test/azure-sim/index.js';
import { baseInputs, recordingLogger } from '../test/helpers/core.js';
import { secretCredential } from '../test/helpers/sdk.js';
import { parseSettings, resolveCloud, runBuild } from '../src/core/index.js';

const sim = await createSimulator({
  fixture: { resourceGroups: [...defaultFixture().resourceGroups, 'rg-gallery'] },
  build: { durationMs: 1500, provisionDelayMs: 50 },
});
const cloud = resolveCloud({ resourceManagerEndpoint: sim.url, authorityHost: sim.url });
const credential = secretCredential(sim);
const run = (extra: Record<string, string>) =>
  runBuild(parseSettings(baseInputs(sim, { 'poll-interval-seconds': '0.5', ...extra })), {
    credential,
    cloud,
    logger: recordingLogger(),
    workDir: mkdtempSync(join(tmpdir(), 'bench-')),
  });
const arm = (from: number) =>
  sim.journal.slice(from).filter((e) => !e.kind.startsWith('entra.') && !e.kind.startsWith('oidc.'));
const rows: Array<[string, string | number]> = [];
const measure = async (label: string, extra: Record<string, string>) => {
  const mark = sim.journal.length;
  const result = await run(extra);
  const reqs = arm(mark);
  rows.push([`${label}: state`, result.state]);
  rows.push([`${label}: ARM requests`, reqs.length]);
  rows.push([`${label}: ARM writes`, reqs.filter((e) => e.method !== 'GET').length]);
  if (result.retention) rows.push([`${label}: deleted by retention`, result.retention.deleted.length]);
};

const definition = `/subscriptions/${sim.subscriptionId}/resourceGroups/rg-gallery/providers/Microsoft.Compute/galleries/gal/images/jumpbox`;
sim.addGalleryImage(definition, { securityType: 'TrustedLaunchSupported' });
const gallery = { 'gallery-image-id': definition, 'replication-regions': 'westus3' };
await measure('managed image build', {});
await measure('managed image unchanged re-run', {});
await measure('gallery build (2 regions)', gallery);
await measure('gallery unchanged re-run', gallery);
await measure('gallery build + keep-versions 1', {
  ...gallery,
  'force-rebuild': 'true',
  'keep-versions': '1',
});

for (const [k, v] of rows) console.log(`${k.padEnd(44)} ${v}`);
await sim.stop();
