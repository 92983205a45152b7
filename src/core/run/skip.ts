/** Skip: an image (or a gallery version of the definition) tagged with this fingerprint exists already (reads only). */
import { findGalleryVersion } from '../gallery/phases.js';
import { isNotFound } from '../clients.js';
import { TAG } from '../template.js';
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
  try {
    for await (const image of ctx.clients.compute.images.listByResourceGroup(rg, {
      abortSignal: ctx.signal,
    })) {
      if (image.tags?.[TAG.fingerprint] === plan.fingerprint && image.id) return image.id;
    }
  } catch (e) {
    if (isNotFound(e)) throw missingGroupError(ctx.settings.subscriptionId, rg, e);
    throw e;
  }
  return undefined;
}
