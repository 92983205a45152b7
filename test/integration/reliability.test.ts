/**
 * Reliability of the run and the step flow against the simulator: what a cancel or a failing revocation leaves
 * behind, and what the post step finishes (on the checkpoint the main step really saved).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runPostStep, runStep } from '../../src/core/index.js';
import { type Simulator, createSimulator } from '../azure-sim/index.js';
import { build, recordingLogger } from '../helpers/core.js';
import { recordingHost } from '../helpers/step-host.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await createSimulator({ build: { durationMs: 1500, provisionDelayMs: 20 } });
});
afterAll(async () => {
  await sim?.stop();
});
afterEach(() => {
  sim.faults.clear();
  sim.setBuild({ durationMs: 1500 });
});

const imageScope = () =>
  `/subscriptions/${sim.subscriptionId}/resourceGroups/rg-jumpbox-images`.toLowerCase();
const imageRoles = () => sim.audit().roleAssignments.filter((a) => a.scope.toLowerCase() === imageScope());

async function until(what: string, fn: () => boolean, ms = 20_000): Promise<void> {
  const end = Date.now() + ms;
  while (!fn()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('revocation that fails in the main step', () => {
  it('is owed in the checkpoint, promised to the post step, and finished by it', async () => {
    sim.faults.add({
      kind: 'roleAssignments.delete',
      times: Infinity,
      action: { type: 'status', status: 503 },
    });
    const host = recordingHost(sim, { 'force-rebuild': 'true', 'image-name': 'img-revoke-503' });
    const state = await runStep(host);
    expect(state).toBe('Succeeded');
    const saved = host.checkpoints.at(-1)!;
    expect(saved.finished).toBe(true);
    expect(saved.buildStarted).toBe(false);
    expect(saved.revoke).toHaveLength(1);
    expect(host.logger.lines.some((l) => /^warning: .*The post step will try again\.$/.test(l))).toBe(true);
    expect(imageRoles()).toHaveLength(1);

    sim.faults.clear();
    await runPostStep(host);
    expect(host.problems).toEqual([]);
    expect(
      host.logger.lines.some((l) => /Cleaned up after the main step: revoked 1 role assignment/.test(l)),
    ).toBe(true);
    expect(imageRoles()).toEqual([]);
  });

  it('without a post step (the CLI) names the command that removes it instead', async () => {
    sim.faults.add({
      kind: 'roleAssignments.delete',
      times: Infinity,
      action: { type: 'status', status: 503 },
    });
    const { result, logger } = await build(sim, { 'force-rebuild': 'true', 'image-name': 'img-revoke-cli' });
    expect(result.state).toBe('Succeeded');
    expect(logger.lines.some((l) => /post step/.test(l))).toBe(false);
    const owed = imageRoles()[0]!;
    expect(
      logger.lines.some(
        (l) =>
          l.startsWith('warning: ') &&
          l.includes('Remove it with: az role assignment delete --ids ') &&
          l.includes(owed.name),
      ),
    ).toBe(true);
    sim.faults.clear();
  });
});

describe('a cleanup-template deletion that fails in the main step', () => {
  it('is owed in the checkpoint, promised to the post step, and done by it', async () => {
    sim.faults.add({
      kind: 'imageTemplates.delete',
      times: Infinity,
      action: { type: 'status', status: 503 },
    });
    const host = recordingHost(sim, {
      'force-rebuild': 'true',
      'cleanup-template': 'always',
      'image-name': 'img-cleanup-503',
    });
    expect(await runStep(host)).toBe('Succeeded');
    const saved = host.checkpoints.at(-1)!;
    expect(saved.finished).toBe(true);
    expect(saved.deleteTemplate).toBe(true);
    const name = host.outputs['template-name']!;
    expect(
      host.logger.lines.some((l) =>
        /^warning: Deleting image template .*The post step will try again\.$/.test(l),
      ),
    ).toBe(true);
    expect(sim.audit().templates.some((t) => t.name === name)).toBe(true);

    sim.faults.clear();
    await runPostStep(host);
    expect(host.problems).toEqual([]);
    expect(
      host.logger.lines.some((l) => /Cleaned up after the main step: deleted the template/.test(l)),
    ).toBe(true);
    expect(sim.audit().templates.some((t) => t.name === name)).toBe(false);
  });

  it('without a post step (the CLI) names the command that deletes it instead', async () => {
    sim.faults.add({
      kind: 'imageTemplates.delete',
      times: Infinity,
      action: { type: 'status', status: 503 },
    });
    const { result, logger } = await build(sim, {
      'force-rebuild': 'true',
      'cleanup-template': 'always',
      'image-name': 'img-cleanup-cli',
    });
    expect(result.state).toBe('Succeeded');
    expect(
      logger.lines.some((l) =>
        l.endsWith(`Delete it with: az image builder delete -g rg-jumpbox-builder -n ${result.templateName}`),
      ),
    ).toBe(true);
    sim.faults.clear();
  });
});

describe('cancel while POST run is in flight', () => {
  it('waits for the answer, cancels the build Image Builder accepted, then revokes', async () => {
    sim.setBuild({ durationMs: 30_000 });
    sim.faults.add({ kind: 'imageTemplates.run', action: { type: 'latency', ms: 3000 } });
    const logger = recordingLogger();
    const controller = new AbortController();
    const runsBefore = sim.requests('imageTemplates.run').length;
    const cancelsBefore = sim.requests('imageTemplates.cancel').length;
    const pending = build(
      sim,
      { 'force-rebuild': 'true', 'image-name': 'img-inflight' },
      { signal: controller.signal, logger },
    );
    // The run POST has reached Image Builder, which has not answered yet (the journal records it on arrival).
    const t0 = Date.now();
    await until('the run POST in flight', () =>
      sim
        .requests('imageTemplates.run')
        .slice(runsBefore)
        .some((e) => e.status === 0),
    );
    controller.abort();
    const { result } = await pending;
    expect(result.state).toBe('Canceled');
    expect(
      sim
        .requests('imageTemplates.run')
        .slice(runsBefore)
        .map((e) => e.status),
    ).toEqual([202]);
    expect(sim.requests('imageTemplates.cancel').length).toBeGreaterThan(cancelsBefore);
    await until('the build to stop', () => sim.audit().runningBuilds.length === 0, 10_000);
    expect(imageRoles()).toEqual([]);
    expect(Date.now() - t0).toBeLessThan(60_000);
  });
});

describe('overlapping runs', () => {
  const overlap = async (count: number, staggerMs: number, inputs: Record<string, string>) => {
    const accepted = () => sim.requests('imageTemplates.run').filter((e) => e.status === 202).length;
    const before = accepted();
    const runs = await Promise.all(
      Array.from({ length: count }, (_, i) =>
        new Promise((r) => setTimeout(r, i * staggerMs)).then(() => build(sim, inputs)),
      ),
    );
    return {
      results: runs.map((r) => r.result),
      logs: runs.map((r) => r.logger),
      posts: accepted() - before,
    };
  };

  it('two identical runs 300 ms apart on a new template make one build and report the same image', async () => {
    sim.setBuild({ durationMs: 3000 });
    const { results, posts } = await overlap(2, 300, {
      'force-rebuild': 'true',
      'template-name': 'it-overlap-two',
      'image-name': 'img-overlap-two',
    });
    expect(results.map((r) => r.state)).toEqual(['Succeeded', 'Succeeded']);
    expect(posts).toBe(1);
    expect(new Set(results.map((r) => r.imageId)).size).toBe(1);
    expect(sim.audit().templates.filter((t) => t.name === 'it-overlap-two')).toHaveLength(1);
    expect(imageRoles()).toEqual([]);
    expect(sim.audit().runningBuilds).toEqual([]);
  });

  it('five identical runs together make one build; the ones that attached never cancel or delete', async () => {
    sim.setBuild({ durationMs: 3000 });
    const cancelsBefore = sim.requests('imageTemplates.cancel').length;
    const deletesBefore = sim.requests('imageTemplates.delete').length;
    const { results, posts, logs } = await overlap(5, 100, {
      'force-rebuild': 'true',
      'template-name': 'it-overlap-five',
      'image-name': 'img-overlap-five',
    });
    expect(results.map((r) => r.state)).toEqual(Array(5).fill('Succeeded'));
    expect(posts).toBe(1);
    expect(new Set(results.map((r) => r.imageId)).size).toBe(1);
    expect(logs.filter((l) => l.lines.some((x) => /attaching to it/.test(x)))).toHaveLength(4);
    expect(sim.requests('imageTemplates.cancel').length).toBe(cancelsBefore);
    expect(sim.requests('imageTemplates.delete').length).toBe(deletesBefore);
    expect(imageRoles()).toEqual([]);
  });

  it('a run that ends while another build of the identity runs keeps the roles; the last one out revokes', async () => {
    sim.setBuild({ durationMs: 15_000 });
    const first = await build(sim, { 'force-rebuild': 'true', 'image-name': 'img-long', wait: 'false' });
    expect(first.result.state).toBe('Running');
    sim.setBuild({ durationMs: 1500 });
    const second = await build(sim, { 'force-rebuild': 'true', 'image-name': 'img-short' });
    expect(second.result.state).toBe('Succeeded');
    expect(second.result.templateName).not.toBe(first.result.templateName);
    expect(
      second.logger.lines.some((l) => l.includes(`the build on ${first.result.templateName} (another run)`)),
    ).toBe(true);
    expect(imageRoles()).toHaveLength(1);
    // The first build's run comes back for it (wait: true attaches), and is the last one out.
    // Once it has attached, the rest of the first build need not take its 15 s.
    const logger = recordingLogger();
    const info = logger.info;
    logger.info = (m) => {
      info(m);
      if (/attaching to it/.test(m)) sim.hurryBuilds();
    };
    const last = await build(sim, { 'force-rebuild': 'true', 'image-name': 'img-long' }, { logger });
    expect(last.result.state).toBe('Succeeded');
    expect(last.logger.lines.some((l) => /attaching to it/.test(l))).toBe(true);
    expect(imageRoles()).toEqual([]);
  });
});

describe('errors name the operation', () => {
  it('a failing token endpoint says "signing in" and the operation, never [object Object]', async () => {
    sim.faults.add({ kind: 'entra.token', times: Infinity, action: { type: 'status', status: 500 } });
    const error = await build(sim, { 'image-name': 'img-token-500' }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toMatch(
      // The run's first ARM request: the VNet read (test/integration/request-economy.test.ts: with `location` set).
      /^Signing in to Microsoft Entra ID failed (\(HTTP 500\) )?while reading virtual network /,
    );
    expect(message).not.toContain('[object Object]');
  });

  it('a failing POST run names starting the build, the code, the status and the correlation id', async () => {
    sim.faults.add({ kind: 'imageTemplates.run', times: Infinity, action: { type: 'status', status: 500 } });
    const error = await build(sim, { 'force-rebuild': 'true', 'image-name': 'img-run-500' }).catch(
      (e: Error) => e,
    );
    expect((error as Error).message).toMatch(
      /^Starting the build on \S+ failed \(InternalServerError, HTTP 500, correlation id [0-9a-f-]{36}\): /,
    );
    expect(imageRoles()).toEqual([]);
  });
});
