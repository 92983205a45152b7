/**
 * Time to the first ARM request of the bundled action's unchanged re-run (`location` set), as a ratio to a bare
 * `node -e 0` measured in the same loop, and broken down: start-up to valid inputs, the on-demand chunks loaded, the
 * GitHub OIDC round trip, the Entra round trip and the first ARM request. The action process is timed from inside
 * by bench/timeline.mjs (preloaded); the spawn itself (before Node's clock starts) is the rest of the parent's
 * figure. Needs `npm run bundle`. Also run by `npm run bench:startup`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSimulator } from '../test/azure-sim/index.js';
import { MAIN, startStep } from '../test/github/harness.js';
import { chunkPackage, median, round, saveSection } from './results.js';

const RUNS = 5;
const sim = await createSimulator({ build: { durationMs: 200, provisionDelayMs: 10, deleteDelayMs: 10 } });
const inputs = { location: 'eastus2', 'poll-interval-seconds': '0.1' };

interface Event {
  t: number;
  what: 'chunk' | 'request' | 'mark';
  chunk?: string;
  readMs?: number;
  method?: string;
  path?: string;
  doneMs?: number;
  label?: string;
}

async function run(timeline: boolean) {
  const out = join(mkdtempSync(join(tmpdir(), 'bench-timeline-')), 'timeline.json');
  const mark = sim.journal.length;
  const t0 = Date.now();
  const env = timeline
    ? { NODE_OPTIONS: `--import ${join(import.meta.dirname, 'timeline.mjs')}`, TIMELINE_OUT: out }
    : {};
  const done = await startStep(MAIN, { sim, inputs, env, auditSecrets: false }).done;
  const arm = sim.journal
    .slice(mark)
    .find((e) => !e.kind.startsWith('entra.') && !e.kind.startsWith('oidc.'));
  return {
    state: done.outputs['run-state'],
    firstArmMs: arm ? Date.parse(arm.time) - t0 : NaN,
    events: timeline ? (JSON.parse(readFileSync(out, 'utf8')) as Event[]) : [],
  };
}

/** The phases of one timeline, in ms since the action process started. */
function phases(events: Event[]) {
  const requests = events.filter((e) => e.what === 'request');
  const oidc = requests.find((e) => e.path?.includes('/github/idtoken'));
  const entra = requests.filter((e) => /\/oauth2\/|openid-configuration|discovery/.test(e.path ?? ''));
  const firstArm = requests.find((e) => e.path?.startsWith('/subscriptions/'));
  const valid = events.find((e) => e.label === 'inputs valid, sign-in set up');
  const entraStart = entra[0]?.t;
  const entraEnd = entra.length ? Math.max(...entra.map((e) => e.t + (e.doneMs ?? 0))) : undefined;
  const chunksBeforeArm = events.filter((e) => e.what === 'chunk' && (!firstArm || e.t < firstArm.t));
  return {
    inputsValidMs: valid?.t,
    oidcStartMs: oidc?.t,
    oidcDoneMs: oidc && oidc.t + (oidc.doneMs ?? 0),
    entraStartMs: entraStart,
    entraDoneMs: entraEnd,
    entraRequests: entra.map((e) => `${e.method} ${e.path?.replace(/[0-9a-f-]{36}/g, '{tenant}')}`),
    firstArmMs: firstArm?.t,
    chunks: chunksBeforeArm.map((c) => ({ at: c.t, file: c.chunk!, mainly: chunkPackage(c.chunk!) })),
  };
}

// One build first, so every measured run is an unchanged re-run.
await run(false);
const bareMs: number[] = [];
const firstArm: number[] = [];
const timelines: Array<ReturnType<typeof phases>> = [];
for (let i = 0; i < RUNS; i++) {
  const t = Date.now();
  spawnSync(process.execPath, ['-e', '0']);
  bareMs.push(Date.now() - t);
  const plain = await run(false);
  if (plain.state !== 'Skipped') throw new Error(`expected an unchanged re-run, got ${plain.state}`);
  firstArm.push(plain.firstArmMs);
  timelines.push(phases((await run(true)).events));
}
await sim.stop();

const med = (pick: (p: ReturnType<typeof phases>) => number | undefined) => {
  const xs = timelines.map(pick).filter((x): x is number => typeof x === 'number');
  return xs.length ? round(median(xs), 0) : undefined;
};
const bare = median(bareMs);
const result = {
  runs: RUNS,
  bareStartMs: bare,
  firstArmRequestMs: median(firstArm),
  ratio: round(median(firstArm) / bare, 1),
  // Inside the action process (preloaded timeline; its own hooks add a little).
  inside: {
    inputsValidMs: med((p) => p.inputsValidMs),
    oidcStartMs: med((p) => p.oidcStartMs),
    oidcDoneMs: med((p) => p.oidcDoneMs),
    entraStartMs: med((p) => p.entraStartMs),
    entraDoneMs: med((p) => p.entraDoneMs),
    firstArmMs: med((p) => p.firstArmMs),
  },
  entraRequests: timelines[0]?.entraRequests ?? [],
  chunks: timelines[Math.floor(RUNS / 2)]?.chunks ?? [],
};
saveSection('firstRequest', result);
console.log(JSON.stringify(result, null, 2));
