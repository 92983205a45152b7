/**
 * The plan as a what-if: for the identity, each role assignment, the template and the image, whether the run
 * leaves it unchanged, creates it, replaces it or deletes it (and what it removes again at the end). Reads only:
 * the identity, the role assignments by their deterministic names, and the template (none for a skipped run).
 */
import { type Clients, isNotFound } from '../clients.js';
import { assignmentName, customRoleDefinitions } from '../roles.js';
import type { Settings } from '../settings.js';
import { TAG } from '../template.js';
import type { WhatIfItem } from '../types.js';

export interface WhatIfInput {
  clients: Clients;
  settings: Settings;
  identityId: string;
  templateName: string;
  /** The template hash the run would submit (its `TAG.templateHash` tag). */
  templateHash: string;
  imageId: string;
  /** An image with this fingerprint exists (the run is skipped unless force-rebuild). */
  imageExists: boolean;
  signal?: AbortSignal;
}

async function readOrUndefined<T>(read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch (e) {
    if (isNotFound(e)) return undefined;
    throw e;
  }
}

/** The role assignments the run makes: scope, role and purpose. */
export function whatIfAssignments(
  s: Settings,
): Array<{ scope: string; roleDefinitionId: string; purpose: 'network' | 'image' }> {
  const custom = s.createCustomRoles ? customRoleDefinitions(s.subscriptionId, false) : undefined;
  const role = (which: 'network' | 'image') =>
    custom
      ? `/subscriptions/${s.subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${custom[which].guid}`
      : s[`${which}Role`].id;
  return [
    { scope: s.buildSubnet.vnetId, roleDefinitionId: role('network'), purpose: 'network' },
    {
      scope: `/subscriptions/${s.subscriptionId}/resourceGroups/${s.imageResourceGroup}`,
      roleDefinitionId: role('image'),
      purpose: 'image',
    },
  ];
}

const revoked = (s: Settings, purpose: 'network' | 'image') =>
  s.revokeRoles === 'all' || (s.revokeRoles === 'image' && purpose === 'image');

export async function whatIf(input: WhatIfInput): Promise<WhatIfItem[]> {
  const { clients, settings: s, signal } = input;
  const image: WhatIfItem = {
    kind: 'image',
    name: input.imageId,
    change: input.imageExists ? (s.forceRebuild ? 'replace' : 'unchanged') : 'create',
    note:
      input.imageExists && !s.forceRebuild
        ? 'an image with this fingerprint exists: the build is skipped'
        : undefined,
  };
  if (input.imageExists && !s.forceRebuild) {
    const untouched = (kind: WhatIfItem['kind'], name: string): WhatIfItem => ({
      kind,
      name,
      change: 'unchanged',
      note: 'not touched: the build is skipped',
    });
    return [
      untouched('identity', input.identityId),
      ...whatIfAssignments(s).map((a) => untouched('role-assignment', `${a.purpose} role at ${a.scope}`)),
      untouched('template', input.templateName),
      image,
    ];
  }
  const identity = await readOrUndefined(() =>
    clients.msi.userAssignedIdentities.get(s.builderResourceGroup, s.identityName, { abortSignal: signal }),
  );
  const items: WhatIfItem[] = [
    { kind: 'identity', name: input.identityId, change: identity ? 'unchanged' : 'create' },
  ];
  const assignments = await Promise.all(
    whatIfAssignments(s).map(async (a) => {
      const name = identity?.principalId
        ? assignmentName({ ...a, principalId: identity.principalId })
        : undefined;
      const found =
        name &&
        (await readOrUndefined(() =>
          clients.authorization.roleAssignments.get(a.scope, name, { abortSignal: signal }),
        ));
      const item: WhatIfItem = {
        kind: 'role-assignment',
        name: `${a.purpose} role ${a.roleDefinitionId.split('/').pop()} at ${a.scope}`,
        change: found ? 'unchanged' : 'create',
      };
      if (!found && revoked(s, a.purpose))
        item.note = `deleted after the build (revoke-roles: ${s.revokeRoles})`;
      return item;
    }),
  );
  items.push(...assignments, await templateItem(input), image);
  return items;
}

async function templateItem(input: WhatIfInput): Promise<WhatIfItem> {
  const { clients, settings: s, signal } = input;
  const existing = await readOrUndefined(() =>
    clients.imageBuilder.virtualMachineImageTemplates.get(s.builderResourceGroup, input.templateName, {
      abortSignal: signal,
    }),
  );
  const cleanup =
    s.cleanupTemplate === 'never'
      ? undefined
      : `deleted after the build (cleanup-template: ${s.cleanupTemplate})`;
  const item = (change: WhatIfItem['change'], note?: string): WhatIfItem => ({
    kind: 'template',
    name: input.templateName,
    change,
    note: [note, cleanup].filter(Boolean).join('; ') || undefined,
  });
  if (!existing) return item('create');
  const runState = existing.lastRunStatus?.runState;
  const same =
    existing.tags?.[TAG.templateHash] === input.templateHash && existing.provisioningState === 'Succeeded';
  if (same)
    return item(
      'unchanged',
      runState === 'Running' ? 'a build is running on it: the run attaches to it' : undefined,
    );
  if (runState === 'Running' || runState === 'Canceling')
    return item(
      'replace',
      `blocked: a build is ${runState} on it and it differs; the run will fail until that build ends`,
    );
  return item(
    'replace',
    existing.provisioningState === 'Failed'
      ? 'its provisioning failed'
      : 'its content differs (templates cannot be updated in place)',
  );
}
