/** Entry of the action's main step (bundled to dist/index.js). Wiring only: see action.ts. */
import * as core from '@actions/core';
import { runMain } from './action.js';

const controller = new AbortController();
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
