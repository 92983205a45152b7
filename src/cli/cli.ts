/** The aks-jumpbox-image command line: build, plan, status, logs, cancel, definition pin. */
import { parseArgs } from 'node:util';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  type BuildResult,
  INPUT_NAMES,
  type InputName,
  type RawInputs,
  SettingsError,
  cancelTemplateBuild,
  downloadLogs,
  formatWhatIf,
  parseSettings,
  resolveCloud,
  runBuild,
  templateStatus,
} from '../core/index.js';
import { cliCredential } from './credential.js';
import { DEFINITION_USAGE, runDefinitionCommand } from './definition.js';
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

const USAGE = `Usage: aks-jumpbox-image <command> [flags]

Commands:
  build                 ensure identity, roles and template; run the build; copy the log (the main job)
  plan                  show resolved settings, identity, role assignments and the template (no writes)
  status                show the last run of a template (--builder-resource-group, --template-name)
  logs                  download the customization log of a template's last run (--out DIR)
  cancel                cancel a running build (--builder-resource-group, --template-name)
  ${DEFINITION_USAGE}

Flags mirror the GitHub Action inputs (--build-subnet-id, --builder-resource-group, --image-resource-group,
--location, --identity-name, --network-role-id, --image-role-id, --create-custom-roles, --base-image, --vm-size,
--proxy-vm-size, --os-disk-size-gb, --build-timeout-minutes, --definition, --image-name, --template-name,
--force-rebuild, --wait, --wait-timeout-minutes, --poll-interval-seconds, --revoke-roles, --stream-log,
--cleanup-template, --dry-run, --preflight, --tags), plus --environment, --resource-manager-endpoint, --authority-host,
--tenant-id, --client-id, --subscription-id, --out DIR (where logs go), --json, --verbose.
Credentials: AZURE_TENANT_ID + AZURE_CLIENT_ID + AZURE_CLIENT_SECRET | AZURE_CLIENT_CERTIFICATE_PATH |
AZURE_FEDERATED_TOKEN_FILE, otherwise the Azure CLI login (az login).
Exit codes: 0 succeeded/skipped/started, 1 failed, 2 bad usage or settings, 3 canceled, 4 still running after the wait timeout.`;

export interface CliIo {
  argv: string[];
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  signal: AbortSignal;
  isTty: boolean;
}

export async function runCli(io: CliIo): Promise<number> {
  const flagNames = new Set<string>([...INPUT_NAMES, ...AUTH_FLAGS, 'out']);
  const options: Record<string, { type: 'string' | 'boolean' }> = Object.fromEntries(
    [...flagNames].map((n) => [n, { type: 'string' as const }]),
  );
  options.json = { type: 'boolean' };
  options.verbose = { type: 'boolean' };
  options.help = { type: 'boolean' };
  options.update = { type: 'boolean' };
  options.report = { type: 'string' };
  const multiple = { 'release-source': { type: 'string' as const, multiple: true } };
  let parsed;
  try {
    parsed = parseArgs({
      args: io.argv,
      options: { ...options, ...multiple },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    io.stderr.write(`${(e as Error).message}\n\n${USAGE}\n`);
    return EXIT.usage;
  }
  const [command, ...rest] = parsed.positionals;
  const values = parsed.values as Record<string, string | boolean | undefined>;
  if (values.help || !command) {
    io.stdout.write(`${USAGE}\n`);
    return command || values.help ? EXIT.ok : EXIT.usage;
  }
  const json = values.json === true;
  const human = json ? io.stderr : io.stdout;
  const logger = terminalLogger({
    out: human,
    verbose: values.verbose === true,
    color: io.isTty && !json && !io.env.NO_COLOR,
  });
  const str = (n: string) => (typeof values[n] === 'string' ? (values[n] as string) : undefined);
  try {
    if (command === 'definition') {
      return await runDefinitionCommand({
        args: rest,
        update: values.update === true,
        json,
        ...(str('report') ? { report: str('report')! } : {}),
        releaseSources: (parsed.values['release-source'] as string[] | undefined) ?? [],
        env: io.env,
        out: json ? io.stdout : human,
        info: (m) => logger.info(m),
        warn: (m) => logger.warning(m),
        signal: io.signal,
      });
    }
    const cloud = resolveCloud({
      environment: str('environment'),
      resourceManagerEndpoint: str('resource-manager-endpoint'),
      authorityHost: str('authority-host') ?? io.env.AZURE_AUTHORITY_HOST,
    });
    const auth = cliCredential(io.env, cloud, { tenantId: str('tenant-id'), clientId: str('client-id') });
    logger.debug(`Credentials: ${auth.kind}; cloud ${cloud.name} (${cloud.resourceManagerEndpoint}).`);
    const base = { credential: auth.credential, cloud, logger, signal: io.signal };
    const outDir = str('out') ? resolve(str('out')!) : undefined;

    if (command === 'build' || command === 'plan') {
      const raw: RawInputs = {};
      for (const name of INPUT_NAMES) raw[name as InputName] = str(name);
      if (command === 'plan') raw['dry-run'] = 'true';
      const settings = parseSettings(raw, { nameOf: (n) => `--${n}` });
      const workDir = outDir ?? mkdtempSync(join(tmpdir(), 'aks-jumpbox-image-'));
      let result: BuildResult;
      try {
        result = await runBuild(settings, { ...base, workDir, userAgentPrefix: 'cli' });
      } catch (e) {
        const partial = (e as { result?: BuildResult }).result;
        if (json && partial) io.stdout.write(`${JSON.stringify(partial, null, 2)}\n`);
        throw e;
      }
      if (json) io.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      else if (command === 'plan') printPlan(result, human);
      else printResult(result, human);
      return exitFor(result);
    }

    const rg = str('builder-resource-group');
    const templateName = str('template-name');
    const subscriptionId = str('subscription-id') ?? io.env.AZURE_SUBSCRIPTION_ID;
    if (!rg || !templateName || !subscriptionId) {
      throw new SettingsError(
        `${command} needs --builder-resource-group, --template-name and --subscription-id (or AZURE_SUBSCRIPTION_ID).`,
      );
    }
    const ref = { subscriptionId, resourceGroup: rg, templateName };
    if (command === 'status') {
      const status = await templateStatus(ref, base);
      if (json) io.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
      else
        for (const [k, v] of Object.entries(status))
          if (v !== undefined) human.write(`${k.padEnd(22)} ${v}\n`);
      return status.runState === 'Failed'
        ? EXIT.failed
        : status.runState === 'Canceled'
          ? EXIT.canceled
          : EXIT.ok;
    }
    if (command === 'logs') {
      const files = await downloadLogs(ref, outDir ?? process.cwd(), base);
      if (json) io.stdout.write(`${JSON.stringify(files, null, 2)}\n`);
      else
        human.write(
          files.logFile
            ? `Saved ${files.logFile}${files.validationLogFile ? ` and ${files.validationLogFile}` : ''}\n`
            : 'No customization log found.\n',
        );
      return files.logFile ? EXIT.ok : EXIT.failed;
    }
    if (command === 'cancel') {
      const canceled = await cancelTemplateBuild(ref, base);
      if (json) io.stdout.write(`${JSON.stringify({ canceled })}\n`);
      return EXIT.ok;
    }
    throw new SettingsError(`unknown command "${command}".\n\n${USAGE}`);
  } catch (e) {
    if (io.signal.aborted) {
      logger.error('Canceled.');
      return EXIT.canceled;
    }
    logger.error((e as Error).message);
    return e instanceof SettingsError ? EXIT.usage : EXIT.failed;
  }
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

function printPlan(r: BuildResult, out: NodeJS.WritableStream): void {
  const w = (s = '') => out.write(`${s}\n`);
  w();
  w(`Plan (no changes made)${r.state === 'Failed' ? ': PREFLIGHT FAILED' : ''}:`);
  w(`  template        ${r.templateName}`);
  w(`  image           ${r.imageName}${r.buildSkipped ? ` (exists: ${r.imageId})` : ''}`);
  w(`  fingerprint     ${r.fingerprint}`);
  w(`  base image      ${r.baseImageVersion}`);
  if (r.preflight) {
    const count = (s: string) => r.preflight!.filter((c) => c.status === s).length;
    w(`  preflight       ${count('pass')} pass, ${count('warn')} warn, ${count('fail')} fail`);
    for (const c of r.preflight.filter((x) => x.status !== 'pass'))
      w(`    ${c.status.toUpperCase()}  ${c.title}: ${c.reason}`);
  }
  w('  what-if:');
  for (const line of formatWhatIf(r.whatIf ?? [])) w(`    ${line}`);
  w('  egress the build needs (allow these on a firewall):');
  for (const e of r.egress) w(`    ${e.protocol}://${e.host}:${e.port}  ${e.purpose}`);
  w(`  template body   ${r.templateFile ?? '(not written)'} (also in --json)`);
}

function printResult(r: BuildResult, out: NodeJS.WritableStream): void {
  const w = (s = '') => out.write(`${s}\n`);
  w();
  w(`Result: ${r.state}${r.message ? ` - ${r.message}` : ''}`);
  if (r.imageId) w(`  image           ${r.imageId}`);
  w(`  template        ${r.templateName}`);
  w(`  fingerprint     ${r.fingerprint}`);
  w(`  base image      ${r.baseImageVersion}`);
  if (r.logFile) w(`  log             ${r.logFile}`);
  if (r.manifestFile) w(`  manifest        ${r.manifestFile}`);
  w(
    `  duration        ${r.durationSeconds}s (${r.phases.map((p) => `${p.name} ${(p.durationMs / 1000).toFixed(1)}s`).join(', ')})`,
  );
  if (r.rolesRevoked.length) w(`  roles revoked   ${r.rolesRevoked.map((x) => x.purpose).join(', ')}`);
  if (r.logTail?.length) {
    w('  last lines of the customization log:');
    for (const l of r.logTail.slice(-15)) w(`    ${l}`);
  }
}
