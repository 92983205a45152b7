/**
 * The boot-test module against the simulator: a throwaway VM from the new image in a test subnet (another VNet than
 * the build's), the definition's validation through a managed Run Command, the API server check, and the VM, NIC and
 * OS disk deleted afterwards — also when the validation fails and when the run is cancelled during the command.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Simulator, createSimulator } from '../azure-sim/index.js';
import { fixtureWithAksNetwork } from '../helpers/fixtures.js';
import { defaultFixture } from '../azure-sim/state.js';
import { vmStore } from '../azure-sim/vms.js';
import { createClients, loadClientSdks } from '../../src/core/clients.js';
import { resolveCloud } from '../../src/core/index.js';
import { defaultDefinition, renderScripts } from '../../src/core/definition/index.js';
import {
  type BootTestParams,
  deleteBootTestResources,
  reachabilityScript,
  runBootTest,
} from '../../src/core/boottest/boot-test.js';
import { build, recordingLogger } from '../helpers/core.js';
import { stepOutcome } from '../../src/core/index.js';
import { renderSummary } from '../../src/core/summary.js';
import { secretCredential } from '../helpers/sdk.js';

let sim: Simulator;
const fixture = defaultFixture();
beforeAll(async () => {
  await loadClientSdks();
  sim = await createSimulator({
    fixture: {
      ...fixtureWithAksNetwork(fixture),
    },
  });
});
afterAll(async () => {
  await sim?.stop();
});
afterEach(() => {
  vmStore(sim.state).behaviour = { exitCode: 0, output: 'jumpbox: validation passed', error: '', delayMs: 0 };
});

const rg = () => `/subscriptions/${sim.subscriptionId}/resourceGroups`;
const testSubnet = () =>
  `${rg()}/rg-aks/providers/Microsoft.Network/virtualNetworks/vnet-aks/subnets/snet-jumpbox`;
const validation = renderScripts(defaultDefinition(), { baseImageVersion: '24.04.202511050' }).find(
  (s) => s.file === 'validate.sh',
)!.script;

function params(name: string, extra: Partial<BootTestParams> = {}): BootTestParams {
  const imageId = `${rg()}/rg-jumpbox-images/providers/Microsoft.Compute/images/img-${name}`;
  sim.addImage(imageId, {});
  const clients = createClients({
    credential: secretCredential(sim),
    cloud: resolveCloud({ resourceManagerEndpoint: sim.url, authorityHost: sim.url }),
    subscriptionId: sim.subscriptionId,
  });
  return {
    compute: clients.compute,
    network: clients.network,
    resourceGroup: 'rg-jumpbox-builder',
    location: fixture.location,
    imageId,
    subnetId: testSubnet(),
    vmSize: 'Standard_B2s',
    name,
    validationScript: validation,
    trustedLaunch: true,
    tags: { purpose: 'aks-jumpbox-image-boot-test' },
    logger: recordingLogger(),
    ...extra,
  };
}

const left = () => {
  const s = vmStore(sim.state);
  return [...s.vms.values(), ...s.nics.values(), ...s.disks.values()].map((r) => String(r.name));
};

describe('boot test', () => {
  it('boots the image in a subnet of another VNet, passes, and leaves nothing behind', async () => {
    const p = params('vm-jbtest-pass', { apiServer: 'aks-private-abc123.privatelink.eastus2.azmk8s.io' });
    const before = sim.journal.length;
    const outcome = await runBootTest(p);
    expect(outcome).toMatchObject({ result: 'passed', output: 'jumpbox: validation passed' });

    const journal = sim.journal.slice(before);
    const nicPut = journal.find((e) => e.kind === 'networkInterfaces.put')!;
    const nic = nicPut.body as {
      properties: { ipConfigurations: Array<{ properties: Record<string, unknown> }> };
    };
    expect(nic.properties.ipConfigurations[0]!.properties.subnet).toEqual({ id: testSubnet() });
    expect(nic.properties.ipConfigurations[0]!.properties.publicIPAddress).toBeUndefined();
    const vm = journal.find((e) => e.kind === 'virtualMachines.put')!.body as {
      properties: {
        osProfile: {
          adminPassword?: string;
          linuxConfiguration: {
            disablePasswordAuthentication: boolean;
            ssh: { publicKeys: Array<{ keyData: string }> };
          };
        };
        securityProfile?: { securityType?: string };
        storageProfile: { imageReference: unknown };
      };
    };
    expect(vm.properties.osProfile.linuxConfiguration.disablePasswordAuthentication).toBe(true);
    expect(vm.properties.osProfile.adminPassword).toBeUndefined();
    expect(vm.properties.osProfile.linuxConfiguration.ssh.publicKeys[0]!.keyData).toMatch(
      /^ssh-rsa AAAAB3NzaC1yc2E/,
    );
    expect(vm.properties.securityProfile).toMatchObject({ securityType: 'TrustedLaunch' });
    expect(vm.properties.storageProfile.imageReference).toEqual({ id: p.imageId });
    // The validation and the line-of-sight check ran through Run Command.
    const script = vmStore(sim.state).scripts.at(-1)!;
    expect(script).toContain("jb_log 'validation passed'");
    expect(script).toContain(reachabilityScript(p.apiServer!));
    expect(script).toContain('https://aks-private-abc123.privatelink.eastus2.azmk8s.io/version');

    expect(left()).toEqual(['vm-jbtest-pass', 'vm-jbtest-pass-nic', 'vm-jbtest-pass-osdisk']);
    await deleteBootTestResources({ ...p });
    expect(left()).toEqual([]);
  });

  it('reports a failing validation as failed with its output', async () => {
    vmStore(sim.state).behaviour = {
      exitCode: 1,
      output: 'jumpbox: kubectl 1.36.5 OK',
      error: "jumpbox: ERROR: helm: measured version is 'unknown', expected 3.22.0",
      delayMs: 0,
    };
    const p = params('vm-jbtest-fail');
    const outcome = await runBootTest(p);
    expect(outcome.result).toBe('failed');
    expect(outcome.output).toContain("helm: measured version is 'unknown'");
    expect(outcome.message).toMatch(/exit code 1/);
    await deleteBootTestResources(p);
    expect(left()).toEqual([]);
  });

  it('a cancel during the Run Command stops the test, and the cleanup leaves nothing', async () => {
    vmStore(sim.state).behaviour = { exitCode: 0, output: 'late', error: '', delayMs: 3000 };
    const controller = new AbortController();
    const p = params('vm-jbtest-cancel', { signal: controller.signal });
    const started = runBootTest(p);
    while (!sim.journal.some((e) => e.kind === 'runCommands.put'))
      await new Promise((r) => setTimeout(r, 20));
    controller.abort();
    await expect(started).rejects.toThrow();
    // The finish path deletes under its own signal, not the cancelled one.
    const deleted = await deleteBootTestResources({ ...p, signal: AbortSignal.timeout(30_000) });
    expect(deleted).toEqual(['vm-jbtest-cancel', 'vm-jbtest-cancel-nic', 'vm-jbtest-cancel-osdisk']);
    expect(left()).toEqual([]);
  });

  it('cleans up after a create that failed half-way (a missing image) without errors', async () => {
    const p = params('vm-jbtest-noimage');
    const missing = { ...p, imageId: `${p.imageId}-gone` };
    await expect(runBootTest(missing)).rejects.toThrow(/image/);
    expect(left()).toEqual(['vm-jbtest-noimage-nic']);
    await deleteBootTestResources(p);
    expect(left()).toEqual([]);
  });

  it('refuses an API server value that is not a host name', () => {
    expect(() => reachabilityScript('aks.example.com; rm -rf /')).toThrow(/not a host name/);
    expect(reachabilityScript('https://aks.example.com:443/')).toContain('https://aks.example.com/version');
  });
});

describe('boot test in a run (test-subnet-id)', () => {
  const inputs = () => ({
    'force-rebuild': 'true',
    'test-subnet-id': testSubnet(),
    'test-api-server': 'aks-private-abc123.privatelink.eastus2.azmk8s.io',
  });

  it('runs after a successful build, reports passed with the output, and deletes VM, NIC and disk', async () => {
    const before = sim.journal.length;
    const { result } = await build(sim, inputs());
    expect(result.state).toBe('Succeeded');
    expect(result).toMatchObject({ testResult: 'passed', testOutput: 'jumpbox: validation passed' });
    const journal = sim.journal.slice(before);
    const vmPut = journal.find((e) => e.kind === 'virtualMachines.put')!;
    expect(
      (vmPut.body as { properties: { storageProfile: { imageReference: unknown } } }).properties
        .storageProfile.imageReference,
    ).toEqual({ id: result.imageId });
    // The image is a managed image: no Trusted Launch (Azure allows it only from gallery image versions).
    expect(
      (vmPut.body as { properties: { securityProfile?: unknown } }).properties.securityProfile,
    ).toBeUndefined();
    expect(vmStore(sim.state).scripts.at(-1)).toContain('sudo bash /tmp/jumpbox/validate.sh');
    expect(
      journal
        .filter((e) => /^(virtualMachines|networkInterfaces|disks)\.delete$/.test(e.kind))
        .map((e) => e.kind),
    ).toEqual(['virtualMachines.delete', 'networkInterfaces.delete', 'disks.delete']);
    expect(left()).toEqual([]);
    expect(renderSummary(result)).toContain('### Boot test');
    expect(stepOutcome(result, result.state).status).toBe('succeeded');
  });

  it('a failing validation fails the step (the image exists) and still deletes everything', async () => {
    vmStore(sim.state).behaviour = {
      exitCode: 1,
      output: '',
      error: 'jumpbox: ERROR: sshd: PasswordAuthentication is not no',
      delayMs: 0,
    };
    const { result } = await build(sim, inputs());
    expect(result.state).toBe('Succeeded');
    expect(result.testResult).toBe('failed');
    expect(result.testOutput).toContain('PasswordAuthentication');
    expect(stepOutcome(result, result.state)).toMatchObject({
      status: 'failed',
      message: expect.stringMatching(/failed its boot test/),
    });
    expect(left()).toEqual([]);
  });

  it('a cancel during the boot test leaves no VM, NIC or disk', async () => {
    vmStore(sim.state).behaviour = { exitCode: 0, output: 'late', error: '', delayMs: 4000 };
    const controller = new AbortController();
    const before = sim.journal.length;
    const running = build(sim, inputs(), { signal: controller.signal });
    while (!sim.journal.slice(before).some((e) => e.kind === 'runCommands.put'))
      await new Promise((r) => setTimeout(r, 20));
    controller.abort();
    const { result } = await running;
    expect(result.state).toBe('Canceled');
    expect(left()).toEqual([]);
  });

  it('without test-subnet-id no VM is created and the output says skipped', async () => {
    const before = sim.journal.length;
    const { result } = await build(sim, { 'force-rebuild': 'true' });
    expect(result.testResult).toBeUndefined();
    expect(sim.journal.slice(before).some((e) => e.kind.startsWith('virtualMachines.'))).toBe(false);
  });
});
