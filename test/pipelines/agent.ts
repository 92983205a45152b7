/**
 * Runs the bundled task the way the Azure Pipelines agent does: a fresh process of `node task/dist/<entry>` with
 * `INPUT_*`, `ENDPOINT_*`, `SYSTEM_*` and `AGENT_*` variables, stdout parsed for `##vso[...]` logging commands.
 * Only loopback addresses are ever configured (the simulator); the environment is built from scratch so
 * nothing from the developer's shell (proxies, Azure variables) leaks in.
 */
import { execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Simulator } from '../azure-sim/index.js';
import { auditSecrets } from '../helpers/secrets.js';

export const ROOT = resolve(import.meta.dirname, '../..');
export const TASK_DIR = join(ROOT, 'task');

/** Builds task/dist with the project's bundle script when it is missing (CI builds it before the tests). */
export function ensureTaskBundle(): void {
  if (existsSync(join(TASK_DIR, 'dist/index.js')) && existsSync(join(TASK_DIR, 'dist/post.js'))) return;
  execFileSync(process.execPath, [join(ROOT, 'scripts/bundle.js'), 'pipelines'], {
    cwd: ROOT,
    stdio: 'inherit',
    timeout: 300_000,
  });
}

export interface VsoCommand {
  area: string;
  event: string;
  properties: Record<string, string>;
  message: string;
}

const unescapeData = (s: string) =>
  s
    .replace(/%0D/g, '\r')
    .replace(/%0A/g, '\n')
    .replace(/%AZP25/g, '%');
const unescapeProperty = (s: string) => unescapeData(s).replace(/%5D/g, ']').replace(/%3B/g, ';');

export function parseCommands(stdout: string): VsoCommand[] {
  const out: VsoCommand[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^##vso\[([A-Za-z]+)\.([A-Za-z]+)(?: ([^\]]*))?\](.*)$/.exec(line);
    if (!m) continue;
    const properties: Record<string, string> = {};
    for (const part of (m[3] ?? '').split(';')) {
      const eq = part.indexOf('=');
      if (eq > 0) properties[part.slice(0, eq).trim()] = unescapeProperty(part.slice(eq + 1));
    }
    out.push({ area: m[1]!, event: m[2]!, properties, message: unescapeData(m[4] ?? '') });
  }
  return out;
}

export type AuthScheme =
  | { scheme: 'WorkloadIdentityFederation'; clientId: string }
  | { scheme: 'ServicePrincipalKey'; clientId: string; secret: string }
  | { scheme: 'ServicePrincipalCertificate'; clientId: string; certificatePem: string };

export interface AgentRun {
  stdout: string;
  stderr: string;
  code: number | null;
  signal: NodeJS.Signals | null;
  durationMs: number;
  commands: VsoCommand[];
  /** Output variables (isOutput=true) by name. */
  outputs: Record<string, string>;
  /** The last `task.complete` result, or undefined (= Succeeded for the agent). */
  result?: string;
  resultMessage?: string;
  taskVariables: Record<string, string>;
  command(area: string, event: string): VsoCommand[];
}

export interface AgentOptions {
  entry?: 'index.js' | 'post.js';
  /** The Node binary the agent's handler uses (default: this process's Node 24, the Node24 handler). */
  nodePath?: string;
  inputs?: Record<string, string>;
  auth: AuthScheme;
  connectionId?: string;
  hostType?: 'build' | 'release';
  /** Task variables from an earlier step (`VSTS_TASKVARIABLE_<name>`). */
  taskVariables?: Record<string, string>;
  env?: Record<string, string>;
  tempDir?: string;
  /** Called with each stdout chunk; may return a signal to send to the process. */
  onOutput?: (all: string) => NodeJS.Signals | undefined;
  timeoutMs?: number;
  /** The secrets matrix row for this run, when the test name cannot tell (concurrent tests). */
  secretsCase?: string;
}

/** The task's required inputs pointed at the simulator's default fixture (fast polling). */
export function defaultInputs(sim: Simulator): Record<string, string> {
  return {
    buildSubnetId: `/subscriptions/${sim.subscriptionId}/resourceGroups/rg-network/providers/Microsoft.Network/virtualNetworks/vnet-imagebuilder/subnets/snet-imagebuilder`,
    builderResourceGroup: 'rg-jumpbox-builder',
    imageResourceGroup: 'rg-jumpbox-images',
    pollIntervalSeconds: '0.2',
  };
}

export function agentEnv(
  sim: Simulator,
  options: AgentOptions & { connectionId: string; tempDir: string },
): Record<string, string> {
  const id = options.connectionId;
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: options.tempDir,
    NODE_EXTRA_CA_CERTS: sim.caPath,
    AGENT_VERSION: '4.266.2',
    AGENT_TEMPDIRECTORY: options.tempDir,
    AGENT_WORKFOLDER: options.tempDir,
    SYSTEM_HOSTTYPE: options.hostType ?? 'build',
    SYSTEM_JOBID: randomUUID(),
    SYSTEM_PLANID: randomUUID(),
    SYSTEM_TEAMPROJECTID: '6d1f0000-0000-4000-8000-0000000000aa',
    SYSTEM_TEAMPROJECT: 'platform',
    SYSTEM_COLLECTIONURI: 'https://dev.azure.com/contoso/',
    SYSTEM_DEFINITIONNAME: 'jumpbox-image',
    SYSTEM_OIDCREQUESTURI: sim.azurePipelines.oidcRequestUri,
    SYSTEM_DEFAULTWORKINGDIRECTORY: join(options.tempDir, 's'),
    BUILD_SOURCESDIRECTORY: join(options.tempDir, 's'),
    BUILD_BUILDID: '4711',
    BUILD_DEFINITIONNAME: 'jumpbox-image',
    BUILD_REPOSITORY_NAME: 'contoso/platform-images',
    BUILD_SOURCEVERSION: '0f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6',
    BUILD_SOURCEBRANCH: 'refs/heads/main',
    ENDPOINT_AUTH_PARAMETER_SYSTEMVSSCONNECTION_ACCESSTOKEN: sim.azurePipelines.jobToken,
    ENDPOINT_URL_SYSTEMVSSCONNECTION: 'https://dev.azure.com/contoso/',
    [`ENDPOINT_URL_${id}`]: `${sim.url}/`,
    INPUT_AZURESUBSCRIPTION: id,
  };
  if (options.hostType === 'release') {
    env.RELEASE_RELEASEID = '815';
    env.RELEASE_ENVIRONMENTID = '3';
    env.RELEASE_DEFINITIONNAME = 'jumpbox-release';
  }
  const data: Record<string, string> = {
    environment: 'AzureCloud',
    scopeLevel: 'Subscription',
    subscriptionId: sim.subscriptionId,
    subscriptionName: 'Platform',
    activeDirectoryAuthority: `${sim.url}/`,
    environmentAuthorityUrl: `${sim.url}/`,
  };
  env[`ENDPOINT_DATA_${id}`] = JSON.stringify(data);
  for (const [k, v] of Object.entries(data)) env[`ENDPOINT_DATA_${id}_${k.toUpperCase()}`] = v;
  const auth = options.auth;
  let scheme: string;
  let parameters: Record<string, string>;
  if (auth.scheme === 'WorkloadIdentityFederation') {
    scheme = 'WorkloadIdentityFederation';
    parameters = { serviceprincipalid: auth.clientId, tenantid: sim.tenantId };
  } else if (auth.scheme === 'ServicePrincipalKey') {
    scheme = 'ServicePrincipal';
    parameters = {
      authenticationType: 'spnKey',
      serviceprincipalid: auth.clientId,
      serviceprincipalkey: auth.secret,
      tenantid: sim.tenantId,
    };
  } else {
    scheme = 'ServicePrincipal';
    parameters = {
      authenticationType: 'spnCertificate',
      serviceprincipalid: auth.clientId,
      servicePrincipalCertificate: auth.certificatePem,
      tenantid: sim.tenantId,
    };
  }
  env[`ENDPOINT_AUTH_${id}`] = JSON.stringify({ parameters, scheme });
  env[`ENDPOINT_AUTH_SCHEME_${id}`] = scheme;
  for (const [k, v] of Object.entries(parameters))
    env[`ENDPOINT_AUTH_PARAMETER_${id}_${k.toUpperCase()}`] = v;
  for (const [k, v] of Object.entries(options.inputs ?? {}))
    env[`INPUT_${k.replace(/[. ]/g, '_').toUpperCase()}`] = v;
  for (const [k, v] of Object.entries(options.taskVariables ?? {}))
    env[`VSTS_TASKVARIABLE_${k.replace(/[. ]/g, '_').toUpperCase()}`] = v;
  return { ...env, ...options.env };
}

export async function runAgentTask(sim: Simulator, options: AgentOptions): Promise<AgentRun> {
  const tempDir = options.tempDir ?? mkdtempSync(join(tmpdir(), 'aks-jumpbox-agent-'));
  const connectionId = options.connectionId ?? randomUUID();
  const env = agentEnv(sim, { ...options, connectionId, tempDir });
  const started = Date.now();
  const child = spawn(
    options.nodePath ?? process.execPath,
    [join(TASK_DIR, 'dist', options.entry ?? 'index.js')],
    {
      env,
      cwd: tempDir,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  let signalled = false;
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    if (!signalled && options.onOutput) {
      const signal = options.onOutput(stdout);
      if (signal) {
        signalled = true;
        child.kill(signal);
      }
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 90_000);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((res) =>
    child.on('close', (c, s) => res([c, s])),
  );
  clearTimeout(timer);
  const commands = parseCommands(stdout);
  const outputs: Record<string, string> = {};
  const taskVariables: Record<string, string> = {};
  let result: string | undefined;
  let resultMessage: string | undefined;
  for (const c of commands) {
    if (c.area === 'task' && c.event === 'setvariable' && c.properties.isOutput === 'true')
      outputs[c.properties.variable!] = c.message;
    if (c.area === 'task' && c.event === 'settaskvariable') taskVariables[c.properties.variable!] = c.message;
    if (c.area === 'task' && c.event === 'complete') {
      result = c.properties.result;
      resultMessage = c.message;
    }
  }
  const run: AgentRun = {
    stdout,
    stderr,
    code,
    signal,
    durationMs: Date.now() - started,
    commands,
    outputs,
    result,
    resultMessage,
    taskVariables,
    command: (area, event) => commands.filter((c) => c.area === area && c.event === event),
  };
  auditAgentRun(sim, options, run);
  return run;
}

/**
 * The log as the agent shows it: setsecret commands consumed and their values masked, and the job access token
 * masked (the agent registers it as a secret; task-lib prints it in a debug line when the task reads it).
 */
function agentVisible(sim: Simulator, stdout: string): string {
  const masked = [sim.azurePipelines.jobToken];
  const lines = stdout.split('\n').filter((l) => {
    const secret = /^##vso\[task\.setsecret\](.*)$/.exec(l.trimEnd());
    if (secret?.[1]) masked.push(secret[1]);
    return !secret;
  });
  return masked.reduce((text, value) => text.split(value).join('***'), lines.join('\n'));
}

/**
 * Secrets the simulator issued (and the certificate key or secret the test handed over) in anything the task
 * printed (setsecret commands excepted: the agent consumes them), set as a variable, or uploaded.
 */
function auditAgentRun(sim: Simulator, options: AgentOptions, run: AgentRun): void {
  const files = [...run.command('artifact', 'upload'), ...run.command('task', 'uploadsummary')]
    .map((c) => c.message.trim())
    .filter((f) => f && existsSync(f) && statSync(f).isFile())
    .map((f) => readFileSync(f, 'utf8'));
  const auth = options.auth;
  const given =
    auth.scheme === 'ServicePrincipalCertificate'
      ? [{ category: 'certificate private key', value: auth.certificatePem }]
      : auth.scheme === 'ServicePrincipalKey'
        ? [{ category: 'client secret', value: auth.secret }]
        : [];
  auditSecrets(
    sim,
    'task',
    {
      log: agentVisible(sim, run.stdout),
      'error output': run.stderr,
      outputs: JSON.stringify(run.outputs),
      'task variables': JSON.stringify(run.taskVariables),
      'summary and artifacts': files.join('\n'),
    },
    given,
    options.secretsCase,
  );
}
