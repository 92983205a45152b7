/**
 * Compatibility of a Compute Gallery image definition with the build, checked before any write. Each problem
 * names the fix. The definition is read once in resolve (`readDefinition`); `checkCompatibility` adds the base
 * image version (generation, architecture, security features) and the subscription's regions.
 */
import type { GalleryImage, VirtualMachineImage } from '@azure/arm-compute';
import { type Clients, describeAzureError, isNotFound } from '../clients.js';
import { type GalleryTarget, definitionId } from './settings.js';
import type { ArmRest } from '../arm-rest.js';
import { listLocations } from './locations.js';

export interface DefinitionInfo {
  id: string;
  location: string;
  osType?: string;
  osState?: string;
  /** Undefined means V1 (the Azure default). */
  hyperVGeneration?: string;
  /** Undefined means x64. */
  architecture?: string;
  securityType?: string;
}

export interface BaseImageInfo {
  publisher: string;
  offer: string;
  sku: string;
  version: string;
}

export async function readDefinition(
  clients: Clients,
  gallery: GalleryTarget,
  signal?: AbortSignal,
): Promise<DefinitionInfo> {
  let d: GalleryImage;
  try {
    d = await clients.compute.galleryImages.get(
      gallery.resourceGroup,
      gallery.galleryName,
      gallery.imageName,
      {
        abortSignal: signal,
      },
    );
  } catch (e) {
    if (isNotFound(e)) {
      throw new Error(
        `gallery-image-id: the image definition ${gallery.imageId} does not exist. Create it first, e.g. az sig image-definition create -g ${gallery.resourceGroup} -r ${gallery.galleryName} -i ${gallery.imageName} --os-type Linux --os-state Generalized --hyper-v-generation V2 --features SecurityType=TrustedLaunchSupported -p <publisher> -f <offer> -s <sku>.`,
        { cause: e },
      );
    }
    throw describeAzureError(e, `Reading image definition ${gallery.imageId}`);
  }
  return {
    id: d.id ?? definitionId(gallery),
    location: normalizeRegion(d.location ?? ''),
    osType: d.osType,
    osState: d.osState,
    hyperVGeneration: d.hyperVGeneration,
    architecture: d.architecture,
    securityType: d.features?.find((f) => f.name?.toLowerCase() === 'securitytype')?.value,
  };
}

export const normalizeRegion = (r: string): string => r.replace(/\s/g, '').toLowerCase();

/** The regions a version is replicated to: the definition's region first, then the requested ones. */
export function targetRegions(gallery: GalleryTarget, definition: DefinitionInfo): string[] {
  return [...new Set([definition.location, ...gallery.replicationRegions.map(normalizeRegion)])];
}

/** Problems between a definition and the base image (pure; messages carry the fix). */
export function definitionProblems(
  definition: DefinitionInfo,
  base: BaseImageInfo,
  image: Pick<VirtualMachineImage, 'hyperVGeneration' | 'architecture' | 'features'>,
): string[] {
  const problems: string[] = [];
  const ref = `${base.publisher}:${base.offer}:${base.sku}`;
  if ((definition.osType ?? '').toLowerCase() !== 'linux')
    problems.push(
      `the definition's OS type is ${definition.osType ?? 'unset'}; the jump box is Linux. Use a definition created with --os-type Linux.`,
    );
  if ((definition.osState ?? '').toLowerCase() !== 'generalized')
    problems.push(
      `the definition's OS state is ${definition.osState ?? 'unset'}; Image Builder publishes generalized images. Use a definition created with --os-state Generalized.`,
    );
  const defGen = definition.hyperVGeneration ?? 'V1';
  const baseGen = image.hyperVGeneration ?? 'V1';
  if (defGen !== baseGen)
    problems.push(
      `the definition is Hyper-V generation ${defGen} but the base image ${ref} is ${baseGen} (Image Builder refuses cross-generation builds). ${defGen === 'V1' ? 'Use a Gen1 base image (base-image Canonical:ubuntu-24_04-lts:server-gen1:latest)' : 'Use a Gen2 base image (the default Canonical:ubuntu-24_04-lts:server)'} or a definition created with --hyper-v-generation ${baseGen}.`,
    );
  const defArch = (definition.architecture ?? 'x64').toLowerCase();
  const baseArch = (image.architecture ?? 'x64').toLowerCase();
  if (defArch !== baseArch)
    problems.push(
      `the definition's architecture is ${definition.architecture ?? 'x64'} but the base image ${ref} is ${image.architecture ?? 'x64'}. ${defArch === 'arm64' ? 'Use an Arm64 base image (base-image Canonical:ubuntu-24_04-lts:server-arm64:latest) and an Arm64 vm-size (e.g. Standard_D2pds_v5)' : 'Use an x64 base image (the default Canonical:ubuntu-24_04-lts:server)'} or a definition created with --architecture ${image.architecture ?? 'x64'}.`,
    );
  problems.push(...securityProblems(definition, ref, image.features));
  return problems;
}

function securityProblems(
  definition: DefinitionInfo,
  ref: string,
  features: VirtualMachineImage['features'],
): string[] {
  const type = definition.securityType;
  if (!type || type === 'Standard') return [];
  const create = `Image Builder can only publish to a definition whose security type is TrustedLaunchSupported or ConfidentialVMSupported (VMs from it can still run as Trusted Launch): create one with az sig image-definition create ... --hyper-v-generation V2 --features SecurityType=TrustedLaunchSupported and set gallery-image-id to it.`;
  if (type === 'TrustedLaunch' || type === 'ConfidentialVM')
    return [
      `the definition's security type is ${type} (${type}-only), which cannot be a target of Image Builder. ${create}`,
    ];
  const baseSecurity = features?.find((f) => f.name?.toLowerCase() === 'securitytype')?.value ?? '';
  if (!baseSecurity) return [];
  const needs = /confidential/i.test(type) ? /confidential/i : /trustedlaunch/i;
  if (needs.test(baseSecurity)) return [];
  return [
    `the definition's security type is ${type} but the base image ${ref} declares SecurityType ${baseSecurity}. Use a base image that supports it (the default Ubuntu Gen2 SKU supports Trusted Launch) or a definition without that feature.`,
  ];
}

/** Reads the base image version and the subscription's regions, and returns every problem found. */
export async function checkCompatibility(
  clients: Clients,
  options: {
    gallery: GalleryTarget;
    definition: DefinitionInfo;
    base: BaseImageInfo;
    location: string;
    /** Plain ARM reads (the subscription's regions, shared with the location check). */
    rest: ArmRest;
    signal?: AbortSignal;
  },
): Promise<string[]> {
  const { gallery, definition, base, location, signal } = options;
  let image: VirtualMachineImage;
  try {
    image = await clients.compute.virtualMachineImages.get(
      location,
      base.publisher,
      base.offer,
      base.sku,
      base.version,
      {
        abortSignal: signal,
      },
    );
  } catch (e) {
    throw describeAzureError(
      e,
      `Reading base image ${base.publisher}:${base.offer}:${base.sku}:${base.version} in ${location}`,
    );
  }
  const problems = definitionProblems(definition, base, image);
  const known = await listLocations(options.rest, { subscriptionId: gallery.subscriptionId, signal });
  const unknown = targetRegions(gallery, definition).filter((r) => !known.has(r));
  if (unknown.length)
    problems.push(
      `replication-regions: ${unknown.join(', ')} ${unknown.length === 1 ? 'is not a region' : 'are not regions'} of subscription ${gallery.subscriptionId} (az account list-locations -o table lists them).`,
    );
  return problems;
}

/** Throws one error listing every problem, before any write. */
export function assertCompatible(gallery: GalleryTarget, problems: string[]): void {
  if (!problems.length) return;
  throw new Error(
    `gallery-image-id ${gallery.imageId} cannot receive this build: ${problems.map((p, i) => `(${i + 1}) ${p}`).join(' ')} Nothing was created or changed.`,
  );
}
