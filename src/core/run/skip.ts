/** Skip: an image (or a gallery version of the definition) tagged with this fingerprint exists already (reads only). */
import { findGalleryVersion } from '../gallery/phases.js';
import { describeAzureError, isNotFound } from '../clients.js';
import { TAG } from '../template.js';
import { API_VERSION, resourceGroupPath } from '../arm-rest.js';
import { missingGroupError } from './resolve.js';
import type { RunContext } from './context.js';
import type { Plan } from './plan.js';

export async function findUnchangedImage(
  ctx: RunContext,
  plan: Plan,
): Promise<{ id: string; galleryImageVersion?: string } | undefined> {
  if (ctx.settings.gallery) {
    const version = await findGalleryVersion(ctx, plan.fingerprint);
    return version && { id: version.id, galleryImageVersion: version.version };
  }
  const id = await findManagedImage(ctx, plan);
  return id ? { id } : undefined;
}

/** The lookup's 404 is the image group missing (ResourceGroupNotFound): no separate read of the group. */
async function findManagedImage(ctx: RunContext, plan: Plan): Promise<string | undefined> {
  const rg = ctx.settings.imageResourceGroup;
  if (!rg) return undefined;
  const path = resourceGroupPath(ctx.settings.subscriptionId, rg, 'Microsoft.Compute/images');
  let images: Array<{ id?: string; tags?: Record<string, string> }>;
  try {
    images = await ctx.rest.list(path, API_VERSION.compute, ctx.signal);
  } catch (e) {
    if (isNotFound(e)) throw missingGroupError(ctx.settings.subscriptionId, rg, e);
    throw describeAzureError(e, `Listing the images in resource group ${rg}`);
  }
  return images.find((image) => image.tags?.[TAG.fingerprint] === plan.fingerprint && image.id)?.id;
}
