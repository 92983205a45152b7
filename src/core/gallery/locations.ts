/** The subscription's regions (`GET /subscriptions/{id}/locations`), through the shared ARM pipeline. */
import { createPipelineRequest, createDefaultHttpClient } from '@azure/core-rest-pipeline';
import type { Clients } from '../clients.js';

const API_VERSION = '2022-12-01';

export async function listLocations(
  clients: Clients,
  options: { armEndpoint: string; subscriptionId: string; signal?: AbortSignal },
): Promise<Set<string>> {
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
