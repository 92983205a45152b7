/** What the caller must be allowed to do at each scope, from the Authorization permissions API. */
import { normalizeId } from '../azure-ids.js';
import type { Settings } from '../settings.js';
import { permits } from './access-checks.js';
import { type CheckContext, type CheckResult, fail, pass, warn } from './types.js';

export interface Need {
  /** Check id suffix: builder-rg, image-rg, vnet. */
  key: string;
  scope: string;
  /** How the scope is named in the message (the input that sets it). */
  label: string;
  action: string;
  /** A built-in role that grants the action. */
  role: string;
}

const RBAC_ADMIN = 'Role Based Access Control Administrator';

export function permissionNeeds(s: Settings): Need[] {
  const builder = {
    key: 'builder-rg',
    scope: `/subscriptions/${s.subscriptionId}/resourceGroups/${s.builderResourceGroup}`,
    label: `builder-resource-group ${s.builderResourceGroup}`,
  };
  const image = {
    key: 'image-rg',
    scope: `/subscriptions/${s.subscriptionId}/resourceGroups/${s.imageResourceGroup}`,
    label: `image-resource-group ${s.imageResourceGroup}`,
  };
  const vnet = {
    key: 'vnet',
    scope: s.buildSubnet.vnetId,
    label: `the build VNet ${s.buildSubnet.vnetName}`,
  };
  const needs: Need[] = [
    {
      ...builder,
      action: 'Microsoft.ManagedIdentity/userAssignedIdentities/write',
      role: 'Managed Identity Contributor',
    },
    {
      ...builder,
      action: 'Microsoft.ManagedIdentity/userAssignedIdentities/assign/action',
      role: 'Managed Identity Operator',
    },
    { ...builder, action: 'Microsoft.VirtualMachineImages/imageTemplates/write', role: 'Contributor' },
    { ...builder, action: 'Microsoft.VirtualMachineImages/imageTemplates/run/action', role: 'Contributor' },
    { ...image, action: 'Microsoft.Compute/images/read', role: 'Reader' },
    { ...image, action: 'Microsoft.Authorization/roleAssignments/write', role: RBAC_ADMIN },
    { ...vnet, action: 'Microsoft.Network/virtualNetworks/read', role: 'Reader' },
    { ...vnet, action: 'Microsoft.Authorization/roleAssignments/write', role: RBAC_ADMIN },
  ];
  if (s.revokeRoles !== 'none')
    needs.push({ ...image, action: 'Microsoft.Authorization/roleAssignments/delete', role: RBAC_ADMIN });
  if (s.revokeRoles === 'all')
    needs.push({ ...vnet, action: 'Microsoft.Authorization/roleAssignments/delete', role: RBAC_ADMIN });
  if (s.cleanupTemplate !== 'never')
    needs.push({
      ...builder,
      action: 'Microsoft.VirtualMachineImages/imageTemplates/delete',
      role: 'Contributor',
    });
  if (s.createCustomRoles)
    needs.push({
      ...builder,
      action: 'Microsoft.Authorization/roleDefinitions/write',
      role: 'User Access Administrator (at the subscription)',
    });
  return needs;
}

/** One check per scope: names the first missing action and a built-in role that grants it. */
export function checkPermissions(c: CheckContext): CheckResult[] {
  const byScope = new Map<string, Need[]>();
  for (const need of permissionNeeds(c.settings)) {
    const key = normalizeId(need.scope);
    byScope.set(key, [...(byScope.get(key) ?? []), need]);
  }
  return [...byScope.entries()].map(([key, needs]) => {
    const label = [...new Set(needs.map((n) => n.label))].join(' / ');
    const id = `permissions-${needs[0]!.key}`;
    const title = `Caller's permissions at ${label}`;
    const read = c.data.permissions.get(key);
    if (read?.notFound) return fail(id, title, `${label} was not found (${read.error}).`);
    if (!read?.value)
      return warn(
        id,
        title,
        `Could not read the caller's permissions at ${label} (${read?.error ?? 'not read'}); the run will tell at the first write.`,
      );
    const missing = needs.filter((n) => !permits(read.value!, n.action));
    if (missing.length)
      return fail(
        id,
        title,
        `The caller lacks ${missing.map((m) => `${m.action} (granted by ${m.role})`).join(', ')} at ${label}: assign such a role to the identity running this tool there.`,
      );
    return pass(
      id,
      title,
      `The caller may ${needs.map((n) => n.action.split('/').slice(-2).join('/')).join(', ')}.`,
    );
  });
}
