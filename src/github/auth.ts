/**
 * Azure sign-in for the action. OIDC uses one ClientAssertionCredential whose assertion callback asks GitHub for a
 * fresh ID token each time Entra needs one, so token refresh keeps working hours into a build (unlike a CLI session
 * holding a single federated token, which fails with AADSTS700024 once it expires). Access tokens are cached per
 * scope until close to expiry, so GitHub and Entra are asked only when a new token is really needed.
 */
import * as core from '@actions/core';
import type { TokenCredential } from '@azure/core-auth';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { type Cloud, resolveCloud } from '../core/cloud.js';
import { cachedAssertion } from '../core/jwt.js';
import { cachingCredential, lazyCredential } from '../core/token-cache.js';
import { cliSessionCredential } from './cli-session.js';
import type { AuthInputs } from './host.js';

export type AuthType = 'auto' | 'oidc' | 'cli' | 'environment';
const AUTH_TYPES: AuthType[] = ['auto', 'oidc', 'cli', 'environment'];

export interface AuthContext {
  credential: TokenCredential;
  cloud: Cloud;
  /** The method actually used (auto resolved). */
  method: Exclude<AuthType, 'auto'>;
}

export interface AuthDependencies {
  env?: NodeJS.ProcessEnv;
  /** Fetches a GitHub ID token for an audience (default: core.getIDToken, which also masks it). */
  getIDToken?: (audience: string) => Promise<string>;
  log?: (message: string) => void;
  /** Masks a secret in later output (default: core.setSecret). */
  mask?: (secret: string) => void;
}

export const MISSING_ID_TOKEN_PERMISSION =
  'GitHub did not provide an OIDC token request URL (ACTIONS_ID_TOKEN_REQUEST_URL). Add `permissions: id-token: write` ' +
  '(and `contents: read`) to the workflow or job; pull requests from forks never get one.';

function onPath(command: string, env: NodeJS.ProcessEnv): boolean {
  const exts = process.platform === 'win32' ? ['.cmd', '.exe', ''] : [''];
  return (env.PATH ?? '')
    .split(delimiter)
    .some((dir) => dir && exts.some((ext) => existsSync(join(dir, command + ext))));
}

function hasEnvironmentCredential(env: NodeJS.ProcessEnv): boolean {
  return Boolean(
    env.AZURE_TENANT_ID &&
    env.AZURE_CLIENT_ID &&
    (env.AZURE_CLIENT_SECRET ||
      env.AZURE_CLIENT_CERTIFICATE_PATH ||
      (env.AZURE_USERNAME && env.AZURE_PASSWORD)),
  );
}

/** Resolves the cloud (environment input, explicit endpoint overrides, then AZURE_AUTHORITY_HOST). */
export function resolveActionCloud(inputs: AuthInputs, env: NodeJS.ProcessEnv = process.env): Cloud {
  return resolveCloud({
    environment: inputs.environment,
    resourceManagerEndpoint: inputs['resource-manager-endpoint'],
    authorityHost: inputs['authority-host'] || env.AZURE_AUTHORITY_HOST,
    audience: inputs.audience,
  });
}

/** The sign-in method `auto` resolves to (OIDC, the Azure CLI session, environment variables), or the one asked for. */
function chooseMethod(
  authType: AuthType,
  hasClient: boolean,
  hasOidcRequest: boolean,
  env: NodeJS.ProcessEnv,
): AuthContext['method'] {
  if (authType !== 'auto') return authType;
  if (hasClient) {
    // The user asked for a federated sign-in; silently falling back to another identity would hide the cause.
    if (!hasOidcRequest)
      throw new Error(
        `auth-type auto with client-id and tenant-id uses OIDC. ${MISSING_ID_TOKEN_PERMISSION}`,
      );
    return 'oidc';
  }
  if (onPath('az', env)) return 'cli';
  if (hasEnvironmentCredential(env)) return 'environment';
  throw new Error(
    'No Azure credentials: set client-id and tenant-id (OIDC, with `permissions: id-token: write`), run azure/login before this step, ' +
      'or set AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET (auth-type: environment).',
  );
}

/** GitHub ID tokens as assertions: reused while valid (src/core/jwt.ts), masked, claims logged once. */
function githubAssertion(
  getIDToken: () => Promise<string>,
  mask: (secret: string) => void,
  log: (message: string) => void,
): () => Promise<string> {
  let logged = false;
  return cachedAssertion(getIDToken, {
    onAssertion: (token, { iss, sub, aud }) => {
      mask(token);
      if (!logged) log(`GitHub OIDC token: iss=${String(iss)} sub=${String(sub)} aud=${String(aud)}`);
      logged = true;
    },
  });
}

/** @azure/identity, loaded on the first token request (a run that fails input validation never loads it). */
const identity = () => import('@azure/identity');

/**
 * The federated credential, built on the first token request. The ID token is asked for while @azure/identity loads:
 * MSAL's first assertion request takes that one (a failed early request is not kept: MSAL's own request asks again).
 */
function oidcCredential(
  tenantId: string,
  clientId: string,
  getAssertion: () => Promise<string>,
  options: { authorityHost: string; disableInstanceDiscovery: boolean },
): TokenCredential {
  return lazyCredential(async () => {
    getAssertion().catch(() => undefined);
    return new (await identity()).ClientAssertionCredential(tenantId, clientId, getAssertion, options);
  });
}

export function createAuth(inputs: AuthInputs, deps: AuthDependencies = {}): AuthContext {
  const env = deps.env ?? process.env;
  const log = deps.log ?? core.info;
  const mask = deps.mask ?? core.setSecret;
  const getIDToken = deps.getIDToken ?? ((aud: string) => core.getIDToken(aud));
  const cloud = resolveActionCloud(inputs, env);
  const authType = (inputs['auth-type']?.trim().toLowerCase() || 'auto') as AuthType;
  if (!AUTH_TYPES.includes(authType)) {
    throw new Error(
      `auth-type: "${inputs['auth-type']}" is not valid (expected one of ${AUTH_TYPES.join(', ')}).`,
    );
  }
  const clientId = inputs['client-id']?.trim();
  const tenantId = inputs['tenant-id']?.trim();
  const hasOidcRequest = Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
  const identityOptions = {
    authorityHost: cloud.authorityHost,
    disableInstanceDiscovery: !cloud.knownAuthority,
  };

  const method = chooseMethod(authType, Boolean(clientId && tenantId), hasOidcRequest, env);

  let credential: TokenCredential;
  switch (method) {
    case 'oidc': {
      if (!clientId || !tenantId)
        throw new Error(
          'auth-type oidc needs client-id and tenant-id (the app registration or managed identity with a federated credential).',
        );
      if (!hasOidcRequest) throw new Error(MISSING_ID_TOKEN_PERMISSION);
      const getAssertion = githubAssertion(() => getIDToken(cloud.tokenExchangeAudience), mask, log);
      credential = oidcCredential(tenantId, clientId, getAssertion, identityOptions);
      log(
        `Signing in to ${cloud.name} (${cloud.authorityHost}) as ${clientId} in tenant ${tenantId} with GitHub OIDC.`,
      );
      break;
    }
    case 'cli': {
      const why =
        authType === 'auto'
          ? 'auth-type auto chose the Azure CLI because client-id and tenant-id are not set'
          : 'auth-type cli';
      credential = cliSessionCredential(env, why, tenantId, log);
      log('Signing in with the Azure CLI session (azure/login).');
      break;
    }
    case 'environment':
      credential = lazyCredential(async () => new (await identity()).EnvironmentCredential(identityOptions));
      log(
        `Signing in with EnvironmentCredential (AZURE_CLIENT_ID ${env.AZURE_CLIENT_ID ?? 'unset'}) at ${cloud.authorityHost}.`,
      );
      break;
  }
  return { credential: cachingCredential(credential, mask), cloud, method };
}
