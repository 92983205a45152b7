/**
 * Resolve: the build subnet is found (its VNet gives the location), `latest` is pinned, and — before a run writes —
 * the resource groups exist. An unchanged re-run reads only what its skip decision needs: the VNet (not even that
 * when `location` is given), the base image versions and the image lookup (whose 404 says a missing image group).
 */
import { compareVersions } from '../util.js';
import type { VirtualNetwork } from '@azure/arm-network';
import { API_VERSION, flattenProperties, platformImagePath, resourceGroupPath } from '../arm-rest.js';
import { armError, describeAzureError, isNotFound } from '../clients.js';
import type { BaseImageRef } from '../definition/index.js';
import type { RunContext } from './context.js';

async function requireResourceGroups(ctx: RunContext): Promise<void> {
  const { settings, clients, signal } = ctx;
  // A gallery-only build has no image group to check (the gallery definition is read instead).
  const imageGroup = settings.managedImage ? settings.imageResourceGroup : undefined;
  for (const rg of new Set([settings.builderResourceGroup, imageGroup].filter((g): g is string => !!g))) {
    try {
      await clients.resources.resourceGroups.get(rg, { abortSignal: signal });
    } catch (e) {
      if (isNotFound(e)) throw missingGroupError(settings.subscriptionId, rg, e);
      throw describeAzureError(e, `Reading resource group ${rg}`);
    }
  }
}

/** The error a missing resource group gets, wherever the run learns it (a read of the group or a list in it). */
export function missingGroupError(subscriptionId: string, rg: string, cause: unknown): Error {
  return new Error(
    `Resource group ${rg} does not exist in subscription ${subscriptionId}. Create it first (az group create -n ${rg} -l <location>); this tool does not create resource groups.`,
    { cause },
  );
}

/**
 * Before the first write, when the preflight (whose resource-groups and subnet checks cover this) is off: the groups
 * exist, and the subnet is checked if resolving skipped the VNet read (`location` given).
 */
export async function checkBeforeFirstWrite(
  ctx: RunContext,
  vnet: VirtualNetwork | undefined,
): Promise<void> {
  if (ctx.settings.preflight) return;
  await requireResourceGroups(ctx);
  if (!vnet) await resolveLocation(ctx);
}

/** Reads the build VNet: checks the subnet and returns the location (the `location` setting wins) and the VNet. */
export async function resolveLocation(ctx: RunContext): Promise<{ location: string; vnet: VirtualNetwork }> {
  const { settings, logger, signal } = ctx;
  const subnet = settings.buildSubnet;
  let vnet: VirtualNetwork;
  try {
    const path = resourceGroupPath(
      settings.subscriptionId,
      subnet.resourceGroup,
      'Microsoft.Network/virtualNetworks',
      subnet.vnetName,
    );
    vnet = flattenProperties<VirtualNetwork>(await ctx.rest.get(path, API_VERSION.network, signal));
  } catch (e) {
    if (isNotFound(e))
      throw new Error(`Virtual network ${subnet.vnetId} was not found. Check build-subnet-id.`, { cause: e });
    throw describeAzureError(e, `Reading virtual network ${subnet.vnetName}`);
  }
  const found = (vnet.subnets ?? []).find((s) => s.name?.toLowerCase() === subnet.subnetName.toLowerCase());
  if (!found)
    throw new Error(
      `Subnet ${subnet.subnetName} was not found in virtual network ${subnet.vnetId}. Check build-subnet-id.`,
    );
  const policies = found.privateLinkServiceNetworkPolicies;
  // With preflight on, its proxy-topology check fails the run on this instead.
  if (!settings.preflight && settings.proxyVmSize && policies && policies !== 'Disabled') {
    logger.warning(
      `Subnet ${subnet.subnetName} has privateLinkServiceNetworkPolicies ${policies}; Image Builder's proxy VM needs it Disabled (az network vnet subnet update --private-link-service-network-policies Disabled).`,
    );
  }
  return { location: settings.location ?? vnet.location!, vnet };
}

/** Pins a `latest` base image to the newest version offered in the location. */
export async function resolveBaseImageVersion(
  ctx: RunContext,
  base: BaseImageRef,
  location: string,
): Promise<string> {
  if (base.version !== 'latest') return base.version;
  const urn = `${base.publisher}:${base.offer}:${base.sku}`;
  let newest: string | undefined;
  try {
    const path = platformImagePath(ctx.settings.subscriptionId, location, base);
    const versions = await ctx.rest.list<{ name?: string }>(path, API_VERSION.compute, ctx.signal);
    newest = versions
      .map((v) => v.name!)
      .filter(Boolean)
      .sort(compareVersions)
      .pop();
  } catch (e) {
    if (isNotFound(e))
      throw new Error(
        `Could not resolve the latest version of ${urn} in ${location}: ${armError(e).message.replace(/\.$/, '')}. Check base-image.`,
        { cause: e },
      );
    // With `location` given this is the run's first ARM request: a failed sign-in is explained as such.
    throw describeAzureError(e, `Listing the versions of ${urn} in ${location}`);
  }
  if (!newest)
    throw new Error(
      `Could not resolve the latest version of ${urn} in ${location}: no versions. Check base-image.`,
    );
  ctx.logger.info(`Base image ${urn}:latest resolved to ${newest}.`);
  return newest;
}
