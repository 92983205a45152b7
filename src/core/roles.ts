/** The builder identity, the optional least-privilege custom roles, and the role assignments it needs. */
import { parseRoleAssignmentId, roleDefinitionId, subscriptionScope } from './azure-ids.js';
import { type Clients, armError, describeAzureError, isNotFound } from './clients.js';
import type { Logger, RoleAssignmentRecord } from './types.js';
import { sleep, uuidV5 } from './util.js';

export interface IdentityInfo {
  id: string;
  principalId: string;
  clientId: string;
  created: boolean;
}

export async function ensureIdentity(
  clients: Clients,
  options: {
    resourceGroup: string;
    name: string;
    location: string;
    tags: Record<string, string>;
    logger: Logger;
    signal?: AbortSignal;
  },
): Promise<IdentityInfo> {
  const { resourceGroup, name, logger, signal } = options;
  try {
    const existing = await clients.msi.userAssignedIdentities.get(resourceGroup, name, {
      abortSignal: signal,
    });
    logger.info(`Reusing managed identity ${existing.id} (principal ${existing.principalId}).`);
    return {
      id: existing.id!,
      principalId: existing.principalId!,
      clientId: existing.clientId!,
      created: false,
    };
  } catch (e) {
    if (!isNotFound(e)) throw describeAzureError(e, `Reading managed identity ${name} in ${resourceGroup}`);
  }
  try {
    const created = await clients.msi.userAssignedIdentities.createOrUpdate(
      resourceGroup,
      name,
      { location: options.location, tags: options.tags },
      { abortSignal: signal },
    );
    logger.info(`Created managed identity ${created.id} (principal ${created.principalId}).`);
    return { id: created.id!, principalId: created.principalId!, clientId: created.clientId!, created: true };
  } catch (e) {
    throw explainAuthorization(
      e,
      `Creating managed identity ${name} in ${resourceGroup}`,
      'Microsoft.ManagedIdentity/userAssignedIdentities/write',
    );
  }
}

/** The guide's least-privilege roles, with deterministic ids per subscription. */
export function customRoleDefinitions(subscriptionId: string, withGallery: boolean) {
  const scope = subscriptionScope(subscriptionId);
  const imageActions = [
    'Microsoft.Compute/images/write',
    'Microsoft.Compute/images/read',
    'Microsoft.Compute/images/delete',
  ];
  if (withGallery) {
    imageActions.push(
      'Microsoft.Compute/galleries/read',
      'Microsoft.Compute/galleries/images/read',
      'Microsoft.Compute/galleries/images/versions/read',
      'Microsoft.Compute/galleries/images/versions/write',
    );
  }
  return {
    network: {
      guid: uuidV5(`${scope.toLowerCase()}|aks-jumpbox-image|network-joiner`),
      roleName: `[Custom] AKS Jump Box Image Builder Network Joiner (${subscriptionId.slice(0, 8)})`,
      description:
        'Lets an Azure VM Image Builder identity join build VMs to an existing virtual network. Assign at the virtual network.',
      actions: [
        'Microsoft.Network/virtualNetworks/read',
        'Microsoft.Network/virtualNetworks/subnets/join/action',
      ],
      scope,
    },
    image: {
      guid: uuidV5(`${scope.toLowerCase()}|aks-jumpbox-image|image-contributor`),
      roleName: `[Custom] AKS Jump Box Image Contributor (${subscriptionId.slice(0, 8)})`,
      description:
        'Lets an Azure VM Image Builder identity write the generated image. Assign at the destination resource group.',
      actions: imageActions,
      scope,
    },
  };
}

export async function ensureCustomRole(
  clients: Clients,
  role: ReturnType<typeof customRoleDefinitions>['network'],
  options: { logger: Logger; signal?: AbortSignal },
): Promise<string> {
  const definition = {
    roleName: role.roleName,
    description: role.description,
    roleType: 'CustomRole',
    permissions: [{ actions: role.actions, notActions: [], dataActions: [], notDataActions: [] }],
    assignableScopes: [role.scope],
  };
  try {
    const existing = await clients.authorization.roleDefinitions.get(role.scope, role.guid, {
      abortSignal: options.signal,
    });
    const actions = new Set(
      (existing.permissions ?? []).flatMap((p) => p.actions ?? []).map((a) => a.toLowerCase()),
    );
    if (role.actions.every((a) => actions.has(a.toLowerCase()))) {
      options.logger.info(`Reusing custom role "${role.roleName}".`);
      return existing.id ?? roleDefinitionId(role.scope.split('/')[2]!, role.guid);
    }
  } catch (e) {
    if (!isNotFound(e) && armError(e).code !== 'RoleDefinitionDoesNotExist')
      throw describeAzureError(e, `Reading custom role ${role.roleName}`);
  }
  try {
    const saved = await clients.authorization.roleDefinitions.createOrUpdate(
      role.scope,
      role.guid,
      definition,
      { abortSignal: options.signal },
    );
    options.logger.info(`Created or updated custom role "${role.roleName}" (${role.guid}).`);
    return saved.id ?? roleDefinitionId(role.scope.split('/')[2]!, role.guid);
  } catch (e) {
    if (armError(e).code === 'RoleDefinitionWithSameNameExists') {
      throw new Error(
        `A custom role named "${role.roleName}" already exists in this directory with another id, so it cannot be created as ${role.guid}. Delete or rename that role, or pass its id as network-role-id/image-role-id and set create-custom-roles to false.`,
        { cause: e },
      );
    }
    throw explainAuthorization(
      e,
      `Creating custom role ${role.roleName}`,
      'Microsoft.Authorization/roleDefinitions/write',
    );
  }
}

export interface AssignmentRequest {
  scope: string;
  roleDefinitionId: string;
  principalId: string;
  purpose: 'network' | 'image';
}

/** Deterministic assignment name: UUID v5 of scope + principal + role (case-insensitive). */
export const assignmentName = (r: Omit<AssignmentRequest, 'purpose'>): string =>
  uuidV5(
    `${r.scope.toLowerCase()}|${r.principalId.toLowerCase()}|${(r.roleDefinitionId.split('/').pop() ?? '').toLowerCase()}`,
  );

/** The PUT of one assignment under its deterministic name. */
async function putAssignment(
  clients: Clients,
  request: AssignmentRequest,
  name: string,
  signal: AbortSignal | undefined,
): Promise<string | undefined> {
  const result = await clients.authorization.roleAssignments.create(
    request.scope,
    name,
    {
      roleDefinitionId: request.roleDefinitionId,
      principalId: request.principalId,
      principalType: 'ServicePrincipal',
      description: `Granted by aks-jumpbox-image for the ${request.purpose === 'network' ? 'build network' : 'image destination'}`,
    },
    { abortSignal: signal },
  );
  return result.id;
}

export async function ensureRoleAssignment(
  clients: Clients,
  request: AssignmentRequest,
  options: { logger: Logger; signal?: AbortSignal; principalNotFoundRetries?: number; backoffMs?: number },
): Promise<RoleAssignmentRecord> {
  const name = assignmentName(request);
  const role = request.roleDefinitionId.split('/').pop();
  const retries = options.principalNotFoundRetries ?? 6;
  const backoff = options.backoffMs ?? 2000;
  const record = (id: string, created: boolean): RoleAssignmentRecord => ({
    id,
    scope: request.scope,
    roleDefinitionId: request.roleDefinitionId,
    purpose: request.purpose,
    created,
  });
  for (let attempt = 0; ; attempt++) {
    try {
      const id = await putAssignment(clients, request, name, options.signal);
      options.logger.info(`Role ${role} assigned to ${request.principalId} at ${request.scope}.`);
      return record(id ?? `${request.scope}/providers/Microsoft.Authorization/roleAssignments/${name}`, true);
    } catch (e) {
      const { code } = armError(e);
      if (code === 'RoleAssignmentExists') {
        options.logger.info(
          `Role ${role} was already assigned to ${request.principalId} at ${request.scope} (under another name; left as is).`,
        );
        return record('', false);
      }
      if (code !== 'PrincipalNotFound' || attempt >= retries)
        throw explainAuthorization(
          e,
          `Assigning role ${role} at ${request.scope}`,
          'Microsoft.Authorization/roleAssignments/write',
        );
      const delay = Math.min(backoff * 2 ** attempt, 30_000);
      options.logger.info(
        `The identity has not replicated to the directory yet (PrincipalNotFound); retrying in ${Math.round(delay / 1000)}s (attempt ${attempt + 1}/${retries}).`,
      );
      await sleep(delay, options.signal);
    }
  }
}

export async function removeRoleAssignment(
  clients: Clients,
  assignmentId: string,
  options: { logger: Logger; signal?: AbortSignal },
): Promise<void> {
  const ref = parseRoleAssignmentId(assignmentId);
  if (!ref) throw new Error(`Not a role assignment id: ${assignmentId}`);
  try {
    await clients.authorization.roleAssignments.delete(ref.scope, ref.name, { abortSignal: options.signal });
    options.logger.info(`Revoked role assignment ${ref.name} at ${ref.scope}.`);
  } catch (e) {
    throw explainAuthorization(
      e,
      `Revoking role assignment ${ref.name} at ${ref.scope}`,
      'Microsoft.Authorization/roleAssignments/delete',
    );
  }
}

/** Turns AuthorizationFailed into a message that names the missing permission and the scope. */
export function explainAuthorization(e: unknown, doing: string, action: string): Error {
  const { code, message } = armError(e);
  if (code === 'AuthorizationFailed') {
    const scope = /over scope '([^']+)'/.exec(message)?.[1] ?? 'the target scope';
    const who = /object id '([^']+)'/.exec(message)?.[1];
    return new Error(
      `${doing} failed: the identity running this tool${who ? ` (object id ${who})` : ''} lacks '${action}' at ${scope}. Grant it a role with that permission there (for role assignments: Role Based Access Control Administrator or User Access Administrator), then re-run.`,
      { cause: e },
    );
  }
  return describeAzureError(e, doing);
}
