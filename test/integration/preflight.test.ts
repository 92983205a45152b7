/**
 * Preflight against the simulator: one fixture per failing check (the message names the rule, setting or
 * permission, and the run makes no write request), a fixture that passes everything, `preflight: false`, the
 * skipped re-run staying read-only, and the what-if states of a dry run.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  BUILT_IN_ROLES,
  type Simulator,
  type SimulatorFixture,
  createSimulator,
} from '../azure-sim/index.js';
import { defaultProviders } from '../azure-sim/providers-registry.js';
import type { NetworkSecurityGroupFixture, VirtualNetwork } from '../azure-sim/state.js';
import { baseInputs, build, recordingLogger } from '../helpers/core.js';
import { secretCredential } from '../helpers/sdk.js';
import { createArmRest } from '../../src/core/arm-rest.js';
import { createClients, loadClientSdks } from '../../src/core/clients.js';
import { parseSettings, resolveCloud, runPreflight } from '../../src/core/index.js';
import type { ExtraPreflightCheck } from '../../src/core/preflight/index.js';
import { renderSummary } from '../../src/core/summary.js';

let sim: Simulator;
let pristine: Map<string, VirtualNetwork>;
beforeAll(async () => {
  sim = await createSimulator({
    build: { durationMs: 600, provisionDelayMs: 20, deleteDelayMs: 20, cancelDelayMs: 100 },
  });
  pristine = structuredClone(sim.state.virtualNetworks);
});
afterAll(async () => {
  await sim?.stop();
});
afterEach(() => {
  for (const [k, v] of pristine) sim.state.virtualNetworks.set(k, structuredClone(v));
  const f = sim.state.fixture as Partial<SimulatorFixture>;
  delete f.networkSecurityGroups;
  delete f.routeTables;
  delete f.providers;
  delete f.platformImagePlans;
  sim.state.denies.length = 0;
});

const net = () =>
  `/subscriptions/${sim.subscriptionId}/resourceGroups/rg-network/providers/Microsoft.Network`;
const vnet = () => [...sim.state.virtualNetworks.values()][0]!;
const subnet = (name = 'snet-imagebuilder') => vnet().subnets.find((s) => s.name === name)!;
const nsgId = () => `${net()}/networkSecurityGroups/nsg-imagebuilder`;
const routeTableId = () => `${net()}/routeTables/rt-imagebuilder`;
const aciSubnetId = () => `${net()}/virtualNetworks/vnet-imagebuilder/subnets/snet-aci`;

/** The guide's NSG: the load balancer probe and private link on 60001, SSH in the VNet, web out, deny the rest. */
function guideNsg(): NetworkSecurityGroupFixture {
  const rule = (
    name: string,
    priority: number,
    direction: 'Inbound' | 'Outbound',
    source: string,
    destination: string,
    ports: string[],
  ) => ({
    name,
    priority,
    direction,
    access: 'Allow' as const,
    protocol: 'Tcp',
    sourceAddressPrefix: source,
    destinationAddressPrefix: destination,
    sourcePortRange: '*',
    destinationPortRanges: ports,
  });
  const deny = (name: string, direction: 'Inbound' | 'Outbound') => ({
    name,
    priority: 4000,
    direction,
    access: 'Deny' as const,
    protocol: '*',
    sourceAddressPrefix: '*',
    destinationAddressPrefix: '*',
    sourcePortRange: '*',
    destinationPortRange: '*',
  });
  return {
    id: nsgId(),
    securityRules: [
      rule('AllowLbProbe', 100, 'Inbound', 'AzureLoadBalancer', 'VirtualNetwork', ['60001']),
      rule('AllowPrivateLink', 110, 'Inbound', 'VirtualNetwork', 'VirtualNetwork', ['60001', '22']),
      deny('DenyAllIn', 'Inbound'),
      rule('AllowWebOut', 100, 'Outbound', 'VirtualNetwork', 'Internet', ['443', '80']),
      rule('AllowSshOut', 110, 'Outbound', 'VirtualNetwork', 'VirtualNetwork', ['22']),
      deny('DenyAllOut', 'Outbound'),
    ],
  };
}

/** Everything right, as the guide sets it up: NSG, private subnet with a NAT gateway. */
function passingFixture(): void {
  sim.state.fixture.networkSecurityGroups = [guideNsg()];
  Object.assign(subnet(), {
    networkSecurityGroupId: nsgId(),
    defaultOutboundAccess: false,
    natGatewayId: `${net()}/natGateways/nat-imagebuilder`,
    ipConfigurations: 2,
  });
}

/** Requests the preflight makes (and nothing else does). */
const PREFLIGHT_KINDS =
  /^(providers\.|permissions\.list|roleDefinitions\.get|platformImages\.get|networkSecurityGroups\.get|routeTables\.get)/;

async function runAndJournal(extra: Record<string, string> = {}) {
  const before = sim.journal.length;
  const outcome = await build(sim, extra);
  const journal = sim.journal.slice(before);
  const writes = journal.filter(
    (e) => e.method !== 'GET' && e.method !== 'HEAD' && !e.kind.startsWith('entra.'),
  );
  return { ...outcome, journal, writes };
}

async function expectStopped(extra: Record<string, string>, id: string, ...named: Array<string | RegExp>) {
  const { result, writes } = await runAndJournal(extra);
  expect(writes).toEqual([]);
  expect(result.state).toBe('Failed');
  const check = result.preflight?.find((c) => c.id === id);
  expect(check?.status, JSON.stringify(result.preflight, null, 1)).toBe('fail');
  for (const n of named) {
    expect(check!.reason).toMatch(n);
    expect(result.message).toMatch(n);
  }
  expect(result.preflight!.filter((c) => c.status === 'fail').map((c) => c.id)).toEqual([id]);
  const summary = renderSummary(result);
  expect(summary).toContain('### Preflight (failed: nothing was changed)');
  expect(summary).toContain(`❌ fail | ${check!.title} |`);
  return result;
}

describe('preflight stops a run before its first write', () => {
  it('a /29 build subnet', async () => {
    subnet().addressPrefix = '10.240.0.0/29';
    await expectStopped({}, 'subnet', '/29', 'at least a /28', 'build-subnet-id');
  });

  it('a /28 with too few free addresses (IP configurations counted)', async () => {
    subnet().ipConfigurations = 8;
    await expectStopped({}, 'subnet', '3 free addresses', '8 IP configurations');
  });

  it('an IPv6-only subnet', async () => {
    subnet().addressPrefixes = ['fd00:db8::/64'];
    await expectStopped({}, 'subnet', 'no IPv4 prefix');
  });

  it('privateLinkServiceNetworkPolicies Enabled on the proxy subnet', async () => {
    subnet().privateLinkServiceNetworkPolicies = 'Enabled';
    await expectStopped(
      {},
      'proxy-topology',
      'privateLinkServiceNetworkPolicies is Enabled',
      '--private-link-service-network-policies Disabled',
    );
  });

  it('an isolated build whose container instance subnet is not delegated', async () => {
    subnet('snet-aci').delegations = [];
    await expectStopped(
      { 'container-instance-subnet-id': aciSubnetId() },
      'isolated-topology',
      'not delegated to Microsoft.ContainerInstance/containerGroups',
    );
  });

  it('an NSG rule denying the load balancer probe on 60001', async () => {
    const nsg = guideNsg();
    nsg.securityRules.unshift({
      ...nsg.securityRules[2]!,
      name: 'DenyProbe',
      priority: 90,
      destinationPortRange: '60000-60010',
      sourceAddressPrefix: 'AzureLoadBalancer',
    });
    sim.state.fixture.networkSecurityGroups = [nsg];
    subnet().networkSecurityGroupId = nsgId();
    await expectStopped(
      {},
      'nsg',
      'inbound TCP 60001 from AzureLoadBalancer',
      'rule DenyProbe (priority 90)',
    );
  });

  it('an NSG whose Deny-all shadows outbound HTTPS', async () => {
    const nsg = guideNsg();
    nsg.securityRules = nsg.securityRules.filter((r) => r.name !== 'AllowWebOut');
    sim.state.fixture.networkSecurityGroups = [nsg];
    subnet().networkSecurityGroupId = nsgId();
    await expectStopped({}, 'nsg', 'outbound TCP 443', 'rule DenyAllOut (priority 4000)');
  });

  it('an isolated build whose container instance subnet NSG blocks HTTPS out', async () => {
    const aciNsg = `${net()}/networkSecurityGroups/nsg-aci`;
    sim.state.fixture.networkSecurityGroups = [
      {
        id: aciNsg,
        securityRules: [
          {
            name: 'DenyWeb',
            priority: 200,
            direction: 'Outbound',
            access: 'Deny',
            protocol: 'Tcp',
            sourceAddressPrefix: '*',
            destinationAddressPrefix: 'Internet',
            sourcePortRange: '*',
            destinationPortRanges: ['80', '443'],
          },
        ],
      },
    ];
    subnet('snet-aci').networkSecurityGroupId = aciNsg;
    await expectStopped(
      { 'container-instance-subnet-id': aciSubnetId() },
      'nsg-aci',
      'outbound TCP 443 from VirtualNetwork (container instance subnet) to Internet',
      'rule DenyWeb (priority 200)',
    );
  });

  it('a private subnet (defaultOutboundAccess false) without a NAT gateway or firewall route', async () => {
    subnet().defaultOutboundAccess = false;
    await expectStopped({}, 'outbound', 'defaultOutboundAccess false', '--nat-gateway');
  });

  it('a route table that drops 0.0.0.0/0', async () => {
    sim.state.fixture.routeTables = [
      {
        id: routeTableId(),
        routes: [{ name: 'blackhole', addressPrefix: '0.0.0.0/0', nextHopType: 'None' }],
      },
    ];
    subnet().routeTableId = routeTableId();
    await expectStopped({}, 'outbound', 'Route blackhole', 'next hop None');
  });

  it('a region without Image Builder (from the provider, no hard-coded list)', async () => {
    await expectStopped({ location: 'brazilsouth' }, 'region', 'not offered in brazilsouth', 'East US 2');
  });

  it('an unregistered provider the caller may not register', async () => {
    sim.state.fixture.providers = defaultProviders().map((p) =>
      p.namespace === 'Microsoft.VirtualMachineImages' ? { ...p, registrationState: 'NotRegistered' } : p,
    );
    sim.deny({ action: 'Microsoft.VirtualMachineImages/register/action' });
    await expectStopped(
      {},
      'providers',
      'Microsoft.VirtualMachineImages/register/action',
      'az provider register --namespace Microsoft.VirtualMachineImages',
    );
  });

  it('a role definition that does not exist', async () => {
    await expectStopped(
      { 'network-role-id': '0b5a6c1e-1111-4222-8333-444455556666' },
      'role-definitions',
      '0b5a6c1e-1111-4222-8333-444455556666',
      'network-role-id',
    );
  });

  it('a caller that may not assign roles at the build VNet', async () => {
    sim.deny({
      action: 'Microsoft.Authorization/roleAssignments/write',
      scope: vnet() && `${net()}/virtualNetworks/vnet-imagebuilder`,
    });
    await expectStopped(
      {},
      'permissions-vnet',
      'Microsoft.Authorization/roleAssignments/write',
      'Role Based Access Control Administrator',
      'vnet-imagebuilder',
    );
  });

  it('a caller that may not create the identity in the builder group', async () => {
    sim.deny({
      action: 'Microsoft.ManagedIdentity/userAssignedIdentities/write',
      scope: `/subscriptions/${sim.subscriptionId}/resourceGroups/rg-jumpbox-builder`,
    });
    await expectStopped(
      {},
      'permissions-builder-rg',
      'Microsoft.ManagedIdentity/userAssignedIdentities/write',
      'Managed Identity Contributor',
    );
  });

  it('a pinned base image version that does not exist in the region', async () => {
    await expectStopped(
      { 'base-image': 'Canonical:ubuntu-24_04-lts:server:24.04.209901010' },
      'base-image',
      '24.04.209901010 is not offered in eastus2',
    );
  });

  it('a base image with a Marketplace purchase plan', async () => {
    sim.state.fixture.platformImagePlans = { 'Canonical:ubuntu-24_04-lts:server': 'pro-24_04' };
    await expectStopped({}, 'base-image', 'purchase plan', 'pro-24_04', 'az vm image terms accept');
  });
});

describe('preflight passes', () => {
  it('the guide set-up passes every check within the request budget, then builds; the re-run stays read-only', async () => {
    passingFixture();
    const { result, journal } = await runAndJournal();
    expect(result.state).toBe('Succeeded');
    expect(result.preflight!.map((c) => `${c.id}:${c.status}`)).toEqual(
      result.preflight!.map((c) => `${c.id}:pass`),
    );
    expect(result.preflight!.map((c) => c.id)).toEqual(
      expect.arrayContaining([
        'subnet',
        'proxy-topology',
        'nsg',
        'outbound',
        'region',
        'providers',
        'resource-groups',
        'role-definitions',
        'base-image',
      ]),
    );
    expect(journal.filter((e) => PREFLIGHT_KINDS.test(e.kind)).length).toBeLessThanOrEqual(8);
    const again = await runAndJournal();
    expect(again.result.state).toBe('Skipped');
    expect(again.result.preflight).toBeUndefined();
    expect(again.journal.filter((e) => PREFLIGHT_KINDS.test(e.kind))).toEqual([]);
    expect(again.writes).toEqual([]);
  });

  it('a route through a firewall and an unregistered provider the caller may register: warnings never stop the run', async () => {
    sim.state.fixture.routeTables = [
      {
        id: routeTableId(),
        routes: [
          {
            name: 'to-firewall',
            addressPrefix: '0.0.0.0/0',
            nextHopType: 'VirtualAppliance',
            nextHopIpAddress: '10.0.1.4',
          },
        ],
      },
    ];
    Object.assign(subnet(), { routeTableId: routeTableId(), defaultOutboundAccess: false });
    sim.state.fixture.providers = defaultProviders().map((p) =>
      p.namespace === 'Microsoft.ManagedIdentity' ? { ...p, registrationState: 'NotRegistered' } : p,
    );
    const { result, journal } = await runAndJournal({ 'os-disk-size-gb': '40' });
    expect(result.state).toBe('Succeeded');
    const outbound = result.preflight!.find((c) => c.id === 'outbound')!;
    expect(outbound).toMatchObject({ status: 'warn' });
    expect(outbound.reason).toMatch(
      /VirtualAppliance 10\.0\.1\.4: the firewall must allow the definition's egress list/,
    );
    expect(result.preflight!.find((c) => c.id === 'providers')).toMatchObject({ status: 'warn' });
    const register = journal.findIndex((e) => e.kind === 'providers.register');
    expect(journal[register]!.path).toMatch(/providers\/Microsoft\.ManagedIdentity\/register$/);
    // The registration is the run's first write.
    expect(journal.findIndex((e) => e.method !== 'GET' && !e.kind.startsWith('entra.'))).toBe(register);
    expect(
      sim.state.fixture.providers.find((p) => p.namespace === 'Microsoft.ManagedIdentity')!.registrationState,
    ).toBe('Registered');
  });

  it('preflight: false skips the checks: the PLS policy mistake then surfaces only after identity, role and template writes', async () => {
    subnet().privateLinkServiceNetworkPolicies = 'Enabled';
    const logger = recordingLogger();
    const before = sim.journal.length;
    await expect(
      build(
        sim,
        { preflight: 'false', 'os-disk-size-gb': '50', 'identity-name': 'mi-no-preflight' },
        { logger },
      ),
    ).rejects.toThrow(/privateLinkServiceNetworkPolicies disabled/);
    const journal = sim.journal.slice(before);
    expect(journal.filter((e) => PREFLIGHT_KINDS.test(e.kind))).toEqual([]);
    expect(logger.lines).toContain('info: Preflight checks skipped (preflight: false).');
    expect(journal.map((e) => e.kind)).toEqual(
      expect.arrayContaining(['identities.put', 'roleAssignments.put', 'imageTemplates.put']),
    );
  });

  it('preflight: false runs a correct set-up to the end without a preflight request', async () => {
    const { result, journal } = await runAndJournal({ preflight: 'false', 'os-disk-size-gb': '51' });
    expect(result.state).toBe('Succeeded');
    expect(result.preflight).toBeUndefined();
    expect(journal.filter((e) => PREFLIGHT_KINDS.test(e.kind))).toEqual([]);
  });
});

describe('preflight reads that fail', () => {
  afterEach(() => sim.faults.clear());
  const reasons = (result: { preflight?: Array<{ id: string; status: string; reason: string }> }) =>
    Object.fromEntries((result.preflight ?? []).map((c) => [c.id, `${c.status}: ${c.reason}`]));

  // Plain REST reads (arm-rest.ts), with the findings the generated clients' errors gave.
  it('a VNet that answers 500, providers 503 and a base image 403: the findings name the code and message', async () => {
    const denied =
      "The client 'c' with object id 'o' does not have authorization to perform action 'Microsoft.Compute/locations/publishers/artifacttypes/offers/skus/versions/read'.";
    sim.faults.add({ kind: 'virtualNetworks.get', times: Infinity, action: { type: 'status', status: 500 } });
    sim.faults.add({ kind: 'providers.list', times: Infinity, action: { type: 'status', status: 503 } });
    sim.faults.add({
      kind: 'platformImages.get',
      times: Infinity,
      action: { type: 'status', status: 403, code: 'AuthorizationFailed', message: denied },
    });
    const { result, writes, journal } = await runAndJournal({ location: 'eastus2', 'force-rebuild': 'true' });
    expect(writes).toEqual([]);
    expect(result.state).toBe('Failed');
    const found = reasons(result);
    const vnetError =
      'fail: Could not read virtual network vnet-imagebuilder: InternalServerError: The server encountered an internal error. Please retry the request.';
    expect([found.subnet, found['proxy-topology'], found.outbound]).toEqual([
      vnetError,
      vnetError,
      vnetError,
    ]);
    // The ARM error's own message (the resources SDK's pager said "Pagination failed with unexpected statusCode 503").
    const providersError =
      'ServiceUnavailable: The server encountered an internal error. Please retry the request.';
    expect(found.region).toBe(
      `warn: Could not read the resource providers (${providersError}); cannot tell whether eastus2 offers Image Builder.`,
    );
    expect(found.providers).toBe(`warn: Could not read the resource providers (${providersError}).`);
    expect(found['base-image']).toBe(
      `warn: Could not read base image Canonical:ubuntu-24_04-lts:server:24.04.202511050: AuthorizationFailed: ${denied}.`,
    );
    // Retried as the SDK clients retry (the helper's options: two retries after the first attempt); a 403 is not.
    const statuses = (kind: string) => journal.filter((e) => e.kind === kind).map((e) => e.status);
    expect(statuses('virtualNetworks.get')).toEqual([500, 500, 500]);
    expect(statuses('providers.list')).toEqual([503, 503, 503]);
    expect(statuses('platformImages.get')).toEqual([403]);
  });

  it('an NSG that answers 403 and a route table 404: warnings that name them', async () => {
    passingFixture();
    Object.assign(subnet(), { routeTableId: routeTableId() });
    sim.state.fixture.routeTables = [{ id: routeTableId(), routes: [] }];
    sim.faults.add({
      kind: 'networkSecurityGroups.get',
      times: Infinity,
      action: { type: 'status', status: 403, code: 'AuthorizationFailed', message: 'No read on the NSG.' },
    });
    sim.faults.add({
      kind: 'routeTables.get',
      times: Infinity,
      action: {
        type: 'status',
        status: 404,
        code: 'ResourceNotFound',
        message: 'The route table was not found.',
      },
    });
    const { result, writes } = await runAndJournal({
      location: 'eastus2',
      'dry-run': 'true',
      'force-rebuild': 'true',
    });
    expect(writes).toEqual([]);
    const found = reasons(result);
    expect(found.nsg).toBe(
      `warn: Could not read NSG ${nsgId()} (AuthorizationFailed: No read on the NSG.); check it allows inbound TCP 60001 from AzureLoadBalancer to VirtualNetwork (build subnet); inbound TCP 60001 from VirtualNetwork (build subnet) to VirtualNetwork (build subnet); inbound TCP 22 from VirtualNetwork (build subnet) to VirtualNetwork (build subnet); outbound TCP 22 from VirtualNetwork (build subnet) to VirtualNetwork (build subnet); outbound TCP 443 from VirtualNetwork (build subnet) to Internet; outbound TCP 80 from VirtualNetwork (build subnet) to Internet.`,
    );
    expect(found.outbound).toBe(
      `warn: Could not read route table ${routeTableId()} of snet-imagebuilder (The route table was not found.); make sure it leads to the Internet or a firewall that allows the egress list.`,
    );
    expect(result.preflight!.filter((c) => c.status === 'fail')).toEqual([]);
  });
});

describe('the plan as a what-if', () => {
  const changes = (r: { whatIf?: Array<{ kind: string; change: string }> }) =>
    r.whatIf!.map((i) => `${i.kind}:${i.change}`);
  const definition = () => {
    const dir = mkdtempSync(join(tmpdir(), 'preflight-def-'));
    const path = join(dir, 'jumpbox.yaml');
    writeFileSync(path, 'extends: default\nsteps:\n  - name: motd\n    run: echo "jump box" > /etc/motd\n');
    return path;
  };

  it('fresh, repeated and changed-definition runs', async () => {
    const disk = { 'os-disk-size-gb': '70', 'identity-name': 'mi-what-if' };
    const fresh = await runAndJournal({ ...disk, 'dry-run': 'true' });
    expect(fresh.writes).toEqual([]);
    expect(changes(fresh.result)).toEqual([
      'identity:create',
      'role-assignment:create',
      'role-assignment:create',
      'template:create',
      'image:create',
    ]);
    expect(fresh.result.whatIf!.find((i) => i.name.startsWith('image role'))!.note).toMatch(
      /deleted after the build \(revoke-roles: image\)/,
    );
    expect(JSON.parse(readFileSync(fresh.result.templateFile!, 'utf8'))).toEqual(fresh.result.template);
    expect(fresh.result.preflight!.every((c) => c.status === 'pass')).toBe(true);

    expect((await build(sim, disk)).result.state).toBe('Succeeded');
    const repeated = await runAndJournal({ ...disk, 'dry-run': 'true' });
    expect(repeated.writes).toEqual([]);
    expect(changes(repeated.result)).toEqual([
      'identity:unchanged',
      'role-assignment:unchanged',
      'role-assignment:unchanged',
      'template:unchanged',
      'image:unchanged',
    ]);

    const changed = await runAndJournal({ ...disk, definition: definition(), 'dry-run': 'true' });
    expect(changed.writes).toEqual([]);
    // Same identity; the network role was kept, the image role was revoked after the last build; a new template and image.
    expect(changes(changed.result)).toEqual([
      'identity:unchanged',
      'role-assignment:unchanged',
      'role-assignment:create',
      'template:create',
      'image:create',
    ]);

    const fixedName = await runAndJournal({
      ...disk,
      'template-name': fresh.result.templateName,
      definition: definition(),
      'dry-run': 'true',
    });
    expect(fixedName.result.whatIf!.find((i) => i.kind === 'template')).toMatchObject({
      change: 'replace',
      note: expect.stringMatching(/content differs/),
    });
  });

  it('a dry run with a failing check still prints the plan and fails', async () => {
    subnet().privateLinkServiceNetworkPolicies = 'Enabled';
    const { result, writes } = await runAndJournal({ 'dry-run': 'true', 'os-disk-size-gb': '80' });
    expect(writes).toEqual([]);
    expect(result.state).toBe('Failed');
    expect(result.message).toMatch(/privateLinkServiceNetworkPolicies/);
    expect(result.whatIf?.length).toBe(5);
    expect(renderSummary(result)).toMatch(/### Plan \(what-if\)\n\n\| Change \| Resource \| Name \| Note \|/);
  });
});

describe('runPreflight on its own (explicit parameters)', () => {
  // Here only: the runs above load the SDKs they need themselves (the provider registration its resources SDK).
  beforeAll(() => loadClientSdks());
  const preflight = (extra: Record<string, string> = {}) => {
    const settings = parseSettings(baseInputs(sim, extra));
    const options = {
      credential: secretCredential(sim),
      cloud: resolveCloud({ resourceManagerEndpoint: sim.url, authorityHost: sim.url }),
      subscriptionId: settings.subscriptionId,
    };
    const clients = createClients(options);
    const baseImage = {
      publisher: 'Canonical',
      offer: 'ubuntu-24_04-lts',
      sku: 'server',
      version: '24.04.202511050',
    };
    return runPreflight({
      clients,
      rest: createArmRest(options),
      settings,
      location: 'eastus2',
      baseImage,
      logger: recordingLogger(),
      extraChecks,
    });
  };
  let extraChecks: ExtraPreflightCheck[] = [];
  afterEach(() => {
    extraChecks = [];
  });

  it('extra checks (the gallery definition extension point) run after the built-in ones, may read, and can fail the preflight', async () => {
    const galleryImage = `/subscriptions/${sim.subscriptionId}/resourceGroups/rg-jumpbox-images/providers/Microsoft.Compute/galleries/gal/images/jumpbox`;
    extraChecks = [
      async ({ clients, signal, location }) => {
        const found = await clients.compute.galleryImages
          .get('rg-jumpbox-images', 'gal', 'jumpbox', { abortSignal: signal })
          .then(() => true)
          .catch(() => false);
        return found
          ? {
              id: 'gallery-definition',
              title: 'Gallery image definition',
              status: 'pass',
              reason: `found in ${location}`,
            }
          : {
              id: 'gallery-definition',
              title: 'Gallery image definition',
              status: 'fail',
              reason: `${galleryImage} does not exist: check gallery-image-id.`,
            };
      },
    ];
    const missing = await preflight();
    expect(missing.checks.at(-1)).toMatchObject({ id: 'gallery-definition', status: 'fail' });
    expect(missing.failed).toBe(true);
    sim.addGalleryImage(galleryImage);
    const found = await preflight();
    expect(found.checks.at(-1)).toMatchObject({ id: 'gallery-definition', status: 'pass' });
    expect(found.failed).toBe(false);
  });

  it('a missing resource group fails the resource-groups check, without a write', async () => {
    const key = [...sim.state.resourceGroups.keys()].find((k) => k.endsWith('/rg-jumpbox-images'))!;
    const saved = sim.state.resourceGroups.get(key)!;
    sim.state.resourceGroups.delete(key);
    try {
      const before = sim.journal.length;
      const report = await preflight();
      expect(report.failed).toBe(true);
      const check = report.checks.find((c) => c.id === 'resource-groups')!;
      expect(check.status).toBe('fail');
      expect(check.reason).toMatch(
        /Resource group rg-jumpbox-images does not exist.*az group create -n rg-jumpbox-images/,
      );
      expect(
        sim.journal.slice(before).filter((e) => e.method !== 'GET' && !e.kind.startsWith('entra.')),
      ).toEqual([]);
    } finally {
      sim.state.resourceGroups.set(key, saved);
    }
  });

  it('reads everything in at most ten requests (VNet, NSG, route table, providers, two custom role ids, three permission scopes, base image)', async () => {
    passingFixture();
    sim.state.fixture.routeTables = [{ id: routeTableId(), routes: [] }];
    subnet().routeTableId = routeTableId();
    const before = sim.journal.length;
    // Roles other than the well-known defaults are read too: the most reads there can be.
    const report = await preflight({
      'network-role-id': BUILT_IN_ROLES.UserAccessAdministrator,
      'image-role-id': BUILT_IN_ROLES.Owner,
    });
    const reads = sim.journal.slice(before).filter((e) => !e.kind.startsWith('entra.'));
    expect(reads.every((e) => e.method === 'GET')).toBe(true);
    expect(report.requests).toBe(reads.length);
    expect(reads.filter((e) => e.kind === 'roleDefinitions.get')).toHaveLength(2);
    expect(reads.length).toBeLessThanOrEqual(10);
    expect(report.checks.filter((c) => c.status !== 'pass')).toEqual([]);
  });
});
