/** The subscription's regions (`GET /subscriptions/{id}/locations`), a plain ARM read (arm-rest.ts). */
import type { ArmRest } from '../arm-rest.js';
import { describeAzureError } from '../clients.js';

const API_VERSION = '2022-12-01';

interface ListOptions {
  subscriptionId: string;
  signal?: AbortSignal;
}

/** One list per run and subscription: the location check and the gallery's replica check share it. */
const listed = new WeakMap<ArmRest, Map<string, Promise<Set<string>>>>();

export function listLocations(rest: ArmRest, options: ListOptions): Promise<Set<string>> {
  let perRun = listed.get(rest);
  if (!perRun) listed.set(rest, (perRun = new Map()));
  const key = options.subscriptionId.toLowerCase();
  let names = perRun.get(key);
  if (!names) {
    names = fetchLocations(rest, options);
    // A failed read is not kept: the next caller tries again.
    names.catch(() => perRun.delete(key));
    perRun.set(key, names);
  }
  return names;
}

async function fetchLocations(rest: ArmRest, options: ListOptions): Promise<Set<string>> {
  const { subscriptionId, signal } = options;
  try {
    const locations = await rest.list<{ name?: string }>(
      `/subscriptions/${encodeURIComponent(subscriptionId)}/locations`,
      API_VERSION,
      signal,
    );
    return new Set(locations.flatMap((l) => (l.name ? [l.name.toLowerCase()] : [])));
  } catch (e) {
    throw describeAzureError(e, `Listing the regions of subscription ${subscriptionId}`);
  }
}
