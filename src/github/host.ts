/**
 * The GitHub side of the seam: inputs, outputs, state and the core's logger, all through @actions/core so the
 * runner's file commands (GITHUB_OUTPUT, GITHUB_STATE) and workflow commands are written exactly as it expects.
 */
import * as core from '@actions/core';
import { randomBytes } from 'node:crypto';
import type { Logger } from '../core/types.js';
import type { RawInputs } from '../core/settings.js';
import { INPUT_NAMES } from '../core/settings.js';
import { drained } from '../core/drain.js';
import { groupedLogger } from '../core/grouped-logger.js';

/** Inputs the adapter handles itself (authentication and cloud); every other input goes to the core as is. */
export const AUTH_INPUT_NAMES = [
  'client-id',
  'tenant-id',
  'auth-type',
  'environment',
  'audience',
  'resource-manager-endpoint',
  'authority-host',
] as const;
export type AuthInputName = (typeof AUTH_INPUT_NAMES)[number];
export type AuthInputs = Partial<Record<AuthInputName, string>>;

const CHECKPOINT_STATE = 'checkpoint';

export function readCoreInputs(): RawInputs {
  const raw: RawInputs = {};
  for (const name of INPUT_NAMES) {
    const value = core.getInput(name);
    if (value) raw[name] = value;
  }
  return raw;
}

export function readAuthInputs(): AuthInputs {
  const inputs: AuthInputs = {};
  for (const name of AUTH_INPUT_NAMES) {
    const value = core.getInput(name);
    if (value) inputs[name] = value;
  }
  return inputs;
}

/** Step state the post step reads (the encoded checkpoint). */
export function saveState(text: string): void {
  core.saveState(CHECKPOINT_STATE, text);
}

export function loadState(): string | undefined {
  return core.getState(CHECKPOINT_STATE) || undefined;
}

export interface GithubLoggerOptions {
  /** Where the live log goes, and whose backpressure it waits for (default: process.stdout). */
  out?: NodeJS.WritableStream & { writableNeedDrain?: boolean };
  /** Where raw lines go (default: `out`). */
  write?: (chunk: string | Buffer) => void;
  /** Token generator for `::stop-commands::` (tests pin it). */
  token?: () => string;
}

/**
 * The core's logger on GitHub (see groupedLogger for the groups). Untrusted log text is printed between
 * `::stop-commands::<token>` and `::<token>::` with a fresh random token per batch, so nothing the build prints can
 * be taken as a workflow command.
 */
export function createGithubLogger(options: GithubLoggerOptions = {}): Logger {
  const out = options.out ?? process.stdout;
  const write = options.write ?? ((chunk: string | Buffer) => void out.write(chunk));
  const token = options.token ?? (() => randomBytes(16).toString('hex'));
  return groupedLogger({
    startGroup: (name) => core.startGroup(name),
    endGroup: () => core.endGroup(),
    info: (m) => core.info(m),
    warning: (m) => core.warning(m),
    error: (m) => core.error(m),
    debug: (m) => core.debug(m),
    untrusted(block) {
      const t = token();
      // The log's bytes as they are (the runner decodes them): no string is made of them (src/core/log-lines.ts).
      write(Buffer.concat([Buffer.from(`::stop-commands::${t}\n`), block, Buffer.from(`\n::${t}::\n`)]));
      return drained(out);
    },
  });
}

/** Prints a log tail outside the logger (e.g. the summary's failure excerpt echoed to the log), neutralised the same way. */
export function writeUntrusted(
  lines: string[],
  write: (text: string) => void = (t) => void process.stdout.write(t),
): void {
  if (!lines.length) return;
  const t = randomBytes(16).toString('hex');
  write(`::stop-commands::${t}\n${lines.map((l) => l.replace(/\r/g, '')).join('\n')}\n::${t}::\n`);
}
