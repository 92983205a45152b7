/** Cancelling a build: POST cancel at once, then a bounded wait for Canceled. */
import type { ImageTemplate } from '@azure/arm-imagebuilder';
import { armError, type Clients } from '../clients.js';
import type { Logger } from '../types.js';
import { sleep } from '../util.js';

/** How long to wait for Canceled after POST cancel (the runners kill the step 10 s after SIGINT). */
export const CANCEL_WAIT_MS = 3000;

/**
 * Cancels the running build of a template. Runs under its own bounded signal: the caller's is usually the one
 * that was just aborted. Returns whether a cancel was requested (or one was already under way).
 */
export async function cancelBuild(
  clients: Clients,
  resourceGroup: string,
  templateName: string,
  logger: Logger,
  /** The template as just read by the caller (saves reading it again); read here when absent. */
  current?: ImageTemplate,
): Promise<boolean> {
  const signal = AbortSignal.timeout(CANCEL_WAIT_MS + 5000);
  const ib = clients.imageBuilder.virtualMachineImageTemplates;
  try {
    // An ended build cannot be canceled. No status at all is a build Image Builder has just accepted (lastRunStatus
    // is briefly absent after POST run): cancel it.
    const template = current ?? (await ib.get(resourceGroup, templateName, { abortSignal: signal }));
    const runState = template.lastRunStatus?.runState;
    if (runState === 'Canceling') return true;
    if (runState && runState !== 'Running') return false;
  } catch {
    // Unknown: try to cancel anyway.
  }
  try {
    const poller = ib.cancel(resourceGroup, templateName, { abortSignal: signal, updateIntervalInMs: 500 });
    await poller.submitted(); // not awaited further: Canceled is read from lastRunStatus below
    logger.warning(`Cancel requested for the build on ${templateName}.`);
  } catch (e) {
    logger.warning(`Could not cancel the build on ${templateName}: ${armError(e).message}`);
    return false;
  }
  await waitForCancel(clients, resourceGroup, templateName, logger, signal);
  return true;
}

async function waitForCancel(
  clients: Clients,
  resourceGroup: string,
  templateName: string,
  logger: Logger,
  signal: AbortSignal,
): Promise<void> {
  const until = Date.now() + CANCEL_WAIT_MS;
  while (Date.now() < until) {
    try {
      const t = await clients.imageBuilder.virtualMachineImageTemplates.get(resourceGroup, templateName, {
        abortSignal: signal,
      });
      const runState = t.lastRunStatus?.runState;
      if (runState && runState !== 'Running' && runState !== 'Canceling') {
        logger.info(`The build is ${runState}.`);
        return;
      }
    } catch {
      // keep trying until the bound
    }
    await sleep(250);
  }
  logger.warning(
    `The build on ${templateName} is still canceling; Image Builder finishes it in the background.`,
  );
}
