/**
 * The core's Logger over a CI log with flat (non-nesting) groups, as GitHub Actions and Azure Pipelines have:
 * one group per phase; the live customization log gets its own group, and the phase group is reopened as
 * "<phase> (continued)" for the core's next message. Adapters supply the platform's commands.
 */
import { withoutCarriageReturns } from './log-lines.js';
import type { Logger } from './types.js';

export const LIVE_LOG_GROUP = 'Customization log (live)';

export interface GroupedLogSink {
  startGroup(name: string): void;
  endGroup(): void;
  info(message: string): void;
  warning(message: string): void;
  error(message: string): void;
  debug(message: string): void;
  /**
   * Untrusted lines (the Packer log) as one block of raw bytes, lines joined by `\n`, no carriage returns: the sink
   * must neutralise the platform's commands in them. Returns a promise while the job log is behind (see `drained`).
   */
  untrusted(block: Buffer): void | Promise<void>;
}

export function groupedLogger(sink: GroupedLogSink): Logger {
  let phase: string | undefined;
  let open: string | undefined;
  const startGroup = (name: string) => {
    if (open !== undefined) sink.endGroup();
    sink.startGroup(name);
    open = name;
  };
  const endGroup = () => {
    if (open !== undefined) sink.endGroup();
    open = undefined;
  };
  /** Back in the phase's group before a message of the core's own. */
  const ensurePhaseGroup = () => {
    if (open === LIVE_LOG_GROUP && phase !== undefined) startGroup(`${phase} (continued)`);
    else if (open === LIVE_LOG_GROUP) endGroup();
  };
  return {
    info(message) {
      ensurePhaseGroup();
      sink.info(message);
    },
    warning(message) {
      ensurePhaseGroup();
      sink.warning(message);
    },
    error(message) {
      ensurePhaseGroup();
      sink.error(message);
    },
    debug(message) {
      sink.debug(message);
    },
    async group(name, fn) {
      const outer = phase;
      phase = name;
      startGroup(name);
      try {
        return await fn();
      } finally {
        endGroup();
        phase = outer;
      }
    },
    buildLog(block) {
      if (open !== LIVE_LOG_GROUP) startGroup(LIVE_LOG_GROUP);
      return sink.untrusted(withoutCarriageReturns(block));
    },
  };
}
