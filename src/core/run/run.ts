/**
 * The order of the work, and the only module that knows it. Each phase takes the run context and returns what the
 * next needs; the ledger records what the run created or started, so the finish path (and a post step) knows what
 * it owes:
 *
 *   resolve plan -> skip? -> preflight -> (dry run: what-if) -> identity -> roles -> template -> start build
 *   -> wait -> image id -> boot test (test-subnet-id)
 *   finish (always): cancel what must not be left running, delete the boot-test VM, revoke, copy logs, manifest and
 *   SBOM, clean up
 */
import { loadClientSdks } from '../clients.js';
import type { Settings } from '../settings.js';
import type { BuildResult, RunOptions, RunState } from '../types.js';
import { ensureBuildIdentity, grantRoles, plannedAssignments } from './access.js';
import { leftRunning, readImageId, startBuild, waitForBuild, type BuildOutcome } from './build.js';
import { type RunContext, PhaseTimer, createRunContext } from './context.js';
import { type BootTestFields, bootTestPhase } from './boot-test-phase.js';
import { finishRun } from './finish.js';
import { RunLedger } from './ledger.js';
import { type Plan, resolvePlan } from './plan.js';
import { dryRunPlan, runPreflightPhase } from './preflight-phase.js';
import { checkLocation } from './location-check.js';
import { checkBeforeFirstWrite } from './resolve.js';
import { sdksAfterSkip } from './sdks.js';
import { findUnchangedImage } from './skip.js';
import { applyRetention, checkBeforeWrites, galleryResult } from '../gallery/phases.js';
import { TEMPLATE_GONE_TWICE, templateAgain, writeTemplate } from './template-phase.js';

export async function runBuild(settings: Settings, options: RunOptions): Promise<BuildResult> {
  const started = Date.now();
  const ctx = createRunContext(settings, options);
  const timer = new PhaseTimer(ctx.logger);
  const finalize = (base: BuildResult, r: Partial<BuildResult>): BuildResult => ({
    ...base,
    ...r,
    durationSeconds: Math.round((Date.now() - started) / 100) / 10,
  });
  let plan: Plan | undefined;
  let before: BeforeWrites;
  try {
    // Resolve and the skip decision read over plain REST (ctx.rest), a gallery with the compute SDK; the rest load
    // after.
    if (settings.gallery) await loadClientSdks(['compute']);
    plan = await timer.run('Resolve', () => resolvePlan(ctx));
    before = await beforeWrites(ctx, plan, timer);
  } catch (e) {
    // A cancel before the first write: nothing was created, so there is nothing to finish.
    if (!ctx.signal?.aborted) throw e;
    const phase = timer.phases.at(-1)?.name ?? 'Resolve';
    const message = `Canceled before any change was made (last phase: ${phase}); nothing was created.`;
    ctx.logger.info(message);
    const base = plan ? baseResult(ctx, plan, timer) : unresolvedResult(ctx, timer);
    return finalize(base, { state: 'Canceled', message });
  }
  const preflight = before.gate ? { preflight: before.gate.checks } : {};
  const checked = (r: Partial<BuildResult>) => finalize(baseResult(ctx, plan, timer), { ...preflight, ...r });
  if ('done' in before) return checked(before.done);
  const { gate, stagingExists } = before;
  if (gate.failure) return checked({ state: 'Failed', message: gate.failure });

  const ledger = new RunLedger(settings, options.onCheckpoint);
  let built: Built = { state: 'Failed' };
  let failure: Error | undefined;
  try {
    built = await buildPhases(ctx, plan, ledger, timer, stagingExists);
  } catch (e) {
    if (ctx.signal?.aborted) built = { ...built, state: 'Canceled' };
    else failure = e instanceof Error ? e : new Error(String(e));
  }
  const state = failure ? 'Failed' : built.state;
  const files = await finishRun(ctx, plan, ledger, state);
  const final = checked({
    ...built,
    ...files,
    state,
    identityId: ledger.identity?.id ?? plan.identityId,
    identityPrincipalId: ledger.identity?.principalId,
    stagingResourceGroup: ledger.template?.exactStagingResourceGroup,
    rolesGranted: ledger.granted,
    rolesRevoked: ledger.revoked,
    ...(failure ? { message: failure.message } : {}),
  });
  if (failure) throw Object.assign(failure, { result: final });
  return final;
}

type Gate = Awaited<ReturnType<typeof runPreflightPhase>>;
/** Before the first write: a run that ends here (skipped, dry run) is `done`; otherwise the gate and the checks. */
type BeforeWrites = { done: Partial<BuildResult>; gate?: Gate } | { gate: Gate; stagingExists: boolean };

/** Skip decision, preflight and the checks before the first write (reads only), and the dry run's plan. */
async function beforeWrites(ctx: RunContext, plan: Plan, timer: PhaseTimer): Promise<BeforeWrites> {
  const skipped = await skipIfUnchanged(ctx, plan, timer);
  if (skipped) return { done: skipped };
  await afterSkipDecision(ctx);
  // After the skip decision, before the first write (and in a dry run): any failed check stops the run here.
  const gate = await timer.run('Preflight', () => runPreflightPhase(ctx, plan));
  await checkBeforeFirstWrite(ctx, plan.vnet);
  const { stagingExists } = await checksBeforeWrites(ctx, plan, timer);
  if (!ctx.settings.dryRun) return { gate, stagingExists };
  const described = await timer.run('Plan', () => dryRunPlan(ctx, plan, false));
  const retention = await applyRetention(ctx, { dryRun: true });
  ctx.logger.info('Dry run: no identity, role, template or build changes were made.');
  const done: Partial<BuildResult> = {
    state: gate.failure ? 'Failed' : 'Skipped',
    rolesGranted: plannedAssignments(ctx, stagingExists),
    retention,
    message: gate.failure ?? 'Dry run: nothing was created.',
    ...described,
  };
  return { done, gate };
}

/**
 * After the skip decision: the SDKs the rest of the run needs (sdks.ts), and `location` against the subscription's
 * regions (here, so an unchanged re-run stays at two requests; before the preflight and any write).
 */
async function afterSkipDecision(ctx: RunContext): Promise<void> {
  await loadClientSdks(sdksAfterSkip(ctx.settings));
  await checkLocation(ctx);
}

/** Skip: an image (or gallery version) with this fingerprint exists; reads only. */
async function skipIfUnchanged(
  ctx: RunContext,
  plan: Plan,
  timer: PhaseTimer,
): Promise<Partial<BuildResult> | undefined> {
  if (ctx.settings.forceRebuild) return undefined;
  const existing = await timer.run('Check for an unchanged image', () => findUnchangedImage(ctx, plan));
  if (!existing) return undefined;
  ctx.logger.info(
    `An image with fingerprint ${plan.fingerprint.slice(0, 12)} already exists: ${existing.id}. Nothing to build (use force-rebuild to build anyway).`,
  );
  if (ctx.settings.dryRun) await loadClientSdks();
  const described = ctx.settings.dryRun ? await timer.run('Plan', () => dryRunPlan(ctx, plan, true)) : {};
  const { id, galleryImageVersion } = existing;
  return { state: 'Skipped', buildSkipped: true, imageId: id, galleryImageVersion, ...described };
}

type Built = BuildOutcome &
  BootTestFields &
  Pick<BuildResult, 'imageId' | 'managedImageId' | 'galleryImageVersion' | 'replication' | 'retention'>;

/** Gallery compatibility and the staging group, checked before the first write (reads only). */
async function checksBeforeWrites(
  ctx: RunContext,
  plan: Plan,
  timer: PhaseTimer,
): Promise<{ stagingExists: boolean }> {
  if (!ctx.settings.gallery && !ctx.settings.stagingResourceGroup) return { stagingExists: false };
  return timer.run('Check before changes', () =>
    checkBeforeWrites(ctx, {
      definition: plan.definition,
      base: plan.baseImage,
      location: plan.location,
      templateName: plan.templateName,
    }),
  );
}

/** After a (partially) successful build: the managed image, the gallery version and its replication, retention. */
async function distributed(
  ctx: RunContext,
  plan: Plan,
  outcome: BuildOutcome,
  timer: PhaseTimer,
  found: BuildOutcome['found'],
): Promise<Built> {
  const built = found ? foundImage(ctx, plan, outcome, found) : await runOutputs(ctx, plan, outcome);
  const { keepVersions, keepImages } = ctx.settings;
  if (built.state !== 'Succeeded' || (!keepVersions && !keepImages)) return built;
  const retention = await timer.run('Retention', () =>
    applyRetention(ctx, {
      galleryVersionId: ctx.settings.gallery ? built.imageId : undefined,
      managedImageId: built.managedImageId,
      dryRun: false,
    }),
  );
  return { ...built, retention };
}

/** The images the build made, from the template's run outputs. */
async function runOutputs(ctx: RunContext, plan: Plan, outcome: BuildOutcome): Promise<Built> {
  const managedImageId = await readImageId(ctx, plan);
  const built: Built = { ...outcome, managedImageId, imageId: managedImageId };
  if (!ctx.settings.gallery) return built;
  const gallery = await galleryResult(ctx, { templateName: plan.templateName, ...outcome });
  return { ...built, ...gallery, imageId: gallery.imageId ?? managedImageId };
}

/** The template (and its run outputs) went away: the image found by its fingerprint (template-gone.ts). */
function foundImage(
  ctx: RunContext,
  plan: Plan,
  outcome: BuildOutcome,
  found: NonNullable<BuildOutcome['found']>,
): Built {
  const managedImageId = ctx.settings.gallery ? plan.imageId : found.id;
  return { ...outcome, managedImageId, imageId: found.id, galleryImageVersion: found.galleryImageVersion };
}

async function buildPhases(
  ctx: RunContext,
  plan: Plan,
  ledger: RunLedger,
  timer: PhaseTimer,
  stagingExists: boolean,
): Promise<Built> {
  const identity = await timer.run('Identity', () => ensureBuildIdentity(ctx, plan));
  ledger.identity = identity;
  await timer.run('Roles', () =>
    grantRoles(ctx, identity.principalId, stagingExists, (r) => ledger.recordGrant(r)),
  );
  ledger.templateKnown(plan.templateId);
  const prepared = await timer.run('Template', () => writeTemplate(ctx, plan, ledger, identity.id));
  const outcome = await timer.run('Build', async () => {
    const start = async (p: typeof prepared) => {
      const started = await startBuild(ctx, plan, p, () => ledger.buildStarting());
      if (started.gone) ledger.buildEnded(); // POST run's 404: no build was started, none to cancel
      return started;
    };
    let started = await start(prepared);
    if (started.gone) started = await start(await templateAgain(ctx, plan, ledger, identity.id));
    if (started.gone) throw new Error(TEMPLATE_GONE_TWICE(plan.templateName));
    ledger.buildAttached(started.attached);
    ledger.logsKnown(started.logs);
    const waited = ctx.settings.wait ? await waitForBuild(ctx, plan, started.logs) : leftRunning(ctx, plan);
    return { ...waited, logAccess: started.logAccess };
  });
  if (outcome.state !== 'Running') ledger.buildEnded();
  const { templateGone: gone, found, ...ended } = outcome;
  if (gone) ledger.templateGone();
  const succeeded = ended.state === 'Succeeded' || ended.state === 'PartiallySucceeded';
  if (!succeeded) return ended;
  const built = await distributed(ctx, plan, ended, timer, found);
  if (!ctx.settings.bootTest || !built.imageId) return built;
  const imageId = built.imageId;
  const tested = await timer.run('Boot test', () => bootTestPhase(ctx, plan, ledger, imageId));
  return { ...built, ...tested };
}

/** The result of a run canceled before its plan was resolved: only what the settings name. */
function unresolvedResult(ctx: RunContext, timer: PhaseTimer): BuildResult {
  const { settings } = ctx;
  return {
    state: 'Canceled',
    imageName: settings.imageName ?? '',
    templateName: settings.templateName ?? '',
    templateId: '',
    buildSkipped: false,
    fingerprint: '',
    baseImageVersion: '',
    tools: [],
    egress: [],
    durationSeconds: 0,
    phases: timer.phases,
    rolesGranted: [],
    rolesRevoked: [],
    dryRun: settings.dryRun,
  };
}

function baseResult(ctx: RunContext, plan: Plan, timer: PhaseTimer): BuildResult {
  return {
    state: 'Running' as RunState,
    imageName: plan.imageName,
    templateName: plan.templateName,
    templateId: plan.templateId,
    identityId: plan.identityId,
    buildSkipped: false,
    fingerprint: plan.fingerprint,
    baseImageVersion: plan.baseImageVersion,
    tools: plan.rendered.tools.map((t) => ({ name: t.name, version: t.version })),
    egress: plan.rendered.egress,
    durationSeconds: 0,
    phases: timer.phases,
    rolesGranted: [],
    rolesRevoked: [],
    template: plan.body,
    dryRun: ctx.settings.dryRun,
  };
}
