/**
 * The GitHub side of the step flow: a `StepHost` over @actions/core (inputs, outputs, state, summary, result),
 * OIDC sign-in and the artifact service. The flow itself (main and post) is the core's `runStep`/`runPostStep`.
 */
import * as core from '@actions/core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RunState } from '../core/types.js';
import { type StepHost, runPostStep, runStep } from '../core/step/index.js';
import { uploadLogArtifact } from './artifact.js';
import { createAuth } from './auth.js';
import { createGithubLogger, loadState, readAuthInputs, readCoreInputs, saveState } from './host.js';

const USER_AGENT = 'aks-jumpbox-image-action';

/**
 * Where the image came from: stamped on the image (artifactTags) and the template, not part of the fingerprint. Read
 * from the runner's GITHUB_* variables: the action calls no GitHub API, so it does not load @actions/github's Octokit
 * client (154 ms and 72 MB at start, measured by bench/startup.ts before it was dropped).
 */
export function provenanceTags(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const tags: Record<string, string> = {};
  const put = (key: string, value: string | undefined) => {
    if (value) tags[key] = value.length > 256 ? value.slice(0, 256) : value;
  };
  const repository = /^[^/]+\/[^/]+$/.test(env.GITHUB_REPOSITORY ?? '') ? env.GITHUB_REPOSITORY : undefined;
  put('source-repository', repository);
  put('source-commit', env.GITHUB_SHA);
  put('source-workflow', env.GITHUB_WORKFLOW);
  const runId = Number.parseInt(env.GITHUB_RUN_ID ?? '', 10);
  const runAttempt = Number.parseInt(env.GITHUB_RUN_ATTEMPT ?? '', 10);
  if (repository && Number.isFinite(runId) && runId > 0) {
    const attempt = Number.isFinite(runAttempt) && runAttempt > 0 ? `/attempts/${runAttempt}` : '';
    const server = env.GITHUB_SERVER_URL || 'https://github.com';
    put('source-run-url', `${server}/${repository}/actions/runs/${runId}${attempt}`);
  }
  put('source-ref', env.GITHUB_REF);
  return tags;
}

/** The action's implementation of the step port. */
export function githubHost(): StepHost {
  return {
    logger: createGithubLogger(),
    outputStyle: 'action',
    summaryMermaid: true,
    userAgent: USER_AGENT,
    nameOf: (input) => input,
    readInputs: readCoreInputs,
    signIn: () => createAuth(readAuthInputs()),
    workDir: () => mkdtempSync(join(process.env.RUNNER_TEMP || tmpdir(), 'aks-jumpbox-image-')),
    provenanceTags: () => provenanceTags(),
    async uploadLog(name, files, settings) {
      const artifact = await uploadLogArtifact(name, files, settings.logRetentionDays);
      if (!artifact) return { note: 'No customization log was available to upload.' };
      core.info(
        `Uploaded the customization log as artifact "${artifact.name}" (id ${artifact.id ?? 'unknown'}, ${artifact.size ?? 0} bytes).`,
      );
      const runUrl = provenanceTags()['source-run-url'];
      const url =
        artifact.id !== undefined && runUrl
          ? `${runUrl.replace(/\/attempts\/\d+$/, '')}/artifacts/${artifact.id}`
          : undefined;
      return { artifact: { name: artifact.name, id: artifact.id, url } };
    },
    writeOutputs(values) {
      for (const [name, value] of Object.entries(values)) core.setOutput(name, value);
    },
    async writeSummary(markdown) {
      if (!process.env.GITHUB_STEP_SUMMARY) return;
      try {
        await core.summary.addRaw(markdown).write();
      } catch (e) {
        core.warning(`Could not write the step summary: ${e instanceof Error ? e.message : String(e)}`);
      }
    },
    saveState,
    loadState,
    setResult(status, message) {
      if (status === 'failed' || status === 'canceled') core.setFailed(message);
      else if (status === 'succeededWithIssues') core.warning(message);
      else core.info(message);
    },
    postProblem: (message) => core.warning(message),
  };
}

export interface MainOptions {
  signal?: AbortSignal;
}

export function runMain(options: MainOptions = {}): Promise<RunState> {
  return runStep(githubHost(), options);
}

export function runPost(options: MainOptions = {}): Promise<void> {
  return runPostStep(githubHost(), options);
}

/** The logic entry point by the name `@github/local-action` expects (`run`). */
export async function run(): Promise<void> {
  await runMain();
}
