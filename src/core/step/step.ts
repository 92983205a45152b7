/**
 * One step flow for both CI platforms: inputs -> settings -> sign-in -> run -> log artifact -> outputs -> summary ->
 * result; and the post step, which finishes what the checkpoint says the main step owes.
 */
import { existsSync } from 'node:fs';
import { type Settings, SettingsError, parseSettings } from '../settings.js';
import { renderSummary } from '../summary.js';
import { prefetchToken } from '../token-cache.js';
import type { BuildResult, OwedLog, RunState } from '../types.js';
import type { LogUpload, StepHost, StepStatus } from './host.js';
import { decodeCheckpoint, encodeCheckpoint } from './checkpoint.js';
import { outputValues } from './outputs.js';

export interface StepOptions {
  signal?: AbortSignal;
}

const errorMessage = (e: unknown) => (e instanceof Error ? e.message : String(e));

export async function runStep(host: StepHost, options: StepOptions = {}): Promise<RunState> {
  let settings: Settings | undefined;
  let result: BuildResult | undefined;
  let failure: string | undefined;
  let portal: string | undefined;
  try {
    settings = parseSettings(host.readInputs(), { nameOf: (n) => host.nameOf(n) });
    const auth = await host.signIn(settings);
    portal = auth.cloud.name;
    // The sign-in's round trips (OIDC ID token, Entra) overlap loading the run's modules (docs/performance.md).
    prefetchToken(auth.credential, auth.cloud.armScope);
    // Loaded once the inputs are valid: a run that fails validation never loads the SDKs (docs/performance.md).
    const { runBuild } = await import('../run/run.js');
    result = await runBuild(settings, {
      ...auth,
      logger: host.logger,
      signal: options.signal,
      workDir: host.workDir(),
      provenanceTags: host.provenanceTags(),
      onCheckpoint: (checkpoint) => host.saveState(encodeCheckpoint(checkpoint)),
      userAgentPrefix: host.userAgent,
      postStep: true,
      nameOf: (n) => host.nameOf(n),
    });
  } catch (e) {
    failure = e instanceof SettingsError ? `Invalid input: ${e.message}` : errorMessage(e);
    // A run that failed after its finish path still has a result: its logs, roles and ids.
    result = (e as { result?: BuildResult }).result;
  }
  const state: RunState = failure ? (options.signal?.aborted ? 'Canceled' : 'Failed') : result!.state;
  const upload = settings && result ? await uploadLog(host, settings, result, state) : {};
  host.writeOutputs(
    outputValues(host.outputStyle, result, {
      state,
      logArtifactId: upload.artifact?.id,
      logArtifactUrl: upload.artifact?.url,
    }),
  );
  await host.writeSummary(
    renderSummary(result && { ...result, state }, {
      error: failure,
      artifact: upload.artifact,
      artifactNote: upload.note,
      mermaid: host.summaryMermaid ?? false,
      portal,
    }),
  );
  const outcome = stepOutcome(result, state, failure);
  host.setResult(outcome.status, outcome.message);
  return state;
}

async function uploadLog(
  host: StepHost,
  settings: Settings,
  result: BuildResult,
  state: RunState,
): Promise<LogUpload> {
  if (result.dryRun) return {};
  if (state === 'Skipped') return { note: 'No build ran.' };
  if (state === 'Running')
    return { note: 'The build is still running; its log is in the staging storage account.' };
  if (!settings.uploadLog) return { note: `Not uploaded: \`${host.nameOf('upload-log')}\` is false.` };
  const files = [result.logFile, result.validationLogFile, result.manifestFile, result.sbomFile].filter(
    (f): f is string => !!f && existsSync(f),
  );
  if (!files.length) return { note: 'No customization log was available to upload.' };
  try {
    return await host.uploadLog(settings.logArtifactName, files, {
      logRetentionDays: settings.logRetentionDays,
    });
  } catch (e) {
    host.logger.warning(`Could not upload the customization log: ${errorMessage(e)}`);
    return { note: `Upload failed: ${errorMessage(e)}` };
  }
}

/** The step's result and its one-line message, the same on both platforms. */
export function stepOutcome(
  result: BuildResult | undefined,
  state: RunState,
  failure?: string,
): { status: StepStatus; message: string } {
  if (failure) return { status: state === 'Canceled' ? 'canceled' : 'failed', message: failure };
  const r = result!;
  const detail = r.message ? `: ${r.message}` : '.';
  if (state === 'Failed') return { status: 'failed', message: `Image build failed${detail}` };
  if (state === 'Canceled') return { status: 'canceled', message: `Image build canceled${detail}` };
  if (r.testResult === 'failed')
    return {
      status: 'failed',
      message: `The image was built but failed its boot test: ${r.testMessage ?? ''}`,
    };
  // wait was true: later steps expect the image, which does not exist yet.
  if (r.timedOut) return { status: 'failed', message: r.message ?? 'Stopped waiting for the build.' };
  if (state === 'PartiallySucceeded')
    return { status: 'succeededWithIssues', message: `Image build partially succeeded${detail}` };
  if (r.dryRun)
    return {
      status: 'succeeded',
      message: `Dry run: planned image ${r.imageName} (template ${r.templateName}); nothing was changed in Azure.`,
    };
  if (state === 'Skipped')
    return {
      status: 'succeeded',
      message: `An image with fingerprint ${r.fingerprint} exists: ${r.imageId ?? ''}`,
    };
  if (state === 'Running')
    return { status: 'succeeded', message: `The build continues in Azure: ${r.templateId}` };
  return { status: 'succeeded', message: `Image ${r.imageId ?? r.imageName} built.` };
}

/** The post step: never fails the job; it reports what it did and what is left. */
export async function runPostStep(host: StepHost, options: StepOptions = {}): Promise<void> {
  try {
    const checkpoint = decodeCheckpoint(host.loadState());
    if (checkpoint === 'unreadable') {
      host.postProblem(
        'The state the main step saved is unreadable, so nothing was cleaned up. Check for a running build and for role assignments of the build identity.',
      );
      return;
    }
    const { postStepWork, finishAfterCancel } = await import('../run/post.js');
    const work = postStepWork(checkpoint);
    if (work.nothingBecause) {
      host.logger.info(`Nothing to clean up: ${work.nothingBecause}.`);
      return;
    }
    const auth = await host.signIn();
    const outcome = await finishAfterCancel(
      checkpoint!,
      {
        ...auth,
        logger: host.logger,
        signal: options.signal,
        ...(work.copyLog ? { workDir: host.workDir() } : {}),
      },
      work,
    );
    const uploaded = work.copyLog ? await uploadOwedLog(host, work.copyLog, outcome.logFiles) : undefined;
    const done = [
      outcome.canceled ? 'canceled the build left running' : undefined,
      outcome.revoked.length
        ? `revoked ${outcome.revoked.length} role assignment(s): ${outcome.revoked.join(', ')}`
        : undefined,
      outcome.deletedTemplate ? 'deleted the template (cleanup-template)' : undefined,
      uploaded,
    ].filter(Boolean);
    host.logger.info(
      done.length ? `Cleaned up after the main step: ${done.join('; ')}.` : 'Nothing was left to clean up.',
    );
    if (outcome.left.length)
      host.postProblem(`Role assignment(s) not revoked; remove them by hand: ${outcome.left.join(', ')}`);
  } catch (e) {
    host.postProblem(
      `Cleanup after the main step did not complete: ${errorMessage(e)}. Check for a running build and for role assignments of the build identity.`,
    );
  }
}

/** The log the main step owed, copied by the post step: uploaded as the artifact the main step would have. */
async function uploadOwedLog(
  host: StepHost,
  owed: OwedLog,
  files: string[] | undefined,
): Promise<string | undefined> {
  if (!files?.length) {
    host.logger.info('No customization log was found to upload.');
    return undefined;
  }
  try {
    const upload = await host.uploadLog(owed.artifactName, files, { logRetentionDays: owed.retentionDays });
    return `uploaded the customization log (${upload.artifact ? `artifact ${upload.artifact.name}` : upload.note})`;
  } catch (e) {
    host.postProblem(`Could not upload the customization log: ${errorMessage(e)}`);
    return undefined;
  }
}
