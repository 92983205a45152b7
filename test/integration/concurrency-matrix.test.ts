/**
 * The concurrency and revoke-roles matrices (docs/reliability.md): identical runs together make one build and report
 * the same image; a run against a template stuck in Canceling; and for each `revoke-roles` value, the exact role
 * assignments of the build identity while the build runs and after the run.
 */
import { ImageBuilderClient } from '@azure/arm-imagebuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_ROLES, type Simulator, createSimulator } from '../azure-sim/index.js';
import type { Checkpoint } from '../../src/core/index.js';
import { build, recordingLogger } from '../helpers/core.js';
import { leftBehind, matrixRecorder, snapshot } from '../helpers/reliability.js';
import { modularOptions, secretCredential } from '../helpers/sdk.js';

let sim: Simulator;
const concurrency = matrixRecorder('concurrency', 'core');
const REVOKE_VALUES = ['none', 'image', 'all'];
// The three cases run together: the rows keep this order, not the order they finish in.
const revoke = matrixRecorder('revoke-roles', 'core', () => REVOKE_VALUES.map((v) => `revoke-roles: ${v}`));
beforeAll(async () => {
  sim = await createSimulator({
    build: { durationMs: 2500, provisionDelayMs: 20, deleteDelayMs: 20, cancelDelayMs: 100 },
  });
});
afterAll(async () => {
  await sim?.stop();
  concurrency.write();
  revoke.write();
});

async function until(fn: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (!fn()) {
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 20));
  }
  return true;
}

/** A forced build that revokes all its roles, on template it-<name> making image img-<name>. */
const forcedBuild = (name: string, extra: Record<string, string> = {}) => ({
  'force-rebuild': 'true',
  'revoke-roles': 'all',
  'template-name': `it-${name}`,
  'image-name': `img-${name}`,
  ...extra,
});

const accepted = () => sim.requests('imageTemplates.run').filter((e) => e.status === 202).length;

describe('concurrency matrix', () => {
  it.each([2, 5])('%i identical runs together', async (count) => {
    const before = snapshot(sim);
    const posts = accepted();
    const inputs = {
      'force-rebuild': 'true',
      'revoke-roles': 'all',
      'cleanup-template': 'always',
      'template-name': `it-together-${count}`,
      'image-name': `img-together-${count}`,
    };
    const runs = await Promise.all(
      Array.from({ length: count }, (_, i) =>
        new Promise((r) => setTimeout(r, i * 50)).then(() => build(sim, inputs)),
      ),
    );
    const states = runs.map((r) => r.result.state);
    const images = new Set(runs.map((r) => r.result.imageId));
    const builds = accepted() - posts;
    await until(() => sim.audit().runningBuilds.length === 0, 10_000);
    const left = leftBehind(sim, before);
    concurrency.row({
      case: `${count} identical runs started 50 ms apart`,
      result: `${states.filter((s) => s === 'Succeeded').length}/${count} Succeeded, ${builds} build, ${images.size} image id`,
      leftBehind: left,
    });
    expect(states).toEqual(Array(count).fill('Succeeded'));
    // With cleanup-template: always, the runs that find another one deleting the template say so (no warning).
    expect(
      runs.flatMap((r) => r.logger.lines).filter((l) => /Deleting image template .* failed/.test(l)),
    ).toEqual([]);
    expect(builds).toBe(1);
    expect(images.size).toBe(1);
    expect(left).toBe('nothing');
  });

  it("a run attached to another run's build loses the template to that run's cleanup-template", async () => {
    const inputs = forcedBuild('gone', { 'cleanup-template': 'always' });
    const before = snapshot(sim);
    const posts = accepted();
    const deletes = () => sim.requests('imageTemplates.delete').length;
    const deletesBefore = deletes();
    const starter = build(sim, inputs);
    const running = () => sim.audit().runningBuilds.some((t) => t.toLowerCase().endsWith('/it-gone'));
    expect(await until(running, 20_000)).toBe(true);
    // It attaches, reads the status once and sleeps 5 s: meanwhile the build (2.5 s) ends and the starting run,
    // polling every 0.1 s, sees the end first and deletes the template. Image Builder refuses to delete a template
    // while its build runs, so the 404 means the build has ended: the image made decides the outcome.
    const checkpoints: Checkpoint[] = [];
    const attached = await build(sim, { ...inputs, 'poll-interval-seconds': '5' }, { checkpoints });
    const first = await starter;
    const builds = accepted() - posts;
    const left = leftBehind(sim, before);
    const { result, logger } = attached;
    concurrency.row({
      case: "a run attached to another run's build, whose cleanup-template deletes the template before this run sees the end",
      result: `${first.result.state} and ${result.state}: the image found by its fingerprint, ${builds} build, ${new Set([first.result.imageId, result.imageId]).size} image id`,
      leftBehind: left,
    });
    expect(logger.lines.some((l) => /attaching to it instead of starting another/.test(l))).toBe(true);
    expect(first.result.state).toBe('Succeeded');
    expect(result.state).toBe('Succeeded');
    expect(result.imageId).toBe(first.result.imageId);
    expect(
      logger.lines.some((l) =>
        /^info: Image template it-gone was deleted while this run followed its build .*; the build ended and made \/subscriptions\/.*\/images\/img-gone\./.test(
          l,
        ),
      ),
    ).toBe(true);
    // One status read answered 404, no retries of it; no log copy or template deletion tried for what is gone.
    expect(logger.lines.filter((l) => /^(warning|error):/.test(l))).toEqual([]);
    expect(builds).toBe(1);
    expect(left).toBe('nothing');
    // Only the starting run deletes the template; the attached one neither deletes what is gone nor leaves it to a
    // post step, and owes no log copy (the log went with the staging group).
    expect(deletes() - deletesBefore).toBe(1);
    expect(checkpoints.at(-1)).toMatchObject({ finished: true, revoke: [] });
    expect(checkpoints.at(-1)).not.toHaveProperty('log');
    expect(checkpoints.at(-1)).not.toHaveProperty('deleteTemplate');
  }, 30_000);

  it('a run whose chosen template is deleted before its build starts writes it again', async () => {
    const inputs = forcedBuild('deleted-before-run');
    // An earlier run left the template, its build ended: the next run reuses it.
    expect((await build(sim, { ...inputs, 'cleanup-template': 'never' })).result.state).toBe('Succeeded');
    const before = snapshot(sim);
    const posts = accepted();
    // Its POST run is held 3 s; meanwhile the template is deleted (as another run's cleanup-template would).
    sim.faults.add({ kind: 'imageTemplates.run', action: { type: 'latency', ms: 3000 } });
    const checkpoints: Checkpoint[] = [];
    const pending = build(sim, { ...inputs, 'cleanup-template': 'always' }, { checkpoints });
    expect(await until(() => checkpoints.some((c) => c.buildStarted), 20_000)).toBe(true);
    const ib = new ImageBuilderClient(secretCredential(sim), sim.subscriptionId, modularOptions(sim));
    await ib.virtualMachineImageTemplates.delete('rg-jumpbox-builder', 'it-deleted-before-run', {
      updateIntervalInMs: 50,
    });
    const { result, logger } = await pending;
    const builds = accepted() - posts;
    const left = leftBehind(sim, before);
    concurrency.row({
      case: 'a run whose reused template is deleted (another run cleaning up) before its POST run',
      result: `${result.state}: wrote the template again, ${builds} build`,
      leftBehind: left,
    });
    expect(logger.lines.some((l) => /^info: Reusing image template it-deleted-before-run/.test(l))).toBe(
      true,
    );
    expect(
      logger.lines.some((l) =>
        /^info: Image template it-deleted-before-run was deleted before this run's build started .*writing it again\./.test(
          l,
        ),
      ),
    ).toBe(true);
    expect(result.state).toBe('Succeeded');
    expect(logger.lines.filter((l) => /^(warning|error):/.test(l))).toEqual([]);
    expect(builds).toBe(1);
    expect(left).toBe('nothing');
  }, 30_000);

  it('a run whose template is deleted again after it wrote it anew gives up without a cancel', async () => {
    const inputs = forcedBuild('deleted-twice');
    expect((await build(sim, { ...inputs, 'cleanup-template': 'never' })).result.state).toBe('Succeeded');
    const before = snapshot(sim);
    const posts = accepted();
    // Both POST runs are held 3 s, and the template is deleted while each is held.
    sim.faults.add({ kind: 'imageTemplates.run', times: 2, action: { type: 'latency', ms: 3000 } });
    const checkpoints: Checkpoint[] = [];
    const logger = recordingLogger();
    const pending = build(sim, inputs, { checkpoints, logger }).then(
      () => undefined,
      (e: Error) => e,
    );
    const ib = new ImageBuilderClient(secretCredential(sim), sim.subscriptionId, modularOptions(sim));
    for (let starts = 1; starts <= 2; starts++) {
      const started = () => checkpoints.filter((c) => c.buildStarted).length >= starts;
      expect(await until(started, 20_000)).toBe(true);
      await ib.virtualMachineImageTemplates.delete('rg-jumpbox-builder', 'it-deleted-twice', {
        updateIntervalInMs: 50,
      });
    }
    const error = await pending;
    const left = leftBehind(sim, before);
    concurrency.row({
      case: 'a run whose template is deleted before its POST run, twice',
      result: `fails naming the other run's cleanup; ${accepted() - posts} build, no cancel tried`,
      leftBehind: left,
    });
    expect(error?.message).toMatch(
      /Image template it-deleted-twice was deleted twice between this run writing it/,
    );
    expect(accepted() - posts).toBe(0);
    // No build was started: nothing to cancel (the ledger forgets each POST that answered 404).
    expect(logger.lines.filter((l) => /^(warning|error): .*cancel/i.test(l))).toEqual([]);
    expect(sim.requests('imageTemplates.cancel')).toHaveLength(0);
    expect(left).toBe('nothing');
  }, 40_000);

  it('a run against a template stuck in Canceling', async () => {
    sim.setBuild({ cancelDelayMs: 3000 });
    try {
      const inputs = {
        'force-rebuild': 'true',
        'revoke-roles': 'all',
        'template-name': 'it-stuck-canceling',
        'image-name': 'img-stuck-canceling',
      };
      const first = await build(sim, { ...inputs, wait: 'false' });
      expect(first.result.state).toBe('Running');
      const ib = new ImageBuilderClient(secretCredential(sim), sim.subscriptionId, modularOptions(sim));
      await ib.virtualMachineImageTemplates.cancel('rg-jumpbox-builder', 'it-stuck-canceling').submitted();
      const runState = () => sim.audit().templates.find((t) => t.name === 'it-stuck-canceling')?.runState;
      expect(runState()).toBe('Canceling');
      const before = snapshot(sim);
      const posts = accepted();
      const outcome = await build(sim, inputs).then(
        ({ result, logger }) => ({ state: result.state, message: result.message, lines: logger.lines }),
        (e: Error) => ({ state: 'Failed', message: e.message, lines: [] }),
      );
      const builds = accepted() - posts;
      await until(() => sim.audit().runningBuilds.length === 0, 10_000);
      const left = leftBehind(sim, before, { templates: true });
      concurrency.row({
        case: 'a run against a template stuck in Canceling (3 s), identical inputs',
        result: `${outcome.state}: waited for the cancel to end, then ${builds} new build`,
        leftBehind: left,
      });
      expect(outcome.state).toBe('Succeeded');
      expect(builds).toBe(1);
      expect(outcome.lines.some((l) => /has a build Canceling \(another run\); waiting/.test(l))).toBe(true);
      expect(left).toBe('nothing');
    } finally {
      sim.setBuild({ cancelDelayMs: 100 });
    }
  });
});

const ROLE_NAMES = new Map<string, string>(
  Object.entries(BUILT_IN_ROLES).map(([name, guid]) => [guid, name.replace(/([a-z])([A-Z])/g, '$1 $2')]),
);

/** The build identity's assignments, as "<scope>: <role>", sorted. */
function assignmentsOf(principalId: string): string[] {
  return sim
    .audit()
    .roleAssignments.filter((a) => a.principalId === principalId)
    .map((a) => {
      const role = a.roleDefinitionId.split('/').pop()!;
      const scope = a.scope.split('/').filter(Boolean).slice(-2).join('/');
      return `${scope}: ${ROLE_NAMES.get(role) ?? role}`;
    })
    .sort();
}

describe('revoke-roles matrix', () => {
  const KEPT: Record<string, (a: string) => boolean> = {
    none: () => true,
    image: (a) => a.startsWith('virtualNetworks/'),
    all: () => false,
  };

  // Each value has an identity of its own: the three run together.
  it.concurrent.each(REVOKE_VALUES)('revoke-roles: %s', async (value) => {
    const identity = `id-revoke-${value}`;
    const pending = build(sim, {
      'force-rebuild': 'true',
      'revoke-roles': value,
      'identity-name': identity,
      'template-name': `it-revoke-${value}`,
      'image-name': `img-revoke-${value}`,
    });
    const principal = () => sim.audit().identities.find((i) => i.id.endsWith(`/${identity}`))?.principalId;
    const customizing = () =>
      sim.audit().templates.find((t) => t.name === `it-revoke-${value}`)?.runSubState === 'Customizing';
    expect(await until(customizing, 20_000)).toBe(true);
    const during = assignmentsOf(principal()!);
    const { result } = await pending;
    expect(result.state).toBe('Succeeded');
    const after = assignmentsOf(principal()!);
    const extra = after.filter((a) => !KEPT[value]!(a));
    revoke.row({
      case: `revoke-roles: ${value}`,
      result: `during the build: ${during.join(', ')}; after: ${after.length ? after.join(', ') : 'none'}`,
      leftBehind: extra.length ? extra.join(', ') : 'nothing',
    });
    expect(during).toEqual([
      'resourceGroups/rg-jumpbox-images: Contributor',
      'virtualNetworks/vnet-imagebuilder: Network Contributor',
    ]);
    expect(after).toEqual(during.filter((a) => KEPT[value]!(a)));
  });
});
