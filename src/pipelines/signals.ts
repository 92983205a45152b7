/** Entry-point plumbing shared by the two handlers: the agent's SIGINT/SIGTERM → one AbortSignal, and a clean exit. */
import * as tl from 'azure-pipelines-task-lib';

export function abortOnSignals(what: string): AbortController {
  const controller = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    if (controller.signal.aborted) return;
    console.log(`Received ${signal}: the job was canceled; ${what}.`);
    controller.abort(new Error(`Canceled (${signal})`));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return controller;
}

/**
 * The Node handler treats a non-zero exit as an infrastructure failure: the outcome is reported with
 * `task.complete` and the process exits 0. Lingering keep-alive sockets must not hold the step open.
 */
export function finish(work: Promise<unknown>): void {
  work
    .catch((e: unknown) => tl.setResult(tl.TaskResult.Failed, e instanceof Error ? e.message : String(e)))
    .finally(() => {
      process.exitCode = 0;
      setTimeout(() => process.exit(0), 1000).unref();
    });
}
