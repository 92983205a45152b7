/**
 * Image Builder behaviours the simulator models from Microsoft's docs and from the recordings' transient answers:
 * PATCH limits, network topology requirements, DELETE refused while Creating, the injectable 500 on template PUT
 * and `lastRunStatus` absent right after POST run. See docs/simulator.md.
 */
import { AuthorizationManagementClient } from '@azure/arm-authorization';
import { ImageBuilderClient } from '@azure/arm-imagebuilder';
import { ManagedServiceIdentityClient } from '@azure/arm-msi';
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_ROLES, type Simulator, createSimulator, defaultFixture } from '../azure-sim/index.js';
import { classicOptions, modularOptions, secretCredential } from '../helpers/sdk.js';

let sim: Simulator;
let ib: ImageBuilderClient['virtualMachineImageTemplates'];
let identityId: string;
const RG = 'rg-jumpbox-builder';
const sub = () => sim.subscriptionId;
const vnet = (name = 'vnet-imagebuilder') =>
  `/subscriptions/${sub()}/resourceGroups/rg-network/providers/Microsoft.Network/virtualNetworks/${name}`;

beforeAll(async () => {
  const fixture = defaultFixture();
  const main = fixture.virtualNetworks[0]!;
  main.subnets.push(
    {
      name: 'snet-pls-enabled',
      addressPrefix: '10.240.0.32/28',
      privateLinkServiceNetworkPolicies: 'Enabled',
    },
    {
      name: 'snet-aci-undelegated',
      addressPrefix: '10.240.0.48/28',
      privateLinkServiceNetworkPolicies: 'Disabled',
    },
  );
  fixture.virtualNetworks.push({
    ...main,
    name: 'vnet-other',
    addressPrefixes: ['10.241.0.0/24'],
    subnets: [
      {
        name: 'snet-aci',
        addressPrefix: '10.241.0.0/28',
        delegations: ['Microsoft.ContainerInstance/containerGroups'],
      },
    ],
  });
  sim = await createSimulator({
    fixture,
    build: { durationMs: 400, provisionDelayMs: 20, deleteDelayMs: 20, cancelDelayMs: 50 },
  });
  const cred = secretCredential(sim);
  const msi = new ManagedServiceIdentityClient(cred, sub(), classicOptions(sim));
  const identity = await msi.userAssignedIdentities.createOrUpdate(RG, 'mi-rules', { location: 'eastus2' });
  identityId = identity.id!;
  const auth = new AuthorizationManagementClient(cred, sub(), classicOptions(sim));
  for (const [scope, role] of [
    [`/subscriptions/${sub()}/resourceGroups/rg-network`, BUILT_IN_ROLES.NetworkContributor],
    [`/subscriptions/${sub()}/resourceGroups/rg-jumpbox-images`, BUILT_IN_ROLES.Contributor],
  ] as const) {
    await auth.roleAssignments.create(scope, randomUUID(), {
      roleDefinitionId: `/subscriptions/${sub()}/providers/Microsoft.Authorization/roleDefinitions/${role}`,
      principalId: identity.principalId!,
      principalType: 'ServicePrincipal',
    });
  }
  ib = new ImageBuilderClient(cred, sub(), modularOptions(sim)).virtualMachineImageTemplates;
});
afterAll(async () => {
  await sim?.stop();
});
afterEach(() => {
  sim.setBuild({ provisionDelayMs: 20, templatePutInternalErrors: 0, lastRunStatusAbsentReads: 0 });
});

function template(vnetConfig: Record<string, string>, outputs = ['one']) {
  return {
    location: 'eastus2',
    identity: { type: 'UserAssigned' as const, userAssignedIdentities: { [identityId]: {} } },
    source: {
      type: 'PlatformImage' as const,
      publisher: 'Canonical',
      offer: 'ubuntu-24_04-lts',
      sku: 'server',
      version: 'latest',
    },
    customize: [{ type: 'Shell' as const, name: 'hello', inline: ['echo hello'] }],
    distribute: outputs.map((name) => ({
      type: 'ManagedImage' as const,
      imageId: `/subscriptions/${sub()}/resourceGroups/rg-jumpbox-images/providers/Microsoft.Compute/images/${name}`,
      location: 'eastus2',
      runOutputName: name,
    })),
    vmProfile: { vnetConfig },
  };
}

const create = (name: string, body: ReturnType<typeof template>) =>
  ib.createOrUpdate(RG, name, body, { updateIntervalInMs: 20 });

describe('documented Image Builder rules', () => {
  it('fails provisioning for a proxy subnet with private link service policies enabled', async () => {
    await expect(
      create('t-pls', template({ subnetId: `${vnet()}/subnets/snet-pls-enabled` })),
    ).rejects.toThrow(/privateLinkServiceNetworkPolicies/);
    const t = await ib.get(RG, 't-pls');
    expect(t.provisioningState).toBe('Failed');
    // A Failed template blocks a new PUT until it is deleted.
    await expect(
      create('t-pls', template({ subnetId: `${vnet()}/subnets/snet-imagebuilder` })),
    ).rejects.toMatchObject({ statusCode: 409, code: 'Conflict' });
    await ib.delete(RG, 't-pls', { updateIntervalInMs: 20 });
    const ok = await create('t-pls', template({ subnetId: `${vnet()}/subnets/snet-imagebuilder` }));
    expect(ok.provisioningState).toBe('Succeeded');
    expect(ok.source).toMatchObject({ exactVersion: '24.04.202511050' });
  });

  it('fails provisioning for an isolated build whose container subnet is undelegated or in another network', async () => {
    const subnetId = `${vnet()}/subnets/snet-imagebuilder`;
    await expect(
      create(
        't-aci-undelegated',
        template({ subnetId, containerInstanceSubnetId: `${vnet()}/subnets/snet-aci-undelegated` }),
      ),
    ).rejects.toThrow(/delegated to Microsoft\.ContainerInstance\/containerGroups/);
    await expect(
      create(
        't-aci-other',
        template({ subnetId, containerInstanceSubnetId: `${vnet('vnet-other')}/subnets/snet-aci` }),
      ),
    ).rejects.toThrow(/same virtual network/);
    const ok = await create(
      't-aci',
      template({ subnetId, containerInstanceSubnetId: `${vnet()}/subnets/snet-aci` }),
    );
    expect(ok.provisioningState).toBe('Succeeded');
  });

  it('PATCH changes tags, vmProfile and distribute only, and only with every target repeated', async () => {
    await create('t-patch', template({ subnetId: `${vnet()}/subnets/snet-imagebuilder` }, ['one', 'two']));
    await expect(
      ib.update(
        RG,
        't-patch',
        { properties: { distribute: template({}, ['one']).distribute } },
        { updateIntervalInMs: 20 },
      ),
    ).rejects.toThrow(/Runoutput name two not found in the update request/);
    const raw = await fetch(
      `${sim.url}/subscriptions/${sub()}/resourceGroups/${RG}/providers/Microsoft.VirtualMachineImages/imageTemplates/t-patch?api-version=2025-10-01`,
      {
        method: 'PATCH',
        headers: {
          authorization: `Bearer ${(await secretCredential(sim).getToken(`${sim.url}/.default`)).token}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ properties: { buildTimeoutInMinutes: 90 } }),
      },
    );
    expect(raw.status).toBe(400);
    expect(((await raw.json()) as { error: { code: string } }).error.code).toBe('ValidationFailed');
    const updated = await ib.update(
      RG,
      't-patch',
      {
        tags: { a: 'b' },
        properties: {
          vmProfile: { vmSize: 'Standard_D4ds_v5' },
          distribute: template({}, ['one', 'two', 'three']).distribute,
        },
      },
      { updateIntervalInMs: 20 },
    );
    expect(updated.tags).toEqual({ a: 'b' });
    expect(updated.vmProfile?.vmSize).toBe('Standard_D4ds_v5');
    expect(updated.distribute).toHaveLength(3);
  });

  it('refuses DELETE while the template is still Creating', async () => {
    sim.setBuild({ provisionDelayMs: 2000 });
    const poller = ib.createOrUpdate(
      RG,
      't-creating',
      template({ subnetId: `${vnet()}/subnets/snet-imagebuilder` }),
      {
        updateIntervalInMs: 50,
      },
    );
    await poller.submitted();
    await expect(ib.delete(RG, 't-creating')).rejects.toMatchObject({ code: 'OperationNotAllowed' });
    await poller;
  });
});

describe('recorded and reported transient answers', () => {
  it('answers the next template PUT 500 InternalOperationError without creating anything', async () => {
    sim.setBuild({ templatePutInternalErrors: 1 });
    const body = template({ subnetId: `${vnet()}/subnets/snet-imagebuilder` });
    const noRetry = new ImageBuilderClient(secretCredential(sim), sub(), {
      ...modularOptions(sim),
      retryOptions: { maxRetries: 0 },
    }).virtualMachineImageTemplates;
    await expect(noRetry.createOrUpdate(RG, 't-500', body, { updateIntervalInMs: 20 })).rejects.toMatchObject(
      {
        statusCode: 500,
        code: 'InternalOperationError',
      },
    );
    expect(sim.audit().templates.find((t) => t.name === 't-500')).toBeUndefined();
    const created = await create('t-500', body);
    expect(created.provisioningState).toBe('Succeeded');
  });

  it('omits lastRunStatus from the configured number of reads right after POST run', async () => {
    await create('t-run', template({ subnetId: `${vnet()}/subnets/snet-imagebuilder` }));
    sim.setBuild({ lastRunStatusAbsentReads: 1 });
    const poller = ib.run(RG, 't-run', { updateIntervalInMs: 20 });
    await poller.submitted();
    expect((await ib.get(RG, 't-run')).lastRunStatus).toBeUndefined();
    expect((await ib.get(RG, 't-run')).lastRunStatus?.runState).toBeDefined();
    await poller;
  });
});
