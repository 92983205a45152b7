/** One factory for the Azure SDK clients, sharing one credential, endpoint, token scope, retry and user agent. */
import type { AuthorizationManagementClient } from '@azure/arm-authorization';
import type { ComputeManagementClient } from '@azure/arm-compute';
import type { ImageBuilderClient } from '@azure/arm-imagebuilder';
import type { ManagedServiceIdentityClient } from '@azure/arm-msi';
import type { NetworkManagementClient } from '@azure/arm-network';
import type { ResourceManagementClient } from '@azure/arm-resources';
import type { StorageManagementClient } from '@azure/arm-storage';
import type { TokenCredential } from '@azure/core-auth';
import type { Cloud } from './cloud.js';
import { PRODUCT_VERSION } from './version.js';

export const PRODUCT = 'aks-jumpbox-image';

export interface ClientsOptions {
  credential: TokenCredential;
  cloud: Cloud;
  subscriptionId: string;
  userAgentPrefix?: string;
  retry?: { maxRetries?: number; retryDelayInMs?: number; maxRetryDelayInMs?: number };
}

export interface Clients {
  imageBuilder: ImageBuilderClient;
  authorization: AuthorizationManagementClient;
  msi: ManagedServiceIdentityClient;
  compute: ComputeManagementClient;
  network: NetworkManagementClient;
  resources: ResourceManagementClient;
  storage: StorageManagementClient;
}

/**
 * The SDK modules behind the clients, loaded by `loadClientSdks` (dynamic `import()`: the bundles keep each in its
 * own chunk, so a run that fails input validation or an unchanged re-run loads only what it uses; see
 * docs/performance.md). Loaded modules are remembered like Node's own module cache.
 */
const SDK_LOADERS = {
  imageBuilder: async () => (await import('@azure/arm-imagebuilder')).ImageBuilderClient,
  authorization: async () => (await import('@azure/arm-authorization')).AuthorizationManagementClient,
  msi: async () => (await import('@azure/arm-msi')).ManagedServiceIdentityClient,
  compute: async () => (await import('@azure/arm-compute')).ComputeManagementClient,
  network: async () => (await import('@azure/arm-network')).NetworkManagementClient,
  resources: async () => (await import('@azure/arm-resources')).ResourceManagementClient,
  storage: async () => (await import('@azure/arm-storage')).StorageManagementClient,
};
type ClientKey = keyof Clients;
type SdkClass<K extends ClientKey> = Awaited<ReturnType<(typeof SDK_LOADERS)[K]>>;
// Internal maps keyed by client name; `sdk()` gives each entry back its type.
const sdks = new Map<ClientKey, Promise<unknown>>();
const loadedSdks = new Map<ClientKey, unknown>();
export const CLIENT_KEYS = Object.keys(SDK_LOADERS) as ClientKey[];

/** Loads the SDK modules of these clients (all by default), in parallel; each is loaded once per process. */
export async function loadClientSdks(keys: readonly ClientKey[] = CLIENT_KEYS): Promise<void> {
  await Promise.all(
    keys.map(async (key) => {
      if (!sdks.has(key)) sdks.set(key, SDK_LOADERS[key]());
      loadedSdks.set(key, await sdks.get(key));
    }),
  );
}

function sdk<K extends ClientKey>(key: K): SdkClass<K> {
  const loaded = loadedSdks.get(key) as SdkClass<K> | undefined;
  if (!loaded) throw new Error(`Internal error: the ${key} client was used before loadClientSdks loaded it.`);
  return loaded;
}

/** The user agent prefix of every ARM request: the host's (action, task, CLI), then this product and version. */
export const userAgentPrefixOf = (options: Pick<ClientsOptions, 'userAgentPrefix'>): string =>
  [options.userAgentPrefix, `${PRODUCT}/${PRODUCT_VERSION}`].filter(Boolean).join(' ');

/** The clients, created on first use; their SDK modules must have been loaded (`loadClientSdks`). */
export function createClients(options: ClientsOptions): Clients {
  const { credential, cloud, subscriptionId } = options;
  const userAgentPrefix = userAgentPrefixOf(options);
  const common = {
    endpoint: cloud.resourceManagerEndpoint,
    userAgentOptions: { userAgentPrefix },
    ...(options.retry ? { retryOptions: options.retry } : {}),
  };
  const modular = { ...common, credentials: { scopes: [cloud.armScope] } };
  const classic = { ...common, credentialScopes: [cloud.armScope] };
  // Created on first use: a skipped run or a status call needs only a few of them.
  const cache: Partial<Clients> = {};
  const makers: { [K in keyof Clients]: () => Clients[K] } = {
    imageBuilder: () => new (sdk('imageBuilder'))(credential, subscriptionId, modular),
    authorization: () => new (sdk('authorization'))(credential, subscriptionId, classic),
    msi: () => new (sdk('msi'))(credential, subscriptionId, classic),
    compute: () => new (sdk('compute'))(credential, subscriptionId, modular),
    network: () => new (sdk('network'))(credential, subscriptionId, modular),
    resources: () => new (sdk('resources'))(credential, subscriptionId, modular),
    storage: () => new (sdk('storage'))(credential, subscriptionId, modular),
  };
  const clients = {} as Clients;
  for (const key of Object.keys(makers) as Array<keyof Clients>) {
    Object.defineProperty(clients, key, {
      enumerable: true,
      get: () => (cache[key] ??= makers[key]() as never),
    });
  }
  return clients;
}

/** An ARM error's code and status, whatever the SDK generation threw. */
export function armError(e: unknown): { code?: string; statusCode?: number; message: string } {
  const err = e as {
    code?: string;
    statusCode?: number;
    message?: string;
    details?: { error?: { code?: string } };
  };
  const code = err?.code ?? err?.details?.error?.code;
  return {
    code: typeof code === 'string' ? code : undefined,
    statusCode: err?.statusCode,
    // Some SDK errors stringify a nested object into their message.
    message: (err?.message ?? String(e)).replace(/\[object Object\]:?\s*/g, '').trim() || 'no message',
  };
}

/** A token request that failed (Entra ID refused or could not be reached), as @azure/identity reports it. */
export const isSignInError = (e: unknown): boolean =>
  [
    'AuthenticationError',
    'AuthenticationRequiredError',
    'CredentialUnavailableError',
    'AggregateAuthenticationError',
  ].includes((e as Error)?.name);

export const isNotFound = (e: unknown) => armError(e).statusCode === 404;

/** Rethrows with the context a user needs, keeping the ARM code, status and cause. */
export function describeAzureError(e: unknown, doing: string): Error {
  const { code, statusCode, message } = armError(e);
  if (isSignInError(e)) {
    const status = statusCode ? ` (HTTP ${statusCode})` : '';
    return new Error(
      `Signing in to Microsoft Entra ID failed${status} while ${lowerFirst(doing)}: ${message}`,
      {
        cause: e,
      },
    );
  }
  const requestId = (
    e as {
      request?: { headers?: { get(n: string): string | undefined } };
      response?: { headers?: { get(n: string): string | undefined } };
    }
  )?.response?.headers?.get?.('x-ms-correlation-request-id');
  const detail = [
    code,
    statusCode ? `HTTP ${statusCode}` : undefined,
    requestId ? `correlation id ${requestId}` : undefined,
  ]
    .filter(Boolean)
    .join(', ');
  return new Error(`${doing} failed${detail ? ` (${detail})` : ''}: ${message}`, { cause: e });
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
