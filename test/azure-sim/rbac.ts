/**
 * The caller's RBAC, enforced for the principals listed in `fixture.enforceRbac` (object or client ids): their role
 * assignments (in `state.roleAssignments`, with optional ABAC conditions), built-in and custom role definitions with
 * actions, notActions, dataActions and notDataActions (wildcards matched as Azure does, case-insensitive). Every ARM
 * request of such a caller is mapped to its action (`<namespace>/<types>/read|write|delete`, `.../<name>/action`)
 * and scope and refused with 403 `AuthorizationFailed` unless a grant covers it. Reads ARM lets any signed-in
 * principal make (provider metadata, locations, long-running operation status, platform images, role definitions,
 * the permissions API) are not checked: a guess at ARM's behaviour, documented in docs/simulator.md.
 */
import type { SimContext } from './context.js';
import { ArmError, type Caller, type SimRequest, idKey } from './http.js';
import { type ConditionInput, evaluateCondition } from './rbac-condition.js';
import { type Permission, type RoleAssignment, actionMatches, scopeContains } from './state.js';

export const ROLE_ASSIGNMENT_ATTR = 'Microsoft.Authorization/roleAssignments';

/** Whether RBAC is enforced for this caller. */
export function enforcedFor(ctx: SimContext, caller: Caller | undefined): boolean {
  const list = ctx.state.fixture.enforceRbac;
  if (!caller || !list) return false;
  return list.some((p) => p.toLowerCase() === caller.objectId.toLowerCase() || p === caller.clientId);
}

function grantsOf(
  ctx: SimContext,
  principalId: string,
  scope: string,
): Array<{ a: RoleAssignment; p: Permission[] }> {
  const out: Array<{ a: RoleAssignment; p: Permission[] }> = [];
  for (const a of ctx.state.roleAssignments.values()) {
    if (a.principalId.toLowerCase() !== principalId.toLowerCase() || !scopeContains(a.scope, scope)) continue;
    const role = ctx.state.roleDefinitions.get(a.roleDefinitionId.split('/').pop()!.toLowerCase());
    if (role) out.push({ a, p: role.permissions });
  }
  return out;
}

const allows = (p: Permission, action: string, data: boolean) =>
  (data ? p.dataActions : p.actions).some((x) => actionMatches(x, action)) &&
  !(data ? p.notDataActions : p.notActions).some((x) => actionMatches(x, action));

/** Whether a grant of the caller covers the action at the scope (and its condition, when it has one, holds). */
export function callerMay(
  ctx: SimContext,
  caller: Caller,
  action: string,
  scope: string,
  options: { data?: boolean; attributes?: Omit<ConditionInput, 'action'> } = {},
): boolean {
  return grantsOf(ctx, caller.objectId, scope).some(
    ({ a, p }) =>
      p.some((perm) => allows(perm, action, Boolean(options.data))) &&
      (!a.condition ||
        evaluateCondition(a.condition, {
          action,
          request: options.attributes?.request ?? {},
          resource: options.attributes?.resource ?? {},
        })),
  );
}

/** The permissions API's answer at a scope: one entry per role assignment that applies there. */
export function callerPermissions(ctx: SimContext, caller: Caller, scope: string): Permission[] {
  return grantsOf(ctx, caller.objectId, scope).flatMap(({ p }) => p);
}

export function authorizationFailed(
  caller: Caller,
  action: string,
  scope: string,
  condition = false,
): ArmError {
  return new ArmError(
    403,
    'AuthorizationFailed',
    `The client '${caller.clientId}' with object id '${caller.objectId}' does not have authorization to perform action '${action}' over scope '${scope}' or the scope is invalid.${condition ? ' The access is conditional and the condition was not met.' : ''} If access was recently granted, please refresh your credentials.`,
  );
}

const VERB: Record<string, string> = {
  GET: 'read',
  HEAD: 'read',
  PUT: 'write',
  PATCH: 'write',
  DELETE: 'delete',
};

/** The action and scope of an ARM request; undefined for requests every signed-in principal may make. */
export function armAction(method: string, path: string): { action: string; scope: string } | undefined {
  const segs = path.split('/').filter(Boolean);
  const p = segs.map((s) => s.toLowerCase()).lastIndexOf('providers');
  if (p < 0) {
    // Microsoft.Resources: /subscriptions/{s}[/resourceGroups/{rg}[/resources]], /subscriptions/{s}/locations
    if (segs[2]?.toLowerCase() === 'locations' || segs.length < 3) return undefined;
    const types = segs.filter((_, i) => i % 2 === 0);
    const collection = segs.length % 2 === 1;
    const scope = `/${segs.slice(0, collection ? -1 : undefined).join('/')}`;
    return { action: `Microsoft.Resources/${types.join('/')}/${VERB[method] ?? 'read'}`, scope };
  }
  const ns = segs[p + 1];
  const rest = segs.slice(p + 2);
  if (!ns || !rest.length) return undefined;
  const head = `/${segs.slice(0, p).join('/')}`;
  if (p === 2 && rest[0]!.toLowerCase() === 'register')
    return { action: `${ns}/register/action`, scope: head };
  if (p === 2 && rest[0]!.toLowerCase() === 'locations') return undefined;
  if (ns.toLowerCase() === 'microsoft.authorization') {
    const type = rest[0]!.toLowerCase();
    if (type === 'permissions' || type === 'roledefinitions')
      return method === 'GET' ? undefined : { action: `${ns}/roleDefinitions/write`, scope: head };
    if (type === 'roleassignments' && method !== 'GET') return undefined; // the handler checks, with the attributes
  }
  const odd = rest.length % 2 === 1;
  const types = rest.filter((_, i) => i % 2 === 0);
  if (odd && method === 'POST')
    return {
      action: `${ns}/${types.slice(0, -1).join('/')}/${types.at(-1)}/action`,
      scope: `/${segs.slice(0, -1).join('/')}`,
    };
  if (odd)
    return {
      action: `${ns}/${types.join('/')}/read`,
      scope: rest.length === 1 ? head : `/${segs.slice(0, -1).join('/')}`,
    };
  return { action: `${ns}/${types.join('/')}/${VERB[method] ?? 'write'}`, scope: `/${segs.join('/')}` };
}

/** Refuses an ARM request of an enforced caller that no grant covers (the generic check before every handler). */
export function enforceCallerRbac(ctx: SimContext, req: SimRequest): void {
  if (!enforcedFor(ctx, req.caller)) return;
  const target = armAction(req.method, req.path);
  if (!target) return;
  if (!callerMay(ctx, req.caller!, target.action, target.scope))
    throw authorizationFailed(req.caller!, target.action, target.scope);
}

/** The attributes of a role assignment write (request) or of an existing assignment (resource). */
export function assignmentAttributes(
  roleDefinitionId: string,
  principalType: string | undefined,
  principalId: string,
) {
  return {
    [`${ROLE_ASSIGNMENT_ATTR}:RoleDefinitionId`]: roleDefinitionId.split('/').pop()!.toLowerCase(),
    [`${ROLE_ASSIGNMENT_ATTR}:PrincipalType`]: principalType,
    [`${ROLE_ASSIGNMENT_ATTR}:PrincipalId`]: principalId,
  };
}

export { idKey };
