/**
 * Finish: cancel a build the run must not leave behind, revoke the roles it owes, copy the logs, manifest and SBOM,
 * clean up the template. Runs under its own bounded signal, never the run's: a cancelled or timed-out run must still
 * do all of this within the runner's grace period (SIGINT, then SIGTERM 7.5 s later, then a kill 2.5 s after that).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { armError } from '../clients.js';
// The definition's modules by name, not its index: the index re-exports the file loader (the YAML parser).
import { MANIFEST_BEGIN, MANIFEST_END } from '../definition/bash.js';
import { parseManifest } from '../definition/manifest.js';
import { SBOM_BEGIN, SBOM_END } from '../definition/sbom.js';
import { type BuildLogs, scanLogFile } from '../logs.js';
import { removeRoleAssignment } from '../roles.js';
import { saveSbom } from '../sbom-file.js';
import { deleteTemplate } from '../template.js';
import type { BuildResult, RunState } from '../types.js';
import { cleanupBootTest } from './boot-test-phase.js';
import { cancelBuild } from './cancel.js';
import { type RunContext, pollMs } from './context.js';
import type { RunLedger } from './ledger.js';
import type { Plan } from './plan.js';
import { followUpCommand } from './follow-up.js';
import { mayRevoke } from './shared-roles.js';
import { deleteUnfollowedTemplate } from './template-phase.js';

/** Budget of the finish path after a cancel (the cancel itself is bounded separately, see cancel.ts). */
export const FINISH_AFTER_CANCEL_MS = 4000;
/** Budget of the finish path otherwise (a large log copy). */
export const FINISH_MS = 10 * 60_000;

export type LogFiles = Pick<
  BuildResult,
  'logFile' | 'validationLogFile' | 'manifest' | 'manifestFile' | 'sbomFile' | 'logTail'
>;

export async function finishRun(
  ctx: RunContext,
  plan: Plan,
  ledger: RunLedger,
  state: RunState,
): Promise<LogFiles> {
  if (state !== 'Running' && ledger.buildMayRun) {
    // A build this run started must not outlive it; one it attached to belongs to another run.
    if (ledger.mayCancel)
      await cancelBuild(ctx.clients, ctx.settings.builderResourceGroup, plan.templateName, ctx.logger);
    ledger.buildEnded();
  }
  const signal = AbortSignal.timeout(ctx.signal?.aborted ? FINISH_AFTER_CANCEL_MS : FINISH_MS);
  await cleanupBootTest(ctx, ledger, signal).catch((e: unknown) =>
    ctx.logger.warning(`Boot test cleanup: ${(e as Error).message}`),
  );
  await revokeOwed(ctx, plan, ledger, signal);
  const copied =
    ledger.logs && state !== 'Running' ? await copyLogs(ctx, plan, ledger.logs, state, signal) : {};
  if (copied) ledger.logCopyDone();
  const files = copied ?? {};
  await cleanupTemplate(ctx, plan, ledger, state, signal);
  ledger.finish();
  return files;
}

/** Revokes what the run owes, unless a build it leaves running still needs the roles. */
async function revokeOwed(
  ctx: RunContext,
  plan: Plan,
  ledger: RunLedger,
  signal: AbortSignal,
): Promise<void> {
  const owed = ledger.owedRevocations();
  if (ledger.buildMayRun) {
    if (ledger.granted.length)
      ctx.logger.info(
        'Roles are kept: the build is still running in Azure and needs them to distribute the image.',
      );
    return;
  }
  if (!owed.length) return;
  const scope = {
    resourceGroup: ctx.settings.builderResourceGroup,
    identityId: ledger.identity?.id ?? '',
    ownTemplate: plan.templateName,
  };
  if (!(await mayRevoke(ctx.clients, scope, ctx.logger, signal))) return;
  for (const record of owed) {
    try {
      await removeRoleAssignment(ctx.clients, record.id, { logger: ctx.logger, signal });
      ledger.revokedOne(record);
    } catch (e) {
      const next = ctx.options.postStep
        ? 'The post step will try again.'
        : `Remove it with: az role assignment delete --ids ${record.id}`;
      ctx.logger.warning(`${(e as Error).message} ${next}`);
    }
  }
}

/**
 * Copies customization.log (and validation.log) to the work directory and reads the manifest and the tail;
 * undefined when the copy failed (it stays owed: the post step copies it, the CLI names the command).
 */
async function copyLogs(
  ctx: RunContext,
  plan: Plan,
  logs: BuildLogs,
  state: RunState,
  signal: AbortSignal,
): Promise<LogFiles | undefined> {
  return ctx.logger.group('Logs', async () => {
    try {
      const copied = await logs.copyTo(ctx.options.workDir, signal);
      if (!copied.logFile) return copied;
      ctx.logger.info(`Customization log saved to ${copied.logFile}.`);
      const scanned = await scanLogFile(copied.logFile, {
        tailLines: 40,
        begin: MANIFEST_BEGIN,
        end: MANIFEST_END,
        sbomBegin: SBOM_BEGIN,
        sbomEnd: SBOM_END,
      });
      const sbomFile = await saveSbom(scanned.sbomText, ctx.options.workDir);
      const files: LogFiles = {
        ...copied,
        ...(sbomFile ? { sbomFile } : {}),
        ...(state === 'Failed' ? { logTail: scanned.tail } : {}),
      };
      const manifest = parseManifest(scanned.manifestText);
      if (!manifest) return files;
      const manifestFile = join(ctx.options.workDir, 'manifest.json');
      await writeFile(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`, { signal });
      return { ...files, manifest, manifestFile };
    } catch (e) {
      const next = ctx.options.postStep
        ? 'The post step will try again.'
        : `Download it with: ${followUpCommand(ctx.settings, plan.templateName, 'logs', ctx.options.cloud)}`;
      ctx.logger.warning(`Could not copy the customization log: ${armError(e).message} ${next}`);
      return undefined;
    }
  });
}

async function cleanupTemplate(
  ctx: RunContext,
  plan: Plan,
  ledger: RunLedger,
  state: RunState,
  signal: AbortSignal,
): Promise<void> {
  const { settings } = ctx;
  const succeeded = state === 'Succeeded' || state === 'PartiallySucceeded';
  const wanted =
    settings.cleanupTemplate === 'always' || (settings.cleanupTemplate === 'on-success' && succeeded);
  // A template this run created (201) but could not follow (its creation status unreadable) is cleaned up too.
  const unfollowed = !ledger.template && ledger.createdTemplate;
  if (!wanted || !(ledger.template || unfollowed) || ledger.buildMayRun) return;
  // Deleting the template deletes its staging group and the log in it: not before the log is copied.
  if (ledger.logPending && (settings.uploadLog || !ctx.options.postStep))
    return keepForLog(ctx, plan, ledger);
  try {
    if (unfollowed) await deleteUnfollowedTemplate(ctx, plan.templateName, signal);
    else
      await deleteTemplate(ctx.clients, {
        resourceGroup: settings.builderResourceGroup,
        name: plan.templateName,
        logger: ctx.logger,
        signal,
        pollIntervalMs: pollMs(settings),
      });
  } catch (e) {
    ledger.templateCleanupOwed();
    const next = ctx.options.postStep
      ? 'The post step will try again.'
      : `Delete it with: az image builder delete -g ${settings.builderResourceGroup} -n ${plan.templateName}`;
    ctx.logger.warning(`${(e as Error).message} ${next}`);
  }
}

/** cleanup-template waits for the log copy: the post step copies the log, then deletes; the CLI names both commands. */
function keepForLog(ctx: RunContext, plan: Plan, ledger: RunLedger): void {
  const { settings } = ctx;
  if (ctx.options.postStep) {
    ledger.templateCleanupOwed();
    ctx.logger.info(
      `Image template ${plan.templateName} is kept until the post step has copied its log; the post step then deletes it.`,
    );
    return;
  }
  ctx.logger.warning(
    `Image template ${plan.templateName} is kept: deleting it would delete the log that could not be copied. Download the log with: ${followUpCommand(settings, plan.templateName, 'logs', ctx.options.cloud)}; then delete the template with: az image builder delete -g ${settings.builderResourceGroup} -n ${plan.templateName}`,
  );
}
