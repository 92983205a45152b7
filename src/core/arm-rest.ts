/**
 * Plain ARM reads over the Azure SDK's own HTTP pipeline (@azure/core-rest-pipeline): the bearer token policy, the
 * retries on 429 and 5xx (honouring Retry-After), the user agent and the request id, as the generated clients send
 * them, without loading a whole generated SDK for a few GETs. An unchanged re-run reads only through this (the VNet,
 * the base image versions, the image lookup), and so do the preflight's network, image and provider reads: see
 * docs/performance.md. Errors are the pipeline's RestError with the ARM error's code, the status and the response
 * (its correlation id), so `describeAzureError` names them all.
 */
import {
  type Pipeline,
  RestError,
  bearerTokenAuthenticationPolicy,
  createDefaultHttpClient,
  createPipelineFromOptions,
  createPipelineRequest,
} from '@azure/core-rest-pipeline';
import type { ClientsOptions } from './clients.js';
import { userAgentPrefixOf } from './clients.js';

export interface ArmRest {
  /** GETs one resource (`path` from /subscriptions/..., without the query) at this api-version. */
  get<T>(path: string, apiVersion: string, signal?: AbortSignal): Promise<T>;
  /** GETs a list: a plain array, or every page of `{ value, nextLink }` (`onPage` is told of each request). */
  list<T>(path: string, apiVersion: string, signal?: AbortSignal, onPage?: () => void): Promise<T[]>;
}

/**
 * The api-versions of the plain reads: those the generated clients in package.json send for the same operations
 * (@azure/arm-network 39, @azure/arm-compute 25, @azure/arm-resources 8), so the requests are the same.
 */
export const API_VERSION = { network: '2026-01-01', compute: '2026-04-01', resources: '2025-04-01' } as const;

/** An ARM path from its segments: literal and value segments alternate; values are encoded as the generated clients do. */
export const armPath = (...segments: string[]): string =>
  segments.map((s, i) => (i % 2 ? encodeURIComponent(s) : s)).join('/');

/**
 * A resource in a resource group (`type` as `Microsoft.Network/virtualNetworks`), or without `name` the list of that
 * type in the group: the paths the generated clients use.
 */
export const resourceGroupPath = (
  subscriptionId: string,
  group: string,
  type: string,
  name?: string,
): string =>
  armPath(
    '/subscriptions',
    subscriptionId,
    'resourceGroups',
    group,
    `providers/${type}`,
    ...(name === undefined ? [] : [name]),
  );

/**
 * A Marketplace image's versions in a region (the compute SDK's virtualMachineImages.list path), or with `version`
 * that one version (virtualMachineImages.get).
 */
export function platformImagePath(
  subscriptionId: string,
  location: string,
  image: { publisher: string; offer: string; sku: string },
  version?: string,
): string {
  const versions = armPath(
    '/subscriptions',
    subscriptionId,
    'providers/Microsoft.Compute/locations',
    location,
    'publishers',
    image.publisher,
    'artifacttypes/vmimage/offers',
    image.offer,
    'skus',
    image.sku,
    'versions',
  );
  return version === undefined ? versions : `${versions}/${encodeURIComponent(version)}`;
}

interface ArmErrorBody {
  error?: { code?: string; message?: string };
}

export function createArmRest(options: ClientsOptions): ArmRest {
  const endpoint = options.cloud.resourceManagerEndpoint.replace(/\/$/, '');
  let pipeline: Pipeline | undefined;
  const http = createDefaultHttpClient();
  const send = async (url: string, signal?: AbortSignal): Promise<unknown> => {
    pipeline ??= armPipeline(options);
    const request = createPipelineRequest({ url, method: 'GET', abortSignal: signal });
    request.headers.set('accept', 'application/json');
    const response = await pipeline.sendRequest(http, request);
    const body = parseJson(response.bodyAsText ?? undefined);
    if (response.status >= 400) {
      const error = (body as ArmErrorBody | undefined)?.error;
      throw new RestError(error?.message ?? `HTTP ${response.status}`, {
        code: error?.code,
        statusCode: response.status,
        request,
        response,
      });
    }
    return body;
  };
  const url = (path: string, apiVersion: string) =>
    `${endpoint}${path}?api-version=${encodeURIComponent(apiVersion)}`;
  return {
    get: async <T>(path: string, apiVersion: string, signal?: AbortSignal) =>
      (await send(url(path, apiVersion), signal)) as T,
    async list<T>(path: string, apiVersion: string, signal?: AbortSignal, onPage?: () => void): Promise<T[]> {
      const items: T[] = [];
      let next: string | undefined = url(path, apiVersion);
      while (next) {
        onPage?.();
        const page = (await send(next, signal)) as T[] | { value?: T[]; nextLink?: string } | undefined;
        if (Array.isArray(page)) return [...items, ...page];
        items.push(...(page?.value ?? []));
        next = page?.nextLink ?? undefined;
      }
      return items;
    },
  };
}

/** The pipeline the generated clients build: default policies (retry, user agent, request id) and a bearer token. */
function armPipeline(options: ClientsOptions): Pipeline {
  const pipeline = createPipelineFromOptions({
    userAgentOptions: { userAgentPrefix: userAgentPrefixOf(options) },
    ...(options.retry ? { retryOptions: options.retry } : {}),
  });
  pipeline.addPolicy(
    bearerTokenAuthenticationPolicy({ credential: options.credential, scopes: options.cloud.armScope }),
  );
  return pipeline;
}

function parseJson(text: string | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * An ARM resource as the generated clients return it: each `properties` object merged into its owner, all the way
 * down (a VNet's subnets, their delegations). The generated deserializers do the same for the models read here.
 */
export function flattenProperties<T>(value: unknown): T {
  if (Array.isArray(value)) return value.map((v) => flattenProperties(v)) as T;
  if (!value || typeof value !== 'object') return value as T;
  const { properties, ...rest } = value as Record<string, unknown>;
  const merged =
    properties && typeof properties === 'object' && !Array.isArray(properties)
      ? { ...rest, ...(properties as Record<string, unknown>) }
      : { ...rest, ...(properties === undefined ? {} : { properties }) };
  return Object.fromEntries(Object.entries(merged).map(([k, v]) => [k, flattenProperties(v)])) as T;
}
