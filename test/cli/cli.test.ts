import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Simulator, createSimulator } from '../azure-sim/index.js';
import { cliBuildFlags, subnetOf } from '../helpers/core.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await createSimulator({ build: { durationMs: 1500, provisionDelayMs: 20 } });
});
afterAll(async () => {
  await sim?.stop();
});

/** Runs the CLI from source (tsx), as a separate process trusting the simulator through NODE_EXTRA_CA_CERTS. */
function cli(
  args: string[],
  env: Record<string, string> = {},
  /** Called with everything printed so far; a signal it returns is sent to the CLI once. */
  onOutput?: (all: string) => NodeJS.Signals | undefined,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
      env: {
        PATH: process.env.PATH!,
        HOME: process.env.HOME!,
        NODE_EXTRA_CA_CERTS: sim.caPath,
        AZURE_TENANT_ID: sim.tenantId,
        AZURE_CLIENT_ID: sim.client.clientId,
        AZURE_CLIENT_SECRET: sim.client.secret!,
        ...env,
      },
    });
    let stdout = '';
    let stderr = '';
    let signalled = false;
    const watch = () => {
      const signal = !signalled && onOutput?.(stdout + stderr);
      if (signal) {
        signalled = true;
        child.kill(signal);
      }
    };
    child.stdout.on('data', (d) => ((stdout += d), watch()));
    child.stderr.on('data', (d) => ((stderr += d), watch()));
    child.on('exit', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

const common = () => cliBuildFlags(sim, 0.2);

describe('aks-jumpbox-image CLI', () => {
  it('exits 2 with the input name on a bad flag value', async () => {
    const r = await cli(['build', ...common(), '--revoke-roles', 'some']);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toMatch(/--revoke-roles: "some" is not valid/);
  });

  it('plan prints the template and the egress list, and makes zero writes', async () => {
    const before = sim.journal.length;
    const out = mkdtempSync(join(tmpdir(), 'cli-plan-'));
    const r = await cli(['plan', ...common(), '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Plan \(no changes made\)/);
    expect(r.stdout).toMatch(/egress the build needs/);
    expect(
      JSON.parse(readFileSync(join(out, 'template.json'), 'utf8')).properties.vmProfile.vnetConfig.subnetId,
    ).toBe(subnetOf(sim));
    expect(
      sim.journal.slice(before).filter((e) => e.method !== 'GET' && !e.kind.startsWith('entra.')),
    ).toEqual([]);
  });

  it('build --json writes a machine-readable result, then status and logs read the template', async () => {
    const out = mkdtempSync(join(tmpdir(), 'cli-build-'));
    const r = await cli(['build', ...common(), '--json', '--out', out]);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as { state: string; templateName: string; logFile: string };
    expect(result.state).toBe('Succeeded');
    expect(readFileSync(result.logFile, 'utf8')).toMatch(/PACKER OUT/);
    expect(r.stderr).toMatch(/== Build ==/);
    const ref = [
      '--builder-resource-group',
      'rg-jumpbox-builder',
      '--template-name',
      result.templateName,
      '--subscription-id',
      sim.subscriptionId,
      '--resource-manager-endpoint',
      sim.url,
      '--authority-host',
      sim.url,
    ];
    const status = await cli(['status', ...ref, '--json']);
    expect(JSON.parse(status.stdout).runState).toBe('Succeeded');
    const logsDir = mkdtempSync(join(tmpdir(), 'cli-logs-'));
    const logs = await cli(['logs', ...ref, '--out', logsDir]);
    expect(logs.code).toBe(0);
    expect(readFileSync(join(logsDir, 'customization.log'), 'utf8')).toMatch(/Starting provisioner/);
    // The client secret never appears in the output.
    expect(r.stdout + r.stderr + status.stdout + logs.stdout).not.toContain(sim.client.secret!);
  });

  it('Ctrl-C in Customizing cancels the build, revokes the image role and keeps the log file', async () => {
    sim.setBuild({ durationMs: 60_000 });
    try {
      const out = mkdtempSync(join(tmpdir(), 'cli-cancel-'));
      const r = await cli(
        ['build', ...common(), '--force-rebuild', 'true', '--image-name', 'img-cli-cancel', '--out', out],
        {},
        (all) => (/Starting provisioner/.test(all) ? 'SIGINT' : undefined),
      );
      expect(r.code, r.stderr).toBe(3);
      expect(r.stdout + r.stderr).not.toMatch(/Could not copy the customization log/);
      const log = readFileSync(join(out, 'customization.log'), 'utf8');
      expect(log).toMatch(/Starting provisioner/);
      expect(sim.audit().runningBuilds).toEqual([]);
      const imageScope =
        `/subscriptions/${sim.subscriptionId}/resourceGroups/rg-jumpbox-images`.toLowerCase();
      expect(sim.audit().roleAssignments.filter((a) => a.scope.toLowerCase() === imageScope)).toEqual([]);
    } finally {
      sim.setBuild({ durationMs: 1500 });
    }
  });
});
