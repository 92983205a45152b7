/** The aks-jumpbox-image command line: build, plan, status, logs, cancel, definition pin. */
import { parseArgs } from 'node:util';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
// Only what parsing and help need is imported here; each command loads its own modules (docs/performance.md).
import type { BuildResult } from '../core/types.js';
import {
  INPUT_NAMES,
  type InputName,
  type RawInputs,
  SettingsError,
  parseSettings,
} from '../core/settings.js';
import { resolveCloud } from '../core/cloud.js';
import { cliCredential } from './credential.js';
import { COMMANDS, commandHelp, generalHelp } from './help.js';
import { terminalLogger } from './terminal-logger.js';

export const EXIT = { ok: 0, failed: 1, usage: 2, canceled: 3, stillRunning: 4 } as const;

const AUTH_FLAGS = [
  'tenant-id',
  'client-id',
  'environment',
  'resource-manager-endpoint',
  'authority-host',
  'subscription-id',
] as const;

export interface CliIo {
  argv: string[];
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  signal: AbortSignal;
  isTty: boolean;
}

/** Parses argv; on a usage problem returns the exit code after writing help or the error to the right stream. */
function parse(io: CliIo): { command: string; rest: string[]; values: Values } | number {
  const flagNames = new Set<string>([...INPUT_NAMES, ...AUTH_FLAGS, 'out', 'heartbeat-seconds', 'assignee']);
  const options: Record<string, { type: 'string' | 'boolean' }> = Object.fromEntries(
    [...flagNames].map((n) => [n, { type: 'string' as const }]),
  );
  options.json = { type: 'boolean' };
  options.verbose = { type: 'boolean' };
  options.help = { type: 'boolean', short: 'h' } as { type: 'boolean' };
  options.update = { type: 'boolean' };
  options.report = { type: 'string' };
  const multiple = { 'release-source': { type: 'string' as const, multiple: true } };
  const first = io.argv.find((a) => !a.startsWith('-'));
  let parsed;
  try {
    parsed = parseArgs({
      args: io.argv,
      options: { ...options, ...multiple },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    const hint = first && COMMANDS[first] ? `aks-jumpbox-image ${first} --help` : 'aks-jumpbox-image --help';
    io.stderr.write(`error: ${(e as Error).message}\nRun "${hint}" for the flags.\n`);
    return EXIT.usage;
  }
  const [command, ...rest] = parsed.positionals;
  const values = parsed.values as Values;
  if (!command) {
    (values.help ? io.stdout : io.stderr).write(generalHelp());
    return values.help ? EXIT.ok : EXIT.usage;
  }
  if (!COMMANDS[command]) {
    io.stderr.write(`error: unknown command "${command}".\n\n${generalHelp()}`);
    return EXIT.usage;
  }
  if (values.help) {
    io.stdout.write(commandHelp(command));
    return EXIT.ok;
  }
  return { command, rest, values };
}

type Values = Record<string, string | boolean | undefined>;

export async function runCli(io: CliIo): Promise<number> {
  const parsed = parse(io);
  if (typeof parsed === 'number') return parsed;
  const { command, rest, values } = parsed;
  const json = values.json === true;
  const human = json ? io.stderr : io.stdout;
  const heartbeat = Number(values['heartbeat-seconds'] ?? 180);
  if (!Number.isFinite(heartbeat) || heartbeat <= 0) {
    io.stderr.write(
      `error: --heartbeat-seconds: "${String(values['heartbeat-seconds'])}" is not a positive number.\n`,
    );
    return EXIT.usage;
  }
  const logger = terminalLogger({
    out: human,
    err: io.stderr,
    verbose: values.verbose === true,
    color: io.isTty && !json && !io.env.NO_COLOR,
    heartbeatMs: heartbeat * 1000,
  });
  try {
    return await dispatch(io, command, rest, values, logger);
  } catch (e) {
    if (io.signal.aborted) {
      logger.error('Canceled.');
      return EXIT.canceled;
    }
    logger.error((e as Error).message);
    return e instanceof SettingsError ? EXIT.usage : EXIT.failed;
  } finally {
    logger.close();
  }
}

type CliLogger = ReturnType<typeof terminalLogger>;

interface Context {
  io: CliIo;
  values: Values;
  logger: CliLogger;
  json: boolean;
  /** Human-readable output: stdout, or stderr when stdout carries --json. */
  human: NodeJS.WritableStream;
  str(name: string): string | undefined;
}

async function dispatch(io: CliIo, command: string, rest: string[], values: Values, logger: CliLogger) {
  const json = values.json === true;
  const str = (n: string) => (typeof values[n] === 'string' ? (values[n] as string) : undefined);
  const ctx: Context = { io, values, logger, json, human: json ? io.stderr : io.stdout, str };
  if (command === 'definition') {
    const { runDefinitionCommand } = await import('./definition.js');
    return runDefinitionCommand({
      args: rest,
      update: values.update === true,
      json,
      ...(str('report') ? { report: str('report')! } : {}),
      releaseSources: (values['release-source'] as unknown as string[] | undefined) ?? [],
      env: io.env,
      out: json ? io.stdout : ctx.human,
      info: (m) => logger.info(m),
      warn: (m) => logger.warning(m),
      signal: io.signal,
    });
  }
  if (command === 'build' || command === 'plan') return buildCommand(ctx, command);
  if (command === 'permissions') {
    const { runPermissionsCommand } = await import('./permissions.js');
    return runPermissionsCommand({ str, json, out: io.stdout });
  }
  return templateCommand(ctx, command);
}

function signIn(ctx: Context) {
  const { str, io } = ctx;
  const cloud = resolveCloud({
    environment: str('environment'),
    resourceManagerEndpoint: str('resource-manager-endpoint'),
    authorityHost: str('authority-host') ?? io.env.AZURE_AUTHORITY_HOST,
  });
  const auth = cliCredential(io.env, cloud, { tenantId: str('tenant-id'), clientId: str('client-id') });
  ctx.logger.debug(`Credentials: ${auth.kind}; cloud ${cloud.name} (${cloud.resourceManagerEndpoint}).`);
  return { credential: auth.credential, cloud, logger: ctx.logger, signal: io.signal };
}

async function buildCommand(ctx: Context, command: 'build' | 'plan'): Promise<number> {
  const { str, io, json } = ctx;
  const raw: RawInputs = {};
  for (const name of INPUT_NAMES) raw[name as InputName] = str(name);
  if (command === 'plan') raw['dry-run'] = 'true';
  const settings = parseSettings(raw, { nameOf: (n) => `--${n}` });
  const outDir = str('out') ? resolve(str('out')!) : undefined;
  const workDir = outDir ?? mkdtempSync(join(tmpdir(), 'aks-jumpbox-image-'));
  let result: BuildResult;
  const { runBuild } = await import('../core/run/run.js');
  const { printPlan, printResult } = await import('./print.js');
  try {
    result = await runBuild(settings, {
      ...signIn(ctx),
      workDir,
      userAgentPrefix: 'cli',
      nameOf: (n) => `--${n}`,
    });
  } catch (e) {
    const partial = (e as { result?: BuildResult }).result;
    if (json && partial) io.stdout.write(`${JSON.stringify(partial, null, 2)}\n`);
    throw e;
  }
  if (json) io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else if (command === 'plan') printPlan(result, ctx.human);
  else printResult(result, ctx.human);
  return exitFor(result);
}

/** status, logs and cancel of an existing template; exit codes as `help.ts` documents them. */
async function templateCommand(ctx: Context, command: string): Promise<number> {
  const { str, io, json, human } = ctx;
  const rg = str('builder-resource-group');
  const templateName = str('template-name');
  const subscriptionId = str('subscription-id') ?? io.env.AZURE_SUBSCRIPTION_ID;
  if (!rg || !templateName || !subscriptionId) {
    throw new SettingsError(
      `${command} needs --builder-resource-group, --template-name and --subscription-id (or AZURE_SUBSCRIPTION_ID).`,
    );
  }
  const ref = { subscriptionId, resourceGroup: rg, templateName };
  const base = signIn(ctx);
  const { templateStatus, downloadLogs, cancelTemplateBuild } = await import('../core/operations.js');
  if (command === 'status') {
    const status = await templateStatus(ref, base);
    if (json) io.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
    else
      for (const [k, v] of Object.entries(status)) if (v !== undefined) human.write(`${k.padEnd(22)} ${v}\n`);
    if (status.runState === 'Failed') return EXIT.failed;
    return status.runState === 'Canceled' ? EXIT.canceled : EXIT.ok;
  }
  if (command === 'logs') {
    const outDir = str('out') ? resolve(str('out')!) : process.cwd();
    const files = await downloadLogs(ref, outDir, base);
    if (json) io.stdout.write(`${JSON.stringify(files, null, 2)}\n`);
    else if (files.logFile)
      human.write(
        `Saved ${files.logFile}${files.validationLogFile ? ` and ${files.validationLogFile}` : ''}\n`,
      );
    else ctx.logger.error('No customization log found.');
    return files.logFile ? EXIT.ok : EXIT.failed;
  }
  const canceled = await cancelTemplateBuild(ref, base);
  if (json) io.stdout.write(`${JSON.stringify({ canceled })}\n`);
  return EXIT.ok;
}

function exitFor(result: BuildResult): number {
  switch (result.state) {
    case 'Succeeded':
    case 'PartiallySucceeded':
    case 'Skipped':
      return EXIT.ok;
    case 'Running':
      return result.timedOut ? EXIT.stillRunning : EXIT.ok;
    case 'Canceled':
      return EXIT.canceled;
    default:
      return EXIT.failed;
  }
}
