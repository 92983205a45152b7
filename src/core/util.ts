/** Small helpers shared by the core modules. */
import { setTimeout as delay } from 'node:timers/promises';
import { v5 } from 'uuid';

/** UUID v5 (RFC 9562, SHA-1 name-based) of `name` in `namespace` (default: the URL namespace). */
export function uuidV5(name: string, namespace: string = v5.URL): string {
  return v5(name, namespace);
}

/**
 * Resolves after `ms`, or rejects when the signal aborts first: with the signal's reason, as every other abortable
 * call of the core does (node:timers/promises alone rejects with a generic AbortError).
 */
export async function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  try {
    await delay(ms, undefined, signal ? { signal } : undefined);
  } catch (e) {
    throw signal?.aborted ? (signal.reason ?? e) : e;
  }
}

export const formatElapsed = (ms: number): string => {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
};
