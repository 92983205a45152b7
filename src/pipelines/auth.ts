/**
 * Azure Resource Manager service connections → the core's TokenCredential and Cloud.
 *
 * Schemes: WorkloadIdentityFederation (@azure/identity's AzurePipelinesCredential: a fresh Azure Pipelines OIDC
 * token for every Entra token request; the OIDC token lives 10 minutes, builds run for an hour), ServicePrincipal
 * with a secret (`spnKey`) or a PEM certificate
 * (`spnCertificate`), and ManagedServiceIdentity (the agent VM's identity). The cloud comes from the
 * connection's URL and data (`environment`, `activeDirectoryAuthority`/`environmentAuthorityUrl`).
 */
import type { TokenCredential } from '@azure/core-auth';
import { type Cloud, resolveCloud } from '../core/cloud.js';
import { cachingCredential, lazyCredential } from '../core/token-cache.js';
import { reusingOidcHttpClient } from './oidc-cache.js';

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
  /** Workload identity federation; the library reads `SYSTEM_OIDCREQUESTURI` from the process environment. */
  azurePipelines(
    tenantId: string,
    clientId: string,
    serviceConnectionId: string,
    systemAccessToken: string,
    options: IdentityOptions & { requestUri: string },
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

/** @azure/identity, loaded on the first token request (a task that fails input validation never loads it). */
const identity = () => import('@azure/identity');

export const defaultFactories: CredentialFactories = {
  azurePipelines: (t, c, id, token, { requestUri, ...o }) =>
    explainOidcErrors(
      id,
      lazyCredential(async () => {
        const { AzurePipelinesCredential } = await identity();
        return new AzurePipelinesCredential(t, c, id, token, {
          ...o,
          httpClient: reusingOidcHttpClient(requestUri),
        });
      }),
    ),
  clientSecret: (t, c, secret, o) =>
    lazyCredential(async () => new (await identity()).ClientSecretCredential(t, c, secret, o)),
  clientCertificate: (t, c, certificate, o) =>
    lazyCredential(async () => new (await identity()).ClientCertificateCredential(t, c, { certificate }, o)),
  managedIdentity: (clientId, o) =>
    lazyCredential(async () => {
      const { ManagedIdentityCredential } = await identity();
      return clientId
        ? new ManagedIdentityCredential({ clientId, authorityHost: o.authorityHost })
        : new ManagedIdentityCredential({ authorityHost: o.authorityHost });
    }),
};

/** What workload identity federation needs from the job, and how the task masks the tokens it gets. */
export interface OidcSource {
  /** `SYSTEM_OIDCREQUESTURI` (checked here for a clear error; the library reads it from the environment). */
  requestUri?: string;
  /** The job access token (`SYSTEMVSSCONNECTION` AccessToken). */
  accessToken?: string;
  /** Registers every new access token as a secret. */
  mask?: (secret: string) => void;
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
  const credential = secretCredential({ connection, scheme, tenantId, clientId, options }, oidc, factories);
  // One access-token cache in front of every scheme: AzurePipelinesCredential asks Azure Pipelines for a new OIDC
  // token on every getToken call (MSAL evaluates the assertion even on a cache hit), so without it every ARM
  // request would cost an OIDC request.
  return {
    scheme,
    credential: cachingCredential(credential, oidc.mask ?? (() => {})),
    cloud,
    tenantId,
    clientId,
    subscriptionId,
  };
}

/** The credential of a workload identity, secret or certificate connection. */
function secretCredential(
  c: {
    connection: ServiceConnection;
    scheme: ConnectionScheme;
    tenantId: string;
    clientId: string;
    options: IdentityOptions;
  },
  oidc: OidcSource,
  factories: CredentialFactories,
): TokenCredential {
  const { connection, tenantId, clientId, options } = c;
  if (c.scheme === 'WorkloadIdentityFederation') {
    if (!oidc.requestUri) {
      throw new Error(
        'SYSTEM_OIDCREQUESTURI is not set: workload identity federation needs an Azure Pipelines agent (it sets the variable for jobs that reference the service connection).',
      );
    }
    if (!oidc.accessToken) {
      throw new Error(
        'The job access token (System.AccessToken) is not available to the task: workload identity federation needs it to request an OIDC token.',
      );
    }
    return factories.azurePipelines(tenantId, clientId, connection.id, oidc.accessToken, {
      ...options,
      requestUri: oidc.requestUri,
    });
  }
  if (c.scheme === 'ServicePrincipalKey') {
    const secret = required(
      connection,
      'the service principal key (serviceprincipalkey)',
      pick(connection.parameters, 'serviceprincipalkey'),
    );
    return factories.clientSecret(tenantId, clientId, secret, options);
  }
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
  return factories.clientCertificate(tenantId, clientId, pem, options);
}

/**
 * Adds the fix to AzurePipelinesCredential's errors: a refused job token, or a connection the stage does not
 * reference (Azure Pipelines answers 200 without an oidcToken). The library retries transient failures itself.
 */
function explainOidcErrors(serviceConnectionId: string, inner: TokenCredential): TokenCredential {
  return {
    async getToken(scopes, options) {
      try {
        return await inner.getToken(scopes, options);
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        if (!/AzurePipelinesCredential/.test(message)) throw e;
        const status = (e as { statusCode?: number }).statusCode;
        const hint =
          status === 401 || status === 403
            ? ' The job access token was refused.'
            : /oidcToken field not detected/.test(message)
              ? ' Reference the service connection from this stage (the task input azureSubscription does) and check that it uses workload identity federation.'
              : '';
        throw new Error(
          `Azure Pipelines did not issue an OIDC token for service connection ${serviceConnectionId} (HTTP ${status ?? 'error'}): ${message}${hint}`,
          { cause: e },
        );
      }
    },
  };
}
