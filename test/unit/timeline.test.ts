/** The Image Builder timeline recorder: fed polled lastRunStatus values, it returns sub-states with durations. */
import { describe, expect, it } from 'vitest';
import { advanceTimeline, timelineRecorder } from '../../src/core/timeline.js';

const t0 = Date.parse('2026-11-27T10:00:00Z');

describe('timeline', () => {
  it('records each sub-state once with its duration, up to the terminal state', () => {
    let now = t0;
    const rec = timelineRecorder(() => now);
    const poll = (seconds: number, runState: string, runSubState?: string) => {
      now = t0 + seconds * 1000;
      rec.observe({ runState, runSubState });
    };
    poll(0, 'Running', 'Queued');
    poll(15, 'Running', 'Queued');
    poll(30, 'Running', 'Building');
    poll(90, 'Running', 'Customizing');
    poll(100, 'Running', 'Customizing');
    poll(600, 'Running', 'Distributing');
    poll(660, 'Succeeded');
    poll(700, 'Succeeded');
    expect(rec.timeline()).toEqual([
      { state: 'Running', subState: 'Queued', startedAt: '2026-11-27T10:00:00.000Z', durationMs: 30_000 },
      { state: 'Running', subState: 'Building', startedAt: '2026-11-27T10:00:30.000Z', durationMs: 60_000 },
      {
        state: 'Running',
        subState: 'Customizing',
        startedAt: '2026-11-27T10:01:30.000Z',
        durationMs: 510_000,
      },
      {
        state: 'Running',
        subState: 'Distributing',
        startedAt: '2026-11-27T10:10:00.000Z',
        durationMs: 100_000,
      },
    ]);
  });

  it('keeps Canceling apart, tolerates missing statuses, and never mutates its input', () => {
    const a = advanceTimeline([], { runState: 'Running', runSubState: 'Customizing' }, t0);
    const b = advanceTimeline(a, undefined, t0 + 5000);
    expect(a).toEqual([
      { state: 'Running', subState: 'Customizing', startedAt: new Date(t0).toISOString(), durationMs: 0 },
    ]);
    expect(b[0]!.durationMs).toBe(5000);
    const c = advanceTimeline(b, { runState: 'Canceling', runSubState: '' }, t0 + 8000);
    expect(c.map((e) => [e.state, e.subState, e.durationMs])).toEqual([
      ['Running', 'Customizing', 8000],
      ['Canceling', undefined, 0],
    ]);
    expect(advanceTimeline(c, { runState: 'Canceled' }, t0 + 9000).at(-1)!.durationMs).toBe(1000);
  });
});
