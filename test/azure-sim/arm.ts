/** ARM behaviour shared by every resource provider: authentication, authorization denies, common errors. */
import { type SimContext, nowSeconds } from './context.js';
import { ArmError, type Caller, type SimRequest, idKey } from './http.js';
import { decodeJwt, verifyJwtSignature } from './jwt.js';
import { scopeContains } from './state.js';
import { authorizationFailed, callerMay, enforcedFor } from './rbac.js';
import type { ConditionInput } from './rbac-condition.js';

const ARM_AUDIENCES = ['https://management.azure.com', 'https://management.core.windows.net'];

export function authenticate(ctx: SimContext, req: SimRequest): Caller {
  const header = req.headers.authorization;
  if (!header) {
    throw new ArmError(
      401,
      'AuthenticationFailed',
      "Authentication failed. The 'Authorization' header is missing.",
    );
  }
  const m = /^Bearer (.+)$/.exec(header);
  const jwt = m ? decodeJwt(m[1]!) : undefined;
  if (!jwt || !verifyJwtSignature(jwt, ctx.key.publicKey)) {
    throw new ArmError(401, 'InvalidAuthenticationToken', 'The access token is invalid.');
  }
  const aud = String(jwt.claims.aud ?? '').replace(/\/$/, '');
  const accepted = [...ARM_AUDIENCES, ctx.origin()];
  if (!accepted.includes(aud)) {
    throw new ArmError(
      401,
      'InvalidAuthenticationTokenAudience',
      `The access token has been obtained for wrong audience or resource '${aud}'. It should exactly match with one of the allowed audiences '${accepted.join("','")}'.`,
    );
  }
  if (typeof jwt.claims.exp !== 'number' || jwt.claims.exp <= nowSeconds()) {
    throw new ArmError(
      401,
      'ExpiredAuthenticationToken',
      'The access token expiry UTC time is earlier than current UTC time.',
    );
  }
  return {
    objectId: String(jwt.claims.oid),
    clientId: String(jwt.claims.appid),
    tenantId: String(jwt.claims.tid),
  };
}

/**
 * Throws 403 AuthorizationFailed when a fixture denies the caller this action at this scope, or when the caller's
 * RBAC is enforced (rbac.ts) and no grant covers it (`attributes`: for role assignment conditions).
 */
export function authorize(
  ctx: SimContext,
  req: SimRequest,
  action: string,
  scope: string,
  attributes?: Omit<ConditionInput, 'action'>,
): void {
  const caller = req.caller;
  if (!caller) return;
  if (enforcedFor(ctx, caller) && !callerMay(ctx, caller, action, scope, { attributes }))
    throw authorizationFailed(caller, action, scope, Boolean(attributes));
  const denied = ctx.state.denies.some(
    (d) =>
      (d.principal === undefined || d.principal === caller.objectId || d.principal === caller.clientId) &&
      d.action.toLowerCase() === action.toLowerCase() &&
      (d.scope === undefined || scopeContains(d.scope, scope)),
  );
  if (denied) {
    throw new ArmError(
      403,
      'AuthorizationFailed',
      `The client '${caller.clientId}' with object id '${caller.objectId}' does not have authorization to perform action '${action}' over scope '${scope}' or the scope is invalid. If access was recently granted, please refresh your credentials.`,
    );
  }
}

export function requireApiVersion(req: SimRequest): string {
  const v = req.query.get('api-version');
  if (!v) {
    throw new ArmError(
      400,
      'MissingApiVersionParameter',
      'The api-version query parameter (?api-version=) is required for all requests.',
    );
  }
  return v;
}

export function rgId(sub: string, rg: string): string {
  return `/subscriptions/${sub}/resourceGroups/${rg}`;
}

export function requireResourceGroup(
  ctx: SimContext,
  sub: string,
  rg: string,
): { id: string; name: string; location: string } {
  if (sub.toLowerCase() !== ctx.state.fixture.subscriptionId.toLowerCase()) {
    throw new ArmError(404, 'SubscriptionNotFound', `The subscription '${sub}' could not be found.`);
  }
  const found = ctx.state.resourceGroups.get(idKey(rgId(sub, rg)));
  if (!found) throw new ArmError(404, 'ResourceGroupNotFound', `Resource group '${rg}' could not be found.`);
  return found;
}

export function notFound(type: string, name: string, rg: string): ArmError {
  return new ArmError(
    404,
    'ResourceNotFound',
    `The Resource '${type}/${name}' under resource group '${rg}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`,
  );
}

export function bodyObject(req: SimRequest): Record<string, unknown> {
  if (!req.json || typeof req.json !== 'object' || Array.isArray(req.json)) {
    throw new ArmError(
      400,
      'InvalidRequestContent',
      'The request content was invalid and could not be deserialized.',
    );
  }
  return req.json as Record<string, unknown>;
}
