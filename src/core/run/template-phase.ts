/** Template: reuse an equal one, replace a failed or different one, refresh the provenance tags of a reused one. */
import type { ImageTemplate } from '@azure/arm-imagebuilder';
import { armError, describeAzureError, isNotFound } from '../clients.js';
import {
  type EnsureTemplateResult,
  deleteTemplate,
  ensureTemplate,
  isRunning,
  settled,
} from '../template.js';
import { type RunContext, pollMs } from './context.js';
import { followUpCommand } from './follow-up.js';
import type { RunLedger } from './ledger.js';
import { type Plan, withIdentity } from './plan.js';

export async function prepareTemplate(
  ctx: RunContext,
  plan: Plan,
  identityId: string,
  onCreated?: () => void,
): Promise<EnsureTemplateResult> {
  const { settings, clients, logger, signal } = ctx;
  const ensured = await ensureTemplate(clients, {
    resourceGroup: settings.builderResourceGroup,
    name: plan.templateName,
    body: withIdentity(plan.body, identityId),
    hash: plan.hash,
    nameFixedByUser: Boolean(settings.templateName),
    cancelCommand: followUpCommand(settings, plan.templateName, 'cancel', ctx.options.cloud),
    logger,
    signal,
    pollIntervalMs: pollMs(settings),
    onCreated,
  });
  if (!ensured.created && !ensured.running) await refreshProvenance(ctx, plan, ensured.template);
  return ensured;
}

/** A reused template keeps the tags of the run that created it; refresh the provenance the next image gets. */
async function refreshProvenance(ctx: RunContext, plan: Plan, template: ImageTemplate): Promise<void> {
  const { settings, logger, signal } = ctx;
  // A PATCH of distribute must repeat every target (Image Builder refuses to delete one).
  const wanted = (plan.body.properties as { distribute: Array<Record<string, unknown>> }).distribute;
  const current = (template.distribute ?? []) as unknown as Array<Record<string, unknown>>;
  const tagsOf = (d: Array<Record<string, unknown>>) => JSON.stringify(d.map((x) => x.artifactTags ?? {}));
  if (tagsOf(current) === tagsOf(wanted)) return;
  try {
    await ctx.clients.imageBuilder.virtualMachineImageTemplates.update(
      settings.builderResourceGroup,
      plan.templateName,
      { tags: plan.body.tags as Record<string, string>, properties: { distribute: wanted as never } },
      { abortSignal: signal, updateIntervalInMs: pollMs(settings) },
    );
    logger.debug("Updated the template tags and artifact tags with this run's provenance.");
  } catch (e) {
    logger.warning(`Could not update the template's provenance tags: ${armError(e).message}`);
  }
}

/**
 * Deletes a template this run created but could not follow to the end of its creation (cleanup-template): once it
 * has settled, and never while a build runs on it (another run that reused it meanwhile; Image Builder refuses that
 * deletion anyway). Returns false when it was left to that run.
 */
export async function deleteUnfollowedTemplate(
  ctx: RunContext,
  templateName: string,
  signal: AbortSignal,
): Promise<boolean> {
  const options = {
    resourceGroup: ctx.settings.builderResourceGroup,
    name: templateName,
    logger: ctx.logger,
    signal,
    pollIntervalMs: pollMs(ctx.settings),
  };
  let current;
  try {
    current = await ctx.clients.imageBuilder.virtualMachineImageTemplates.get(
      options.resourceGroup,
      templateName,
      {
        abortSignal: signal,
      },
    );
  } catch (e) {
    if (isNotFound(e)) return true;
    throw describeAzureError(e, `Reading image template ${templateName}`);
  }
  const now = await settled(ctx.clients, current, options);
  if (!now) return true;
  if (isRunning(now)) {
    ctx.logger.info(
      `Image template ${templateName} is kept: a build runs on it (another run reused it); that run's cleanup applies.`,
    );
    return false;
  }
  await deleteTemplate(ctx.clients, options);
  return true;
}

export const TEMPLATE_GONE_TWICE = (name: string) =>
  `Image template ${name} was deleted twice between this run writing it and starting its build: another run with the same template-name and cleanup-template is deleting it. Run again when that run has ended.`;

/**
 * The template this run chose was deleted before its build started (POST run answered 404: another run's
 * cleanup-template, having seen its own build end): no build was started; write the template again, once.
 */
export async function templateAgain(
  ctx: RunContext,
  plan: Plan,
  ledger: RunLedger,
  identityId: string,
): Promise<EnsureTemplateResult> {
  ctx.logger.info(
    `Image template ${plan.templateName} was deleted before this run's build started (another run's cleanup-template); writing it again.`,
  );
  return writeTemplate(ctx, plan, ledger, identityId);
}

/** prepareTemplate, with what it did recorded in the ledger: the template, and whether this run created it. */
export async function writeTemplate(
  ctx: RunContext,
  plan: Plan,
  ledger: RunLedger,
  identityId: string,
): Promise<EnsureTemplateResult> {
  const prepared = await prepareTemplate(ctx, plan, identityId, () => (ledger.createdTemplate = true));
  ledger.template = prepared.template;
  return prepared;
}
