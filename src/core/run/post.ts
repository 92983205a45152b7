/**
 * The post step (GitHub `post:`, Azure Pipelines `postjobexecution`): what it must do is decided here, once, from
 * the checkpoint the main step really saved, and done by `finishAfterCancel`.
 */
import type { TokenCredential } from '@azure/core-auth';
import { parseImageTemplateId, sameId } from '../azure-ids.js';
import { armError, createClients, describeAzureError, isNotFound, loadClientSdks } from '../clients.js';
import type { Cloud } from '../cloud.js';
import { removeRoleAssignment } from '../roles.js';
import { deleteTemplate } from '../template.js';
import { BuildLogs } from '../logs.js';
import type { Checkpoint, Logger, OwedLog, RunOptions } from '../types.js';
import { cancelBuild } from './cancel.js';
import { mayRevoke } from './shared-roles.js';

export interface PostStepWork {
  /** Cancel the build the main step started (it was killed or crashed before its finish path). */
  cancel: boolean;
  /** Role assignments still owed. */
  revoke: string[];
  /** The template deletion cleanup-template asked for, which the main step could not do. */
  deleteTemplate?: boolean;
  /** The build log to copy and upload (the main step did not copy it). */
  copyLog?: OwedLog;
  /** Why there is nothing to do, when there is nothing. */
  nothingBecause?: string;
}

export function postStepWork(checkpoint: Checkpoint | undefined): PostStepWork {
  if (!checkpoint) return { cancel: false, revoke: [], nothingBecause: 'the main step saved no state' };
  if (checkpoint.finished && (checkpoint.buildStarted || checkpoint.leftRunning)) {
    // wait: false or a wait timeout: the build runs on in Azure on purpose and needs its roles.
    return {
      cancel: false,
      revoke: [],
      nothingBecause:
        'the main step left the build running in Azure on purpose (its roles stay until it ends)',
    };
  }
  const cancel = !checkpoint.finished && Boolean(checkpoint.buildStarted && checkpoint.templateId);
  const revoke = [...checkpoint.revoke];
  // Owed by a finished main step that could not delete it, or by one killed before its finish path (always).
  const deleteTemplate = Boolean(checkpoint.deleteTemplate && checkpoint.templateId);
  const copyLog = checkpoint.log;
  if (!cancel && !revoke.length && !deleteTemplate && !copyLog)
    return {
      cancel,
      revoke,
      nothingBecause: checkpoint.finished ? 'the main step finished its own cleanup' : 'nothing was created',
    };
  return { cancel, revoke, ...(deleteTemplate ? { deleteTemplate } : {}), ...(copyLog ? { copyLog } : {}) };
}

export interface PostStepOutcome {
  canceled: boolean;
  revoked: string[];
  /** Assignments that could not be removed (remove them by hand). */
  left: string[];
  /** Assignments kept because another build of the identity still runs (its run revokes them). */
  kept?: string[];
  /** The template cleanup-template asked to delete was deleted. */
  deletedTemplate?: boolean;
  /** The build log, copied to the work directory (the step uploads it). */
  logFiles?: string[];
}

/** The whole of a checkpoint: cancel its build if it runs, remove every listed assignment. */
const everything = (checkpoint: Checkpoint): PostStepWork => ({
  cancel: Boolean(checkpoint.buildStarted && checkpoint.templateId),
  revoke: [...checkpoint.revoke],
  deleteTemplate: Boolean(checkpoint.deleteTemplate),
  ...(checkpoint.log ? { copyLog: checkpoint.log } : {}),
});

/**
 * Cancels the checkpoint's build if it is running and removes its role assignments; the post step passes the work
 * `postStepWork` decided (which leaves a build started with `wait: false` alone).
 */
export async function finishAfterCancel(
  checkpoint: Checkpoint,
  options: {
    credential: TokenCredential;
    cloud: Cloud;
    logger: Logger;
    signal?: AbortSignal;
    retry?: RunOptions['retry'];
    /** Where the owed log is copied (without it, the log is not copied). */
    workDir?: string;
  },
  work: PostStepWork = everything(checkpoint),
): Promise<PostStepOutcome> {
  await loadClientSdks(['imageBuilder', 'authorization', ...(work.copyLog ? (['storage'] as const) : [])]);
  const clients = createClients({ ...options, subscriptionId: checkpoint.subscriptionId });
  const template =
    work.cancel && checkpoint.templateId ? parseImageTemplateId(checkpoint.templateId) : undefined;
  const canceled = template ? await cancelIfRunning(clients, template, options) : false;
  const owner = checkpoint.templateId ? parseImageTemplateId(checkpoint.templateId) : undefined;
  const revocation = await revokeOwed(clients, checkpoint, work.revoke, options);
  // After the cancel: the log holds what the build wrote until then.
  const logFiles = work.copyLog && options.workDir ? await copyOwedLog(clients, work.copyLog, options) : [];
  const deletedTemplate =
    work.deleteTemplate && owner ? await deleteOwedTemplate(clients, owner, options) : false;
  return {
    canceled,
    ...revocation,
    ...(deletedTemplate ? { deletedTemplate } : {}),
    ...(logFiles.length ? { logFiles } : {}),
  };
}

type PostClients = ReturnType<typeof createClients>;

/** Cancels the build when it still runs (or has no status yet: killed right after Image Builder accepted it). */
async function cancelIfRunning(
  clients: PostClients,
  template: { resourceGroup: string; name: string },
  options: { logger: Logger; signal?: AbortSignal },
): Promise<boolean> {
  const ib = clients.imageBuilder.virtualMachineImageTemplates;
  try {
    const t = await ib.get(template.resourceGroup, template.name, { abortSignal: options.signal });
    const runState = t.lastRunStatus?.runState;
    if (runState && runState !== 'Running') return false;
    return await cancelBuild(clients, template.resourceGroup, template.name, options.logger, t);
  } catch (e) {
    options.logger.warning(`Could not check the build on ${template.name}: ${armError(e).message}`);
    return false;
  }
}

/** Removes the owed assignments, unless another build of the identity still runs (its run revokes them). */
async function revokeOwed(
  clients: PostClients,
  checkpoint: Checkpoint,
  ids: string[],
  options: { logger: Logger; signal?: AbortSignal },
): Promise<Pick<PostStepOutcome, 'revoked' | 'left' | 'kept'>> {
  const revoked: string[] = [];
  const owner = checkpoint.templateId ? parseImageTemplateId(checkpoint.templateId) : undefined;
  const scope =
    owner && checkpoint.identityId && ids.length
      ? { resourceGroup: owner.resourceGroup, identityId: checkpoint.identityId, ownTemplate: owner.name }
      : undefined;
  if (scope && !(await mayRevoke(clients, scope, options.logger, options.signal)))
    return { revoked, left: [], kept: ids };
  for (const id of ids) {
    try {
      await removeRoleAssignment(clients, id, { logger: options.logger, signal: options.signal });
      revoked.push(id);
    } catch (e) {
      options.logger.warning((e as Error).message);
    }
  }
  return { revoked, left: ids.filter((id) => !revoked.some((r) => sameId(r, id))) };
}

/**
 * The deletion cleanup-template asked for (the main step could not do it, or was killed first): once no build runs
 * on the template (after the cancel above); a build still running or canceling keeps it, with the command.
 */
async function deleteOwedTemplate(
  clients: PostClients,
  template: { resourceGroup: string; name: string },
  options: { logger: Logger; signal?: AbortSignal },
): Promise<boolean> {
  const byHand = `az image builder delete -g ${template.resourceGroup} -n ${template.name}`;
  const ib = clients.imageBuilder.virtualMachineImageTemplates;
  try {
    const now = await ib
      .get(template.resourceGroup, template.name, { abortSignal: options.signal })
      .catch((e: unknown) => {
        throw isNotFound(e) ? e : describeAzureError(e, `Reading image template ${template.name}`);
      });
    const runState = now.lastRunStatus?.runState;
    if (runState === 'Running' || runState === 'Canceling') {
      options.logger.warning(
        `Image template ${template.name} is kept for now: its build is ${runState}. Delete it once the build has ended: ${byHand}`,
      );
      return false;
    }
    await deleteTemplate(clients, {
      ...template,
      logger: options.logger,
      signal: options.signal,
      pollIntervalMs: 1000,
    });
    return true;
  } catch (e) {
    if (isNotFound(e)) return false;
    options.logger.warning(`${(e as Error).message} Delete it by hand: ${byHand}`);
    return false;
  }
}

/** Copies the build log the main step owed (after the cancel: the lines written so far) to the work directory. */
async function copyOwedLog(
  clients: PostClients,
  owed: OwedLog,
  options: {
    credential: TokenCredential;
    cloud: Cloud;
    logger: Logger;
    signal?: AbortSignal;
    workDir?: string;
  },
): Promise<string[]> {
  const logs = new BuildLogs({
    clients,
    credential: options.credential,
    cloud: options.cloud,
    logger: options.logger,
    stagingResourceGroupId: owed.stagingResourceGroupId,
    ...(owed.folder ? { folder: owed.folder } : { ignoreFolders: new Set(owed.before ?? []) }),
  });
  try {
    const copied = await logs.copyTo(options.workDir!, options.signal);
    return [copied.logFile, copied.validationLogFile].filter((f): f is string => !!f);
  } catch (e) {
    options.logger.warning(`Could not copy the customization log: ${armError(e).message}`);
    return [];
  }
}
