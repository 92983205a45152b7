/** Build: start the run (or attach to a running one), then wait for it while tailing the customization log. */
import type { ImageTemplate } from '@azure/arm-imagebuilder';
import { armError, describeAzureError, isNotFound } from '../clients.js';
import { BuildLogs } from '../logs.js';
import { type EnsureTemplateResult, isRunning } from '../template.js';
import type { RunState } from '../types.js';
import { type TimelineEntry, timelineRecorder } from '../timeline.js';
import { formatElapsed, sleep } from '../util.js';
import { type RunContext, pollMs } from './context.js';
import { followUpCommand } from './follow-up.js';
import { probeLogAccess, reportLogAccess } from './log-access.js';
import { type Plan, RUN_OUTPUT } from './plan.js';
import { templateGone } from './template-gone.js';

/** How long POST run may take to be answered (it is not aborted by a cancel, see startBuild). */
const POST_RUN_TIMEOUT_MS = 60_000;

export interface BuildOutcome {
  state: RunState;
  message?: string;
  timedOut?: boolean;
  /** The Image Builder sub-states seen while waiting. */
  timeline?: TimelineEntry[];
  /** Why the caller cannot read the build log, with the fix (see log-access.ts). */
  logAccess?: string;
  /** The template was deleted while this run followed the build (template-gone.ts). */
  templateGone?: boolean;
  /** Then, the image the build made, found by its fingerprint. */
  found?: { id: string; galleryImageVersion?: string };
}

function buildLogs(ctx: RunContext, template: ImageTemplate, ignoreFolders?: Set<string>): BuildLogs {
  return new BuildLogs({
    clients: ctx.clients,
    credential: ctx.options.credential,
    cloud: ctx.options.cloud,
    stagingResourceGroupId: template.exactStagingResourceGroup ?? '',
    logger: ctx.logger,
    ignoreFolders,
    mirrorDir: ctx.options.workDir,
  });
}

/** What startBuild did: started the build, or attached to one already running (another run's, or an earlier one). */
export interface StartedBuild {
  logs?: BuildLogs;
  attached: boolean;
  logAccess?: string;
  /** POST run answered 404: the template was deleted after this run chose it (another run's cleanup-template). */
  gone?: boolean;
}

/**
 * Starts the build (not awaited: the run LRO stays in progress for the whole build, and awaiting it would poll its
 * operation in the background for hours), or attaches to the one already running. `onStarting` is called before
 * the POST. Returns the log reader for this build, when the template has a staging group.
 */
export async function startBuild(
  ctx: RunContext,
  plan: Plan,
  prepared: EnsureTemplateResult,
  onStarting: () => void,
): Promise<StartedBuild> {
  const staging = prepared.template.exactStagingResourceGroup;
  let ignoreFolders: Set<string> | undefined;
  let logAccess: string | undefined;
  if (staging && !prepared.running) {
    const access = await probeLogAccess(ctx, buildLogs(ctx, prepared.template), staging);
    ignoreFolders = access.folders;
    logAccess = reportLogAccess(ctx, access);
  }
  let attached = prepared.running;
  if (!attached) {
    onStarting();
    const posted = await postRun(ctx, plan);
    if (posted === 'gone') return { attached: false, gone: true };
    attached = posted === 'attach';
  }
  if (attached)
    ctx.logger.info(
      `A build is already running on ${plan.templateName}; attaching to it instead of starting another.`,
    );
  // An attached build's log folder is whichever is newest.
  const logs = staging ? buildLogs(ctx, prepared.template, attached ? undefined : ignoreFolders) : undefined;
  return { logs, attached, logAccess };
}

/**
 * POST run. 'attach' when another run's build was started first (409 while one runs); 'gone' when the template was
 * deleted since this run chose it (404).
 */
async function postRun(ctx: RunContext, plan: Plan): Promise<'started' | 'attach' | 'gone'> {
  const { settings, signal } = ctx;
  const ib = ctx.clients.imageBuilder.virtualMachineImageTemplates;
  try {
    // Not cut short by the run's signal: a cancel while the POST is in flight must learn whether Image Builder took
    // the build, so that the finish path cancels it (instead of leaving it to run unattended without its roles).
    const poller = ib.run(settings.builderResourceGroup, plan.templateName, {
      abortSignal: AbortSignal.timeout(POST_RUN_TIMEOUT_MS),
      updateIntervalInMs: 60_000,
    });
    await poller.submitted();
  } catch (e) {
    if (isNotFound(e)) return 'gone';
    if (armError(e).statusCode !== 409)
      throw describeAzureError(e, `Starting the build on ${plan.templateName}`);
    const now = await ib.get(settings.builderResourceGroup, plan.templateName, { abortSignal: signal });
    if (!isRunning(now)) throw describeAzureError(e, `Starting the build on ${plan.templateName}`);
    return 'attach';
  }
  ctx.logger.info(`Build started on ${plan.templateName}.`);
  signal?.throwIfAborted();
  return 'started';
}

/** The outcome when the run does not wait for the build. */
export function leftRunning(ctx: RunContext, plan: Plan): BuildOutcome {
  return {
    state: 'Running',
    message: `The build continues in Azure; follow it with: ${followUpCommand(ctx.settings, plan.templateName, 'status', ctx.options.cloud)}`,
  };
}

/** Polls lastRunStatus until the build ends or the wait timeout passes, tailing the log between polls. */
export async function waitForBuild(
  ctx: RunContext,
  plan: Plan,
  logs: BuildLogs | undefined,
): Promise<BuildOutcome> {
  const { settings, logger, signal } = ctx;
  const t0 = Date.now();
  const deadline = t0 + settings.waitTimeoutMinutes * 60_000;
  const tail = logs && settings.streamLog ? (toEnd = false) => tailOnce(ctx, logs, toEnd) : async () => {};
  const reader = statusReader(ctx, plan);
  const timeline = timelineRecorder();
  let last = '';
  for (;;) {
    const status = await reader();
    if (status === GONE) return { ...(await templateGone(ctx, plan)), timeline: timeline.timeline() };
    timeline.observe(status);
    if (status) {
      const now = `${status.runState}${status.runSubState ? `/${status.runSubState}` : ''}`;
      if (now !== last) logger.info(`[${formatElapsed(Date.now() - t0)}] ${now}`);
      last = now;
      if (status.runState && status.runState !== 'Running' && status.runState !== 'Canceling') {
        await tail(true);
        if (logs && settings.streamLog) await flush(ctx, logs);
        return { ...ended(ctx, status.runState as RunState, status.message), timeline: timeline.timeline() };
      }
    }
    const tailStarted = Date.now();
    await tail();
    if (Date.now() > deadline) {
      const message = `Stopped waiting after ${settings.waitTimeoutMinutes} minutes; the build continues in Azure. Follow it with: ${followUpCommand(settings, plan.templateName, 'status', ctx.options.cloud)}`;
      logger.warning(message);
      return { state: 'Running', message, timedOut: true, timeline: timeline.timeline() };
    }
    // The tail's reading counts towards the interval: a log that grows faster than one read per poll is read
    // between status polls instead of waiting a whole interval more (the line-to-job-log delay).
    const rest = pollMs(settings) - (Date.now() - tailStarted);
    await sleep(Math.max(0, Math.min(rest, deadline - Date.now() + 1)), signal);
  }
}

/** What the status read returns when the template is gone (404): the build has ended (template-gone.ts). */
const GONE = Symbol('template gone');

/** Reads lastRunStatus; transient read errors are retried (a warning after three in a row); a 404 is GONE. */
function statusReader(ctx: RunContext, plan: Plan) {
  const { settings, logger, signal } = ctx;
  let readErrors = 0;
  return async (): Promise<ImageTemplate['lastRunStatus'] | typeof GONE> => {
    try {
      const t = await ctx.clients.imageBuilder.virtualMachineImageTemplates.get(
        settings.builderResourceGroup,
        plan.templateName,
        { abortSignal: signal },
      );
      readErrors = 0;
      return t.lastRunStatus;
    } catch (e) {
      if (signal?.aborted) throw e;
      if (isNotFound(e)) return GONE;
      readErrors++;
      logger[readErrors >= 3 ? 'warning' : 'debug'](
        `Reading the build status failed (${armError(e).message}); retrying (${readErrors} in a row).`,
      );
      return undefined;
    }
  };
}

/**
 * Reads the new log in bounded pieces (memory): while the build runs, for at most one poll interval (so a burst of
 * output never delays the next status poll); once it has ended, to the end.
 */
async function tailOnce(ctx: RunContext, logs: BuildLogs, toEnd: boolean): Promise<void> {
  const until = Date.now() + pollMs(ctx.settings);
  try {
    do {
      // Each batch is written before the next is decoded (the job log's backpressure holds the tail back).
      for await (const block of logs.tail(ctx.signal)) await ctx.logger.buildLog(block);
    } while (logs.behind && !ctx.signal?.aborted && (toEnd || Date.now() < until));
  } catch (e) {
    ctx.logger.debug(`Reading the build log: ${armError(e).message}`);
  }
}

async function flush(ctx: RunContext, logs: BuildLogs): Promise<void> {
  const rest = logs.flushPartial();
  if (rest.length) await ctx.logger.buildLog(rest);
}

function ended(ctx: RunContext, state: RunState, message: string | undefined): BuildOutcome {
  if (state === 'Failed') ctx.logger.error(`The build failed: ${message || 'no message'}`);
  if (state === 'PartiallySucceeded') ctx.logger.warning(`The build partially succeeded: ${message}`);
  return { state, message: message || undefined };
}

/** The distributed image's id from the run output (the planned id when it cannot be read). */
export async function readImageId(ctx: RunContext, plan: Plan): Promise<string | undefined> {
  if (!plan.imageId) return undefined;
  try {
    const output = await ctx.clients.imageBuilder.virtualMachineImageTemplates.getRunOutput(
      ctx.settings.builderResourceGroup,
      plan.templateName,
      RUN_OUTPUT,
      { abortSignal: ctx.signal },
    );
    return output.artifactId ?? plan.imageId;
  } catch (e) {
    ctx.logger.warning(
      `Could not read the run output (${armError(e).message}); assuming the image is ${plan.imageId}.`,
    );
    return plan.imageId;
  }
}
