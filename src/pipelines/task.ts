/**
 * The Azure Pipelines side of the step flow: a `StepHost` over azure-pipelines-task-lib (inputs, output variables,
 * the checkpoint task variable, the summary tab, the task result), the service connection and the log upload. The
 * flow itself (execution and postjobexecution) is the core's `runStep`/`runPostStep`.
 */
import * as tl from 'azure-pipelines-task-lib';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import {
  type LogUpload,
  type RunState,
  type Settings,
  type StepHost,
  type StepStatus,
  runPostStep,
  runStep,
} from '../core/index.js';
import { type CredentialFactories, connectionCredential, defaultFactories } from './auth.js';
import {
  createPipelinesLogger,
  loadState,
  readServiceConnection,
  saveState,
  systemAccessToken,
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
  return e instanceof Error ? e.message : String(e);
}

function tempDir(env: NodeJS.ProcessEnv): string {
  return env.AGENT_TEMPDIRECTORY || tmpdir();
}

/** Builds the credential for the task's service connection (shared by main and post). */
function signIn(env: NodeJS.ProcessEnv, options: TaskOptions, settings?: Settings) {
  const connectionId = tl.getInput(CONNECTION_INPUT, true)!;
  const connection = readServiceConnection(connectionId);
  const secret = Object.entries(connection.parameters).find(
    ([k]) => k.toLowerCase() === 'serviceprincipalkey',
  )?.[1];
  if (secret && !/[\r\n]/.test(secret)) tl.setSecret(secret);
  const auth = connectionCredential(
    connection,
    {
      requestUri: env.SYSTEM_OIDCREQUESTURI,
      accessToken: systemAccessToken(),
      mask: (secret) => tl.setSecret(secret),
    },
    options.factories ?? defaultFactories,
  );
  if (!settings) return auth;
  console.log(
    `Signing in with service connection ${auth.scheme === 'ManagedServiceIdentity' ? '(managed identity)' : `${auth.clientId} (${auth.scheme})`} to ${auth.cloud.resourceManagerEndpoint}.`,
  );
  if (auth.subscriptionId && auth.subscriptionId.toLowerCase() !== settings.subscriptionId.toLowerCase()) {
    console.log(
      `The service connection names subscription ${auth.subscriptionId}; the build uses ${settings.subscriptionId}, the subscription of buildSubnetId.`,
    );
  }
  return auth;
}

/**
 * The customization log: a build artifact in build and YAML pipelines (`##vso[artifact.upload]`); attached to
 * the step with `##vso[task.uploadfile]` in classic release pipelines, which have no build artifacts.
 */
function uploadLogs(
  files: string[],
  artifactName: string,
  workDir: string,
  env: NodeJS.ProcessEnv,
): LogUpload {
  if ((env.SYSTEM_HOSTTYPE ?? 'build').toLowerCase() === 'build') {
    const folder = join(workDir, 'artifact', artifactName);
    mkdirSync(folder, { recursive: true });
    for (const f of files) copyFileSync(f, join(folder, basename(f)));
    tl.uploadArtifact(artifactName, folder, artifactName);
    tl.debug(`Uploading ${files.length} file(s) from ${folder} as artifact ${artifactName}.`);
    return { artifact: { name: artifactName } };
  }
  for (const f of files) tl.uploadFile(f);
  return {
    note: `Attached to this step's log (classic release pipelines have no build artifacts): ${files.map((f) => `\`${basename(f)}\``).join(', ')}. Download them with the step's logs.`,
  };
}

const TASK_RESULT: Record<StepStatus, tl.TaskResult> = {
  succeeded: tl.TaskResult.Succeeded,
  succeededWithIssues: tl.TaskResult.SucceededWithIssues,
  failed: tl.TaskResult.Failed,
  canceled: tl.TaskResult.Cancelled,
};

/** The task's implementation of the step port. */
export function pipelinesHost(options: TaskOptions = {}): StepHost {
  const env = options.env ?? process.env;
  const workDir = join(tempDir(env), `aks-jumpbox-image-${env.SYSTEM_JOBID || process.pid}`);
  return {
    logger: createPipelinesLogger(),
    outputStyle: 'task',
    userAgent: USER_AGENT,
    nameOf,
    readInputs: () =>
      readRawInputs(
        (name) => tl.getInput(name, false),
        [env.BUILD_SOURCESDIRECTORY, env.SYSTEM_DEFAULTWORKINGDIRECTORY],
      ),
    signIn: (settings) => signIn(env, options, settings),
    workDir: () => (mkdirSync(workDir, { recursive: true }), workDir),
    provenanceTags: () => provenanceTags(env),
    uploadLog: async (name, files, settings) => {
      if (settings.logRetentionDays)
        tl.debug(
          `logRetentionDays (${settings.logRetentionDays}) does not apply in Azure Pipelines: the artifact is kept as long as the run (the pipeline's retention policy).`,
        );
      return uploadLogs(files, name, workDir, env);
    },
    writeOutputs(values) {
      for (const [name, value] of Object.entries(values)) tl.setVariable(name, value, false, true);
    },
    async writeSummary(markdown) {
      try {
        const file = join(tempDir(env), `aks-jumpbox-image-summary-${env.SYSTEM_JOBID || process.pid}.md`);
        writeFileSync(file, markdown);
        tl.uploadSummary(file);
      } catch (e) {
        tl.warning(`Could not write the summary: ${errorMessage(e)}`);
      }
    },
    saveState,
    loadState,
    setResult: (status, message) => tl.setResult(TASK_RESULT[status], message),
    postProblem: (message) => tl.setResult(tl.TaskResult.SucceededWithIssues, message),
  };
}

export function runMain(options: TaskOptions = {}): Promise<RunState> {
  return runStep(pipelinesHost(options), options);
}

export function runPost(options: TaskOptions = {}): Promise<void> {
  return runPostStep(pipelinesHost(options), options);
}
