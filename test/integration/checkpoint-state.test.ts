/**
 * The checkpoint as the adapters persist it: one encoding for both platforms, and a post step that neither crashes
 * nor guesses when the saved state is damaged or foreign.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPostStep } from '../../src/core/index.js';
import { decodeCheckpoint, encodeCheckpoint } from '../../src/core/step/checkpoint.js';
import { type Simulator, createSimulator } from '../azure-sim/index.js';
import { recordingHost } from '../helpers/step-host.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await createSimulator();
});
afterAll(async () => {
  await sim?.stop();
});

describe('decodeCheckpoint', () => {
  it('reads back what encodeCheckpoint wrote', () => {
    const checkpoint = {
      subscriptionId: 'sub',
      revoke: ['/a/b'],
      buildStarted: true,
      log: {
        stagingResourceGroupId: '/subscriptions/sub/resourceGroups/IT_x',
        folder: 'f/',
        artifactName: 'a',
      },
    };
    expect(decodeCheckpoint(encodeCheckpoint(checkpoint))).toEqual(checkpoint);
  });
  it('tells nothing saved from something unreadable', () => {
    expect(decodeCheckpoint(undefined)).toBeUndefined();
    expect(decodeCheckpoint('')).toBeUndefined();
    for (const raw of [
      '{not json',
      '[]',
      '"text"',
      '{"subscriptionId":1,"revoke":[]}',
      '{"subscriptionId":"s"}',
      '{"subscriptionId":"s","revoke":[],"log":"packerlogs"}',
      '{"subscriptionId":"s","revoke":[],"log":{"artifactName":"a"}}',
    ])
      expect(decodeCheckpoint(raw), raw).toBe('unreadable');
  });
});

describe('the post step on damaged state', () => {
  it('reports the problem with what to check, and sends no request', async () => {
    const host = recordingHost(sim);
    host.states.push('{"subscriptionId":"s","revoke":"/not/a/list"}');
    const before = sim.journal.length;
    await runPostStep(host);
    expect(sim.journal.length).toBe(before);
    expect(host.problems).toEqual([
      'The state the main step saved is unreadable, so nothing was cleaned up. Check for a running build and for role assignments of the build identity.',
    ]);
  });
  it('with nothing saved says so and sends no request', async () => {
    const host = recordingHost(sim);
    const before = sim.journal.length;
    await runPostStep(host);
    expect(sim.journal.length).toBe(before);
    expect(host.problems).toEqual([]);
    expect(
      host.logger.lines.some((l) => l.includes('Nothing to clean up: the main step saved no state.')),
    ).toBe(true);
  });
});
