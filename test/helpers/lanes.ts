/**
 * A few independent simulators that serve the cases of a matrix concurrently, one case at a time each: a case owns
 * its simulator's fault rules, journal and audit while it runs, as it would with a simulator of its own, and the
 * matrix takes a fraction of the wall time (its cases mostly wait: polls, Retry-After, latency).
 */
import { type Simulator, type SimulatorOptions, createSimulator } from '../azure-sim/index.js';

export interface SimulatorLanes {
  /** Runs `fn` on the first simulator that is free (waits for one when all are busy). */
  run<T>(fn: (sim: Simulator) => Promise<T>): Promise<T>;
  stop(): Promise<void>;
}

export async function simulatorLanes(count: number, options: SimulatorOptions): Promise<SimulatorLanes> {
  const free: Simulator[] = [];
  const all: Simulator[] = [];
  // One after the other: each start spawns Azurite, and two at once only compete for the same cores.
  for (let i = 0; i < count; i++) all.push(await createSimulator(options));
  free.push(...all);
  const waiting: Array<(sim: Simulator) => void> = [];
  const release = (sim: Simulator) => {
    sim.faults.clear();
    const next = waiting.shift();
    if (next) next(sim);
    else free.push(sim);
  };
  return {
    async run(fn) {
      const sim = free.pop() ?? (await new Promise<Simulator>((resolve) => waiting.push(resolve)));
      try {
        return await fn(sim);
      } finally {
        release(sim);
      }
    },
    async stop() {
      await Promise.all(all.map((s) => s.stop()));
    },
  };
}
