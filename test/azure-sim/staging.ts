/**
 * A customer's `stagingResourceGroup`: an existing group must be empty and in the template's region (checked at
 * PUT), the template identity needs Contributor there (checked at provisioning); a missing group is created.
 * Deleting the template empties a pre-existing group and deletes one Image Builder created.
 */
import { ArmError, idKey } from './http.js';
import type { SimContext } from './context.js';
import type { ImageTemplate } from './state.js';

const validation = (msg: string) => new ArmError(400, 'ValidationFailed', `Validation failed: ${msg}`);

export function checkStagingAtPut(
  ctx: SimContext,
  properties: Record<string, unknown>,
  location: string,
): void {
  const id = properties.stagingResourceGroup as string | undefined;
  if (!id) return;
  const rg = ctx.state.resourceGroups.get(idKey(id));
  if (!rg) return;
  if (rg.location.toLowerCase() !== location.toLowerCase())
    throw validation(
      `the staging resource group '${id}' must be in the same region as the image template (${location}); it is in ${rg.location}.`,
    );
  const inside = [
    ...ctx.state.storageAccounts.values(),
    ...ctx.state.identities.values(),
    ...ctx.state.images.values(),
  ].some((r) => idKey(r.id).startsWith(`${idKey(id)}/`));
  if (inside) throw validation(`the staging resource group '${id}' must be empty.`);
}

/**
 * At provisioning: the custom group (created when missing), or undefined for the default `IT_...` group.
 * A string is a provisioning error.
 */
export function customStagingGroup(
  ctx: SimContext,
  t: ImageTemplate,
  can: (action: string, scope: string) => boolean,
): { id: string; preexisting: boolean } | string | undefined {
  const id = t.properties.stagingResourceGroup as string | undefined;
  if (!id) return undefined;
  const existing = ctx.state.resourceGroups.get(idKey(id));
  if (existing && !can('Microsoft.Storage/storageAccounts/write', id))
    return `The template identity does not have Contributor (or Owner) on the staging resource group '${id}'.`;
  const name = id.split('/').pop()!;
  const tags = {
    createdBy: 'AzureVMImageBuilder',
    imageTemplateName: t.name,
    imageTemplateResourceGroupName: t.resourceGroup,
  };
  if (existing) existing.tags = { ...existing.tags, ...tags };
  else ctx.state.addResourceGroup(t.subscriptionId, name, t.location, tags);
  return { id: existing?.id ?? id, preexisting: Boolean(existing) };
}
