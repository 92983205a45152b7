/**
 * A logger for terminals and plain CI logs: phase headers, state changes, the live build log indented. Warnings
 * and errors go to stderr. When nothing was printed for `heartbeatMs` (a long phase with the log stream off), a
 * heartbeat line says the run is alive and how long the phase has taken.
 */
import { drained } from '../core/drain.js';
import { withoutCarriageReturns } from '../core/log-lines.js';
import type { Logger } from '../core/types.js';
import { formatElapsed } from '../core/util.js';

/** Terminal control sequences (CSI and friends): stripped from untrusted log text. */
// eslint-disable-next-line no-control-regex
const CONTROL_SEQUENCE = /[\u001b\u009b][[\]()#;?]*(?:\d{1,4}(?:;\d{0,4})*)?[\dA-ORZcf-nq-uy=><~]/g;

export interface TerminalLoggerOptions {
  out: NodeJS.WritableStream;
  /** Warnings and errors (default: `out`). */
  err?: NodeJS.WritableStream;
  verbose: boolean;
  /** ANSI colours: only on a terminal, never with NO_COLOR (the caller decides). */
  color: boolean;
  quietBuildLog?: boolean;
  /** Print a heartbeat after this long without output (default: never). */
  heartbeatMs?: number;
  now?: () => number;
}

export function terminalLogger(options: TerminalLoggerOptions): Logger & { close(): void } {
  const { out } = options;
  const err = options.err ?? out;
  const now = options.now ?? Date.now;
  const paint = (code: string, s: string) => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  let lastOutput = now();
  let phase: { name: string; started: number } | undefined;
  const write = (s: string, stream = out) => {
    lastOutput = now();
    stream.write(`${s}\n`);
  };
  const timer =
    options.heartbeatMs &&
    setInterval(
      () => {
        if (!phase || now() - lastOutput < options.heartbeatMs!) return;
        write(paint('2', `… still in ${phase.name} (${formatElapsed(now() - phase.started)})`));
      },
      Math.max(250, Math.min(options.heartbeatMs, 10_000)),
    );
  if (timer) timer.unref();
  return {
    info: (m) => write(m),
    warning: (m) => write(paint('33', `warning: ${m}`), err),
    error: (m) => write(paint('31', `error: ${m}`), err),
    debug: (m) => options.verbose && write(paint('2', `debug: ${m}`)),
    async group(name, fn) {
      write(paint('1', `== ${name} ==`));
      const outer = phase;
      phase = { name, started: now() };
      try {
        return await fn();
      } finally {
        phase = outer;
      }
    },
    buildLog(block) {
      if (options.quietBuildLog) return;
      for (const l of withoutCarriageReturns(block).toString('utf8').split('\n'))
        write(paint('2', `  | ${l.replace(CONTROL_SEQUENCE, '')}`));
      return drained(out);
    },
    close() {
      if (timer) clearInterval(timer);
    },
  };
}
