/** Skip: an image tagged with this fingerprint exists already (reads only). */
import { TAG } from '../template.js';
import type { RunContext } from './context.js';
import type { Plan } from './plan.js';

export async function findUnchangedImage(ctx: RunContext, plan: Plan): Promise<string | undefined> {
  for await (const image of ctx.clients.compute.images.listByResourceGroup(ctx.settings.imageResourceGroup, {
    abortSignal: ctx.signal,
  })) {
    if (image.tags?.[TAG.fingerprint] === plan.fingerprint && image.id) return image.id;
  }
  return undefined;
}
