/**
 * The faults matrix (docs/reliability.md): every fault the simulator injects, once, on every request kind a clean
 * run makes. The run ends Succeeded, or Failed with an error naming the operation; either way it leaves nothing
 * behind. In-process (runBuild, a short build, short SDK retry delays) and three cases at a time, each on a simulator
 * of its own (test/helpers/lanes.ts), to keep the suite time reasonable.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FaultRule, Simulator } from '../azure-sim/index.js';
import { build } from '../helpers/core.js';
import { type SimulatorLanes, simulatorLanes } from '../helpers/lanes.js';
import {
  CLEAN_RUN_KINDS,
  leftBehind,
  matrixRecorder,
  operationOf,
  snapshot,
} from '../helpers/reliability.js';

/** 3 s latency costs 3 s a case: only on the kinds where a slow answer changes what the run does. */
const SLOW_KINDS = new Set([
  'entra.token',
  'identities.put',
  'roleAssignments.put',
  'imageTemplates.put',
  'imageTemplates.run',
  'roleAssignments.delete',
]);

const FAULTS: Array<{ name: string; action: FaultRule['action'] }> = [
  { name: '429 Retry-After: 1', action: { type: 'status', status: 429, retryAfterSeconds: 1 } },
  { name: '500', action: { type: 'status', status: 500 } },
  { name: '503', action: { type: 'status', status: 503 } },
  {
    name: '500 InternalOperationError',
    action: {
      type: 'status',
      status: 500,
      code: 'InternalOperationError',
      message: 'An internal execution error occurred. Please retry later.',
    },
  },
  { name: 'connection reset', action: { type: 'reset' } },
  { name: '3 s latency', action: { type: 'latency', ms: 3000 } },
];

const CASES = CLEAN_RUN_KINDS.flatMap((kind) =>
  FAULTS.filter((f) => f.name !== '3 s latency' || SLOW_KINDS.has(kind)).map((f) => ({
    kind,
    fault: f,
    label: `${f.name} on ${kind}`,
  })),
);

let lanes: SimulatorLanes;
const rows = matrixRecorder('faults', 'core', () => CASES.map((c) => c.label));
beforeAll(async () => {
  lanes = await simulatorLanes(3, {
    build: { durationMs: 200, provisionDelayMs: 10, deleteDelayMs: 10, cancelDelayMs: 50 },
  });
});
afterAll(async () => {
  await lanes?.stop();
  rows.write();
});

const settingsFor = (n: number) => ({
  'force-rebuild': 'true',
  'cleanup-template': 'always',
  'revoke-roles': 'all',
  'identity-name': `id-faults-${n}`,
  'image-name': `img-faults-${n}`,
});

describe('faults matrix', () => {
  it('the kinds are exactly those of a clean run that creates its identity', () =>
    lanes.run(async (sim) => {
      const before = sim.journal.length;
      const { result } = await build(sim, settingsFor(0));
      expect(result.state).toBe('Succeeded');
      const seen = [...new Set(sim.journal.slice(before).map((e) => e.kind))];
      // Preflight's reads go out together: their order in the journal may vary, the set may not.
      expect([...seen].sort()).toEqual([...CLEAN_RUN_KINDS].sort());
      rows.note(
        `Request kinds of a clean run (${CLEAN_RUN_KINDS.length}, in order): ${CLEAN_RUN_KINDS.map((k) => `\`${k}\``).join(', ')}. The build log itself is read from the staging storage account (Azurite), outside the simulator's fault injection. 3 s latency is injected on ${[...SLOW_KINDS].map((k) => `\`${k}\``).join(', ')} only (3 s a case).`,
      );
    }));

  it.concurrent.each(CASES.map((c, i) => ({ ...c, n: i + 1 })))('$label', ({ kind, fault, label, n }) =>
    lanes.run((sim) => faultCase(sim, kind, fault, label, n)),
  );
});

async function faultCase(
  sim: Simulator,
  kind: string,
  fault: (typeof FAULTS)[number],
  label: string,
  n: number,
): Promise<void> {
  sim.faults.add({ kind, action: fault.action });
  const before = snapshot(sim);
  const from = sim.journal.length;
  const outcome = await build(sim, settingsFor(n)).then(
    ({ result }) => ({ state: result.state, message: result.message }),
    (e: Error) => ({ state: 'Failed', message: e.message }),
  );
  sim.faults.clear();
  const journal = sim.journal.slice(from);
  expect(journal.some((e) => e.kind === kind)).toBe(true);
  if (fault.action.type !== 'latency') expect(journal.some((e) => e.kind === kind && e.fault)).toBe(true);
  expect(['Succeeded', 'Failed']).toContain(outcome.state);
  if (outcome.state === 'Failed') {
    expect(outcome.message).toBeTruthy();
    expect(outcome.message).not.toContain('[object Object]');
  }
  const left = leftBehind(sim, before);
  rows.row({
    case: label,
    result:
      outcome.state === 'Failed'
        ? `Failed: ${operationOf(outcome.message ?? '')}`
        : fault.action.type === 'latency'
          ? 'Succeeded (waited for the answer)'
          : 'Succeeded (retried)',
    leftBehind: left,
  });
  expect(left).toBe('nothing');
}
