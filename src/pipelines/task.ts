/**
 * The task's two handlers. Main (execution): inputs → settings → service connection → core build → log upload,
 * output variables, summary tab, task result. Post (postjobexecution, always runs): cancels a build the main step
 * left running and revokes roles, from the checkpoint the main step saved in a task variable.
 */
import * as tl from 'azure-pipelines-task-lib';
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import {
  type BuildResult,
  type RunState,
  SettingsError,
  finishAfterCancel,
  parseSettings,
  runBuild,
} from '../core/index.js';
import { renderSummary } from '../core/summary.js';
import { type CredentialFactories, connectionCredential, defaultFactories } from './auth.js';
import {
  createPipelinesLogger,
  loadCheckpoint,
  readServiceConnection,
  resultVariables,
  saveCheckpoint,
  systemAccessToken,
  writeOutputVariables,
} from './host.js';
import { CONNECTION_INPUT, nameOf, readRawInputs } from './inputs.js';

const USER_AGENT = 'aks-jumpbox-image-azure-pipelines';

export interface TaskOptions {
  signal?: AbortSignal;
  env?: NodeJS.ProcessEnv;
  factories?: CredentialFactories;
}

/** The pipeline run's URL (build and YAML pipelines: the build; classic release: the release). */
export function runUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const collection = env.SYSTEM_COLLECTIONURI?.replace(/\/*$/, '/');
  const project = env.SYSTEM_TEAMPROJECT;
  if (!collection || !project) return undefined;
  const p = encodeURIComponent(project);
  if (env.SYSTEM_HOSTTYPE?.toLowerCase() === 'release' && env.RELEASE_RELEASEID) {
    return `${collection}${p}/_releaseProgress?_a=release-environment-logs&releaseId=${env.RELEASE_RELEASEID}${env.RELEASE_ENVIRONMENTID ? `&environmentId=${env.RELEASE_ENVIRONMENTID}` : ''}`;
  }
  if (env.BUILD_BUILDID) return `${collection}${p}/_build/results?buildId=${env.BUILD_BUILDID}`;
  return undefined;
}

/** Where the image came from (the action's tag names): repository, commit, pipeline, run URL, ref. */
export function provenanceTags(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const tags: Record<string, string> = {};
  const put = (key: string, value: string | undefined) => {
    const v = value?.trim();
    if (v) tags[key] = v.length > 256 ? v.slice(0, 256) : v;
  };
  put('source-repository', env.BUILD_REPOSITORY_NAME);
  put('source-commit', env.BUILD_SOURCEVERSION);
  put(
    'source-workflow',
    env.SYSTEM_HOSTTYPE?.toLowerCase() === 'release'
      ? (env.RELEASE_DEFINITIONNAME ?? env.SYSTEM_DEFINITIONNAME)
      : (env.BUILD_DEFINITIONNAME ?? env.SYSTEM_DEFINITIONNAME),
  );
  put('source-run-url', runUrl(env));
  put('source-ref', env.BUILD_SOURCEBRANCH);
  return tags;
}

function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  return String(e);
}

function tempDir(env: NodeJS.ProcessEnv): string {
  return env.AGENT_TEMPDIRECTORY || tmpdir();
}

/** Builds the credential for the task's service connection (shared by main and post). */
function signIn(env: NodeJS.ProcessEnv, options: TaskOptions) {
  const connectionId = tl.getInput(CONNECTION_INPUT, true)!;
  const connection = readServiceConnection(connectionId);
  const secret = Object.entries(connection.parameters).find(
    ([k]) => k.toLowerCase() === 'serviceprincipalkey',
  )?.[1];
  if (secret && !/[\r\n]/.test(secret)) tl.setSecret(secret);
  return connectionCredential(
    connection,
    {
      requestUri: env.SYSTEM_OIDCREQUESTURI,
      accessToken: systemAccessToken(),
      onToken: (token) => tl.setSecret(token),
      signal: options.signal,
    },
    options.factories ?? defaultFactories,
  );
}

interface LogUpload {
  note: string;
  artifact?: { name: string };
}

/**
 * The customization log: a build artifact in build and YAML pipelines (`##vso[artifact.upload]`); attached to
 * the step with `##vso[task.uploadfile]` in classic release pipelines, which have no build artifacts.
 */
function uploadLogs(
  result: BuildResult,
  artifactName: string,
  workDir: string,
  env: NodeJS.ProcessEnv,
): LogUpload {
  const files = [result.logFile, result.validationLogFile, result.manifestFile, result.sbomFile].filter(
    (f): f is string => !!f && existsSync(f),
  );
  if (!files.length) return { note: 'No customization log was available to upload.' };
  if ((env.SYSTEM_HOSTTYPE ?? 'build').toLowerCase() === 'build') {
    const folder = join(workDir, 'artifact', artifactName);
    mkdirSync(folder, { recursive: true });
    for (const f of files) copyFileSync(f, join(folder, basename(f)));
    tl.uploadArtifact(artifactName, folder, artifactName);
    tl.debug(`Uploading ${files.length} file(s) from ${folder} as artifact ${artifactName}.`);
    return { note: '', artifact: { name: artifactName } };
  }
  for (const f of files) tl.uploadFile(f);
  return {
    note: `Attached to this step's log (classic release pipelines have no build artifacts): ${files.map((f) => `\`${basename(f)}\``).join(', ')}. Download them with the step's logs.`,
  };
}

function writeSummary(markdown: string, env: NodeJS.ProcessEnv): void {
  try {
    const file = join(tempDir(env), `aks-jumpbox-image-summary-${env.SYSTEM_JOBID || process.pid}.md`);
    writeFileSync(file, markdown);
    tl.uploadSummary(file);
  } catch (e) {
    tl.warning(`Could not write the summary: ${errorMessage(e)}`);
  }
}

export async function runMain(options: TaskOptions = {}): Promise<RunState> {
  const env = options.env ?? process.env;
  const logger = createPipelinesLogger();
  let result: BuildResult | undefined;
  let failure: string | undefined;
  let uploadLog = true;
  let logArtifactName = 'aks-jumpbox-customization-log';
  const workDir = join(tempDir(env), `aks-jumpbox-image-${env.SYSTEM_JOBID || process.pid}`);
  try {
    const settings = parseSettings(
      readRawInputs(
        (name) => tl.getInput(name, false),
        [env.BUILD_SOURCESDIRECTORY, env.SYSTEM_DEFAULTWORKINGDIRECTORY],
      ),
      { nameOf },
    );
    uploadLog = settings.uploadLog;
    logArtifactName = settings.logArtifactName;
    const auth = signIn(env, options);
    logger.info(
      `Signing in with service connection ${auth.scheme === 'ManagedServiceIdentity' ? '(managed identity)' : `${auth.clientId} (${auth.scheme})`} to ${auth.cloud.resourceManagerEndpoint}.`,
    );
    if (auth.subscriptionId && auth.subscriptionId.toLowerCase() !== settings.subscriptionId.toLowerCase()) {
      logger.info(
        `The service connection names subscription ${auth.subscriptionId}; the build uses ${settings.subscriptionId}, the subscription of buildSubnetId.`,
      );
    }
    mkdirSync(workDir, { recursive: true });
    result = await runBuild(settings, {
      credential: auth.credential,
      cloud: auth.cloud,
      logger,
      signal: options.signal,
      workDir,
      provenanceTags: provenanceTags(env),
      onCheckpoint: (checkpoint) => saveCheckpoint(checkpoint),
      userAgentPrefix: USER_AGENT,
    });
  } catch (e) {
    failure = e instanceof SettingsError ? `Invalid input: ${e.message}` : errorMessage(e);
  }

  let upload: LogUpload = { note: '' };
  if (result && !result.dryRun && result.state !== 'Skipped' && result.state !== 'Running') {
    if (!uploadLog) upload = { note: 'Not uploaded: uploadLog is false.' };
    else {
      try {
        upload = uploadLogs(result, logArtifactName, workDir, env);
      } catch (e) {
        upload = { note: `Upload failed: ${errorMessage(e)}` };
        tl.warning(`Could not upload the customization log: ${errorMessage(e)}`);
      }
    }
  } else if (result?.state === 'Skipped') upload = { note: 'No build ran.' };
  else if (result?.state === 'Running')
    upload = { note: 'The build is still running; its log is in the staging storage account.' };

  const state: RunState = failure ? (options.signal?.aborted ? 'Canceled' : 'Failed') : result!.state;
  writeOutputVariables(resultVariables(result, state));
  writeSummary(
    renderSummary(result, {
      error: failure,
      artifact: upload.artifact,
      artifactNote: upload.note || undefined,
    }),
    env,
  );

  const detail = result?.message ? `: ${result.message}` : '.';
  if (failure)
    tl.setResult(options.signal?.aborted ? tl.TaskResult.Cancelled : tl.TaskResult.Failed, failure);
  else if (state === 'Failed') tl.setResult(tl.TaskResult.Failed, `Image build failed${detail}`);
  else if (state === 'Canceled') tl.setResult(tl.TaskResult.Cancelled, `Image build canceled${detail}`);
  // wait was true: later stages expect the image, which does not exist yet.
  else if (result?.timedOut)
    tl.setResult(tl.TaskResult.Failed, result.message ?? 'Stopped waiting for the build.');
  else if (state === 'PartiallySucceeded')
    tl.setResult(tl.TaskResult.SucceededWithIssues, `Image build partially succeeded${detail}`);
  else if (result!.dryRun)
    tl.setResult(
      tl.TaskResult.Succeeded,
      `Dry run: planned image ${result!.imageName} (template ${result!.templateName}); nothing was changed in Azure.`,
    );
  else if (state === 'Skipped')
    tl.setResult(
      tl.TaskResult.Succeeded,
      `An image with fingerprint ${result!.fingerprint} exists: ${result!.imageId ?? ''}`,
    );
  else
    tl.setResult(
      tl.TaskResult.Succeeded,
      state === 'Running'
        ? `The build continues in Azure: ${result!.templateId}`
        : `Image ${result!.imageId ?? result!.imageName} ${result!.dryRun ? 'planned (dry run)' : 'built'}.`,
    );
  return state;
}

export async function runPost(options: TaskOptions = {}): Promise<void> {
  const env = options.env ?? process.env;
  try {
    const checkpoint = loadCheckpoint();
    if (!checkpoint) {
      console.log('Nothing to clean up: the main step saved no state.');
      return;
    }
    if (checkpoint.finished && !checkpoint.buildStarted && !checkpoint.revoke.length) {
      console.log('Nothing to clean up: the main step finished its own cleanup.');
      return;
    }
    const auth = signIn(env, options);
    const logger = createPipelinesLogger();
    const outcome = await finishAfterCancel(checkpoint, {
      credential: auth.credential,
      cloud: auth.cloud,
      logger,
      signal: options.signal,
    });
    const parts = [
      outcome.canceled ? 'canceled the build left running' : undefined,
      outcome.revoked.length ? `revoked ${outcome.revoked.length} role assignment(s)` : undefined,
    ].filter(Boolean);
    console.log(
      parts.length ? `Cleaned up after the main step: ${parts.join(', ')}.` : 'Nothing was left to clean up.',
    );
    saveCheckpoint({ ...checkpoint, finished: true, buildStarted: false, revoke: [] });
  } catch (e) {
    // The post step must not turn a job red on its own; it reports what is left behind.
    tl.setResult(
      tl.TaskResult.SucceededWithIssues,
      `Cleanup after the main step failed: ${errorMessage(e)}. Check for a running build and for role assignments of the build identity.`,
    );
  }
}
