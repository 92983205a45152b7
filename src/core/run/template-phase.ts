/** Template: reuse an equal one, replace a failed or different one, refresh the provenance tags of a reused one. */
import type { ImageTemplate } from '@azure/arm-imagebuilder';
import { armError } from '../clients.js';
import { type EnsureTemplateResult, ensureTemplate } from '../template.js';
import { type RunContext, pollMs } from './context.js';
import { followUpCommand } from './follow-up.js';
import { type Plan, withIdentity } from './plan.js';

export async function prepareTemplate(
  ctx: RunContext,
  plan: Plan,
  identityId: string,
): Promise<EnsureTemplateResult> {
  const { settings, clients, logger, signal } = ctx;
  const ensured = await ensureTemplate(clients, {
    resourceGroup: settings.builderResourceGroup,
    name: plan.templateName,
    body: withIdentity(plan.body, identityId),
    hash: plan.hash,
    nameFixedByUser: Boolean(settings.templateName),
    cancelCommand: followUpCommand(settings, plan.templateName, 'cancel'),
    logger,
    signal,
    pollIntervalMs: pollMs(settings),
  });
  if (!ensured.created && !ensured.running) await refreshProvenance(ctx, plan, ensured.template);
  return ensured;
}

/** A reused template keeps the tags of the run that created it; refresh the provenance the next image gets. */
async function refreshProvenance(ctx: RunContext, plan: Plan, template: ImageTemplate): Promise<void> {
  const { settings, logger, signal } = ctx;
  const properties = plan.body.properties as { distribute: Array<Record<string, unknown>> };
  const wanted = properties.distribute[0]!;
  const current = template.distribute?.[0] as unknown as Record<string, unknown> | undefined;
  if (JSON.stringify(current?.artifactTags ?? {}) === JSON.stringify(wanted.artifactTags)) return;
  try {
    await ctx.clients.imageBuilder.virtualMachineImageTemplates.update(
      settings.builderResourceGroup,
      plan.templateName,
      { tags: plan.body.tags as Record<string, string>, properties: { distribute: [wanted] as never } },
      { abortSignal: signal, updateIntervalInMs: pollMs(settings) },
    );
    logger.debug("Updated the template tags and artifact tags with this run's provenance.");
  } catch (e) {
    logger.warning(`Could not update the template's provenance tags: ${armError(e).message}`);
  }
}
