/**
 * Azure Resource Manager service connections → the core's TokenCredential and Cloud.
 *
 * Schemes: WorkloadIdentityFederation (a fresh Azure Pipelines OIDC token for every token request: the token
 * lives 10 minutes, builds run for an hour), ServicePrincipal with a secret (`spnKey`) or a PEM certificate
 * (`spnCertificate`), and ManagedServiceIdentity (the agent VM's identity). The cloud comes from the
 * connection's URL and data (`environment`, `activeDirectoryAuthority`/`environmentAuthorityUrl`).
 */
import type { TokenCredential } from '@azure/core-auth';
import {
  ClientAssertionCredential,
  ClientCertificateCredential,
  ClientSecretCredential,
  ManagedIdentityCredential,
} from '@azure/identity';
import { type Cloud, resolveCloud } from '../core/index.js';

export type ConnectionScheme =
  | 'WorkloadIdentityFederation'
  | 'ServicePrincipalKey'
  | 'ServicePrincipalCertificate'
  | 'ManagedServiceIdentity';

/** What the agent hands a task about a service connection (`ENDPOINT_URL_/AUTH_/DATA_<id>`). */
export interface ServiceConnection {
  id: string;
  url?: string;
  scheme: string;
  parameters: Record<string, string>;
  data: Record<string, string>;
}

/** Options passed to every @azure/identity credential. */
export interface IdentityOptions {
  authorityHost: string;
  disableInstanceDiscovery: boolean;
}

/** Credential constructors, replaceable in tests (managed identity must never be constructed there). */
export interface CredentialFactories {
  clientAssertion(
    tenantId: string,
    clientId: string,
    getAssertion: () => Promise<string>,
    options: IdentityOptions,
  ): TokenCredential;
  clientSecret(tenantId: string, clientId: string, secret: string, options: IdentityOptions): TokenCredential;
  clientCertificate(
    tenantId: string,
    clientId: string,
    certificatePem: string,
    options: IdentityOptions,
  ): TokenCredential;
  managedIdentity(clientId: string | undefined, options: IdentityOptions): TokenCredential;
}

export const defaultFactories: CredentialFactories = {
  clientAssertion: (t, c, getAssertion, o) => new ClientAssertionCredential(t, c, getAssertion, o),
  clientSecret: (t, c, secret, o) => new ClientSecretCredential(t, c, secret, o),
  clientCertificate: (t, c, certificate, o) => new ClientCertificateCredential(t, c, { certificate }, o),
  managedIdentity: (clientId, o) =>
    clientId
      ? new ManagedIdentityCredential({ clientId, authorityHost: o.authorityHost })
      : new ManagedIdentityCredential({ authorityHost: o.authorityHost }),
};

/** Where the WIF assertion comes from: the job's OIDC endpoint and access token. */
export interface OidcSource {
  /** `SYSTEM_OIDCREQUESTURI`. */
  requestUri?: string;
  /** The job access token (`SYSTEMVSSCONNECTION` AccessToken). */
  accessToken?: string;
  /** Called with every OIDC token received (register it as a secret). */
  onToken?: (token: string) => void;
  /** Retry pause (default 2 s, doubled per attempt). */
  retryDelayMs?: number;
  signal?: AbortSignal;
}

export interface ConnectionCredential {
  scheme: ConnectionScheme;
  credential: TokenCredential;
  cloud: Cloud;
  tenantId?: string;
  clientId?: string;
  /** The connection's subscription (`subscriptionid` data), when it is scoped to one. */
  subscriptionId?: string;
}

/** Case-insensitive lookup: the agent's casing of parameter and data keys is not stable across connection types. */
export function pick(record: Record<string, string> | undefined, ...keys: string[]): string | undefined {
  if (!record) return undefined;
  for (const key of keys) {
    const found = Object.keys(record).find((k) => k.toLowerCase() === key.toLowerCase());
    const value = found === undefined ? undefined : record[found]?.trim();
    if (value) return value;
  }
  return undefined;
}

/** The scheme a connection authenticates with. */
export function connectionScheme(connection: ServiceConnection): ConnectionScheme {
  const scheme = connection.scheme.trim().toLowerCase();
  if (scheme === 'workloadidentityfederation') return 'WorkloadIdentityFederation';
  if (scheme === 'managedserviceidentity') return 'ManagedServiceIdentity';
  if (scheme === 'serviceprincipal') {
    const type = (pick(connection.parameters, 'authenticationType') ?? 'spnKey').toLowerCase();
    if (type === 'spnkey') return 'ServicePrincipalKey';
    if (type === 'spncertificate') return 'ServicePrincipalCertificate';
    throw new Error(
      `Service connection ${connection.id}: service principal authentication type "${type}" is not supported (expected spnKey or spnCertificate).`,
    );
  }
  throw new Error(
    `Service connection ${connection.id}: authentication scheme "${connection.scheme}" is not supported (expected WorkloadIdentityFederation, ServicePrincipal or ManagedServiceIdentity). Use an Azure Resource Manager service connection.`,
  );
}

const KNOWN_ENVIRONMENTS = ['azurecloud', 'azureusgovernment', 'azurechinacloud'];

/** The cloud from the connection's URL and data. Unknown environments (Azure Stack) need explicit endpoints. */
export function connectionCloud(connection: ServiceConnection): Cloud {
  const environment = pick(connection.data, 'environment');
  const authorityHost = pick(connection.data, 'activeDirectoryAuthority', 'environmentAuthorityUrl');
  const resourceManagerEndpoint =
    connection.url?.trim() || pick(connection.data, 'resourceManagerUrl', 'environmentUrl');
  const known = !environment || KNOWN_ENVIRONMENTS.includes(environment.toLowerCase());
  if (!known && (!resourceManagerEndpoint || !authorityHost)) {
    throw new Error(
      `Service connection ${connection.id}: environment "${environment}" needs both the Resource Manager URL and activeDirectoryAuthority in the connection.`,
    );
  }
  try {
    return resolveCloud({
      environment: known ? environment : undefined,
      resourceManagerEndpoint,
      authorityHost,
    });
  } catch (e) {
    throw new Error(`Service connection ${connection.id}: ${e instanceof Error ? e.message : String(e)}`, {
      cause: e,
    });
  }
}

function required(connection: ServiceConnection, what: string, value: string | undefined): string {
  if (!value)
    throw new Error(
      `Service connection ${connection.id}: ${what} is missing from the connection. Check the service connection in Project settings.`,
    );
  return value;
}

/** The credential for a service connection. Nothing is requested until the core asks for a token. */
export function connectionCredential(
  connection: ServiceConnection,
  oidc: OidcSource = {},
  factories: CredentialFactories = defaultFactories,
): ConnectionCredential {
  const scheme = connectionScheme(connection);
  const cloud = connectionCloud(connection);
  const options: IdentityOptions = {
    authorityHost: cloud.authorityHost,
    disableInstanceDiscovery: !cloud.knownAuthority,
  };
  const subscriptionId = pick(connection.data, 'subscriptionId');
  if (scheme === 'ManagedServiceIdentity') {
    const clientId = pick(connection.data, 'msiclientId') ?? pick(connection.parameters, 'msiclientId');
    return {
      scheme,
      credential: factories.managedIdentity(clientId, options),
      cloud,
      clientId,
      subscriptionId,
    };
  }
  const tenantId = required(connection, 'the tenant id (tenantid)', pick(connection.parameters, 'tenantid'));
  const clientId = required(
    connection,
    'the service principal id (serviceprincipalid)',
    pick(connection.parameters, 'serviceprincipalid'),
  );
  let credential: TokenCredential;
  if (scheme === 'WorkloadIdentityFederation') {
    credential = factories.clientAssertion(tenantId, clientId, oidcAssertion(connection.id, oidc), options);
  } else if (scheme === 'ServicePrincipalKey') {
    const secret = required(
      connection,
      'the service principal key (serviceprincipalkey)',
      pick(connection.parameters, 'serviceprincipalkey'),
    );
    credential = factories.clientSecret(tenantId, clientId, secret, options);
  } else {
    const pem = required(
      connection,
      'the certificate (servicePrincipalCertificate)',
      pick(connection.parameters, 'servicePrincipalCertificate'),
    );
    if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(pem)) {
      throw new Error(
        `Service connection ${connection.id}: the certificate must be PEM with its private key (BEGIN PRIVATE KEY).`,
      );
    }
    credential = factories.clientCertificate(tenantId, clientId, pem, options);
  }
  return { scheme, credential, cloud, tenantId, clientId, subscriptionId };
}

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });

/**
 * The assertion callback for workload identity federation: POST
 * `$SYSTEM_OIDCREQUESTURI?api-version=7.1&serviceConnectionId=<id>` with the job access token whenever Entra ID
 * needs an assertion and the last one is near expiry (Azure Pipelines tokens live 10 minutes; a build outlives
 * many). Retries transient failures (3 attempts); refusals are reported as they are.
 */
export function oidcAssertion(serviceConnectionId: string, source: OidcSource): () => Promise<string> {
  // MSAL asks for an assertion on every getToken call, even when it then answers from its cache: reuse a token
  // while it has more than REUSE_MARGIN_SECONDS left, so each actual token refresh still gets a valid one.
  let cached: { token: string; exp: number } | undefined;
  let inflight: Promise<string> | undefined;
  const request = requestOidcToken(serviceConnectionId, source);
  return () => {
    if (cached && cached.exp - Date.now() / 1000 > REUSE_MARGIN_SECONDS) return Promise.resolve(cached.token);
    inflight ??= request()
      .then((token) => {
        const exp = jwtExpiry(token);
        cached = exp === undefined ? undefined : { token, exp };
        return token;
      })
      .finally(() => {
        inflight = undefined;
      });
    return inflight;
  };
}

/** An assertion is reused only while it stays valid this long (Entra checks it on receipt; requests retry). */
export const REUSE_MARGIN_SECONDS = 120;

function jwtExpiry(token: string): number | undefined {
  try {
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
      exp?: unknown;
    };
    return typeof claims.exp === 'number' ? claims.exp : undefined;
  } catch {
    return undefined;
  }
}

function requestOidcToken(serviceConnectionId: string, source: OidcSource): () => Promise<string> {
  return async () => {
    if (!source.requestUri) {
      throw new Error(
        'SYSTEM_OIDCREQUESTURI is not set: workload identity federation needs an Azure Pipelines agent (it sets the variable for jobs that reference the service connection).',
      );
    }
    if (!source.accessToken) {
      throw new Error(
        'The job access token (System.AccessToken) is not available to the task: workload identity federation needs it to request an OIDC token.',
      );
    }
    const url = new URL(source.requestUri);
    url.searchParams.set('api-version', '7.1');
    url.searchParams.set('serviceConnectionId', serviceConnectionId);
    const attempts = 3;
    let delay = source.retryDelayMs ?? 2000;
    for (let attempt = 1; ; attempt++) {
      let status: number;
      let text: string;
      try {
        const signals = [AbortSignal.timeout(30_000), ...(source.signal ? [source.signal] : [])];
        const res = await fetch(url, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${source.accessToken}`,
            'content-type': 'application/json',
            'x-tfs-fedauthredirect': 'Suppress',
          },
          signal: AbortSignal.any(signals),
        });
        status = res.status;
        text = await res.text();
      } catch (e) {
        if (source.signal?.aborted || attempt >= attempts) {
          throw new Error(
            `Requesting an OIDC token for service connection ${serviceConnectionId} failed: ${e instanceof Error ? e.message : String(e)}`,
            { cause: e },
          );
        }
        await sleep(delay, source.signal);
        delay *= 2;
        continue;
      }
      let body: { oidcToken?: unknown; value?: unknown; message?: unknown } | undefined;
      try {
        body = JSON.parse(text) as typeof body;
      } catch {
        body = undefined;
      }
      if (status === 200 && typeof body?.oidcToken === 'string' && body.oidcToken) {
        source.onToken?.(body.oidcToken);
        return body.oidcToken;
      }
      const detail =
        typeof body?.message === 'string'
          ? body.message
          : typeof body?.value === 'string'
            ? body.value
            : text.slice(0, 300);
      if ((status >= 500 || status === 429) && attempt < attempts) {
        await sleep(delay, source.signal);
        delay *= 2;
        continue;
      }
      const hint =
        status === 401 || status === 403
          ? ' The job access token was refused.'
          : status === 200
            ? ' Reference the service connection from this stage (the task input azureSubscription does) and check that it uses workload identity federation.'
            : '';
      throw new Error(
        `Azure Pipelines did not issue an OIDC token for service connection ${serviceConnectionId} (HTTP ${status}): ${detail}.${hint}`,
      );
    }
  };
}
