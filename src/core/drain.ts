/** Backpressure on a writable stream (the job log: stdout is a pipe, written asynchronously). */

/**
 * Undefined when `stream` can take more; otherwise resolves once it has drained (or closed, or failed: a broken job
 * log must not stall the run). Awaited after each batch of the live log, so a reader slower than the tail holds the
 * tail back instead of the process buffering the log in memory (docs/performance.md).
 */
export function drained(
  stream: NodeJS.WritableStream & { writableNeedDrain?: boolean },
): Promise<void> | undefined {
  if (!stream.writableNeedDrain) return undefined;
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      stream.off('error', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
    stream.on('error', done);
  });
}
