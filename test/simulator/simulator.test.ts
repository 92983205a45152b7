import { AuthorizationManagementClient } from '@azure/arm-authorization';
import { ComputeManagementClient } from '@azure/arm-compute';
import { ImageBuilderClient } from '@azure/arm-imagebuilder';
import { ManagedServiceIdentityClient } from '@azure/arm-msi';
import { NetworkManagementClient } from '@azure/arm-network';
import { ResourceManagementClient } from '@azure/arm-resources';
import { StorageManagementClient } from '@azure/arm-storage';
import { ClientAssertionCredential } from '@azure/identity';
import { BlobServiceClient, StorageSharedKeyCredential } from '@azure/storage-blob';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_ROLES, type Simulator, createSimulator } from '../azure-sim/index.js';
import { classicOptions, modularOptions, secretCredential } from '../helpers/sdk.js';

let sim: Simulator;
const sub = () => sim.subscriptionId;
const vnetScope = () =>
  `/subscriptions/${sub()}/resourceGroups/rg-network/providers/Microsoft.Network/virtualNetworks/vnet-imagebuilder`;
const subnetId = () => `${vnetScope()}/subnets/snet-imagebuilder`;
const roleId = (guid: string) =>
  `/subscriptions/${sub()}/providers/Microsoft.Authorization/roleDefinitions/${guid}`;

beforeAll(async () => {
  sim = await createSimulator({
    build: { durationMs: 600, provisionDelayMs: 20, deleteDelayMs: 20, cancelDelayMs: 50 },
  });
});
afterAll(async () => {
  await sim?.stop();
});

async function githubAssertion(): Promise<string> {
  const res = await fetch(
    `${sim.github.idTokenUrl}&audience=${encodeURIComponent('api://AzureADTokenExchange')}`,
    {
      headers: { authorization: `Bearer ${sim.github.requestToken}` },
    },
  );
  return ((await res.json()) as { value: string }).value;
}

function templateBody(identityId: string, imageName = 'img-test') {
  return {
    location: 'eastus2',
    tags: { purpose: 'test' },
    identity: { type: 'UserAssigned' as const, userAssignedIdentities: { [identityId]: {} } },
    source: {
      type: 'PlatformImage' as const,
      publisher: 'Canonical',
      offer: 'ubuntu-24_04-lts',
      sku: 'server',
      version: '24.04.202511050',
    },
    customize: [{ type: 'Shell' as const, name: 'hello', inline: ['echo hello'] }],
    distribute: [
      {
        type: 'ManagedImage' as const,
        imageId: `/subscriptions/${sub()}/resourceGroups/rg-jumpbox-images/providers/Microsoft.Compute/images/${imageName}`,
        location: 'eastus2',
        runOutputName: 'jumpbox',
        artifactTags: { fingerprint: 'abc' },
      },
    ],
    buildTimeoutInMinutes: 60,
    vmProfile: {
      vmSize: 'Standard_D2ds_v5',
      vnetConfig: { subnetId: subnetId(), proxyVmSize: 'Standard_A1_v2' },
    },
  };
}

describe('Entra ID', () => {
  it('issues ARM tokens to ClientSecretCredential without any request leaving the simulator', async () => {
    const before = sim.journal.length;
    const token = await secretCredential(sim).getToken(`${sim.url}/.default`);
    expect(token.token.split('.')).toHaveLength(3);
    expect(token.expiresOnTimestamp).toBeGreaterThan(Date.now());
    const kinds = sim.journal.slice(before).map((e) => e.kind);
    expect(kinds).toContain('entra.metadata');
    expect(kinds).toContain('entra.token');
    expect(kinds).not.toContain('entra.discovery');
    const tokenRequest = sim.journal.slice(before).find((e) => e.kind === 'entra.token')!;
    expect(tokenRequest.body).toMatchObject({ client_secret: '***', grant_type: 'client_credentials' });
  });

  it('rejects a wrong client secret with AADSTS7000215', async () => {
    await expect(secretCredential(sim, 'wrong').getToken(`${sim.url}/.default`)).rejects.toThrow(
      /AADSTS7000215/,
    );
  });

  it('exchanges a GitHub OIDC assertion with ClientAssertionCredential', async () => {
    const credential = new ClientAssertionCredential(sim.tenantId, sim.client.clientId, githubAssertion, {
      authorityHost: sim.url,
      disableInstanceDiscovery: true,
    });
    const token = await credential.getToken(`${sim.url}/.default`);
    expect(token.token).toBeTruthy();
  });

  it('refuses an expired assertion with AADSTS700024', async () => {
    sim.state.assertionLifetimeSeconds = -10;
    try {
      const credential = new ClientAssertionCredential(sim.tenantId, sim.client.clientId, githubAssertion, {
        authorityHost: sim.url,
        disableInstanceDiscovery: true,
      });
      await expect(credential.getToken(`${sim.url}/.default`)).rejects.toThrow(/AADSTS700024/);
    } finally {
      sim.state.assertionLifetimeSeconds = 300;
    }
  });

  it('serves the Azure Pipelines OIDC endpoint only for referenced service connections', async () => {
    const scId = randomUUID();
    const call = () =>
      fetch(`${sim.azurePipelines.oidcRequestUri}?api-version=7.1&serviceConnectionId=${scId}`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${sim.azurePipelines.jobToken}`,
          'content-type': 'application/json',
        },
      }).then((r) => r.json() as Promise<{ oidcToken?: string; value?: string }>);
    expect((await call()).value).toMatch(/no explicit reference/);
    sim.azurePipelines.addServiceConnection(scId);
    expect((await call()).oidcToken).toMatch(/^ey/);
  });
});

describe('ARM', () => {
  it('answers 401 ExpiredAuthenticationToken for an expired token and InvalidAuthenticationToken for a forged one', async () => {
    const url = `${sim.url}/subscriptions/${sub()}/resourcegroups/rg-network?api-version=2021-04-01`;
    sim.state.accessTokenLifetimeSeconds = -5;
    const expired = await secretCredential(sim).getToken(`${sim.url}/.default`);
    sim.state.accessTokenLifetimeSeconds = 3600;
    const r1 = await fetch(url, { headers: { authorization: `Bearer ${expired.token}` } });
    expect(r1.status).toBe(401);
    expect(((await r1.json()) as { error: { code: string } }).error.code).toBe('ExpiredAuthenticationToken');
    const r2 = await fetch(url, { headers: { authorization: 'Bearer abc.def.ghi' } });
    expect(((await r2.json()) as { error: { code: string } }).error.code).toBe('InvalidAuthenticationToken');
    expect(r2.headers.get('x-ms-request-id')).toBeTruthy();
  });

  it('reads resource groups, subnets and platform image versions with the real clients', async () => {
    const cred = secretCredential(sim);
    const resources = new ResourceManagementClient(cred, sub(), modularOptions(sim));
    expect((await resources.resourceGroups.get('rg-jumpbox-images')).location).toBe('eastus2');
    await expect(resources.resourceGroups.get('rg-missing')).rejects.toMatchObject({
      statusCode: 404,
      code: 'ResourceGroupNotFound',
    });
    const network = new NetworkManagementClient(cred, sub(), modularOptions(sim));
    const subnet = await network.subnets.get('rg-network', 'vnet-imagebuilder', 'snet-imagebuilder');
    expect(subnet.privateLinkServiceNetworkPolicies).toBe('Disabled');
    const vnet = await network.virtualNetworks.get('rg-network', 'VNET-IMAGEBUILDER');
    expect(vnet.location).toBe('eastus2');
    const compute = new ComputeManagementClient(cred, sub(), modularOptions(sim));
    const versions = await compute.virtualMachineImages.list(
      'eastus2',
      'Canonical',
      'ubuntu-24_04-lts',
      'server',
      { orderby: 'name desc', top: 1 },
    );
    expect(versions.map((v) => v.name)).toEqual(['24.04.202511050']);
  });

  it('retries 429 with Retry-After and 503 transparently, and survives a connection reset', async () => {
    const resources = new ResourceManagementClient(secretCredential(sim), sub(), {
      ...modularOptions(sim),
      retryOptions: { maxRetries: 3, retryDelayInMs: 20, maxRetryDelayInMs: 200 },
    });
    sim.faults.add({
      kind: 'resourceGroups.get',
      action: { type: 'status', status: 429, retryAfterSeconds: 0 },
    });
    sim.faults.add({ kind: 'resourceGroups.get', nth: 2, action: { type: 'status', status: 503 } });
    sim.faults.add({ kind: 'resourceGroups.get', nth: 3, action: { type: 'reset' } });
    const before = sim.requests('resourceGroups.get').length;
    await resources.resourceGroups.get('rg-network');
    const seen = sim
      .requests('resourceGroups.get')
      .slice(before)
      .map((e) => e.status);
    expect(seen).toEqual([429, 503, -1, 200]);
    sim.faults.clear();
  });
});

describe('identities and role assignments', () => {
  it('creates an identity, retries PrincipalNotFound, and reports RoleAssignmentExists, UpdateNotPermitted and AuthorizationFailed', async () => {
    const cred = secretCredential(sim);
    const msi = new ManagedServiceIdentityClient(cred, sub(), classicOptions(sim));
    const identity = await msi.userAssignedIdentities.createOrUpdate('rg-jumpbox-builder', 'mi-test', {
      location: 'eastus2',
    });
    expect(identity.principalId).toMatch(/^[0-9a-f-]{36}$/);
    const again = await msi.userAssignedIdentities.createOrUpdate('rg-jumpbox-builder', 'mi-test', {
      location: 'eastus2',
    });
    expect(again.principalId).toBe(identity.principalId);

    const auth = new AuthorizationManagementClient(cred, sub(), classicOptions(sim));
    sim.state.principalNotFound = { attempts: 1, evenWithPrincipalType: false };
    const params = {
      roleDefinitionId: roleId(BUILT_IN_ROLES.NetworkContributor),
      principalId: identity.principalId!,
    };
    const name = randomUUID();
    await expect(auth.roleAssignments.create(vnetScope(), name, params)).rejects.toMatchObject({
      code: 'PrincipalNotFound',
      statusCode: 400,
    });
    const created = await auth.roleAssignments.create(vnetScope(), name, {
      ...params,
      principalType: 'ServicePrincipal',
    });
    expect(created.scope?.toLowerCase()).toBe(vnetScope().toLowerCase());
    await expect(
      auth.roleAssignments.create(vnetScope(), randomUUID(), {
        ...params,
        principalType: 'ServicePrincipal',
      }),
    ).rejects.toMatchObject({
      code: 'RoleAssignmentExists',
      statusCode: 409,
    });
    await expect(
      auth.roleAssignments.create(`/subscriptions/${sub()}/resourceGroups/rg-jumpbox-images`, name, {
        ...params,
        principalType: 'ServicePrincipal',
      }),
    ).rejects.toMatchObject({ code: 'RoleAssignmentUpdateNotPermitted' });
    const listed = [];
    for await (const a of auth.roleAssignments.listForScope(vnetScope(), {
      filter: `principalId eq '${identity.principalId}'`,
    }))
      listed.push(a);
    expect(listed).toHaveLength(1);
    sim.deny({
      action: 'Microsoft.Authorization/roleAssignments/write',
      scope: `/subscriptions/${sub()}/resourceGroups/rg-jumpbox-images`,
    });
    await expect(
      auth.roleAssignments.create(`/subscriptions/${sub()}/resourceGroups/rg-jumpbox-images`, randomUUID(), {
        ...params,
        principalType: 'ServicePrincipal',
      }),
    ).rejects.toMatchObject({ code: 'AuthorizationFailed', statusCode: 403 });
    sim.state.denies.length = 0;
    await auth.roleAssignments.delete(vnetScope(), name);
    expect(sim.audit().roleAssignments).toHaveLength(0);
    await msi.userAssignedIdentities.delete('rg-jumpbox-builder', 'mi-test');
  });

  it('refuses a second custom role with the same name', async () => {
    const auth = new AuthorizationManagementClient(secretCredential(sim), sub(), classicOptions(sim));
    const def = {
      roleName: 'Test Role',
      roleType: 'CustomRole',
      permissions: [{ actions: ['Microsoft.Compute/images/read'] }],
      assignableScopes: [`/subscriptions/${sub()}`],
    };
    await auth.roleDefinitions.createOrUpdate(`/subscriptions/${sub()}`, randomUUID(), def);
    await expect(
      auth.roleDefinitions.createOrUpdate(`/subscriptions/${sub()}`, randomUUID(), def),
    ).rejects.toMatchObject({
      code: 'RoleDefinitionWithSameNameExists',
      statusCode: 409,
    });
  });
});

describe('image templates', () => {
  let identityId: string;
  let principalId: string;
  let ib: ImageBuilderClient;
  beforeAll(async () => {
    const cred = secretCredential(sim);
    const msi = new ManagedServiceIdentityClient(cred, sub(), classicOptions(sim));
    const identity = await msi.userAssignedIdentities.createOrUpdate('rg-jumpbox-builder', 'mi-ib', {
      location: 'eastus2',
    });
    identityId = identity.id!;
    principalId = identity.principalId!;
    ib = new ImageBuilderClient(cred, sub(), modularOptions(sim));
  });

  it('fails provisioning when the identity cannot join the subnet, and 409s a PUT over an existing template', async () => {
    await expect(
      ib.virtualMachineImageTemplates.createOrUpdate(
        'rg-jumpbox-builder',
        'it-noperm',
        templateBody(identityId),
      ),
    ).rejects.toThrow(/subnets\/join\/action/);
    const failed = await ib.virtualMachineImageTemplates.get('rg-jumpbox-builder', 'it-noperm');
    expect(failed.provisioningState).toBe('Failed');
    await expect(
      ib.virtualMachineImageTemplates.createOrUpdate(
        'rg-jumpbox-builder',
        'it-noperm',
        templateBody(identityId),
      ),
    ).rejects.toMatchObject({
      statusCode: 409,
      code: 'Conflict',
    });
    await ib.virtualMachineImageTemplates.delete('rg-jumpbox-builder', 'it-noperm');
    expect(sim.audit().templates.find((t) => t.name === 'it-noperm')).toBeUndefined();
  });

  it('rejects unknown fields against the 2025-10-01 schema', async () => {
    const res = await fetch(
      `${sim.url}/subscriptions/${sub()}/resourceGroups/rg-jumpbox-builder/providers/Microsoft.VirtualMachineImages/imageTemplates/bad?api-version=2025-10-01`,
      {
        method: 'PUT',
        headers: {
          authorization: `Bearer ${(await secretCredential(sim).getToken(`${sim.url}/.default`)).token}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({
          location: 'eastus2',
          identity: { type: 'UserAssigned', userAssignedIdentities: { [identityId]: {} } },
          properties: { source: {}, distribute: [], vmboot: 1 },
        }),
      },
    );
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('ValidationFailed');
    expect(body.error.message).toMatch(/vmboot/);
  });

  it('builds: run LRO, lastRunStatus sub-states, the log in Azurite, run output and the distributed image', async () => {
    const auth = new AuthorizationManagementClient(secretCredential(sim), sub(), classicOptions(sim));
    await auth.roleAssignments.create(vnetScope(), randomUUID(), {
      roleDefinitionId: roleId(BUILT_IN_ROLES.NetworkContributor),
      principalId,
      principalType: 'ServicePrincipal',
    });
    await auth.roleAssignments.create(
      `/subscriptions/${sub()}/resourceGroups/rg-jumpbox-images`,
      randomUUID(),
      {
        roleDefinitionId: roleId(BUILT_IN_ROLES.Contributor),
        principalId,
        principalType: 'ServicePrincipal',
      },
    );
    const created = await ib.virtualMachineImageTemplates.createOrUpdate(
      'rg-jumpbox-builder',
      'it-ok',
      templateBody(identityId),
      { updateIntervalInMs: 20 },
    );
    expect(created.provisioningState).toBe('Succeeded');
    expect(created.exactStagingResourceGroup).toMatch(/\/resourceGroups\/IT_rg-jumpbox-builder_it-ok_/);

    const poller = ib.virtualMachineImageTemplates.run('rg-jumpbox-builder', 'it-ok', {
      updateIntervalInMs: 20,
    });
    await poller.submitted();
    const subStates = new Set<string>();
    for (;;) {
      const t = await ib.virtualMachineImageTemplates.get('rg-jumpbox-builder', 'it-ok');
      if (t.lastRunStatus?.runSubState) subStates.add(t.lastRunStatus.runSubState);
      if (t.lastRunStatus?.runState !== 'Running') break;
      expect(t.lastRunStatus.endTime?.toISOString()).toBe('0001-01-01T00:00:00.000Z');
      await new Promise((r) => setTimeout(r, 30));
    }
    await poller;
    expect([...subStates]).toEqual(expect.arrayContaining(['Customizing', 'Distributing']));
    const outputs = [];
    for await (const o of ib.virtualMachineImageTemplates.listRunOutputs('rg-jumpbox-builder', 'it-ok'))
      outputs.push(o);
    expect(outputs[0]?.artifactId).toMatch(/images\/img-test$/);
    expect(sim.audit().images[0]?.tags).toEqual({ fingerprint: 'abc' });

    // The log, through ARM storage discovery and keys, as a client would read it.
    const storage = new StorageManagementClient(secretCredential(sim), sub(), modularOptions(sim));
    const stagingRg = created.exactStagingResourceGroup!.split('/').pop()!;
    const accounts = [];
    for await (const a of storage.storageAccounts.listByResourceGroup(stagingRg)) accounts.push(a);
    const account = accounts[0]!;
    const keys = await storage.storageAccounts.listKeys(stagingRg, account.name!);
    const blob = new BlobServiceClient(
      account.primaryEndpoints!.blob!,
      new StorageSharedKeyCredential(account.name!, keys.keys![0]!.value!),
    );
    const names: string[] = [];
    for await (const b of blob.getContainerClient('packerlogs').listBlobsFlat()) names.push(b.name);
    expect(names[0]).toMatch(/^[0-9a-f-]{36}\/customization\.log$/);
    const text = (
      await blob.getContainerClient('packerlogs').getBlobClient(names[0]!).downloadToBuffer()
    ).toString();
    expect(text).toMatch(/\(telemetry\) Starting provisioner shell/);
    expect(text).toMatch(/PACKER OUT .*echo hello/);
    // Bearer token path (Azurite --oauth basic).
    const viaToken = new BlobServiceClient(account.primaryEndpoints!.blob!, secretCredential(sim));
    const ranged = await viaToken.getContainerClient('packerlogs').getBlobClient(names[0]!).download(10, 20);
    expect(ranged._response.status).toBe(206);
  });

  it('cancels a running build, refuses to delete it while running, and reports PackerBuildFailed on failure', async () => {
    sim.setBuild({ durationMs: 5000 });
    await ib.virtualMachineImageTemplates.createOrUpdate(
      'rg-jumpbox-builder',
      'it-cancel',
      templateBody(identityId, 'img-cancel'),
      { updateIntervalInMs: 20 },
    );
    const poller = ib.virtualMachineImageTemplates.run('rg-jumpbox-builder', 'it-cancel', {
      updateIntervalInMs: 20,
    });
    await poller.submitted();
    await expect(
      ib.virtualMachineImageTemplates.delete('rg-jumpbox-builder', 'it-cancel'),
    ).rejects.toMatchObject({ code: 'OperationNotAllowed' });
    await ib.virtualMachineImageTemplates.cancel('rg-jumpbox-builder', 'it-cancel', {
      updateIntervalInMs: 20,
    });
    await expect(poller).rejects.toThrow();
    expect(
      (await ib.virtualMachineImageTemplates.get('rg-jumpbox-builder', 'it-cancel')).lastRunStatus?.runState,
    ).toBe('Canceled');

    sim.setBuild({ durationMs: 300, outcome: 'Failed', failAt: 'Customizing' });
    const failing = ib.virtualMachineImageTemplates.run('rg-jumpbox-builder', 'it-cancel', {
      updateIntervalInMs: 20,
    });
    await expect(failing).rejects.toThrow(/PackerBuildFailed/);
    const t = await ib.virtualMachineImageTemplates.get('rg-jumpbox-builder', 'it-cancel');
    expect(t.provisioningState).toBe('Succeeded');
    expect(t.lastRunStatus?.runState).toBe('Failed');
    expect(t.lastRunStatus?.message).toMatch(/customization\.log/);
    sim.setBuild({ outcome: 'Succeeded', durationMs: 600 });
    await ib.virtualMachineImageTemplates.delete('rg-jumpbox-builder', 'it-cancel', {
      updateIntervalInMs: 20,
    });
    expect(sim.audit().runningBuilds).toEqual([]);
  });
});

describe('more of the surface', () => {
  it('adds latency to a chosen request kind and lists permissions with the fixture denies', async () => {
    const cred = secretCredential(sim);
    const auth = new AuthorizationManagementClient(cred, sub(), classicOptions(sim));
    sim.faults.add({ kind: 'permissions.list', action: { type: 'latency', ms: 300 } });
    sim.deny({
      action: 'Microsoft.Authorization/roleAssignments/write',
      scope: `/subscriptions/${sub()}/resourceGroups/rg-jumpbox-images`,
    });
    const t0 = Date.now();
    const perms = [];
    for await (const p of auth.permissions.listForResourceGroup('rg-jumpbox-images')) perms.push(p);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(300);
    expect(perms[0]?.notActions).toEqual(['Microsoft.Authorization/roleAssignments/write']);
    sim.state.denies.length = 0;
    sim.faults.clear();
  });

  it('serves gallery image definitions and versions', async () => {
    const gallery = `/subscriptions/${sub()}/resourceGroups/rg-jumpbox-images/providers/Microsoft.Compute/galleries/gal/images/jumpbox`;
    sim.addGalleryImage(gallery);
    sim.state.galleryImageVersions.set(`${gallery}/versions/1.0.0`.toLowerCase(), {
      id: `${gallery}/versions/1.0.0`,
      name: '1.0.0',
      location: 'eastus2',
      tags: { a: 'b' },
      targetRegions: ['eastus2'],
    });
    const compute = new ComputeManagementClient(secretCredential(sim), sub(), modularOptions(sim));
    const definition = await compute.galleryImages.get('rg-jumpbox-images', 'gal', 'jumpbox');
    expect(definition.name).toBe('jumpbox');
    const versions = [];
    for await (const v of compute.galleryImageVersions.listByGalleryImage(
      'rg-jumpbox-images',
      'gal',
      'jumpbox',
    ))
      versions.push(v.name);
    expect(versions).toEqual(['1.0.0']);
  });
});
