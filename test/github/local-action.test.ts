/**
 * The action under GitHub's local runner for JavaScript actions (`@github/local-action`), which runs the TypeScript
 * logic entry points with its own stubs of @actions/core and @actions/artifact. Its getIDToken stub is not
 * implemented, so this run signs in with auth-type environment (a client secret against the simulator).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Simulator, createSimulator } from '../azure-sim/index.js';
import { ROOT, defaultInputs } from './harness.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await createSimulator({ build: { durationMs: 1500, provisionDelayMs: 20, deleteDelayMs: 20 } });
});
afterAll(async () => {
  await sim?.stop();
});

it('runs main and post under @github/local-action', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'local-action-'));
  const inputs = { ...defaultInputs(sim), 'auth-type': 'environment' } as Record<string, string>;
  delete inputs['client-id'];
  delete inputs['tenant-id'];
  delete inputs['authority-host'];
  const lines = [
    ...Object.entries(inputs).map(([k, v]) => `INPUT_${k.toUpperCase()}=${v}`),
    `AZURE_TENANT_ID=${sim.tenantId}`,
    `AZURE_CLIENT_ID=${sim.client.clientId}`,
    `AZURE_CLIENT_SECRET=${sim.client.secret}`,
    `AZURE_AUTHORITY_HOST=${sim.url}`,
    `LOCAL_ACTION_WORKSPACE=${dir}`,
    `LOCAL_ACTION_ARTIFACT_PATH=${join(dir, 'artifacts')}`,
  ];
  mkdirSync(join(dir, 'artifacts'));
  writeFileSync(join(dir, '.env'), `${lines.join('\n')}\n`);
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_EXTRA_CA_CERTS: sim.caPath };
  for (const k of Object.keys(env))
    if (/^(INPUT_|STATE_|GITHUB_|ACTIONS_|RUNNER_|AZURE_|NODE_OPTIONS$)/.test(k)) delete env[k];
  const bin = join(ROOT, 'node_modules/@github/local-action/bin/local-action.js');
  const child = spawn(
    process.execPath,
    [bin, 'run', ROOT, 'src/github/action.ts', join(dir, '.env'), '--post', 'src/github/cleanup.ts'],
    { cwd: ROOT, env },
  );
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(code, out).toBe(0);
  expect(out).toMatch(/::set-output name=run-state::Succeeded/);
  expect(out).toMatch(/Running Post Step/);
  expect(out).toContain('Nothing to clean up: the main step finished its own cleanup.');
  expect(existsSync(join(dir, 'artifacts'))).toBe(true);
  expect(readdirSync(join(dir, 'artifacts'))).toEqual(['aks-jumpbox-customization-log.zip']);
  expect(out).not.toContain(sim.client.secret!);
}, 120_000);
