/**
 * The template went away while this run followed its build: another run's `cleanup-template` (the run that started
 * the build this one attached to, seeing its end first) or someone by hand. Image Builder refuses to delete a
 * template while its build runs or cancels, so the build has ended; whether it left the image this run planned (the
 * image, or the gallery version, tagged with its fingerprint) decides the outcome. The log went with the template's
 * staging resource group.
 */
import { API_VERSION } from '../arm-rest.js';
import { isNotFound } from '../clients.js';
import { TAG } from '../template.js';
import type { RunContext } from './context.js';
import type { Plan } from './plan.js';
import { findUnchangedImage } from './skip.js';
import type { BuildOutcome } from './build.js';

export async function templateGone(ctx: RunContext, plan: Plan): Promise<BuildOutcome> {
  const what = `Image template ${plan.templateName} was deleted while this run followed its build (by another run's cleanup-template, or by hand)`;
  let found: BuildOutcome['found'];
  try {
    found = await madeImage(ctx, plan);
  } catch (e) {
    const message = `${what}, and looking for the image it was to make failed: ${(e as Error).message}`;
    ctx.logger.error(message);
    return { state: 'Failed', message, templateGone: true };
  }
  if (!found) {
    const message = `${what}, and no image tagged with fingerprint ${plan.fingerprint} exists: the build did not make one. Run again to build it.`;
    ctx.logger.error(message);
    return { state: 'Failed', message, templateGone: true };
  }
  ctx.logger.info(
    `${what}; the build ended and made ${found.id}. Its customization log went with the template's staging resource group.`,
  );
  return { state: 'Succeeded', templateGone: true, found };
}

/**
 * The image this build was to make: the planned managed image, tagged with the plan's fingerprint (another image
 * with the same fingerprint may exist under another name: it is not this build's), or, with a gallery, the version
 * tagged with it (Image Builder names a new version itself).
 */
async function madeImage(ctx: RunContext, plan: Plan): Promise<BuildOutcome['found']> {
  if (ctx.settings.gallery || !plan.imageId) return findUnchangedImage(ctx, plan);
  try {
    const image = await ctx.rest.get<{ id?: string; tags?: Record<string, string> }>(
      plan.imageId,
      API_VERSION.compute,
      ctx.signal,
    );
    return image.tags?.[TAG.fingerprint] === plan.fingerprint ? { id: image.id ?? plan.imageId } : undefined;
  } catch (e) {
    if (isNotFound(e)) return undefined;
    throw e;
  }
}
