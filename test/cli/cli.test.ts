import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Simulator, createSimulator } from '../azure-sim/index.js';
import { resolveCloud } from '../../src/core/index.js';
import { followUpCommand } from '../../src/core/run/follow-up.js';
import { cliBuildFlags, subnetOf } from '../helpers/core.js';
import { auditSecrets } from '../helpers/secrets.js';
import { buildLeftovers, platformRow } from '../helpers/reliability.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await createSimulator({ build: { durationMs: 1500, provisionDelayMs: 20 } });
});
afterAll(async () => {
  await sim?.stop();
});

/**
 * Runs the CLI bundle (dist/cli/index.js, as installed: its SDKs load on demand), as a separate process trusting the
 * simulator through NODE_EXTRA_CA_CERTS.
 */
function cli(
  args: string[],
  env: Record<string, string> = {},
  /** Called with everything printed so far; a signal it returns is sent to the CLI once. */
  onOutput?: (all: string) => NodeJS.Signals | undefined,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['dist/cli/index.js', ...args], {
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
    child.on('close', (code) => {
      const at = args.indexOf('--out');
      const dir = at >= 0 ? args[at + 1]! : undefined;
      const files =
        dir && existsSync(dir) ? readdirSync(dir).filter((f) => statSync(join(dir, f)).isFile()) : [];
      try {
        auditSecrets(sim, 'cli', {
          'standard output': stdout,
          'error output': stderr,
          'files in --out': files.map((f) => readFileSync(join(dir!, f), 'utf8')).join('\n'),
        });
        resolve({ code: code ?? -1, stdout, stderr });
      } catch (e) {
        reject(e as Error);
      }
    });
  });
}

const common = () => cliBuildFlags(sim, 0.2);

describe('aks-jumpbox-image CLI', () => {
  it('exits 2 for an unknown environment, a malformed endpoint and a bad definition file, before any request', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-bad-'));
    const bomb = join(dir, 'bomb.yaml');
    writeFileSync(
      bomb,
      `a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n`,
    );
    const before = sim.journal.filter((e) => !e.kind.startsWith('entra.')).length;
    const [env, endpoint, definition] = await Promise.all([
      cli(['plan', ...common(), '--environment', 'AzureMars']),
      cli(['plan', ...common(), '--resource-manager-endpoint', 'not a url']),
      cli(['plan', ...common(), '--definition', bomb]),
    ]);
    expect([env.code, endpoint.code, definition.code]).toEqual([2, 2, 2]);
    expect(env.stdout + env.stderr).toMatch(/environment: "AzureMars" is not a known cloud/);
    expect(endpoint.stdout + endpoint.stderr).toMatch(/resource-manager-endpoint: "not a url" is not a URL/);
    expect(definition.stdout + definition.stderr).toContain(`${bomb}:1: invalid YAML`);
    expect(sim.journal.filter((e) => !e.kind.startsWith('entra.')).length).toBe(before);
  });

  it('exits 2 with the input name on a bad flag value', async () => {
    const r = await cli(['build', ...common(), '--revoke-roles', 'some']);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toMatch(/--revoke-roles: "some" is not valid/);
  });

  it('plan prints the checklist, the what-if, the egress list and the template file path, and makes zero writes', async () => {
    const before = sim.journal.length;
    const out = mkdtempSync(join(tmpdir(), 'cli-plan-'));
    const r = await cli(['plan', ...common(), '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Plan \(no changes made\)/);
    expect(r.stdout).toMatch(/egress the build needs/);
    expect(r.stdout).toMatch(/preflight +\d+ pass, 0 warn, 0 fail/);
    expect(r.stdout).toMatch(/will create +template +it-aks-jumpbox-/);
    // The full template goes to a file whose path is printed, not onto the terminal.
    expect(r.stdout).toContain(`template body   ${join(out, 'template.json')}`);
    expect(r.stdout).not.toMatch(/vnetConfig/);
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

  it('exits 2 for a location the subscription does not have, before any write', async () => {
    const writes = sim.writes().length;
    // A build (force-rebuild): an unchanged re-run reads only what its skip decision needs, not the regions.
    const r = await cli(['build', ...common(), '--location', 'marsnorth', '--force-rebuild', 'true']);
    expect(r.code).toBe(2);
    expect(r.stdout + r.stderr).toMatch(
      /--location: "marsnorth" is not a region of subscription .* \(expected one of its regions/,
    );
    expect(sim.writes().length).toBe(writes);
  });

  it('Ctrl-C in Customizing cancels the build, revokes the image role and keeps the log file', async () => {
    sim.setBuild({ durationMs: 20_000 });
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
      platformRow('cancel', 'cli', {
        case: 'Ctrl-C (SIGINT) to the CLI in Customizing',
        result: `exit ${r.code} (canceled), build Canceled, log file kept`,
        leftBehind: buildLeftovers(sim),
      });
    } finally {
      sim.setBuild({ durationMs: 1500 });
    }
  });

  it('the follow-up command printed for a build left running works as printed', async () => {
    const started = await cli(['build', ...common(), '--wait', 'false', '--json', '--force-rebuild', 'true']);
    expect(started.code).toBe(0);
    const { templateName, state } = JSON.parse(started.stdout) as { templateName: string; state: string };
    expect(state).toBe('Running');
    const cloud = resolveCloud({ resourceManagerEndpoint: sim.url, authorityHost: sim.url });
    const printed = followUpCommand(
      { subscriptionId: sim.subscriptionId, builderResourceGroup: 'rg-jumpbox-builder' },
      templateName,
      'status',
      cloud,
    );
    const [program, ...args] = printed.split(' ');
    expect(program).toBe('aks-jumpbox-image');
    const status = await cli(args);
    expect(status.stderr).toBe('');
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/^runState\s+(Running|Succeeded)$/m);
  });
});
