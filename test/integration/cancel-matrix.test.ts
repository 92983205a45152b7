/**
 * The cancel matrix (docs/reliability.md): a run cancelled in every phase, in-process, while a request of that phase
 * is in flight (the simulator holds it) or while the build is in that sub-state. It ends Canceled (a cancel during
 * the finish path lets the finish complete) and leaves nothing behind: no running build, no role assignment it
 * granted (`revoke-roles: all`); templates are kept by `cleanup-template: never` (the default).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Simulator, createSimulator } from '../azure-sim/index.js';
import { build } from '../helpers/core.js';
import { leftBehind, matrixRecorder, operationOf, snapshot } from '../helpers/reliability.js';

let sim: Simulator;

async function until(fn: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (!fn()) {
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 20));
  }
  return true;
}

interface Phase {
  phase: string;
  /** When to cancel: a request of this kind held in flight, or the build in this sub-state. */
  at: { kind: string } | { subState: string };
  expected: 'Canceled' | 'Succeeded';
}

const PHASES: Phase[] = [
  { phase: 'resolve (reading the build VNet)', at: { kind: 'virtualNetworks.get' }, expected: 'Canceled' },
  { phase: 'preflight (reading permissions)', at: { kind: 'permissions.list' }, expected: 'Canceled' },
  { phase: 'access (granting a role)', at: { kind: 'roleAssignments.put' }, expected: 'Canceled' },
  { phase: 'template (PUT in flight)', at: { kind: 'imageTemplates.put' }, expected: 'Canceled' },
  { phase: 'build (POST run in flight)', at: { kind: 'imageTemplates.run' }, expected: 'Canceled' },
  { phase: 'build: Customizing', at: { subState: 'Customizing' }, expected: 'Canceled' },
  { phase: 'build: Distributing', at: { subState: 'Distributing' }, expected: 'Canceled' },
  { phase: 'finish (revoking a role)', at: { kind: 'roleAssignments.delete' }, expected: 'Succeeded' },
];

const rows = matrixRecorder('cancel', 'core', () => PHASES.map((p) => p.phase));
beforeAll(async () => {
  sim = await createSimulator({
    build: { durationMs: 4000, provisionDelayMs: 20, deleteDelayMs: 20, cancelDelayMs: 200 },
  });
});
afterAll(async () => {
  await sim?.stop();
  rows.write();
});

const subStateOf = (name: string) => sim.audit().templates.find((t) => t.name === name)?.runSubState;

describe('cancel matrix', () => {
  it.each(PHASES.map((p, i) => ({ ...p, n: i + 1 })))(
    'cancel in $phase',
    async ({ phase, at, expected, n }) => {
      sim.faults.clear();
      const from = sim.journal.length;
      const templateName = `it-cancel-${n}`;
      if ('kind' in at) sim.faults.add({ kind: at.kind, action: { type: 'latency', ms: 1500 } });
      const before = snapshot(sim);
      const controller = new AbortController();
      const pending = build(
        sim,
        {
          'force-rebuild': 'true',
          'revoke-roles': 'all',
          'template-name': templateName,
          'image-name': `img-c-${n}`,
        },
        { signal: controller.signal },
      ).then(
        ({ result }) => ({ state: result.state, message: result.message }),
        // A cancel in every phase returns a result (Canceled): a run that throws instead fails the case.
        (e: Error) => ({ state: 'Failed', message: `threw: ${e.message}` }),
      );
      const reached = await until(
        () =>
          'kind' in at
            ? sim.journal.slice(from).some((e) => e.kind === at.kind && e.status === 0)
            : subStateOf(templateName) === at.subState,
        30_000,
      );
      expect(reached, `the run reached ${phase}`).toBe(true);
      controller.abort();
      const outcome = await pending;
      sim.faults.clear();
      await until(() => sim.audit().runningBuilds.length === 0, 10_000);
      const left = leftBehind(sim, before, { templates: true });
      rows.row({
        case: `cancel in ${phase}`,
        result: outcome.state === 'Failed' ? `Failed: ${operationOf(outcome.message ?? '')}` : outcome.state,
        leftBehind: left,
      });
      expect(outcome.state).toBe(expected);
      expect(left).toBe('nothing');
    },
  );
});
