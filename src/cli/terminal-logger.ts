/** A logger for terminals and plain CI logs: phase headers, state changes, the live build log indented. */
import type { Logger } from '../core/index.js';

/** Terminal control sequences (CSI and friends): stripped from untrusted log text. */
// eslint-disable-next-line no-control-regex
const CONTROL_SEQUENCE = /[\u001b\u009b][[\]()#;?]*(?:\d{1,4}(?:;\d{0,4})*)?[\dA-ORZcf-nq-uy=><~]/g;

export function terminalLogger(options: {
  out: NodeJS.WritableStream;
  verbose: boolean;
  color: boolean;
  quietBuildLog?: boolean;
}): Logger {
  const { out } = options;
  const paint = (code: string, s: string) => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const write = (s: string) => out.write(`${s}\n`);
  return {
    info: (m) => write(m),
    warning: (m) => write(paint('33', `warning: ${m}`)),
    error: (m) => write(paint('31', `error: ${m}`)),
    debug: (m) => options.verbose && write(paint('2', `debug: ${m}`)),
    async group(name, fn) {
      write(paint('1', `== ${name} ==`));
      return fn();
    },
    buildLog(lines) {
      if (options.quietBuildLog) return;
      for (const l of lines) write(paint('2', `  | ${l.replace(CONTROL_SEQUENCE, '')}`));
    },
  };
}
