/** The core's small helpers over maintained libraries: uuid's v5 and node:timers/promises. */
import { describe, expect, it } from 'vitest';
import { sleep, uuidV5 } from '../../src/core/util.js';

describe('uuidV5', () => {
  it('matches RFC 9562 and the role assignment names earlier releases created (so re-runs find them)', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
    // Computed by the hand-written implementation this replaced (URL namespace by default).
    expect(uuidV5('/subscriptions/x/resourcegroups/rg|aks-jumpbox-image|network-joiner')).toBe(
      'e95d656e-a6ec-5447-8dd5-4f59d0c78dd2',
    );
    expect(uuidV5('ünïcode')).toBe('a1461847-ff8f-51b5-a530-79217721296c');
  });
});

describe('sleep', () => {
  it("rejects with the signal's reason when aborted before or during the wait", async () => {
    const early = new AbortController();
    early.abort(new Error('canceled before'));
    await expect(sleep(60_000, early.signal)).rejects.toThrow('canceled before');
    const late = new AbortController();
    const pending = sleep(60_000, late.signal);
    late.abort(new Error('canceled during'));
    await expect(pending).rejects.toThrow('canceled during');
  });

  it('resolves without a signal', async () => {
    await expect(sleep(1)).resolves.toBeUndefined();
  });
});
