/**
 * The plan: everything a run decides before it writes anything — location, rendered definition, pinned base image,
 * fingerprint, names, ids and the template body.
 */
import { imageTemplateId, managedImageId, userAssignedIdentityId } from '../azure-ids.js';
import type { VirtualNetwork } from '@azure/arm-network';
import { definitionOf } from '../definition/default.js';
import { type RenderedDefinition, renderDefinition } from '../definition/render.js';
import type { BaseImageRef } from '../definition/types.js';
import { imageFingerprint, templateHash } from '../fingerprint.js';
import { type DefinitionInfo, readDefinition, targetRegions } from '../gallery/compat.js';
import { sharedImageDistributor } from '../gallery/distribute.js';
import { TAG, templateBody } from '../template.js';
import type { RunContext } from './context.js';
import { resolveBaseImageVersion, resolveLocation } from './resolve.js';

/** The run output name: `getRunOutput` reads the image id from it. */
export const RUN_OUTPUT = 'aksJumpbox';
export const MANAGED_BY = 'aks-jumpbox-image';

export interface Plan {
  readonly location: string;
  readonly rendered: RenderedDefinition;
  readonly baseImageVersion: string;
  readonly fingerprint: string;
  readonly hash: string;
  /** The template body without its identity (added once the identity is known). */
  readonly body: Record<string, unknown>;
  readonly templateName: string;
  readonly templateId: string;
  readonly imageName: string;
  /** The managed image id (undefined for a gallery-only build). */
  readonly imageId?: string;
  readonly identityId: string;
  /**
   * The build VNet as read while resolving (the preflight reuses it: one request less); undefined when `location`
   * is given (an unchanged re-run then needs no VNet read; the preflight or the check before writes reads it).
   */
  readonly vnet?: VirtualNetwork;
  /** The base image with its version pinned. */
  readonly baseImage: BaseImageRef;
  /** The gallery image definition, read once here (its region is a target region). */
  readonly definition?: DefinitionInfo;
}

export async function resolvePlan(ctx: RunContext): Promise<Plan> {
  const { settings } = ctx;
  // The definition first: a bad file fails before any request.
  const definition = await definitionOf(settings.definitionPath);
  // The resource groups are checked later: the image lookup's 404 and the checks before the first write.
  const { location, vnet } = settings.location
    ? { location: settings.location, vnet: undefined }
    : await resolveLocation(ctx);
  // The base image is read from the definition as it is: rendering the whole definition (its scripts and their
  // fingerprint) waits until the version is known, after the first request.
  const baseRef = settings.baseImage ?? { ...definition.baseImage };
  const baseImageVersion = await resolveBaseImageVersion(ctx, baseRef, location);
  const rendered = renderDefinition(definition, { baseImageVersion });
  const { publisher, offer, sku } = baseRef;
  const source = { type: 'PlatformImage', publisher, offer, sku, version: baseImageVersion };
  const optimize = { vmBoot: { state: 'Enabled' } };
  const fingerprint = imageFingerprint({
    source,
    customize: rendered.customize,
    validate: rendered.validate ?? null,
    osDiskSizeGb: settings.osDiskSizeGb,
    optimize,
  });
  const sub = settings.subscriptionId;
  const imageName = settings.imageName ?? `img-aks-jumpbox-${fingerprint.slice(0, 12)}`;
  const imageId = settings.managedImage
    ? managedImageId(sub, settings.imageResourceGroup!, imageName)
    : undefined;
  const galleryDefinition = settings.gallery
    ? await readDefinition(ctx.clients, settings.gallery, ctx.signal)
    : undefined;
  const identityId = userAssignedIdentityId(sub, settings.builderResourceGroup, settings.identityName);
  const shapeTags = {
    [TAG.fingerprint]: fingerprint,
    [TAG.baseImageVersion]: `${publisher}:${offer}:${sku}:${baseImageVersion}`,
    [TAG.definitionFingerprint]: rendered.definitionFingerprint,
  };
  const shape = { location, identityId, source, optimize, imageId, rendered, shapeTags, galleryDefinition };
  const { body, hash, templateName } = templateOf(ctx, shape);
  ctx.logger.info(
    `Fingerprint ${fingerprint} (base ${baseImageVersion}); template ${templateName}; image ${imageName}; location ${location}.`,
  );
  const templateId = imageTemplateId(sub, settings.builderResourceGroup, templateName);
  return {
    location,
    rendered,
    baseImageVersion,
    fingerprint,
    hash,
    body,
    templateName,
    templateId,
    imageName,
    imageId,
    identityId,
    vnet,
    baseImage: { ...baseRef, version: baseImageVersion },
    definition: galleryDefinition,
  };
}

interface Shape {
  location: string;
  identityId: string;
  source: Record<string, unknown>;
  optimize: Record<string, unknown>;
  imageId?: string;
  rendered: RenderedDefinition;
  shapeTags: Record<string, string>;
  galleryDefinition?: DefinitionInfo;
}

/** The template body, its hash (over the body without the run's own tags) and its name. */
function templateOf(
  ctx: RunContext,
  shape: Shape,
): { body: Record<string, unknown>; hash: string; templateName: string } {
  const { settings } = ctx;
  const provenance = ctx.options.provenanceTags ?? {};
  // managed-by marks what this tool created (retention deletes only such artifacts).
  const artifactTags = {
    ...shape.rendered.tags,
    ...settings.tags,
    ...provenance,
    ...shape.shapeTags,
    [TAG.managedBy]: MANAGED_BY,
  };
  const gallery =
    settings.gallery && shape.galleryDefinition
      ? [
          sharedImageDistributor(
            settings.gallery,
            targetRegions(settings.gallery, shape.galleryDefinition),
            artifactTags,
          ),
        ]
      : [];
  const input = {
    location: shape.location,
    identityId: shape.identityId,
    source: shape.source,
    customize: shape.rendered.customize,
    validate: shape.rendered.validate as Record<string, unknown> | undefined,
    optimize: shape.optimize,
    imageId: shape.imageId,
    runOutputName: RUN_OUTPUT,
    artifactTags,
    extraDistribute: gallery,
    stagingResourceGroup: settings.stagingResourceGroup,
    errorHandling: settings.errorHandling,
    tags: {},
    buildTimeoutMinutes: settings.buildTimeoutMinutes,
    vmSize: settings.vmSize,
    osDiskSizeGb: settings.osDiskSizeGb,
    subnetId: settings.buildSubnet.id,
    containerInstanceSubnetId: settings.containerInstanceSubnet?.id,
    proxyVmSize: settings.proxyVmSize,
  };
  const hash = templateHash(templateBody(input));
  const fingerprint = shape.shapeTags[TAG.fingerprint]!;
  const templateName =
    settings.templateName ?? `it-aks-jumpbox-${fingerprint.slice(0, 12)}-${hash.slice(0, 8)}`;
  const tags = {
    ...settings.tags,
    ...provenance,
    ...shape.shapeTags,
    [TAG.templateHash]: hash,
    [TAG.managedBy]: MANAGED_BY,
  };
  return { body: templateBody({ ...input, tags }), hash, templateName };
}

/** The body with the identity the run ensured (its id as ARM returned it). */
export function withIdentity(body: Record<string, unknown>, identityId: string): Record<string, unknown> {
  return { ...body, identity: { type: 'UserAssigned', userAssignedIdentities: { [identityId]: {} } } };
}
