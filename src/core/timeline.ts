/**
 * The Image Builder timeline: which sub-state (Queued, Building, Customizing, Optimizing, Validating,
 * Distributing) the run was in, when, and for how long. Platform-free and pure: the build phase feeds every polled
 * `lastRunStatus` to `advanceTimeline` (or a `timelineRecorder`) and puts the result in `BuildResult.timeline`.
 */

export interface TimelineEntry {
  /** `runState` while it lasted (Running, Canceling). */
  state: string;
  /** `runSubState` (Queued, Building, Customizing, Optimizing, Validating, Distributing). */
  subState?: string;
  /** ISO time the state was first seen. */
  startedAt: string;
  /** Until the next state was seen (or the last observation, for the current one). */
  durationMs: number;
}

/** The fields of `lastRunStatus` the timeline reads. */
export interface RunStatusSample {
  runState?: string;
  runSubState?: string;
}

const TERMINAL = new Set(['Succeeded', 'PartiallySucceeded', 'Failed', 'Canceled']);

/**
 * The timeline after observing `status` at `atMs`: extends the current entry, or closes it and opens a new one
 * when the state or sub-state changed. A terminal state closes the last entry and adds none. Never mutates
 * `timeline`.
 */
export function advanceTimeline(
  timeline: readonly TimelineEntry[],
  status: RunStatusSample | undefined,
  atMs: number,
): TimelineEntry[] {
  const entries = [...timeline];
  const last = entries.at(-1);
  if (last) {
    const durationMs = Math.max(last.durationMs, atMs - Date.parse(last.startedAt));
    entries[entries.length - 1] = { ...last, durationMs };
  }
  const state = status?.runState;
  if (!state || TERMINAL.has(state)) return entries;
  const subState = status.runSubState || undefined;
  if (last && last.state === state && last.subState === subState) return entries;
  entries.push({
    state,
    ...(subState ? { subState } : {}),
    startedAt: new Date(atMs).toISOString(),
    durationMs: 0,
  });
  return entries;
}

/** A small stateful wrapper for a polling loop: `observe` each status, read `timeline()` at the end. */
export function timelineRecorder(now: () => number = Date.now) {
  let entries: TimelineEntry[] = [];
  return {
    observe(status: RunStatusSample | undefined, atMs = now()): TimelineEntry[] {
      entries = advanceTimeline(entries, status, atMs);
      return entries;
    },
    timeline(): TimelineEntry[] {
      return entries;
    },
  };
}

/** The label of an entry: the sub-state, else the state. */
export const timelineLabel = (e: TimelineEntry): string => e.subState ?? e.state;
