/** The subscription's regions (`GET /subscriptions/{id}/locations`), through the shared ARM pipeline. */
import { createPipelineRequest, createDefaultHttpClient } from '@azure/core-rest-pipeline';
import type { Clients } from '../clients.js';

const API_VERSION = '2022-12-01';

interface ListOptions {
  armEndpoint: string;
  subscriptionId: string;
  signal?: AbortSignal;
}

/** One list per run and subscription: the location check and the gallery's replica check share it. */
const listed = new WeakMap<Clients, Map<string, Promise<Set<string>>>>();

export function listLocations(clients: Clients, options: ListOptions): Promise<Set<string>> {
  let perRun = listed.get(clients);
  if (!perRun) listed.set(clients, (perRun = new Map()));
  const key = options.subscriptionId.toLowerCase();
  let names = perRun.get(key);
  if (!names) {
    names = fetchLocations(clients, options);
    // A failed read is not kept: the next caller tries again.
    names.catch(() => perRun.delete(key));
    perRun.set(key, names);
  }
  return names;
}

async function fetchLocations(clients: Clients, options: ListOptions): Promise<Set<string>> {
  const { subscriptionId, signal } = options;
  const client = clients.resources;
  let url: string | undefined =
    `${options.armEndpoint.replace(/\/$/, '')}/subscriptions/${subscriptionId}/locations?api-version=${API_VERSION}`;
  const names = new Set<string>();
  const http = createDefaultHttpClient();
  while (url) {
    const response = await client.pipeline.sendRequest(
      http,
      createPipelineRequest({ url, method: 'GET', abortSignal: signal }),
    );
    const body = JSON.parse(response.bodyAsText ?? '{}') as {
      value?: Array<{ name?: string }>;
      nextLink?: string;
      error?: { code?: string; message?: string };
    };
    if (response.status >= 400)
      throw new Error(
        `Listing the regions of subscription ${subscriptionId} failed (HTTP ${response.status} ${body.error?.code ?? ''}): ${body.error?.message ?? ''}`,
      );
    for (const l of body.value ?? []) if (l.name) names.add(l.name.toLowerCase());
    url = body.nextLink;
  }
  return names;
}
