/** One factory for the Azure SDK clients, sharing one credential, endpoint, token scope, retry and user agent. */
import { AuthorizationManagementClient } from '@azure/arm-authorization';
import { ComputeManagementClient } from '@azure/arm-compute';
import { ImageBuilderClient } from '@azure/arm-imagebuilder';
import { ManagedServiceIdentityClient } from '@azure/arm-msi';
import { NetworkManagementClient } from '@azure/arm-network';
import { ResourceManagementClient } from '@azure/arm-resources';
import { StorageManagementClient } from '@azure/arm-storage';
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

export function createClients(options: ClientsOptions): Clients {
  const { credential, cloud, subscriptionId } = options;
  const userAgentPrefix = [options.userAgentPrefix, `${PRODUCT}/${PRODUCT_VERSION}`]
    .filter(Boolean)
    .join(' ');
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
    imageBuilder: () => new ImageBuilderClient(credential, subscriptionId, modular),
    authorization: () => new AuthorizationManagementClient(credential, subscriptionId, classic),
    msi: () => new ManagedServiceIdentityClient(credential, subscriptionId, classic),
    compute: () => new ComputeManagementClient(credential, subscriptionId, modular),
    network: () => new NetworkManagementClient(credential, subscriptionId, modular),
    resources: () => new ResourceManagementClient(credential, subscriptionId, modular),
    storage: () => new StorageManagementClient(credential, subscriptionId, modular),
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
const isSignInError = (e: unknown): boolean =>
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
