/**
 * Preflight phase: after the skip decision (a skipped run stays read-only) and before the first write, and the
 * plan a dry run prints (what-if, template file). Thin: the checks and the what-if live in ../preflight/.
 */
import {
  type ExtraPreflightCheck,
  type GateOutcome,
  describePlan,
  preflightGate,
} from '../preflight/index.js';
import type { BuildResult } from '../types.js';
import type { RunContext } from './context.js';
import type { Plan } from './plan.js';

/**
 * Checks beyond the built-in list, run after them with the clients at hand (the extension point: the gallery
 * definition's compatibility check from the distribution work goes here).
 */
export const EXTRA_PREFLIGHT_CHECKS: readonly ExtraPreflightCheck[] = [];

export function runPreflightPhase(ctx: RunContext, plan: Plan): Promise<GateOutcome> {
  const { clients, rest, settings, logger, signal } = ctx;
  return preflightGate({
    extraChecks: [...EXTRA_PREFLIGHT_CHECKS],
    clients,
    rest,
    settings,
    location: plan.location,
    baseImage: plan.baseImage,
    vnet: plan.vnet,
    logger,
    signal,
  });
}

/** The what-if of a dry run and the template file (`<workDir>/template.json`). */
export function dryRunPlan(
  ctx: RunContext,
  plan: Plan,
  imageExists: boolean,
): Promise<Pick<BuildResult, 'whatIf' | 'templateFile'>> {
  return describePlan({
    clients: ctx.clients,
    settings: ctx.settings,
    identityId: plan.identityId,
    templateName: plan.templateName,
    templateHash: plan.hash,
    imageId: plan.imageId ?? '',
    imageExists,
    signal: ctx.signal,
    workDir: ctx.options.workDir,
    template: plan.body,
    logger: ctx.logger,
  });
}
