/**
 * The bundled action (dist/index.js) run as the runner runs it, against the simulator and the loopback artifact
 * service: ARM requests by kind for an unchanged re-run (with and without `location`) and for a full build, the
 * OIDC ID-token and Entra token requests of each, the time from process start to the first ARM request, and the
 * yearly comparison with the reference guide's manual path. Needs `npm run bundle`.
 */
import { startArtifactService } from '../test/fakes/artifact-service.js';
import { createSimulator } from '../test/azure-sim/index.js';
import { MAIN, startStep, type ActionEnvironment } from '../test/github/harness.js';
import { byKind, median, round, saveSection } from './results.js';

/** Image Builder's build time the full-build figures are scaled to, and the action's default poll interval. */
const BUILD_MINUTES = 30;
const DEFAULT_POLL_SECONDS = 15;
/** Simulated: the build lasts SIM_BUILD_MS, polled every SIM_POLL_SECONDS (the same number of polls, 150× faster). */
const SIM_BUILD_MS = 12_000;
const SIM_POLL_SECONDS = (DEFAULT_POLL_SECONDS * SIM_BUILD_MS) / (BUILD_MINUTES * 60_000);

const sim = await createSimulator({
  build: { durationMs: SIM_BUILD_MS, provisionDelayMs: 50, deleteDelayMs: 20 },
});
const artifacts = await startArtifactService();

async function run(inputs: Record<string, string>) {
  const setup: ActionEnvironment = {
    sim,
    artifacts,
    inputs: { 'poll-interval-seconds': String(SIM_POLL_SECONDS), ...inputs },
    auditSecrets: false,
  };
  const mark = sim.journal.length;
  const tokens = sim.counters.accessTokens;
  const idTokens = sim.counters.githubIdTokens;
  const t0 = Date.now();
  const done = await startStep(MAIN, setup).done;
  const entries = sim.journal.slice(mark);
  const arm = entries.filter((e) => !e.kind.startsWith('entra.') && !e.kind.startsWith('oidc.'));
  const first = arm[0] ? Date.parse(arm[0].time) - t0 : NaN;
  const polls = arm.filter((e) => e.kind === 'imageTemplates.get').map((e) => Date.parse(e.time));
  const pollGaps = polls.slice(1).map((t, i) => t - polls[i]!);
  return {
    state: done.outputs['run-state'],
    wallMs: done.durationMs,
    firstArmRequestMs: first,
    armRequests: arm.length,
    writes: arm.filter((e) => e.method !== 'GET').length,
    byKind: byKind(arm),
    entraTokenRequests: sim.counters.accessTokens - tokens,
    githubIdTokenRequests: sim.counters.githubIdTokens - idTokens,
    maxPollGapMs: pollGaps.length ? Math.max(...pollGaps) : undefined,
  };
}

const location = { location: 'eastus2' };
const fullBuild = await run(location);
const reruns = [await run(location), await run(location), await run(location)];
const rerunNoLocation = await run({});
// A bare start on the same machine right now, for the time-to-first-ARM-request ratio.
const { spawnSync } = await import('node:child_process');
const bare = median(
  [0, 1, 2, 3, 4].map(() => {
    const t = Date.now();
    spawnSync(process.execPath, ['-e', '0']);
    return Date.now() - t;
  }),
);
await artifacts.stop();
await sim.stop();

const polls = fullBuild.byKind['GET imageTemplates.get'] ?? 0;
// At this scale each poll's own latency adds to the short interval, so fewer polls fit in the simulated build than
// in a real one (where 15 s dwarfs it): the projection counts the real build's polls, 30 min / 15 s.
const realPolls = (BUILD_MINUTES * 60) / DEFAULT_POLL_SECONDS;
const otherReads = fullBuild.armRequests - fullBuild.writes - polls;
const armReadsPerHour = round((otherReads + realPolls) * (60 / BUILD_MINUTES), 0);

/** The reference guide's manual path vs this action, per year (weekly schedule, base image patched monthly). */
const WEEKS = 52;
const PATCHES = 12;
const yearly = {
  manual: {
    builds: WEEKS,
    buildMinutes: WEEKS * BUILD_MINUTES,
    // Each manual build is a deployment of a new timestamped template plus a build: at least the requests of one
    // of our full builds (identity, roles, template, run, the same status polls).
    requests: WEEKS * fullBuild.armRequests,
  },
  action: {
    builds: PATCHES,
    buildMinutes: PATCHES * BUILD_MINUTES,
    requests: PATCHES * fullBuild.armRequests + (WEEKS - PATCHES) * median(reruns.map((r) => r.armRequests)),
  },
};

saveSection('actionRuns', {
  simulated: {
    buildMs: SIM_BUILD_MS,
    pollSeconds: SIM_POLL_SECONDS,
    representsMinutes: BUILD_MINUTES,
    pollAt: DEFAULT_POLL_SECONDS,
  },
  bareStartMs: bare,
  fullBuild,
  polls,
  realPolls,
  armReadsPerHour,
  rerun: {
    ...reruns[1]!,
    wallMs: median(reruns.map((r) => r.wallMs)),
    firstArmRequestMs: median(reruns.map((r) => r.firstArmRequestMs)),
  },
  rerunNoLocation,
  yearly,
});
console.log(JSON.stringify({ fullBuild, rerun: reruns[1], rerunNoLocation, yearly, bare }, null, 2));
