/**
 * The action's two stages. Main: inputs → settings → sign-in → core build → artifact, outputs, summary, exit code.
 * Post (always runs): finishes what main could not after a cancellation, using the checkpoint main saved; it only
 * ever warns.
 */
import * as core from '@actions/core';
import { context } from '@actions/github';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type BuildResult,
  type Checkpoint,
  type RunState,
  SettingsError,
  finishAfterCancel,
  parseSettings,
  runBuild,
} from '../core/index.js';
import { renderSummary } from '../core/summary.js';
import { uploadLogArtifact, type UploadedArtifact } from './artifact.js';
import { createAuth } from './auth.js';
import {
  createGithubLogger,
  loadCheckpoint,
  readAuthInputs,
  readCoreInputs,
  resultOutputs,
  saveCheckpoint,
  writeOutputs,
} from './host.js';

const USER_AGENT = 'aks-jumpbox-image-action';

/** Where the image came from: stamped on the image (artifactTags) and the template, not part of the fingerprint. */
export function provenanceTags(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const tags: Record<string, string> = {};
  const put = (key: string, value: string | undefined) => {
    if (value) tags[key] = value.length > 256 ? value.slice(0, 256) : value;
  };
  let repository: string | undefined;
  try {
    repository = `${context.repo.owner}/${context.repo.repo}`;
  } catch {
    repository = undefined;
  }
  put('source-repository', repository);
  put('source-commit', context.sha);
  put('source-workflow', context.workflow);
  if (repository && Number.isFinite(context.runId) && context.runId > 0) {
    const attempt =
      Number.isFinite(context.runAttempt) && context.runAttempt > 0 ? `/attempts/${context.runAttempt}` : '';
    put('source-run-url', `${context.serverUrl}/${repository}/actions/runs/${context.runId}${attempt}`);
  }
  put('source-ref', env.GITHUB_REF);
  return tags;
}

/** Exit status per outcome: Failed and Canceled fail the step; PartiallySucceeded passes with a warning. */
export function failsStep(state: RunState): boolean {
  return state === 'Failed' || state === 'Canceled';
}

function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}

async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await core.summary.addRaw(markdown).write();
  } catch (e) {
    core.warning(`Could not write the step summary: ${errorMessage(e)}`);
  }
}

export interface MainOptions {
  signal?: AbortSignal;
}

export async function runMain(options: MainOptions = {}): Promise<void> {
  const logger = createGithubLogger();
  let result: BuildResult | undefined;
  let artifact: UploadedArtifact | undefined;
  let artifactNote: string | undefined;
  let failure: string | undefined;
  let uploadLog = true;
  let logArtifactName = 'aks-jumpbox-customization-log';
  try {
    const settings = parseSettings(readCoreInputs());
    uploadLog = settings.uploadLog;
    logArtifactName = settings.logArtifactName;
    const auth = createAuth(readAuthInputs());
    const workDir = mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), 'aks-jumpbox-image-'));
    result = await runBuild(settings, {
      credential: auth.credential,
      cloud: auth.cloud,
      logger,
      signal: options.signal,
      workDir,
      provenanceTags: provenanceTags(),
      onCheckpoint: (checkpoint: Checkpoint) => saveCheckpoint(checkpoint),
      userAgentPrefix: USER_AGENT,
    });
  } catch (e) {
    failure = e instanceof SettingsError ? `Invalid input: ${e.message}` : errorMessage(e);
  }

  if (result && !result.dryRun && result.state !== 'Skipped' && result.state !== 'Running') {
    if (!uploadLog) {
      artifactNote = 'Not uploaded: `upload-log` is false.';
    } else {
      try {
        artifact = await uploadLogArtifact(logArtifactName, [
          result.logFile,
          result.validationLogFile,
          result.manifestFile,
          result.sbomFile,
        ]);
        if (artifact)
          core.info(
            `Uploaded the customization log as artifact "${artifact.name}" (id ${artifact.id ?? 'unknown'}, ${artifact.size ?? 0} bytes).`,
          );
        else artifactNote = 'No customization log was available to upload.';
      } catch (e) {
        artifactNote = `Upload failed: ${errorMessage(e)}`;
        core.warning(`Could not upload the customization log: ${errorMessage(e)}`);
      }
    }
  } else if (result?.state === 'Skipped') {
    artifactNote = 'No build ran.';
  } else if (result?.state === 'Running') {
    artifactNote = 'The build is still running; its log is in the staging storage account.';
  }

  const state: RunState = failure ? (options.signal?.aborted ? 'Canceled' : 'Failed') : result!.state;
  writeOutputs(resultOutputs(result, { logArtifactId: artifact?.id, state }));
  const runUrl = provenanceTags()['source-run-url'];
  await writeSummary(
    renderSummary(result, {
      error: failure,
      artifact: artifact && {
        name: artifact.name,
        id: artifact.id,
        url:
          artifact.id !== undefined && runUrl
            ? `${runUrl.replace(/\/attempts\/\d+$/, '')}/artifacts/${artifact.id}`
            : undefined,
      },
      artifactNote,
    }),
  );

  if (failure) {
    core.setFailed(failure);
  } else if (failsStep(state)) {
    core.setFailed(`Image build ${state.toLowerCase()}${result?.message ? `: ${result.message}` : '.'}`);
  } else if (result?.timedOut) {
    // wait was true: later steps expect the image, which does not exist yet.
    core.setFailed(result.message ?? 'Stopped waiting for the build; it continues in Azure.');
  } else if (state === 'PartiallySucceeded') {
    core.warning(`Image build partially succeeded${result?.message ? `: ${result.message}` : ''}.`);
  }
}

export async function runPost(options: MainOptions = {}): Promise<void> {
  try {
    const checkpoint = loadCheckpoint();
    if (!checkpoint) {
      core.info('Nothing to clean up: the main step saved no state.');
      return;
    }
    if (checkpoint.finished) {
      core.info('Nothing to clean up: the main step finished its own cleanup.');
      return;
    }
    if (!checkpoint.buildStarted && !checkpoint.revoke.length) {
      core.info('Nothing to clean up.');
      return;
    }
    const auth = createAuth(readAuthInputs());
    const outcome = await finishAfterCancel(checkpoint, {
      credential: auth.credential,
      cloud: auth.cloud,
      logger: createGithubLogger(),
      signal: options.signal,
    });
    if (outcome.canceled) core.info('Canceled the build the main step left running.');
    if (outcome.revoked.length)
      core.info(`Revoked ${outcome.revoked.length} role assignment(s): ${outcome.revoked.join(', ')}`);
    const left = checkpoint.revoke.filter(
      (id) => !outcome.revoked.some((r) => r.toLowerCase() === id.toLowerCase()),
    );
    if (left.length) core.warning(`Role assignment(s) not revoked; remove them by hand: ${left.join(', ')}`);
  } catch (e) {
    core.warning(`Post-step cleanup did not complete: ${errorMessage(e)}`);
  }
}

/** The logic entry point by the name `@github/local-action` expects (`run`). */
export async function run(): Promise<void> {
  await runMain();
}
