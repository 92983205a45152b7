/**
 * The product against behaviours of real Image Builder that the simulator models off by default
 * (test/azure-sim/imagebuilder-quirks.ts): a transient 500 on the template PUT (recorded) and `lastRunStatus`
 * briefly absent after POST run (documented by users and AVM's wait script).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Simulator, createSimulator } from '../azure-sim/index.js';
import { build, recordingLogger } from '../helpers/core.js';
import { secretCredential } from '../helpers/sdk.js';
import { type Checkpoint, finishAfterCancel, resolveCloud } from '../../src/core/index.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await createSimulator({
    build: { durationMs: 800, provisionDelayMs: 20, deleteDelayMs: 20, cancelDelayMs: 100 },
  });
});
afterAll(async () => {
  await sim?.stop();
});
afterEach(() => {
  sim.setBuild({ durationMs: 800, templatePutInternalErrors: 0, lastRunStatusAbsentReads: 0 });
});

describe('the product against real Image Builder quirks', () => {
  it('retries a template PUT answered 500 InternalOperationError and builds', async () => {
    sim.setBuild({ templatePutInternalErrors: 1 });
    const before = sim.journal.length;
    const { result } = await build(sim, { 'template-name': 'it-internal-error' });
    const puts = sim.journal.slice(before).filter((e) => e.kind === 'imageTemplates.put');
    expect(puts.map((e) => e.status)).toEqual([500, 201]);
    expect(result.state).toBe('Succeeded');
    expect(sim.audit().templates.filter((t) => t.name === 'it-internal-error')).toHaveLength(1);
  });

  it('keeps waiting while lastRunStatus is absent right after the run starts', async () => {
    sim.setBuild({ lastRunStatusAbsentReads: 2 });
    const before = sim.journal.length;
    const { result } = await build(sim, { 'force-rebuild': 'true' });
    expect(result.state).toBe('Succeeded');
    const journal = sim.journal.slice(before);
    const runAt = journal.findIndex((e) => e.kind === 'imageTemplates.run');
    expect(journal.slice(runAt).filter((e) => e.kind === 'imageTemplates.get').length).toBeGreaterThan(2);
  });

  // Before the step-flow refactor, an abort right after the run starts read no lastRunStatus, sent no cancel and
  // revoked the image role while the build ran on.
  it('an abort right after the run starts cancels the build even if lastRunStatus is not there yet', async () => {
    sim.setBuild({ durationMs: 20_000, lastRunStatusAbsentReads: 5 });
    const before = sim.journal.length;
    const controller = new AbortController();
    const pending = build(sim, { 'force-rebuild': 'true' }, { signal: controller.signal });
    for (let i = 0; i < 400 && !sim.audit().runningBuilds.length; i++)
      await new Promise((r) => setTimeout(r, 10));
    controller.abort();
    const { result } = await pending;
    expect(result.state).toBe('Canceled');
    expect(sim.journal.slice(before).filter((e) => e.kind === 'imageTemplates.cancel')).toHaveLength(1);
    expect(sim.audit().runningBuilds).toEqual([]);
  });

  // Before the step-flow refactor, a post step that read the template while lastRunStatus was still absent
  // concluded nothing ran, did not cancel, and revoked the roles the running build needed.
  it('a post step right after the run starts cancels the build even if lastRunStatus is not there yet', async () => {
    sim.setBuild({ durationMs: 20_000, lastRunStatusAbsentReads: 1 });
    const before = sim.journal.length;
    const checkpoints: Checkpoint[] = [];
    const { result } = await build(sim, { 'force-rebuild': 'true', wait: 'false' }, { checkpoints });
    expect(result.state).toBe('Running');
    const outcome = await finishAfterCancel(checkpoints.at(-1)!, {
      credential: secretCredential(sim),
      cloud: resolveCloud({ resourceManagerEndpoint: sim.url, authorityHost: sim.url }),
      logger: recordingLogger(),
    });
    expect(sim.journal.slice(before).filter((e) => e.kind === 'imageTemplates.cancel')).toHaveLength(1);
    expect(outcome.canceled).toBe(true);
    expect(sim.audit().runningBuilds).toEqual([]);
  });
});
