/** Resolve: the resource groups exist, the build subnet is found (its VNet gives the location), `latest` is pinned. */
import { compareVersions } from '../util.js';
import type { VirtualNetwork } from '@azure/arm-network';
import { describeAzureError, armError, isNotFound } from '../clients.js';
import type { BaseImageRef } from '../definition/index.js';
import type { RunContext } from './context.js';
import { SettingsError } from '../input-reader.js';
import { checkLocation } from './location-check.js';

export async function requireResourceGroups(ctx: RunContext): Promise<void> {
  const { settings, clients, signal } = ctx;
  // A gallery-only build has no image group to check (the gallery definition is read instead).
  const imageGroup = settings.managedImage ? settings.imageResourceGroup : undefined;
  for (const rg of new Set([settings.builderResourceGroup, imageGroup].filter((g): g is string => !!g))) {
    try {
      await clients.resources.resourceGroups.get(rg, { abortSignal: signal });
    } catch (e) {
      if (isNotFound(e)) {
        throw new Error(
          `Resource group ${rg} does not exist in subscription ${settings.subscriptionId}. Create it first (az group create -n ${rg} -l <location>); this tool does not create resource groups.`,
          { cause: e },
        );
      }
      throw describeAzureError(e, `Reading resource group ${rg}`);
    }
  }
}

/** Reads the build VNet: checks the subnet and returns the location (the `location` setting wins) and the VNet. */
export async function resolveLocation(ctx: RunContext): Promise<{ location: string; vnet: VirtualNetwork }> {
  const { settings, clients, logger, signal } = ctx;
  const subnet = settings.buildSubnet;
  let vnet;
  try {
    // The location setting is checked alongside (one request, only when it is set).
    [vnet] = await Promise.all([
      clients.network.virtualNetworks.get(subnet.resourceGroup, subnet.vnetName, { abortSignal: signal }),
      checkLocation(ctx),
    ]);
  } catch (e) {
    if (e instanceof SettingsError) throw e;
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
    const versions = await ctx.clients.compute.virtualMachineImages.list(
      location,
      base.publisher,
      base.offer,
      base.sku,
      { abortSignal: ctx.signal },
    );
    newest = versions
      .map((v) => v.name!)
      .filter(Boolean)
      .sort(compareVersions)
      .pop();
  } catch (e) {
    throw new Error(
      `Could not resolve the latest version of ${urn} in ${location}: ${armError(e).message}. Check base-image.`,
      { cause: e },
    );
  }
  if (!newest)
    throw new Error(
      `Could not resolve the latest version of ${urn} in ${location}: no versions. Check base-image.`,
    );
  ctx.logger.info(`Base image ${urn}:latest resolved to ${newest}.`);
  return newest;
}
