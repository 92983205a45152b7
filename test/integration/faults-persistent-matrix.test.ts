/**
 * The faults matrix, persistent half (docs/reliability.md): every request of one kind answers 503 for the whole main
 * step. The run ends Succeeded (the request was optional) or Failed with an error naming the operation; then, as the
 * post step does, what the checkpoint says is owed is finished (faults gone) and nothing may be left behind.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Checkpoint,
  finishAfterCancel,
  parseSettings,
  postStepWork,
  resolveCloud,
  runBuild,
} from '../../src/core/index.js';
import { type Simulator, createSimulator } from '../azure-sim/index.js';
import { baseInputs, recordingLogger } from '../helpers/core.js';
import {
  CLEAN_RUN_KINDS,
  leftBehind,
  matrixRecorder,
  operationOf,
  snapshot,
} from '../helpers/reliability.js';
import { secretCredential } from '../helpers/sdk.js';

/** The kinds of a clean run, all but the authority metadata read (left out of the persistent half). */
const KINDS = CLEAN_RUN_KINDS.filter((kind) => kind !== 'entra.metadata');
const label = (kind: string) => `503 on every ${kind} of the main step`;

let sim: Simulator;
const rows = matrixRecorder('faults', 'core, persistent', () => KINDS.map(label));
beforeAll(async () => {
  sim = await createSimulator({
    build: { durationMs: 200, provisionDelayMs: 10, deleteDelayMs: 10, cancelDelayMs: 50 },
  });
});
afterAll(async () => {
  await sim?.stop();
  rows.write();
});

const retry = { maxRetries: 2, retryDelayInMs: 20, maxRetryDelayInMs: 100 };
const cloud = () => resolveCloud({ resourceManagerEndpoint: sim.url, authorityHost: sim.url });

async function mainStep(n: number): Promise<{ state: string; message?: string; checkpoint?: Checkpoint }> {
  const checkpoints: Checkpoint[] = [];
  const settings = parseSettings(
    baseInputs(sim, {
      'force-rebuild': 'true',
      'cleanup-template': 'always',
      'revoke-roles': 'all',
      'identity-name': `id-persistent-${n}`,
      'image-name': `img-persistent-${n}`,
    }),
  );
  const options = {
    credential: secretCredential(sim),
    cloud: cloud(),
    logger: recordingLogger(),
    workDir: mkdtempSync(join(tmpdir(), 'faults-persistent-')),
    onCheckpoint: (c: Checkpoint) => void checkpoints.push(c),
    postStep: true,
    retry,
  };
  return runBuild(settings, options).then(
    (r) => ({ state: r.state, message: r.message, checkpoint: checkpoints.at(-1) }),
    (e: Error) => ({ state: 'Failed', message: e.message, checkpoint: checkpoints.at(-1) }),
  );
}

describe('faults matrix: a kind failing for the whole main step', () => {
  it.each(KINDS.map((kind, i) => ({ kind, n: i + 1 })))('503 on every $kind', async ({ kind, n }) => {
    const before = snapshot(sim);
    sim.faults.add({ kind, times: Infinity, action: { type: 'status', status: 503 } });
    const main = await mainStep(n);
    sim.faults.clear();
    // The post step: what the checkpoint says is owed.
    const work = postStepWork(main.checkpoint);
    const post = work.nothingBecause
      ? 'nothing owed'
      : await finishAfterCancel(
          main.checkpoint!,
          {
            credential: secretCredential(sim),
            cloud: cloud(),
            logger: recordingLogger(),
            retry,
            workDir: mkdtempSync(join(tmpdir(), 'faults-post-')),
          },
          work,
        ).then(
          (o) =>
            `post step: ${
              [
                o.canceled ? 'canceled the build' : '',
                o.revoked.length ? `revoked ${o.revoked.length}` : '',
                o.deletedTemplate ? 'deleted the template' : '',
                o.logFiles?.length ? 'copied the log' : '',
              ]
                .filter(Boolean)
                .join(', ') || 'nothing left to do'
            }`,
        );
    const left = leftBehind(sim, before);
    rows.row({
      case: label(kind),
      result: `${main.state === 'Failed' ? `Failed: ${operationOf(main.message ?? '')}` : main.state}; ${post}`,
      leftBehind: left,
    });
    expect(['Succeeded', 'Failed']).toContain(main.state);
    if (main.state === 'Failed') {
      expect(main.message).not.toContain('[object Object]');
      expect(main.message).toMatch(/\b(failed|could not|was not found)\b/i);
    }
    // Also for operations.get: the template its PUT created (201) is deleted though its creation could not be followed.
    expect(left).toBe('nothing');
  });
});
