/** Identity and roles: the user-assigned identity, optional custom roles, the network and image role assignments. */
import { resourceGroupId, sameId } from '../azure-ids.js';
import {
  type AssignmentRequest,
  type IdentityInfo,
  customRoleDefinitions,
  ensureCustomRole,
  ensureIdentity,
  ensureRoleAssignment,
} from '../roles.js';
import { TAG } from '../template.js';
import type { RoleAssignmentRecord } from '../types.js';
import type { RunContext } from './context.js';
import { MANAGED_BY, type Plan } from './plan.js';

export function ensureBuildIdentity(ctx: RunContext, plan: Plan): Promise<IdentityInfo> {
  const { settings, clients, logger, signal } = ctx;
  return ensureIdentity(clients, {
    resourceGroup: settings.builderResourceGroup,
    name: settings.identityName,
    location: plan.location,
    tags: { ...settings.tags, [TAG.managedBy]: MANAGED_BY },
    logger,
    signal,
  });
}

/** The role definitions to assign: the configured ones, or the tool's custom roles when asked to create them. */
async function roleDefinitions(ctx: RunContext): Promise<{ network: string; image: string }> {
  const { settings, clients, logger, signal } = ctx;
  if (!settings.createCustomRoles) return { network: settings.networkRole.id, image: settings.imageRole.id };
  const roles = customRoleDefinitions(settings.subscriptionId, false);
  return {
    network: await ensureCustomRole(clients, roles.network, { logger, signal }),
    image: await ensureCustomRole(clients, roles.image, { logger, signal }),
  };
}

/** The assignments a build needs: network role on each VNet it joins, image role on the destination group. */
export function assignmentRequests(
  ctx: RunContext,
  roles: { network: string; image: string },
  principalId: string,
): AssignmentRequest[] {
  const { settings } = ctx;
  const requests: AssignmentRequest[] = [
    { scope: settings.buildSubnet.vnetId, roleDefinitionId: roles.network, principalId, purpose: 'network' },
    {
      scope: resourceGroupId(settings.subscriptionId, settings.imageResourceGroup),
      roleDefinitionId: roles.image,
      principalId,
      purpose: 'image',
    },
  ];
  const aci = settings.containerInstanceSubnet;
  if (aci && !sameId(aci.vnetId, settings.buildSubnet.vnetId))
    requests.push({ scope: aci.vnetId, roleDefinitionId: roles.network, principalId, purpose: 'network' });
  return requests;
}

/** Grants each assignment; `onGranted` hears of each one at once (so a failure later still revokes it). */
export async function grantRoles(
  ctx: RunContext,
  principalId: string,
  onGranted: (record: RoleAssignmentRecord) => void,
): Promise<RoleAssignmentRecord[]> {
  const roles = await roleDefinitions(ctx);
  const records: RoleAssignmentRecord[] = [];
  for (const request of assignmentRequests(ctx, roles, principalId)) {
    const record = await ensureRoleAssignment(ctx.clients, request, {
      logger: ctx.logger,
      signal: ctx.signal,
      backoffMs: ctx.options.retry?.retryDelayInMs ?? 2000,
    });
    onGranted(record);
    records.push(record);
  }
  return records;
}

/** What a dry run would assign (no identity exists yet, so no principal and no assignment ids). */
export function plannedAssignments(ctx: RunContext): RoleAssignmentRecord[] {
  const { settings } = ctx;
  const roles = { network: settings.networkRole.id, image: settings.imageRole.id };
  return assignmentRequests(ctx, roles, '').map((r) => ({
    id: '',
    scope: r.scope,
    roleDefinitionId: r.roleDefinitionId,
    purpose: r.purpose,
    created: false,
  }));
}
