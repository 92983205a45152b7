/**
 * Entry of both steps of the action (bundled once to dist/index.js; action.yml uses it for `main` and `post`).
 * Wiring only: see action.ts. The main step records `isPost` in the step state, so the same file knows it runs as
 * the post step (the convention of actions/checkout), which halves what dist/ ships.
 */
import * as core from '@actions/core';
import { runMain, runPost } from './action.js';

const controller = new AbortController();

if (core.getState('isPost') === 'true') {
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => controller.abort(new Error(`Post step interrupted (${signal}).`)));
  runPost({ signal: controller.signal })
    .catch((e: unknown) =>
      core.warning(`Post-step cleanup did not complete: ${e instanceof Error ? e.message : String(e)}`),
    )
    // The post step never fails the job.
    .finally(() => process.exit(0));
} else {
  core.saveState('isPost', 'true');
  // The runner sends SIGINT on cancellation, SIGTERM 7.5 s later, then kills: abort at the first so the core can
  // cancel the build and revoke roles in time.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (!controller.signal.aborted) core.info(`Received ${signal}: canceling the build.`);
      controller.abort(new Error(`The run was canceled (${signal}).`));
    });
  }
  runMain({ signal: controller.signal })
    .catch((e: unknown) => core.setFailed(e instanceof Error ? e.message : String(e)))
    // Keep-alive sockets of the SDK clients would hold the process open; everything is written by now.
    .finally(() => process.exit(process.exitCode ?? 0));
}
