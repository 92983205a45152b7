/**
 * The bad-inputs matrix (docs/reliability.md): every bad setting of test/helpers/bad-inputs.ts through the bundles
 * (`dist/index.js` as the GitHub runner starts it, `task/dist/index.js` as the agent does, `dist/cli/index.js build`),
 * against the simulator. Each fails before any write, with one line naming the input as that platform spells it,
 * the value and the fix ("expected …"); the CLI exits 2 and the task completes Failed. Each case runs through two
 * of the three bundles, three processes at a time.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputName, RawInputs } from '../../src/core/index.js';
import { nameOf as taskName, taskInputName } from '../../src/pipelines/inputs.js';
import { type Simulator, createSimulator } from '../azure-sim/index.js';
import { badInputCases } from '../helpers/bad-inputs.js';
import { subnetOf } from '../helpers/core.js';
import { matrixRecorder } from '../helpers/reliability.js';
import { auditSecrets } from '../helpers/secrets.js';
import { ROOT, startStep } from '../github/harness.js';
import { defaultInputs as taskDefaults, ensureTaskBundle, runAgentTask } from '../pipelines/agent.js';

let sim: Simulator;
/** Created before the simulator exists: the cases only need the subnet's shape (the fixture's names). */
const SUBNET = subnetOf({ subscriptionId: '11111111-2222-3333-4444-555555555555' } as Simulator);
const CASES = badInputCases(SUBNET);
type Platform = 'action' | 'task' | 'cli';
const PLATFORMS: Platform[] = ['action', 'task', 'cli'];

const shorten = (s: string) => s.replace(/(.)\1{19,}/g, (m, c: string) => `${c.repeat(3)}…(${m.length})`);
const describeInputs = (raw: RawInputs) =>
  Object.entries(raw)
    .map(
      ([k, v]) =>
        `${k}=${v === undefined ? '(unset)' : JSON.stringify(shorten(v.length > 60 ? `${v.slice(0, 12)}…${v.slice(-24)}` : v))}`,
    )
    .join(', ');

/** Each case through two of the three bundles, in turn (every pair equally often), to keep the suite short. */
const RUNS = CASES.flatMap(([input, raw, shown], i) =>
  [PLATFORMS[i % 3]!, PLATFORMS[(i + 1) % 3]!]
    .map((platform) => (platform === 'task' && input === 'subscription-id' ? 'action' : platform))
    .filter((p, j, all) => all.indexOf(p) === j)
    .map((platform) => ({
      platform,
      input,
      raw,
      shown,
      label: `#${String(i + 1).padStart(2, '0')} ${platform}: ${describeInputs(raw)}`,
    })),
);

const rows = matrixRecorder('bad-inputs', 'bundles', () => RUNS.map((r) => r.label));
beforeAll(async () => {
  ensureTaskBundle();
  sim = await createSimulator();
}, 600_000);
afterAll(async () => {
  await sim?.stop();
  rows.write();
});

/** At most three bundles at a time (the machine is small). */
let running = 0;
const waiting: Array<() => void> = [];
async function limited<T>(fn: () => Promise<T>): Promise<T> {
  if (running >= 3) await new Promise<void>((r) => waiting.push(r));
  running++;
  try {
    return await fn();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

interface Outcome {
  code: number | null;
  text: string;
}

async function runAction(raw: RawInputs): Promise<Outcome> {
  const inputs = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, v ?? '']));
  const r = await startStep(join(ROOT, 'dist/index.js'), { sim, inputs, secretsCase: SECRETS_CASE.action })
    .done;
  // Workflow commands escape %, CR and LF; the runner shows them decoded.
  const decode = (t: string) => t.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  return { code: r.code, text: decode(r.stdout + r.stderr) };
}

async function runTask(raw: RawInputs): Promise<Outcome> {
  const inputs: Record<string, string> = { ...taskDefaults(sim) };
  for (const [k, v] of Object.entries(raw)) inputs[taskInputName(k as InputName)] = v ?? '';
  const r = await runAgentTask(sim, {
    inputs,
    auth: { scheme: 'ServicePrincipalKey', clientId: sim.client.clientId, secret: sim.client.secret! },
    secretsCase: SECRETS_CASE.task,
  });
  // The agent reads the result from task.complete, not from the exit code.
  return { code: r.result === 'Failed' ? 1 : 0, text: `${r.stdout}${r.stderr}\n${r.resultMessage ?? ''}` };
}

function runCli(raw: RawInputs): Promise<Outcome> {
  const inputs: RawInputs = {
    'build-subnet-id': subnetOf(sim),
    'builder-resource-group': 'rg-jumpbox-builder',
    'image-resource-group': 'rg-jumpbox-images',
    'poll-interval-seconds': '0.2',
    ...raw,
  };
  const flags = Object.entries(inputs).flatMap(([k, v]) => (v === undefined ? [] : [`--${k}=${v}`]));
  const args = ['build', ...flags, '--resource-manager-endpoint', sim.url, '--authority-host', sim.url];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'dist/cli/index.js'), ...args], {
      env: {
        PATH: process.env.PATH!,
        HOME: process.env.HOME!,
        NODE_EXTRA_CA_CERTS: sim.caPath,
        AZURE_TENANT_ID: sim.tenantId,
        AZURE_CLIENT_ID: sim.client.clientId,
        AZURE_CLIENT_SECRET: sim.client.secret!,
      },
    });
    let text = '';
    child.stdout.on('data', (d) => (text += d));
    child.stderr.on('data', (d) => (text += d));
    child.on('close', (code) => {
      try {
        auditSecrets(sim, 'cli', { 'output and errors': text }, [], SECRETS_CASE.cli);
        resolve({ code, text });
      } catch (e) {
        reject(e as Error);
      }
    });
  });
}

/** One secrets-matrix row per bundle for all its bad-input runs. */
const SECRETS_CASE: Record<Platform, string> = {
  action: 'every bad-input run of the action bundle',
  task: 'every bad-input run of the task bundle',
  cli: 'every bad-input run of the CLI bundle',
};

const NAME_OF: Record<Platform, (n: InputName) => string> = {
  action: (n) => n,
  task: taskName,
  cli: (n) => `--${n}`,
};
const EXPECTED_CODE: Record<Platform, number> = { action: 1, task: 1, cli: 2 };
const RUNNER: Record<Platform, (raw: RawInputs) => Promise<Outcome>> = {
  action: runAction,
  task: runTask,
  cli: runCli,
};

describe('bad inputs through the bundles', () => {
  it('covers at least 80 cases across the action, the task and the CLI', () => {
    expect(RUNS.length).toBeGreaterThanOrEqual(80);
    expect(new Set(RUNS.map((r) => r.label)).size).toBe(RUNS.length);
  });

  it.concurrent.each(RUNS)('$label', async ({ platform, input, raw, shown, label }) => {
    const outcome = await limited(() => RUNNER[platform](raw));
    const name = NAME_OF[platform](input);
    const lines = outcome.text
      .split(/\r?\n/)
      .filter((l) => l.includes(`${name}: `) && /\(expected .+\)\./.test(l));
    const writes = sim.writes().length;
    const message = lines[0] ? lines[0].slice(lines[0].indexOf(`${name}: `)) : '(no line names the input)';
    rows.row({
      case: label,
      result: `${platform === 'task' ? 'result' : 'exit'} ${platform === 'task' ? (outcome.code ? 'Failed' : 'Succeeded') : outcome.code}: ${shorten(message)}`,
      leftBehind: writes ? `${writes} write requests` : 'nothing',
    });
    expect(lines.length, outcome.text).toBeGreaterThan(0);
    if (shown) expect(lines[0]).toContain(shown.slice(0, 40));
    expect(outcome.code).toBe(EXPECTED_CODE[platform]);
    expect(writes).toBe(0);
  });
});
