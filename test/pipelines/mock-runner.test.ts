/**
 * Smoke tests with azure-pipelines-task-lib's MockTestRunner. Its Node path is pinned to this process's Node 24:
 * left alone it would download Node from nodejs.org into $HOME/azure-pipelines-task-lib/_download.
 * MockTestRunner uses spawnSync, which blocks this process: the simulator therefore runs in its own process.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MockTestRunner as MockTestRunnerClass } from 'azure-pipelines-task-lib/mock-test.js';
import type { Simulator } from '../azure-sim/index.js';
import { ROOT, TASK_DIR, agentEnv, defaultInputs, ensureTaskBundle } from './agent.js';

let simProcess: ChildProcess | undefined;
let sim: Simulator;
let home: string;
let MockTestRunner: typeof MockTestRunnerClass;
const savedHome = process.env.HOME;

/** Starts `test/azure-sim/main.ts` in a child process and reads what the task needs from its banner. */
async function startSimulatorProcess(): Promise<Simulator> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'test/azure-sim/main.ts')], {
    cwd: ROOT,
    env: { ...process.env, SIM_BUILD_MS: '500' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  simProcess = child;
  let out = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout!.setEncoding('utf8').on('data', (c: string) => {
      out += c;
      if (out.includes('Press Ctrl-C')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`simulator exited (${code})`)));
  });
  const m = (re: RegExp) => re.exec(out)![1]!;
  const url = m(/listening on (\S+)/);
  return {
    url,
    caPath: m(/NODE_EXTRA_CA_CERTS=(\S+)\)/),
    tenantId: m(/tenant (\S+)/),
    subscriptionId: m(/subscription (\S+)/),
    client: { clientId: m(/client id (\S+),/), secret: m(/secret (\S+)/), objectId: '', displayName: '' },
    azurePipelines: { oidcRequestUri: m(/SYSTEM_OIDCREQUESTURI=(\S+)/), jobToken: 'unused' },
  } as unknown as Simulator;
}

beforeAll(async () => {
  ensureTaskBundle();
  home = mkdtempSync(join(tmpdir(), 'aks-jumpbox-mock-home-'));
  process.env.HOME = home; // the runner computes its download directory from HOME when loaded
  ({ MockTestRunner } = await import('azure-pipelines-task-lib/mock-test.js'));
  sim = await startSimulatorProcess();
}, 300_000);
afterAll(() => {
  process.env.HOME = savedHome;
  delete process.env.MOCK_TASK;
  delete process.env.NODE_EXTRA_CA_CERTS;
  simProcess?.kill('SIGTERM');
});

async function run(inputs: Record<string, string>) {
  const tempDir = mkdtempSync(join(tmpdir(), 'aks-jumpbox-mock-'));
  const connectionId = randomUUID();
  const env = agentEnv(sim, {
    connectionId,
    tempDir,
    auth: { scheme: 'ServicePrincipalKey', clientId: sim.client.clientId, secret: sim.client.secret! },
  });
  for (const key of Object.keys(env)) if (key.startsWith('INPUT_')) delete env[key];
  process.env.NODE_EXTRA_CA_CERTS = sim.caPath; // read at process start: must be in the spawned process's environment
  process.env.MOCK_TASK = JSON.stringify({ env, inputs: { azureSubscription: connectionId, ...inputs } });
  const tr = new MockTestRunner(join(import.meta.dirname, 'mock/runner.cjs'), join(TASK_DIR, 'task.json'));
  tr.nodePath = process.execPath; // never download Node
  await tr.runAsync();
  return tr;
}

describe('MockTestRunner smoke tests (Node pinned to the project Node 24)', () => {
  it('plans a build (dry run) against the simulator and sets the output variables', async () => {
    const tr = await run({ ...defaultInputs(sim), dryRun: 'true' });
    if (!tr.succeeded) console.log(tr.stdout, tr.stderr);
    expect(tr.succeeded).toBe(true);
    expect(tr.errorIssues).toEqual([]);
    expect(tr.stdout).toMatch(
      /^##vso\[task\.setvariable variable=templateName;[^\]]*isOutput=true;[^\]]*\]it-aks-jumpbox-/m,
    );
    expect(tr.stdout).toMatch(
      /^##vso\[task\.complete result=Succeeded;\]Dry run: planned image img-aks-jumpbox-/m,
    );
    expect(existsSync(join(home, 'azure-pipelines-task-lib'))).toBe(false);
  });

  it('fails with the task input named when a required input is missing', async () => {
    const { buildSubnetId: _omit, ...rest } = defaultInputs(sim);
    const tr = await run(rest);
    expect(tr.succeeded).toBe(false);
    expect(tr.errorIssues.join('\n')).toMatch(/buildSubnetId: is required/);
    expect(existsSync(join(home, 'azure-pipelines-task-lib'))).toBe(false);
  });
});
