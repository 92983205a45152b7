/** Entry of the action's post step (bundled to dist/post/index.js). Never fails the job: see runPost. */
import * as core from '@actions/core';
import { runPost } from './action.js';

const controller = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => controller.abort(new Error(`Post step interrupted (${signal}).`)));

runPost({ signal: controller.signal })
  .catch((e: unknown) =>
    core.warning(`Post-step cleanup did not complete: ${e instanceof Error ? e.message : String(e)}`),
  )
  .finally(() => process.exit(0));
