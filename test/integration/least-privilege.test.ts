/**
 * Least privilege for the CI principal, with the simulator enforcing its RBAC (role assignments, custom roles,
 * ABAC conditions on role assignment writes and deletes, the blob data plane): a principal holding exactly what
 * `aks-jumpbox-image permissions` prints builds with the live log and the copied log, and may not assign Owner or
 * the image role to a user; the default IT_ staging group without rights there names the grant (or stops with
 * require-log); preflight names each missing permission with the role that grants it.
 */
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_ROLES, type Simulator, createSimulator, defaultFixture } from '../azure-sim/index.js';
import { fixtureWithAksNetwork } from '../helpers/fixtures.js';
import { baseInputs, build } from '../helpers/core.js';
import { grantSetup, revokeAll } from '../helpers/rbac.js';
import { secretCredential } from '../helpers/sdk.js';
import { createClients } from '../../src/core/clients.js';
import { type RawInputs, leastPrivilegeSetup, parseSettings, resolveCloud } from '../../src/core/index.js';
import { renderSummary } from '../../src/core/summary.js';

let sim: Simulator;
let caller: string;
beforeAll(async () => {
  const fixture = defaultFixture();
  sim = await createSimulator({
    fixture: {
      enforceRbac: [fixture.clients[0]!.objectId],
      ...fixtureWithAksNetwork(fixture),
    },
    build: { durationMs: 600, provisionDelayMs: 20, deleteDelayMs: 20, cancelDelayMs: 100 },
  });
  caller = sim.client.objectId;
  sim.state.addResourceGroup(sim.subscriptionId, 'rg-jumpbox-staging', 'eastus2');
  sim.state.addResourceGroup(sim.subscriptionId, 'rg-jumpbox-staging-2', 'eastus2');
  sim.state.addResourceGroup(sim.subscriptionId, 'rg-jumpbox-staging-3', 'eastus2');
});
afterAll(async () => {
  await sim?.stop();
});
afterEach(() => revokeAll(sim, caller));

const stagingId = (name = 'rg-jumpbox-staging') =>
  `/subscriptions/${sim.subscriptionId}/resourceGroups/${name}`;
const rg = (name: string) => `/subscriptions/${sim.subscriptionId}/resourceGroups/${name}`;
const roleId = (guid: string) =>
  `/subscriptions/${sim.subscriptionId}/providers/Microsoft.Authorization/roleDefinitions/${guid}`;

/** Grants the caller exactly the printed setup for these inputs. */
function grantPrinted(inputs: RawInputs) {
  const setup = leastPrivilegeSetup(parseSettings(baseInputs(sim, inputs)), caller);
  grantSetup(sim, caller, setup);
  return setup;
}

const refusals = (from: number) =>
  sim.journal.slice(from).filter((e) => e.status === 403 && !e.kind.startsWith('entra.'));

describe('a CI principal holding exactly what `permissions` prints', () => {
  it('builds with the live log and the copied log, and never needs more', async () => {
    const inputs = { 'staging-resource-group': stagingId(), 'os-disk-size-gb': '31' };
    const setup = grantPrinted(inputs);
    expect(setup.assignments.map((a) => a.role)).toEqual(
      expect.arrayContaining(['Role Based Access Control Administrator', 'Storage Blob Data Reader']),
    );
    const before = sim.journal.length;
    const { result, logger } = await build(sim, inputs);
    expect(result.state).toBe('Succeeded');
    expect(refusals(before)).toEqual([]);
    expect(logger.buildLines.some((l) => /PACKER OUT/.test(l))).toBe(true);
    expect(readFileSync(result.logFile!, 'utf8')).toMatch(/PACKER OUT/);
    expect(result.logAccess).toBeUndefined();
    // No key was needed: the log was read with the Entra token and Storage Blob Data Reader.
    expect(sim.journal.slice(before).some((e) => e.kind === 'storageAccounts.listKeys')).toBe(false);
    const assigned = sim.audit().roleAssignments.filter((a) => a.principalId !== caller);
    expect(assigned.map((a) => a.roleDefinitionId.split('/').pop())).toEqual(
      expect.arrayContaining([BUILT_IN_ROLES.NetworkContributor]),
    );
  });

  it('runs the boot test in another VNet and revokes every role (revoke-roles: all) with the printed grants', async () => {
    const inputs = {
      'staging-resource-group': stagingId('rg-jumpbox-staging-3'),
      'os-disk-size-gb': '36',
      'revoke-roles': 'all',
      'test-subnet-id': `${rg('rg-aks')}/providers/Microsoft.Network/virtualNetworks/vnet-aks/subnets/snet-jumpbox`,
    };
    const setup = grantPrinted(inputs);
    expect(setup.customRoles.map((r) => r.Name)).toEqual(
      expect.arrayContaining([expect.stringMatching(/CI test-vnet/)]),
    );
    const before = sim.journal.length;
    const { result } = await build(sim, inputs);
    expect(result).toMatchObject({ state: 'Succeeded', testResult: 'passed' });
    expect(refusals(before)).toEqual([]);
    expect(result.rolesRevoked.length).toBe(result.rolesGranted.length);
  });

  it('is refused (403) when it assigns Owner, or the image role to a user', async () => {
    grantPrinted({ 'staging-resource-group': stagingId() });
    const clients = createClients({
      credential: secretCredential(sim),
      cloud: resolveCloud({ resourceManagerEndpoint: sim.url, authorityHost: sim.url }),
      subscriptionId: sim.subscriptionId,
      retry: { maxRetries: 0 },
    });
    const target = sim.addClient({ clientId: randomUUID() }).objectId;
    const assign = (role: string, principalType: string) =>
      clients.authorization.roleAssignments.create(rg('rg-jumpbox-images'), randomUUID(), {
        roleDefinitionId: roleId(role),
        principalId: target,
        principalType,
      });
    await expect(assign(BUILT_IN_ROLES.Owner, 'ServicePrincipal')).rejects.toMatchObject({
      statusCode: 403,
      code: 'AuthorizationFailed',
    });
    await expect(assign(BUILT_IN_ROLES.Contributor, 'User')).rejects.toMatchObject({ statusCode: 403 });
    // The condition allows what the run does: the image role to a service principal.
    await expect(assign(BUILT_IN_ROLES.Contributor, 'ServicePrincipal')).resolves.toMatchObject({
      principalType: 'ServicePrincipal',
    });
  });
});

describe('the default IT_ staging group, where the caller has no rights', () => {
  it('builds, and the start message and the summary name the grant', async () => {
    grantPrinted({ 'os-disk-size-gb': '32' });
    const { result, logger } = await build(sim, { 'os-disk-size-gb': '32' });
    expect(result.state).toBe('Succeeded');
    expect(result.logAccess).toMatch(/Storage Blob Data Reader/);
    expect(result.logAccess).toMatch(/staging-resource-group/);
    expect(result.logAccess).toContain(result.stagingResourceGroup!.split('/').pop()!);
    const warned = logger.lines.findIndex((l) =>
      l.startsWith('warning: The identity running this tool cannot read the build log'),
    );
    const started = logger.lines.findIndex((l) => l.startsWith('info: Build started'));
    expect(warned).toBeGreaterThanOrEqual(0);
    expect(warned).toBeLessThan(started);
    expect(renderSummary(result)).toMatch(/Build log unreadable:.*Storage Blob Data Reader/);
  });

  it('with require-log: true stops before POST run, naming the fix', async () => {
    grantPrinted({ 'os-disk-size-gb': '33', 'require-log': 'true' });
    const before = sim.journal.length;
    const error = await build(sim, { 'os-disk-size-gb': '33', 'require-log': 'true' }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe('SettingsError');
    expect((error as Error).message).toMatch(
      /require-log: .*Storage Blob Data Reader.*staging-resource-group/,
    );
    const kinds = sim.journal.slice(before).map((e) => e.kind);
    expect(kinds).toContain('imageTemplates.put');
    expect(kinds).not.toContain('imageTemplates.run');
  });
});

describe('preflight under enforced RBAC', () => {
  it('names each missing permission with the role that grants it', async () => {
    const setup = leastPrivilegeSetup(parseSettings(baseInputs(sim, {})), caller);
    // The builder group's custom role with its reads only.
    const customRoles = setup.customRoles.map((r) =>
      r.Name.startsWith('aks-jumpbox-image CI builder')
        ? { ...r, Actions: r.Actions.filter((a) => a.endsWith('/read')) }
        : r,
    );
    grantSetup(sim, caller, { ...setup, customRoles });
    const before = sim.journal.length;
    const { result } = await build(sim, { 'os-disk-size-gb': '34' });
    expect(result.state).toBe('Failed');
    const check = result.preflight!.find((c) => c.id === 'permissions-builder-rg')!;
    expect(check.status).toBe('fail');
    for (const [action, role] of [
      ['Microsoft.ManagedIdentity/userAssignedIdentities/write', 'Managed Identity Contributor'],
      ['Microsoft.ManagedIdentity/userAssignedIdentities/assign/action', 'Managed Identity Operator'],
      ['Microsoft.VirtualMachineImages/imageTemplates/write', 'Contributor'],
      ['Microsoft.VirtualMachineImages/imageTemplates/run/action', 'Contributor'],
    ])
      expect(check.reason).toContain(`${action} (granted by ${role}`);
    expect(result.preflight!.find((c) => c.id === 'permissions-vnet')!.status).toBe('pass');
    expect(
      sim
        .writes()
        .slice(0)
        .filter((e) => e.seq > before),
    ).toEqual([]);
  });

  it('without Storage Blob Data Reader on the staging group: a warning naming it, a failure with require-log', async () => {
    // An empty staging group of its own (the first test's build left its storage account in the other).
    const inputs = { 'staging-resource-group': stagingId('rg-jumpbox-staging-2'), 'os-disk-size-gb': '35' };
    const setup = leastPrivilegeSetup(parseSettings(baseInputs(sim, inputs)), caller);
    const withoutReader = {
      ...setup,
      assignments: setup.assignments.filter((a) => a.role !== 'Storage Blob Data Reader'),
    };
    grantSetup(sim, caller, withoutReader);
    const warned = await build(sim, { ...inputs, 'dry-run': 'true' });
    const check = warned.result.preflight!.find((c) => c.id === 'permissions-staging')!;
    expect(check.status).toBe('warn');
    expect(check.reason).toContain(
      'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/read or Microsoft.Storage/storageAccounts/listKeys/action (granted by Storage Blob Data Reader',
    );
    const before = sim.journal.length;
    const { result } = await build(sim, { ...inputs, 'require-log': 'true' });
    expect(result.state).toBe('Failed');
    expect(result.preflight!.find((c) => c.id === 'permissions-staging')!.status).toBe('fail');
    expect(sim.writes().filter((e) => e.seq > before)).toEqual([]);
  });
});
