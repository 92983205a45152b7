/**
 * Entra ID (the parts MSAL uses for client credentials) and the two OIDC issuers (GitHub Actions and
 * Azure Pipelines) whose ID tokens serve as federated client assertions.
 *
 * Requests MSAL makes through @azure/identity (observed with msal-node 3.x/5.x): with
 * `disableInstanceDiscovery` GET `/{tenant}/v2.0/.well-known/openid-configuration`, then
 * POST `/{tenant}/oauth2/v2.0/token` (grant_type=client_credentials). Without it, first
 * GET `/common/discovery/instance?api-version=1.1&authorization_endpoint=...` (served here too, but the
 * product never lets that request go to Microsoft's host).
 */
import { createPublicKey, randomUUID } from 'node:crypto';
import { type SimContext, nowSeconds } from './context.js';
import { type SimRequest, type SimResponse } from './http.js';
import { decodeJwt, jwk, signJwt, verifyJwtSignature } from './jwt.js';

export const TOKEN_EXCHANGE_AUDIENCE = 'api://AzureADTokenExchange';

function entraError(status: number, error: string, code: number, description: string): SimResponse {
  return {
    status,
    body: {
      error,
      error_description: `AADSTS${code}: ${description} Trace ID: ${randomUUID()} Correlation ID: ${randomUUID()} Timestamp: ${new Date().toISOString()}`,
      error_codes: [code],
      timestamp: new Date().toISOString(),
      trace_id: randomUUID(),
      correlation_id: randomUUID(),
    },
  };
}

function parseForm(req: SimRequest): URLSearchParams {
  return new URLSearchParams(req.body.toString('utf8'));
}

export function registerEntra(ctx: SimContext): void {
  const { router, state } = ctx;
  const tenantMetadata = (req: SimRequest): SimResponse => {
    const tenant = req.params.tenant!;
    const base = `${ctx.origin()}/${tenant}`;
    return {
      status: 200,
      body: {
        token_endpoint: `${base}/oauth2/v2.0/token`,
        token_endpoint_auth_methods_supported: [
          'client_secret_post',
          'private_key_jwt',
          'client_secret_basic',
        ],
        jwks_uri: `${ctx.origin()}/common/discovery/v2.0/keys`,
        response_modes_supported: ['query', 'fragment', 'form_post'],
        subject_types_supported: ['pairwise'],
        id_token_signing_alg_values_supported: ['RS256'],
        response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
        scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
        issuer: `${ctx.origin()}/${tenant === 'common' || tenant === 'organizations' ? '{tenantid}' : tenant}/v2.0`,
        request_uri_parameter_supported: false,
        userinfo_endpoint: `${ctx.origin()}/oidc/userinfo`,
        authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
        device_authorization_endpoint: `${base}/oauth2/v2.0/devicecode`,
        http_logout_supported: true,
        frontchannel_logout_supported: true,
        end_session_endpoint: `${base}/oauth2/v2.0/logout`,
        claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'nbf', 'tid', 'oid'],
        kerberos_endpoint: `${base}/kerberos`,
        tenant_region_scope: 'NA',
        cloud_instance_name: new URL(ctx.origin()).host,
        cloud_graph_host_name: new URL(ctx.origin()).host,
        msgraph_host: new URL(ctx.origin()).host,
        rbac_url: ctx.origin(),
      },
    };
  };
  router.add({
    method: 'GET',
    pattern: '/{tenant}/v2.0/.well-known/openid-configuration',
    kind: 'entra.metadata',
    arm: false,
    handler: tenantMetadata,
  });
  router.add({
    method: 'GET',
    pattern: '/common/discovery/instance',
    kind: 'entra.discovery',
    arm: false,
    handler: () => {
      const host = new URL(ctx.origin()).host;
      return {
        status: 200,
        body: {
          tenant_discovery_endpoint: `${ctx.origin()}/{tenant}/v2.0/.well-known/openid-configuration`,
          'api-version': '1.1',
          metadata: [{ preferred_network: host, preferred_cache: host, aliases: [host] }],
        },
      };
    },
  });
  router.add({
    method: 'GET',
    pattern: '/common/discovery/v2.0/keys',
    kind: 'entra.keys',
    arm: false,
    handler: () => ({ status: 200, body: { keys: [jwk(ctx.key)] } }),
  });

  router.add({
    method: 'POST',
    pattern: '/{tenant}/oauth2/v2.0/token',
    kind: 'entra.token',
    arm: false,
    handler: (req) => {
      const form = parseForm(req);
      const tenant = req.params.tenant!;
      if (tenant.toLowerCase() !== state.fixture.tenantId.toLowerCase()) {
        return entraError(400, 'invalid_tenant', 90002, `Tenant '${tenant}' not found.`);
      }
      if (form.get('grant_type') !== 'client_credentials') {
        return entraError(
          400,
          'unsupported_grant_type',
          70003,
          'The app requested an unsupported grant type.',
        );
      }
      const clientId = form.get('client_id') ?? '';
      const client = state.clients.get(clientId);
      if (!client) {
        return entraError(
          400,
          'unauthorized_client',
          700016,
          `Application with identifier '${clientId}' was not found in the directory '${tenant}'.`,
        );
      }
      const scope = (form.get('scope') ?? '').split(' ').find((s) => s.endsWith('/.default'));
      if (!scope)
        return entraError(400, 'invalid_scope', 1002012, 'The provided value for scope is not valid.');

      const secret = form.get('client_secret');
      const assertion = form.get('client_assertion');
      if (secret !== null) {
        if (!client.secret || secret !== client.secret) {
          return entraError(401, 'invalid_client', 7000215, 'Invalid client secret provided.');
        }
      } else if (assertion !== null) {
        const problem = checkAssertion(ctx, client, assertion, `${ctx.origin()}/${tenant}/oauth2/v2.0/token`);
        if (problem) return problem;
      } else {
        return entraError(
          401,
          'invalid_client',
          7000218,
          "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
        );
      }

      let resource = scope.slice(0, -'/.default'.length).replace(/\/$/, '');
      // Without data-plane access (no Storage Blob Data Reader) the blob service must refuse the token; Azurite
      // checks the audience, so such tokens carry one it rejects.
      if (resource === 'https://storage.azure.com' && !state.storageDataPlaneAccess)
        resource = `${resource}/no-data-access`;
      const lifetime = state.accessTokenLifetimeSeconds;
      const iat = nowSeconds();
      const accessToken = signJwt(
        {
          aud: resource,
          iss: `https://sts.windows.net/${state.fixture.tenantId}/`,
          iat,
          nbf: iat,
          exp: iat + lifetime,
          appid: client.clientId,
          oid: client.objectId,
          sub: client.objectId,
          tid: state.fixture.tenantId,
          idtyp: 'app',
          ver: '1.0',
          uti: randomUUID(),
        },
        ctx.key,
      );
      ctx.counters.accessTokens++;
      return {
        status: 200,
        body: {
          token_type: 'Bearer',
          expires_in: lifetime,
          ext_expires_in: lifetime,
          access_token: accessToken,
        },
      };
    },
  });

  // GitHub Actions ID token endpoint (ACTIONS_ID_TOKEN_REQUEST_URL).
  router.add({
    method: 'GET',
    pattern: '/github/idtoken',
    kind: 'oidc.github',
    arm: false,
    handler: (req) => {
      if (req.headers.authorization !== `Bearer ${ctx.github.requestToken}`) {
        return { status: 401, body: { message: 'Bad credentials' } };
      }
      const audience = req.query.get('audience') ?? ctx.github.issuer.replace(/\/$/, '');
      const iat = nowSeconds();
      ctx.counters.githubIdTokens++;
      const value = signJwt(
        {
          iss: ctx.github.issuer,
          aud: audience,
          sub: ctx.github.subject,
          iat,
          nbf: iat - 5,
          exp: iat + state.assertionLifetimeSeconds,
          jti: randomUUID(),
          repository: 'contoso/platform-images',
          ref: 'refs/heads/main',
          job_workflow_ref: 'contoso/platform-images/.github/workflows/jumpbox.yml@refs/heads/main',
        },
        ctx.key,
      );
      return { status: 200, body: { count: 1, value } };
    },
  });

  // Azure Pipelines OIDC token endpoint (SYSTEM_OIDCREQUESTURI).
  router.add({
    method: 'POST',
    pattern: '/{org}/{project}/_apis/distributedtask/hubs/{hub}/plans/{plan}/jobs/{job}/oidctoken',
    kind: 'oidc.azurePipelines',
    arm: false,
    handler: (req) => {
      if (req.headers.authorization !== `Bearer ${ctx.azurePipelines.jobToken}`) {
        return {
          status: 401,
          body: { message: 'TF400813: The user is not authorized to access this resource.' },
        };
      }
      if (req.query.get('api-version') !== '7.1') {
        return {
          status: 400,
          body: {
            message: `The requested REST API version of ${req.query.get('api-version')} is not supported.`,
          },
        };
      }
      const scId = req.query.get('serviceConnectionId') ?? '';
      const subject = ctx.azurePipelines.serviceConnections[scId.toLowerCase()];
      if (!subject) {
        return {
          status: 200,
          body: {
            count: 1,
            value: `There is no explicit reference to service connection ${scId} from current stage.`,
          },
        };
      }
      const iat = nowSeconds();
      ctx.counters.azurePipelinesIdTokens++;
      const oidcToken = signJwt(
        {
          iss: ctx.azurePipelines.issuer,
          aud: TOKEN_EXCHANGE_AUDIENCE,
          sub: subject,
          iat,
          nbf: iat - 600,
          exp: iat + state.assertionLifetimeSeconds,
          jti: randomUUID(),
        },
        ctx.key,
      );
      return { status: 200, body: { oidcToken } };
    },
  });
}

function checkAssertion(
  ctx: SimContext,
  client: {
    clientId: string;
    certificatePem?: string;
    federated?: Array<{ issuer: string; subject: string }>;
  },
  assertion: string,
  tokenEndpoint: string,
): SimResponse | undefined {
  const jwt = decodeJwt(assertion);
  if (!jwt) return entraError(401, 'invalid_client', 50027, 'JWT token is invalid or malformed.');
  const now = nowSeconds();
  const { claims } = jwt;
  const federated = claims.iss === ctx.github.issuer || claims.iss === ctx.azurePipelines.issuer;
  if (federated) {
    if (!verifyJwtSignature(jwt, ctx.key.publicKey)) {
      return entraError(
        401,
        'invalid_client',
        700213,
        'The signature of the client assertion could not be verified.',
      );
    }
    if (claims.aud !== TOKEN_EXCHANGE_AUDIENCE) {
      return entraError(
        401,
        'invalid_client',
        700212,
        `No matching federated identity record found for presented assertion audience '${String(claims.aud)}'.`,
      );
    }
    if (
      client.federated &&
      !client.federated.some((f) => f.issuer === claims.iss && f.subject === claims.sub)
    ) {
      return entraError(
        400,
        'invalid_request',
        70021,
        `No matching federated identity record found for presented assertion. Assertion Issuer: '${claims.iss}'. Assertion Subject: '${String(claims.sub)}'.`,
      );
    }
  } else if (client.certificatePem) {
    if (!verifyJwtSignature(jwt, createPublicKey(client.certificatePem))) {
      return entraError(401, 'invalid_client', 700027, 'Client assertion failed signature validation.');
    }
    if (claims.aud !== tokenEndpoint) {
      return entraError(
        401,
        'invalid_client',
        700021,
        `Client assertion audience claim does not match Realm issuer '${String(claims.aud)}'.`,
      );
    }
  } else {
    return entraError(
      401,
      'invalid_client',
      700211,
      `No matching federated identity record found for presented assertion issuer '${String(claims.iss)}'.`,
    );
  }
  if (
    typeof claims.exp !== 'number' ||
    claims.exp <= now ||
    (typeof claims.nbf === 'number' && claims.nbf > now + 300)
  ) {
    const from = new Date(((claims.nbf as number | undefined) ?? 0) * 1000).toISOString();
    const to = new Date(((claims.exp as number | undefined) ?? 0) * 1000).toISOString();
    return entraError(
      400,
      'invalid_client',
      700024,
      `Client assertion is not within its valid time range. Current time: ${new Date().toISOString()}, assertion valid from ${from}, expiry time of assertion ${to}.`,
    );
  }
  return undefined;
}
