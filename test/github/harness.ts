/**
 * Runs the bundled action the way the GitHub runner does: `node dist/index.js` (then again as the post step, with the saved `STATE_*`) with
 * INPUT_<NAME> variables (hyphens kept), pre-created GITHUB_OUTPUT / GITHUB_STATE / GITHUB_STEP_SUMMARY files,
 * STATE_<name> for the post step, the OIDC request variables pointing at the simulator and the artifact variables
 * pointing at the loopback artifact service.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Simulator } from '../azure-sim/index.js';
import type { FakeArtifactService } from '../fakes/artifact-service.js';
import { auditSecrets } from '../helpers/secrets.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const MAIN = join(ROOT, 'dist/index.js');
export const POST = join(ROOT, 'dist/index.js');

export interface StepRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  summary: string;
  durationMs: number;
}

/** Parses a GitHub file-command file (`name=value` lines and `name<<DELIM` heredocs); later entries win. */
export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line) continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== delimiter) value.push(lines[i++]!);
      if (i >= lines.length) throw new Error(`unterminated heredoc for ${name}`);
      out[name!] = value.join('\n');
    } else {
      const eq = line.indexOf('=');
      if (eq > 0) out[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return out;
}

export interface ActionEnvironment {
  sim: Simulator;
  artifacts?: FakeArtifactService;
  inputs?: Record<string, string>;
  /** Extra environment (wins over the defaults). */
  env?: Record<string, string | undefined>;
  /** The secrets matrix row for this run, when the test name cannot tell (concurrent tests). */
  secretsCase?: string;
  /** false: skip the secrets audit (it needs a running vitest test; the benches run the action outside one). */
  auditSecrets?: boolean;
}

export function defaultInputs(sim: Simulator): Record<string, string> {
  return {
    'client-id': sim.client.clientId,
    'tenant-id': sim.tenantId,
    'resource-manager-endpoint': sim.url,
    'authority-host': sim.url,
    'build-subnet-id': `/subscriptions/${sim.subscriptionId}/resourceGroups/rg-network/providers/Microsoft.Network/virtualNetworks/vnet-imagebuilder/subnets/snet-imagebuilder`,
    'builder-resource-group': 'rg-jumpbox-builder',
    'image-resource-group': 'rg-jumpbox-images',
    'poll-interval-seconds': '0.2',
  };
}

/** action.yml defaults, as the runner passes them. */
export function actionDefaults(): Record<string, string> {
  const yml = readFileSync(join(ROOT, 'action.yml'), 'utf8');
  const defaults: Record<string, string> = {};
  let current: string | undefined;
  for (const line of yml.split('\n')) {
    const name = /^ {2}([a-z][a-z0-9-]*):\s*$/.exec(line);
    if (name) current = name[1];
    const def = /^ {4}default:\s*'?([^']*)'?\s*$/.exec(line);
    if (def && current) defaults[current] = def[1]!;
    if (/^outputs:/.test(line)) break;
  }
  return defaults;
}

function baseEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(INPUT_|STATE_|GITHUB_|ACTIONS_|RUNNER_|AZURE_|NODE_OPTIONS$|VITEST)/.test(k)) continue;
    env[k] = v;
  }
  return env;
}

export interface StartedStep {
  child: ChildProcess;
  done: Promise<StepRun>;
  /** Text printed so far. */
  stdout(): string;
}

export function startStep(
  script: string,
  setup: ActionEnvironment,
  stateFromMain?: Record<string, string>,
): StartedStep {
  const dir = mkdtempSync(join(tmpdir(), 'gh-step-'));
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_PATH: join(dir, 'path'),
  };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const inputs = { ...actionDefaults(), ...defaultInputs(setup.sim), ...setup.inputs };
  const env: NodeJS.ProcessEnv = {
    ...baseEnv(),
    ...files,
    RUNNER_TEMP: dir,
    GITHUB_WORKSPACE: dir,
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: 'contoso/platform-images',
    GITHUB_SHA: '3f1c2a9d8b7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_WORKFLOW: 'jumpbox image',
    GITHUB_RUN_ID: '987654321',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    ACTIONS_ID_TOKEN_REQUEST_URL: setup.sim.github.idTokenUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: setup.sim.github.requestToken,
    NODE_EXTRA_CA_CERTS: setup.sim.caPath,
    ...(setup.artifacts
      ? { ACTIONS_RESULTS_URL: setup.artifacts.url, ACTIONS_RUNTIME_TOKEN: setup.artifacts.runtimeToken }
      : {}),
  };
  for (const [name, value] of Object.entries(inputs))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  for (const [name, value] of Object.entries(stateFromMain ?? {})) env[`STATE_${name}`] = value;
  for (const [k, v] of Object.entries(setup.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  const started = Date.now();
  const child = spawn(process.execPath, [script], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const done = new Promise<StepRun>((resolvePromise, rejectPromise) => {
    child.on('close', (code, signal) => {
      const read = (f: string) => (existsSync(f) ? readFileSync(f, 'utf8') : '');
      const run: StepRun = {
        code,
        signal,
        stdout,
        stderr,
        outputs: parseFileCommands(read(files.GITHUB_OUTPUT)),
        state: parseFileCommands(read(files.GITHUB_STATE)),
        summary: read(files.GITHUB_STEP_SUMMARY),
        durationMs: Date.now() - started,
      };
      try {
        // The secrets audit records into the current vitest test; the benches (bench/) run outside vitest.
        if (setup.auditSecrets !== false) auditStep(setup, run);
        resolvePromise(run);
      } catch (e) {
        rejectPromise(e as Error);
      }
    });
  });
  return { child, done, stdout: () => stdout };
}

/** Secrets the simulator issued (and the artifact runtime token) in anything the step printed, wrote or uploaded. */
function auditStep(setup: ActionEnvironment, run: StepRun): void {
  const artifacts = setup.artifacts;
  const uploaded = (artifacts?.artifacts ?? [])
    .filter((a) => a.finalized)
    .flatMap((a) => [...artifacts!.files(a.name).values()].map((b) => b.toString('utf8')))
    .join('\n');
  auditSecrets(
    setup.sim,
    'action',
    {
      log: visibleLog(run.stdout),
      'error output': run.stderr,
      outputs: JSON.stringify(run.outputs),
      'saved state': JSON.stringify(run.state),
      summary: run.summary,
      artifacts: uploaded,
    },
    artifacts ? [{ category: 'artifact runtime token', value: artifacts.runtimeToken }] : [],
    setup.secretsCase,
  );
}

export function runMainStep(setup: ActionEnvironment): Promise<StepRun> {
  return startStep(MAIN, setup).done;
}

export function runPostStep(setup: ActionEnvironment, state: Record<string, string>): Promise<StepRun> {
  return startStep(POST, setup, state).done;
}

/** stdout as the runner shows it: `::add-mask::` commands are consumed by the runner, not displayed. */
export function visibleLog(stdout: string): string {
  return stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n');
}

/** Every JWT-shaped string in a text (access tokens, ID tokens, assertions). */
export function findJwts(text: string): string[] {
  return text.match(/eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g) ?? [];
}

/** Lines outside `::stop-commands::<token>` … `::<token>::` blocks. */
export function commandableLines(stdout: string): string[] {
  const out: string[] = [];
  let stopToken: string | undefined;
  for (const line of stdout.split('\n')) {
    if (stopToken) {
      if (line === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    const stop = /^::stop-commands::(.+)$/.exec(line);
    if (stop) {
      stopToken = stop[1];
      continue;
    }
    out.push(line);
  }
  return out;
}

/** Lines inside `::stop-commands::` blocks: the live build log as the step printed it. */
export function liveLogLines(stdout: string): string[] {
  const out: string[] = [];
  let stopToken: string | undefined;
  for (const line of stdout.split('\n')) {
    const stop = /^::stop-commands::(.+)$/.exec(line);
    if (stop) stopToken = stop[1];
    else if (stopToken && line === `::${stopToken}::`) stopToken = undefined;
    else if (stopToken) out.push(line);
  }
  return out;
}

export async function waitFor<T>(
  what: string,
  fn: () => T | undefined | false,
  timeoutMs = 30_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = fn();
    if (v) return v;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
