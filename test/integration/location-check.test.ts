/**
 * `location` is checked against the subscription's regions before any write (one GET of the subscription's
 * locations, only when `location` is set), and refused with a settings error naming the input, the value and the fix.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runStep } from '../../src/core/index.js';
import { SettingsError } from '../../src/core/input-reader.js';
import { type Simulator, createSimulator } from '../azure-sim/index.js';
import { build } from '../helpers/core.js';
import { recordingHost } from '../helpers/step-host.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await createSimulator({ build: { durationMs: 200, provisionDelayMs: 10 } });
});
afterAll(async () => {
  await sim?.stop();
});
afterEach(() => sim.faults.clear());

const locationReads = (from: number) =>
  sim.journal.slice(from).filter((e) => e.kind === 'subscriptions.listLocations').length;

describe('location against the subscription', () => {
  it('a region the subscription does not have fails before any write, naming location and the fix', async () => {
    const from = sim.journal.length;
    const error = await build(sim, { location: 'marsnorth', 'image-name': 'img-mars' }).catch(
      (e: Error) => e,
    );
    expect(error).toBeInstanceOf(SettingsError);
    expect((error as Error).message).toMatch(
      /^location: "marsnorth" is not a region of subscription [0-9a-f-]{36} \(expected one of its regions, such as .+; az account list-locations -o table lists them\)\.$/,
    );
    expect(sim.writes().filter((e) => e.seq > from)).toEqual([]);
    expect(locationReads(from)).toBe(1);
  });

  it('the step flow reports it as an invalid input', async () => {
    const host = recordingHost(sim, { location: 'marsnorth', 'image-name': 'img-mars-step' });
    expect(await runStep(host)).toBe('Failed');
    expect(host.result?.message).toMatch(/^Invalid input: location: "marsnorth" is not a region/);
  });

  it('a region of the subscription passes, with exactly one locations read', async () => {
    const from = sim.journal.length;
    const { result } = await build(sim, {
      location: 'westeurope',
      'dry-run': 'true',
      'image-name': 'img-loc',
    });
    expect(result.state).toBe('Skipped');
    expect(locationReads(from)).toBe(1);
  });

  it('without location set, no locations read is added', async () => {
    const from = sim.journal.length;
    await build(sim, { 'dry-run': 'true', 'image-name': 'img-noloc' });
    expect(locationReads(from)).toBe(0);
  });

  it('a locations list that cannot be read warns and goes on (Image Builder refuses a bad region itself)', async () => {
    sim.faults.add({
      kind: 'subscriptions.listLocations',
      times: Infinity,
      action: { type: 'status', status: 403, code: 'AuthorizationFailed' },
    });
    const { result, logger } = await build(sim, {
      location: 'eastus2',
      'dry-run': 'true',
      'image-name': 'img-loc-403',
    });
    expect(result.state).toBe('Skipped');
    expect(
      logger.lines.some((l) =>
        /^warning: Could not check location eastus2 against the regions of subscription/.test(l),
      ),
    ).toBe(true);
  });
});
