/**
 * The checkpoint as the adapters persist it (GitHub: step state; Azure Pipelines: a task variable): one encoding
 * and one tolerant decoding, so a damaged or foreign value never crashes the post step.
 */
import type { Checkpoint } from '../types.js';

export function encodeCheckpoint(checkpoint: Checkpoint): string {
  return JSON.stringify(checkpoint);
}

function isCheckpoint(value: unknown): value is Checkpoint {
  if (!value || typeof value !== 'object') return false;
  const c = value as Partial<Checkpoint>;
  const log = c.log as Partial<NonNullable<Checkpoint['log']>> | undefined;
  return (
    typeof c.subscriptionId === 'string' &&
    Array.isArray(c.revoke) &&
    c.revoke.every((id) => typeof id === 'string') &&
    (log === undefined ||
      (typeof log === 'object' &&
        typeof log.stagingResourceGroupId === 'string' &&
        typeof log.artifactName === 'string'))
  );
}

/**
 * The checkpoint a saved text holds: `undefined` when nothing was saved, or `unreadable` when the text is not a
 * checkpoint (the post step then says so and does nothing rather than guess).
 */
export function decodeCheckpoint(raw: string | undefined): Checkpoint | 'unreadable' | undefined {
  if (!raw) return undefined;
  try {
    const value: unknown = JSON.parse(raw);
    return isCheckpoint(value) ? value : 'unreadable';
  } catch {
    return 'unreadable';
  }
}
