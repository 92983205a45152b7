/**
 * `npm run bench`: counts and ratios for the core against the simulator (no timed assertions; machines here are
 * noisy). Reports requests per build, writes, the requests an unchanged re-run makes, token reuse, the time from
 * abort to the cancel request, and the bundle load cost relative to a bare Node start.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSimulator } from '../test/azure-sim/index.js';
import { baseInputs, recordingLogger } from '../test/helpers/core.js';
import { secretCredential } from '../test/helpers/sdk.js';
import { parseSettings, resolveCloud, runBuild } from '../src/core/index.js';

const sim = await createSimulator({ build: { durationMs: 3000, provisionDelayMs: 50, cancelDelayMs: 200 } });
const cloud = resolveCloud({ resourceManagerEndpoint: sim.url, authorityHost: sim.url });
const credential = secretCredential(sim);
const run = async (extra: Record<string, string>, signal?: AbortSignal) =>
  runBuild(parseSettings(baseInputs(sim, { 'poll-interval-seconds': '0.5', ...extra })), {
    credential,
    cloud,
    logger: recordingLogger(),
    workDir: mkdtempSync(join(tmpdir(), 'bench-')),
    signal,
  });
const slice = (from: number) => sim.journal.slice(from);
const arm = (entries: typeof sim.journal) =>
  entries.filter((e) => !e.kind.startsWith('entra.') && !e.kind.startsWith('oidc.'));
const rows: Array<[string, string | number]> = [];

let mark = sim.journal.length;
const tokens = sim.counters.accessTokens;
const first = await run({});
const firstReqs = arm(slice(mark));
rows.push(['fresh build: state', first.state]);
rows.push(['fresh build: ARM requests', firstReqs.length]);
rows.push(['fresh build: ARM writes', firstReqs.filter((e) => e.method !== 'GET').length]);
rows.push(['fresh build: template PUTs', firstReqs.filter((e) => e.kind === 'imageTemplates.put').length]);
rows.push(['fresh build: status polls', firstReqs.filter((e) => e.kind === 'imageTemplates.get').length]);
rows.push(['fresh build: Entra token requests', sim.counters.accessTokens - tokens]);
rows.push([
  'fresh build: ARM requests per token',
  Number((firstReqs.length / Math.max(1, sim.counters.accessTokens - tokens)).toFixed(1)),
]);

mark = sim.journal.length;
const skipped = await run({});
const skipReqs = arm(slice(mark));
rows.push(['unchanged re-run: state', skipped.state]);
rows.push(['unchanged re-run: ARM requests', skipReqs.length]);
rows.push(['unchanged re-run: ARM writes', skipReqs.filter((e) => e.method !== 'GET').length]);
rows.push([
  'unchanged re-run / fresh build requests',
  Number((skipReqs.length / firstReqs.length).toFixed(3)),
]);

sim.setBuild({ durationMs: 60_000 });
const controller = new AbortController();
mark = sim.journal.length;
const pending = run({ 'force-rebuild': 'true' }, controller.signal);
while (!sim.audit().runningBuilds.length) await new Promise((r) => setTimeout(r, 20));
const abortedAt = Date.now();
controller.abort();
const canceled = await pending;
const cancel = slice(mark).find((e) => e.kind === 'imageTemplates.cancel');
rows.push(['abort: state', canceled.state]);
rows.push(['abort -> cancel request (ms)', cancel ? Date.parse(cancel.time) - abortedAt : -1]);
rows.push([
  'abort: role assignments left at the image RG',
  sim.audit().roleAssignments.filter((a) => a.scope.endsWith('rg-jumpbox-images')).length,
]);
await sim.stop();

const time = (args: string[]) => {
  const t0 = process.hrtime.bigint();
  spawnSync(process.execPath, args, { stdio: 'ignore' });
  return Number(process.hrtime.bigint() - t0) / 1e6;
};
const bare = Math.min(...[0, 1, 2].map(() => time(['-e', '0'])));
const cli = Math.min(...[0, 1, 2].map(() => time(['dist/cli/index.js', '--help'])));
rows.push(['CLI bundle start / bare node start', Number((cli / bare).toFixed(1))]);

const width = Math.max(...rows.map(([k]) => k.length));
for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
