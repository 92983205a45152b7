/** Parsing and comparing Azure resource ids. ARM ids are case-insensitive. */

export interface SubnetRef {
  id: string;
  subscriptionId: string;
  resourceGroup: string;
  vnetName: string;
  subnetName: string;
  vnetId: string;
}

const SUBNET_RE =
  /^\/subscriptions\/([0-9a-fA-F-]{36})\/resourceGroups\/([-\w._()]{1,90})\/providers\/Microsoft\.Network\/virtualNetworks\/([-\w._]{2,64})\/subnets\/([-\w._]{1,80})$/i;

export function parseSubnetId(id: string): SubnetRef | undefined {
  const m = SUBNET_RE.exec(id.trim());
  if (!m) return undefined;
  const [, subscriptionId, resourceGroup, vnetName, subnetName] = m as unknown as [
    string,
    string,
    string,
    string,
    string,
  ];
  return {
    id: id.trim(),
    subscriptionId,
    resourceGroup,
    vnetName,
    subnetName,
    vnetId: `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/Microsoft.Network/virtualNetworks/${vnetName}`,
  };
}

export const sameId = (a: string | undefined, b: string | undefined): boolean =>
  a !== undefined && b !== undefined && normalizeId(a) === normalizeId(b);

export const normalizeId = (id: string): string => id.replace(/\/+/g, '/').replace(/\/$/, '').toLowerCase();

export const resourceGroupId = (subscriptionId: string, name: string): string =>
  `/subscriptions/${subscriptionId}/resourceGroups/${name}`;

export const roleDefinitionId = (subscriptionId: string, guid: string): string =>
  `/subscriptions/${subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${guid}`;

export const GUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The trailing GUID of a role definition id (`/subscriptions/s/providers/.../roleDefinitions/<guid>` or a bare GUID). */
export function roleGuid(value: string): string | undefined {
  const last = value.trim().split('/').pop() ?? '';
  if (!GUID_RE.test(last)) return undefined;
  if (
    value.includes('/') &&
    !/\/providers\/Microsoft\.Authorization\/roleDefinitions\/[^/]+$/i.test(value.trim())
  ) {
    return undefined;
  }
  return last.toLowerCase();
}

/** The resource group name of a resource id. */
export function resourceGroupOf(id: string): string | undefined {
  return /\/resourceGroups\/([^/]+)/i.exec(id)?.[1];
}

const providerId = (subscriptionId: string, resourceGroup: string, type: string, name: string): string =>
  `${resourceGroupId(subscriptionId, resourceGroup)}/providers/${type}/${name}`;

export const imageTemplateId = (subscriptionId: string, resourceGroup: string, name: string): string =>
  providerId(subscriptionId, resourceGroup, 'Microsoft.VirtualMachineImages/imageTemplates', name);

export const managedImageId = (subscriptionId: string, resourceGroup: string, name: string): string =>
  providerId(subscriptionId, resourceGroup, 'Microsoft.Compute/images', name);

export const userAssignedIdentityId = (subscriptionId: string, resourceGroup: string, name: string): string =>
  providerId(subscriptionId, resourceGroup, 'Microsoft.ManagedIdentity/userAssignedIdentities', name);

export const subscriptionScope = (subscriptionId: string): string => `/subscriptions/${subscriptionId}`;

/** The resource group and name of an image template id, or undefined when `id` is not one. */
export function parseImageTemplateId(
  id: string,
): { subscriptionId: string; resourceGroup: string; name: string } | undefined {
  const m =
    /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.VirtualMachineImages\/imageTemplates\/([^/]+)$/i.exec(
      id,
    );
  return m ? { subscriptionId: m[1]!, resourceGroup: m[2]!, name: m[3]! } : undefined;
}

/** Splits a role assignment id into its scope and name. */
export function parseRoleAssignmentId(id: string): { scope: string; name: string } | undefined {
  const m = /^(.*)\/providers\/Microsoft\.Authorization\/roleAssignments\/([^/]+)$/i.exec(id);
  return m ? { scope: m[1]!, name: m[2]! } : undefined;
}
