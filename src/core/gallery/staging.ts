/**
 * A customer-chosen staging resource group (`stagingResourceGroup`): when it exists it must be empty and in the
 * template's region (Image Builder refuses otherwise, after the template is submitted); checked before any write.
 */
import { type Clients, describeAzureError, isNotFound } from '../clients.js';
import { normalizeRegion } from './compat.js';

export interface StagingCheck {
  /** Whether the group exists already (false: Image Builder creates it and deletes it with the template). */
  exists: boolean;
  /** The group already serves this template (Image Builder tagged it with its name): no emptiness check. */
  inUseByTemplate?: boolean;
}

export async function checkStagingGroup(
  clients: Clients,
  options: { id: string; location: string; templateName: string; signal?: AbortSignal },
): Promise<StagingCheck> {
  const name = options.id.split('/').pop()!;
  let location: string;
  let tags: Record<string, string>;
  try {
    const rg = await clients.resources.resourceGroups.get(name, { abortSignal: options.signal });
    location = rg.location;
    tags = rg.tags ?? {};
  } catch (e) {
    if (isNotFound(e)) return { exists: false };
    throw describeAzureError(e, `Reading staging resource group ${name}`);
  }
  if (normalizeRegion(location) !== normalizeRegion(options.location))
    throw new Error(
      `staging-resource-group: ${name} is in ${location} but the template is in ${options.location}; Image Builder needs an empty group in the template's region. Use another group (or a new name: Image Builder then creates it). Nothing was created or changed.`,
    );
  const tagged = Object.entries(tags).find(([k]) => k.toLowerCase() === 'imagetemplatename')?.[1];
  if (tagged?.toLowerCase() === options.templateName.toLowerCase())
    return { exists: true, inUseByTemplate: true };
  const found: string[] = [];
  try {
    for await (const r of clients.resources.resources.listByResourceGroup(name, {
      top: 5,
      abortSignal: options.signal,
    })) {
      found.push(`${r.type}/${r.name}`);
      if (found.length >= 5) break;
    }
  } catch (e) {
    throw describeAzureError(e, `Listing the resources of staging resource group ${name}`);
  }
  if (found.length)
    throw new Error(
      `staging-resource-group: ${name} is not empty (${found.join(', ')}${found.length >= 5 ? ', ...' : ''}); Image Builder needs an empty group. Empty it, or use another group (or a new name: Image Builder then creates it). Nothing was created or changed.`,
    );
  return { exists: true };
}
