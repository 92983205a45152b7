/**
 * One source of truth for what the identity running this tool (the CI principal) must be allowed to do: each ARM
 * action (and data action) the run performs, per feature and per scope, computed from the settings (only the
 * enabled features). Preflight checks it with the Authorization permissions API, `aks-jumpbox-image permissions`
 * turns it into a least-privilege setup, and docs/permissions.md is generated from it.
 */
import { definitionId } from '../gallery/settings.js';
import type { Settings } from '../settings.js';

export type Feature =
  | 'identity'
  | 'roles'
  | 'custom-roles'
  | 'template'
  | 'build'
  | 'logs'
  | 'gallery'
  | 'retention'
  | 'staging-group'
  | 'boot-test';

export type ScopeKind = 'builder' | 'image' | 'gallery' | 'vnet' | 'test-vnet' | 'staging' | 'subscription';

export interface CallerScope {
  kind: ScopeKind;
  id: string;
  /** How the scope is named in messages (the input that sets it). */
  label: string;
}

export interface Requirement {
  feature: Feature;
  scope: CallerScope;
  action: string;
  /** A data action (checked against dataActions; granted by a data role such as Storage Blob Data Reader). */
  data?: boolean;
  /** A built-in role that grants it. */
  role: string;
  /** Why the run needs it. */
  why: string;
  /** An action that serves instead (the log: `listKeys` instead of the blob data action). */
  alternative?: string;
  /** Missing it does not stop the run (the build log, unless require-log). */
  optional?: boolean;
}

export const RBAC_ADMIN = 'Role Based Access Control Administrator';
export const RBAC_ADMIN_ID = 'f58310d9-a9f6-439a-9e8d-f62e7b41a168';
export const BLOB_DATA_READER = 'Storage Blob Data Reader';
export const BLOB_DATA_READER_ID = '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1';
export const BLOB_READ = 'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read';
export const LIST_KEYS = 'Microsoft.Storage/storageAccounts/listKeys/action';
export const ASSIGN = 'Microsoft.Authorization/roleAssignments/write';
export const UNASSIGN = 'Microsoft.Authorization/roleAssignments/delete';
export const RG_READ = 'Microsoft.Resources/subscriptions/resourceGroups/read';

const rg = (s: Settings, name: string) => `/subscriptions/${s.subscriptionId}/resourceGroups/${name}`;

/** The scopes the run touches with the enabled features. */
export function callerScopes(s: Settings): Partial<Record<ScopeKind, CallerScope>> {
  const out: Partial<Record<ScopeKind, CallerScope>> = {
    builder: {
      kind: 'builder',
      id: rg(s, s.builderResourceGroup),
      label: `builder-resource-group ${s.builderResourceGroup}`,
    },
    vnet: { kind: 'vnet', id: s.buildSubnet.vnetId, label: `the build VNet ${s.buildSubnet.vnetName}` },
    subscription: {
      kind: 'subscription',
      id: `/subscriptions/${s.subscriptionId}`,
      label: `subscription ${s.subscriptionId}`,
    },
  };
  if (s.imageResourceGroup)
    out.image = {
      kind: 'image',
      id: rg(s, s.imageResourceGroup),
      label: `image-resource-group ${s.imageResourceGroup}`,
    };
  if (s.gallery)
    out.gallery = { kind: 'gallery', id: definitionId(s.gallery), label: 'the gallery image definition' };
  if (s.stagingResourceGroup)
    out.staging = {
      kind: 'staging',
      id: s.stagingResourceGroup,
      label: `staging-resource-group ${s.stagingResourceGroup.split('/').pop()}`,
    };
  const test = s.bootTest
    ? /^(.*\/virtualNetworks\/[^/]+)\/subnets\/[^/]+$/i.exec(s.bootTest.subnetId)
    : null;
  if (test && test[1]!.toLowerCase() !== s.buildSubnet.vnetId.toLowerCase())
    out['test-vnet'] = { kind: 'test-vnet', id: test[1]!, label: 'the boot-test VNet' };
  return out;
}

type Need = Omit<Requirement, 'scope'> & { at: ScopeKind };
const need = (feature: Feature, at: ScopeKind, action: string, role: string, why: string): Need => ({
  feature,
  at,
  action,
  role,
  why,
});

function builderNeeds(s: Settings): Need[] {
  const mi = 'Microsoft.ManagedIdentity/userAssignedIdentities';
  const ib = 'Microsoft.VirtualMachineImages/imageTemplates';
  const list: Need[] = [
    need('identity', 'builder', RG_READ, 'Reader', 'check that the builder group exists'),
    need('identity', 'builder', `${mi}/read`, 'Reader', 'read the build identity'),
    need('identity', 'builder', `${mi}/write`, 'Managed Identity Contributor', 'create the build identity'),
    need(
      'identity',
      'builder',
      `${mi}/assign/action`,
      'Managed Identity Operator',
      'attach it to the template',
    ),
    need('template', 'builder', `${ib}/read`, 'Reader', 'read the template and its run status'),
    need('template', 'builder', `${ib}/write`, 'Contributor', 'create the image template'),
    need('template', 'builder', `${ib}/delete`, 'Contributor', 'replace a failed template, cleanup-template'),
    need('build', 'builder', `${ib}/run/action`, 'Contributor', 'start the build'),
    need(
      'build',
      'builder',
      `${ib}/cancel/action`,
      'Contributor',
      'cancel the build when the job is canceled',
    ),
    need('build', 'builder', `${ib}/runOutputs/read`, 'Reader', 'read the image id from the run output'),
  ];
  if (s.bootTest) {
    const vm = 'Microsoft.Compute/virtualMachines';
    const nic = 'Microsoft.Network/networkInterfaces';
    for (const [action, why] of [
      [`${vm}/read`, 'read the boot-test VM'],
      [`${vm}/write`, 'create the boot-test VM'],
      [`${vm}/delete`, 'delete the boot-test VM'],
      [`${vm}/runCommands/read`, 'read the validation Run Command'],
      [`${vm}/runCommands/write`, 'run the validation'],
      [`${nic}/read`, 'read the boot-test NIC'],
      [`${nic}/write`, 'create the boot-test NIC'],
      [`${nic}/delete`, 'delete the boot-test NIC'],
      [`${nic}/join/action`, 'attach the NIC to the VM'],
      ['Microsoft.Compute/disks/delete', 'delete the boot-test OS disk'],
    ] as const)
      list.push(need('boot-test', 'builder', action, 'Virtual Machine Contributor', why));
  }
  return list;
}

function accessNeeds(s: Settings): Need[] {
  const list: Need[] = [
    need('roles', 'vnet', 'Microsoft.Network/virtualNetworks/read', 'Reader', 'read the build subnet'),
    need('roles', 'vnet', ASSIGN, RBAC_ADMIN, 'assign the network role to the build identity'),
  ];
  if (s.revokeRoles === 'all') list.push(need('roles', 'vnet', UNASSIGN, RBAC_ADMIN, 'revoke-roles: all'));
  const imageAt: ScopeKind[] = [
    s.managedImage && s.imageResourceGroup ? 'image' : undefined,
    s.gallery ? 'gallery' : undefined,
  ].filter((x): x is ScopeKind => !!x);
  for (const at of imageAt) {
    list.push(need('roles', at, ASSIGN, RBAC_ADMIN, 'assign the image role to the build identity'));
    if (s.revokeRoles !== 'none') list.push(need('roles', at, UNASSIGN, RBAC_ADMIN, 'revoke the image role'));
  }
  if (s.imageResourceGroup) {
    list.push(need('template', 'image', RG_READ, 'Reader', 'check that the image group exists'));
    list.push(
      need('template', 'image', 'Microsoft.Compute/images/read', 'Reader', 'skip an unchanged image'),
    );
  }
  if (s.keepImages)
    list.push(need('retention', 'image', 'Microsoft.Compute/images/delete', 'Contributor', 'keep-images'));
  if (s.gallery) {
    const g = 'Microsoft.Compute/galleries/images';
    list.push(need('gallery', 'gallery', `${g}/read`, 'Reader', 'check the image definition'));
    list.push(need('gallery', 'gallery', `${g}/versions/read`, 'Reader', 'skip an unchanged version'));
    if (s.keepVersions)
      list.push(need('retention', 'gallery', `${g}/versions/delete`, 'Contributor', 'keep-versions'));
  }
  if (s.createCustomRoles) {
    const why = 'create-custom-roles';
    list.push(
      need('custom-roles', 'subscription', 'Microsoft.Authorization/roleDefinitions/read', 'Reader', why),
    );
    list.push(
      need(
        'custom-roles',
        'subscription',
        'Microsoft.Authorization/roleDefinitions/write',
        'User Access Administrator',
        why,
      ),
    );
  }
  if (s.bootTest)
    list.push(
      need(
        'boot-test',
        callerScopesHasTestVnet(s) ? 'test-vnet' : 'vnet',
        'Microsoft.Network/virtualNetworks/subnets/join/action',
        'Network Contributor',
        'join the boot-test VM to test-subnet-id',
      ),
    );
  return list;
}

const callerScopesHasTestVnet = (s: Settings) => Boolean(callerScopes(s)['test-vnet']);

function stagingNeeds(s: Settings): Need[] {
  if (!s.stagingResourceGroup) return [];
  const list: Need[] = [
    need('staging-group', 'staging', RG_READ, 'Reader', 'check that the staging group is empty'),
    need(
      'staging-group',
      'staging',
      'Microsoft.Resources/subscriptions/resourceGroups/resources/read',
      'Reader',
      'list what the staging group holds',
    ),
    need('staging-group', 'staging', ASSIGN, RBAC_ADMIN, 'assign Contributor to the build identity there'),
  ];
  if (s.revokeRoles === 'all')
    list.push(need('staging-group', 'staging', UNASSIGN, RBAC_ADMIN, 'revoke-roles: all'));
  if (s.streamLog || s.uploadLog) {
    const optional = !s.requireLog;
    const find = need(
      'logs',
      'staging',
      'Microsoft.Storage/storageAccounts/read',
      'Reader',
      'find the log account',
    );
    const read = need(
      'logs',
      'staging',
      BLOB_READ,
      BLOB_DATA_READER,
      'read the build log with an Entra token',
    );
    list.push({ ...find, optional }, { ...read, data: true, alternative: LIST_KEYS, optional });
  }
  return list;
}

/** Every permission the run needs for these settings, each at its scope. */
export function callerRequirements(s: Settings): Requirement[] {
  const scopes = callerScopes(s);
  return [...builderNeeds(s), ...accessNeeds(s), ...stagingNeeds(s)].flatMap(({ at, ...n }) => {
    const scope = scopes[at];
    return scope ? [{ ...n, scope }] : [];
  });
}

/** The role definition GUIDs the run assigns at a scope (what a constrained delegation must allow there). */
export function assignedRoleGuids(
  s: Settings,
  kind: ScopeKind,
  custom?: { network: string; image: string },
): string[] {
  const guid = (id: string) => id.split('/').pop()!.toLowerCase();
  const network = custom?.network ?? s.networkRole.guid;
  const image = custom?.image ?? s.imageRole.guid;
  if (kind === 'vnet') return [guid(network)];
  if (kind === 'image' || kind === 'gallery') return [guid(image)];
  if (kind === 'staging') return ['b24988ac-6180-42a0-ab88-20f7382dd24c'];
  return [];
}
