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

/** Numeric comparison of dotted versions (`1.10.0` after `1.9.2`), for base images, gallery versions and tool releases. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return d;
  }
  return 0;
}
