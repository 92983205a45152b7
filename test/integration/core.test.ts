import { existsSync, readFileSync } from 'node:fs';
import { renderSummary } from '../../src/core/summary.js';
import { dirname, join } from 'node:path';
import { Ajv } from 'ajv';
import { MANIFEST_BEGIN, MANIFEST_END } from '../../src/core/definition/index.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Simulator, createSimulator } from '../azure-sim/index.js';
import { build } from '../helpers/core.js';
import { type Checkpoint, finishAfterCancel, resolveCloud } from '../../src/core/index.js';
import { secretCredential } from '../helpers/sdk.js';
import { recordingLogger } from '../helpers/core.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await createSimulator({
    build: { durationMs: 800, provisionDelayMs: 20, deleteDelayMs: 20, cancelDelayMs: 100 },
  });
});
afterAll(async () => {
  await sim?.stop();
});
afterEach(() => {
  sim.faults.clear();
  sim.state.denies.length = 0;
  sim.setBuild({ outcome: 'Succeeded', durationMs: 800, extraLogLines: [] });
});

const imageRg = () => `/subscriptions/${sim.subscriptionId}/resourceGroups/rg-jumpbox-images`;

describe('core against the simulator', () => {
  it('dry run (plan) makes zero write requests and returns the full template', async () => {
    const before = sim.journal.length;
    const { result } = await build(sim, { 'dry-run': 'true' });
    const writes = sim.journal
      .slice(before)
      .filter((e) => e.method !== 'GET' && !e.kind.startsWith('entra.'));
    expect(writes).toEqual([]);
    expect(result.dryRun).toBe(true);
    expect(
      (result.template as { properties: { source: { version: string } } }).properties.source.version,
    ).toBe('24.04.202511050');
    expect(result.rolesGranted.map((r) => r.purpose)).toEqual(['network', 'image']);
  });

  it('builds end to end: identity, two roles, exactly one template PUT, live log, image, log file; revokes the image role', async () => {
    const before = sim.journal.length;
    const { result, logger } = await build(sim);
    const journal = sim.journal.slice(before);
    expect(result.state).toBe('Succeeded');
    expect(result.imageId).toMatch(
      /\/resourceGroups\/rg-jumpbox-images\/providers\/Microsoft\.Compute\/images\/img-aks-jumpbox-[0-9a-f]{12}$/,
    );
    expect(journal.filter((e) => e.kind === 'imageTemplates.put')).toHaveLength(1);
    expect(journal.filter((e) => e.kind === 'imageTemplates.run')).toHaveLength(1);
    // The hours-long run LRO is never polled: progress comes from lastRunStatus alone.
    const runAt = journal.findIndex((e) => e.kind === 'imageTemplates.run');
    expect(journal.slice(runAt).filter((e) => e.kind === 'operations.get')).toEqual([]);
    const puts = journal.filter((e) => e.kind === 'roleAssignments.put');
    expect(puts).toHaveLength(2);
    for (const p of puts)
      expect((p.body as { properties: { principalType: string } }).properties.principalType).toBe(
        'ServicePrincipal',
      );
    // image role revoked (default revoke-roles: image), network role kept
    const left = sim.audit().roleAssignments;
    expect(left).toHaveLength(1);
    expect(left[0]!.scope).toMatch(/virtualNetworks\/vnet-imagebuilder$/);
    expect(result.rolesRevoked.map((r) => r.purpose)).toEqual(['image']);
    expect(logger.buildLines.some((l) => l.includes('Starting provisioner shell'))).toBe(true);
    expect(logger.lines.some((l) => /Running\/Customizing/.test(l))).toBe(true);
    expect(result.logFile && readFileSync(result.logFile, 'utf8')).toMatch(/PACKER OUT/);
    const image = sim.audit().images.find((i) => i.id === result.imageId)!;
    expect(image.tags['jumpbox-fingerprint']).toBe(result.fingerprint);
    expect(image.tags['source-repository']).toBe('contoso/platform-images');
    expect(result.phases.map((p) => p.name)).toEqual(
      expect.arrayContaining(['Resolve', 'Identity', 'Roles', 'Template', 'Build']),
    );
    // The build phase records the Image Builder sub-states it saw, in order, each once.
    const stages = (result.timeline ?? []).map((e) => e.subState);
    expect(stages).toContain('Customizing');
    // In Image Builder's order (a fast simulated build may pass a stage between two polls).
    const order = ['Queued', 'Building', 'Customizing', 'Optimizing', 'Validating', 'Distributing'];
    const ranks = stages.map((st) => order.indexOf(st ?? ''));
    expect(ranks.every((r) => r >= 0)).toBe(true);
    expect([...ranks].sort((x, y) => x - y)).toEqual(ranks);
    expect(new Set(stages).size).toBe(stages.length);
    expect((result.timeline ?? []).every((e) => e.state === 'Running' && e.durationMs >= 0)).toBe(true);
  });

  it('skips an unchanged re-run with no write request at all', async () => {
    const before = sim.journal.length;
    const { result } = await build(sim);
    expect(result.state).toBe('Skipped');
    expect(result.buildSkipped).toBe(true);
    expect(result.imageId).toMatch(/img-aks-jumpbox-/);
    expect(
      sim.journal.slice(before).filter((e) => e.method !== 'GET' && !e.kind.startsWith('entra.')),
    ).toEqual([]);
  });

  it('force-rebuild reuses the existing template (no second PUT) and builds again', async () => {
    const templatesBefore = sim.requests('imageTemplates.put').length;
    const { result } = await build(sim, { 'force-rebuild': 'true' });
    expect(result.state).toBe('Succeeded');
    expect(sim.requests('imageTemplates.put').length).toBe(templatesBefore);
    expect(sim.audit().templates).toHaveLength(1);
  });

  it('a different VM size makes a new template but keeps the fingerprint', async () => {
    const { result: a } = await build(sim, { 'dry-run': 'true', 'force-rebuild': 'true' });
    const { result: b } = await build(sim, {
      'dry-run': 'true',
      'force-rebuild': 'true',
      'vm-size': 'Standard_D4ds_v5',
    });
    expect(b.fingerprint).toBe(a.fingerprint);
    expect(b.templateName).not.toBe(a.templateName);
  });

  it('a failed build returns Failed with the run message and log tail, and still revokes the image role', async () => {
    sim.setBuild({ outcome: 'Failed', failAt: 'Customizing' });
    const { result } = await build(sim, { 'force-rebuild': 'true', 'revoke-roles': 'all' });
    expect(result.state).toBe('Failed');
    expect(result.message).toMatch(/Packer build command has failed/);
    expect(result.logTail?.join('\n')).toMatch(/PACKER ERR/);
    // The summary leads with the failing step, its exit code and a pointer to the fix.
    const md = renderSummary(result);
    expect(md).toMatch(/The customizer step <code>[^<]+<\/code> failed, exit code \*\*100\*\*/);
    expect(md.indexOf('### Why it failed')).toBeLessThan(md.indexOf('| Resource |'));
    expect(sim.audit().roleAssignments).toEqual([]);
    expect(sim.audit().runningBuilds).toEqual([]);
  });

  it('on abort sends cancel promptly, waits for Canceled and revokes roles', async () => {
    sim.setBuild({ durationMs: 20_000 });
    const controller = new AbortController();
    const checkpoints: Checkpoint[] = [];
    const pending = build(sim, { 'force-rebuild': 'true' }, { signal: controller.signal, checkpoints });
    for (let i = 0; i < 200 && !sim.audit().runningBuilds.length; i++)
      await new Promise((r) => setTimeout(r, 50));
    const abortAt = Date.now();
    controller.abort();
    const { result } = await pending;
    const cancel = sim.requests('imageTemplates.cancel');
    expect(cancel.length).toBeGreaterThan(0);
    expect(Date.parse(cancel.at(-1)!.time) - abortAt).toBeLessThan(2000);
    expect(result.state).toBe('Canceled');
    expect(sim.audit().templates[0]!.runState).toBe('Canceled');
    expect(sim.audit().roleAssignments.filter((a) => a.scope === imageRg())).toEqual([]);
    expect(checkpoints.at(-1)!.finished).toBe(true);
  });

  it('retries PrincipalNotFound for a new identity with bounded backoff', async () => {
    sim.state.principalNotFound = { attempts: 2, evenWithPrincipalType: true };
    const { result, logger } = await build(sim, {
      'identity-name': 'mi-replicating',
      'force-rebuild': 'true',
      'revoke-roles': 'all',
    });
    sim.state.principalNotFound = { attempts: 0, evenWithPrincipalType: false };
    expect(result.state).toBe('Succeeded');
    expect(logger.lines.filter((l) => l.includes('PrincipalNotFound')).length).toBeGreaterThanOrEqual(2);
  });

  it('explains AuthorizationFailed with the missing permission and scope', async () => {
    sim.deny({ action: 'Microsoft.Authorization/roleAssignments/write', scope: imageRg() });
    // The preflight would stop this run before any write (test/integration/preflight.test.ts); without it, the
    // failed write itself must explain what is missing.
    await expect(
      build(sim, { 'force-rebuild': 'true', 'identity-name': 'mi-denied', preflight: 'false' }),
    ).rejects.toThrow(
      /lacks 'Microsoft\.Authorization\/roleAssignments\/write' at \/subscriptions\/.*\/resourceGroups\/rg-jumpbox-images/,
    );
  });

  it('fails clearly when a resource group is missing', async () => {
    await expect(build(sim, { 'image-resource-group': 'rg-nope' })).rejects.toThrow(
      /Resource group rg-nope does not exist/,
    );
  });

  it('a template that failed to provision is deleted and recreated', async () => {
    const name = 'it-fixed-name';
    // Reader cannot join the subnet, so Image Builder fails the template's provisioning.
    await expect(
      build(sim, {
        'template-name': name,
        'force-rebuild': 'true',
        'identity-name': 'mi-fresh',
        'network-role-id': 'acdd72a7-3385-48ef-bd42-f606fba81ae7',
      }),
    ).rejects.toThrow(/subnets\/join\/action/);
    expect(sim.audit().templates.find((t) => t.name === name)?.provisioningState).toBe('Failed');
    const deletesBefore = sim.requests('imageTemplates.delete').length;
    const { result } = await build(sim, {
      'template-name': name,
      'force-rebuild': 'true',
      'identity-name': 'mi-fresh',
    });
    expect(result.state).toBe('Succeeded');
    expect(sim.requests('imageTemplates.delete').length).toBe(deletesBefore + 1);
    expect(sim.audit().templates.find((t) => t.name === name)?.provisioningState).toBe('Succeeded');
  });

  it('attaches to a build already running on the template instead of starting another', async () => {
    sim.setBuild({ durationMs: 20_000 });
    const first = await build(sim, { 'force-rebuild': 'true', wait: 'false' });
    expect(first.result.state).toBe('Running');
    sim.setBuild({ durationMs: 800 });
    const runsBefore = sim.requests('imageTemplates.run').length;
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 1500);
    const cancelsBefore = sim.requests('imageTemplates.cancel').length;
    const { result, logger } = await build(sim, { 'force-rebuild': 'true' }, { signal: controller.signal });
    expect(sim.requests('imageTemplates.run').length).toBe(runsBefore);
    expect(logger.lines.some((l) => /attaching to it instead of starting another/.test(l))).toBe(true);
    expect(result.state).toBe('Canceled');
    // A cancelled run never cancels a build it did not start: the first run's build goes on.
    expect(sim.requests('imageTemplates.cancel').length).toBe(cancelsBefore);
    expect(sim.audit().runningBuilds).toHaveLength(1);
    await finishAfterCancel(
      {
        subscriptionId: sim.subscriptionId,
        templateId: first.result.templateId,
        buildStarted: true,
        revoke: [],
      },
      {
        credential: secretCredential(sim),
        cloud: resolveCloud({ resourceManagerEndpoint: sim.url, authorityHost: sim.url }),
        logger: recordingLogger(),
      },
    );
    expect(sim.audit().runningBuilds).toEqual([]);
  });

  it('refuses to replace a differing fixed-name template while a build runs on it', async () => {
    sim.setBuild({ durationMs: 20_000 });
    const name = 'it-busy';
    await build(sim, { 'template-name': name, 'force-rebuild': 'true', wait: 'false' });
    await expect(
      build(sim, { 'template-name': name, 'force-rebuild': 'true', 'vm-size': 'Standard_D8ds_v5' }),
    ).rejects.toThrow(/differs from the requested content but a build is running on it/);
    expect(
      sim.requests('imageTemplates.delete').filter((e) => e.path.endsWith(name) && e.status < 300),
    ).toEqual([]);
    await finishAfterCancel(
      {
        subscriptionId: sim.subscriptionId,
        templateId: sim.audit().templates.find((t) => t.name === name)!.id,
        buildStarted: true,
        revoke: [],
      },
      {
        credential: secretCredential(sim),
        cloud: resolveCloud({ resourceManagerEndpoint: sim.url, authorityHost: sim.url }),
        logger: recordingLogger(),
      },
    );
  });

  it('creates the least-privilege custom roles and uses them for the assignments', async () => {
    const { result } = await build(sim, {
      'force-rebuild': 'true',
      'create-custom-roles': 'true',
      'identity-name': 'mi-custom',
      'revoke-roles': 'none',
    });
    expect(result.state).toBe('Succeeded');
    const custom = sim.audit().customRoles.filter((r) => r.roleName.includes('AKS Jump Box'));
    expect(custom.map((r) => r.actions.sort())).toEqual(
      expect.arrayContaining([
        ['Microsoft.Network/virtualNetworks/read', 'Microsoft.Network/virtualNetworks/subnets/join/action'],
        [
          'Microsoft.Compute/images/delete',
          'Microsoft.Compute/images/read',
          'Microsoft.Compute/images/write',
        ],
      ]),
    );
    const principal = result.identityPrincipalId;
    const mine = sim.audit().roleAssignments.filter((a) => a.principalId === principal);
    expect(mine.map((a) => a.roleDefinitionId.split('/').pop()).sort()).toEqual(
      custom.map((r) => r.name).sort(),
    );
    // A second run reuses both roles (no new role definition write).
    const before = sim.requests('roleDefinitions.put').length;
    await build(sim, {
      'force-rebuild': 'true',
      'create-custom-roles': 'true',
      'identity-name': 'mi-custom',
      'dry-run': 'false',
      'revoke-roles': 'all',
    });
    expect(sim.requests('roleDefinitions.put').length).toBe(before);
  });

  it('reports PartiallySucceeded with the run message and the image', async () => {
    sim.setBuild({ outcome: 'PartiallySucceeded' });
    const { result } = await build(sim, { 'force-rebuild': 'true' });
    expect(result.state).toBe('PartiallySucceeded');
    expect(result.message).toMatch(/Failed in distributing/);
    expect(result.imageId).toBeTruthy();
  });

  it('wait: false starts the build, keeps the roles and returns Running; finishAfterCancel cancels it and revokes', async () => {
    sim.setBuild({ durationMs: 20_000 });
    const checkpoints: Checkpoint[] = [];
    const { result } = await build(sim, { 'force-rebuild': 'true', wait: 'false' }, { checkpoints });
    expect(result.state).toBe('Running');
    expect(sim.audit().runningBuilds).toHaveLength(1);
    expect(sim.audit().roleAssignments.some((a) => a.scope === imageRg())).toBe(true);
    const last = checkpoints.at(-1)!;
    expect(last.buildStarted).toBe(true);
    const outcome = await finishAfterCancel(last, {
      credential: secretCredential(sim),
      cloud: resolveCloud({ resourceManagerEndpoint: sim.url, authorityHost: sim.url }),
      logger: recordingLogger(),
    });
    expect(outcome.canceled).toBe(true);
    expect(outcome.revoked).toHaveLength(1);
    expect(sim.audit().runningBuilds).toEqual([]);
  });

  it('cleanup-template on-success deletes the template after copying the log', async () => {
    const { result } = await build(sim, {
      'force-rebuild': 'true',
      'cleanup-template': 'on-success',
      'os-disk-size-gb': '64',
    });
    expect(result.state).toBe('Succeeded');
    expect(result.logFile && existsSync(result.logFile)).toBe(true);
    expect(sim.audit().templates.find((t) => t.name === result.templateName)).toBeUndefined();
  });
});

describe('core results', () => {
  it('parses the manifest the build printed into the result and manifest.json', async () => {
    const manifest = {
      definitionFingerprint: 'abc',
      baseImageVersion: '24.04.202511050',
      tools: [{ name: 'kubectl', version: '1.34.2' }],
    };
    sim.setBuild({ extraLogLines: [MANIFEST_BEGIN, JSON.stringify(manifest), MANIFEST_END] });
    const { result } = await build(sim, { 'force-rebuild': 'true' });
    expect(result.manifest).toEqual(manifest);
    expect(JSON.parse(readFileSync(result.manifestFile!, 'utf8'))).toEqual(manifest);
  });
});

describe('core SBOM', () => {
  it('saves the SPDX document the build printed as sbom.spdx.json beside the log', async () => {
    const { result } = await build(sim, { 'force-rebuild': 'true' });
    expect(result.state).toBe('Succeeded');
    expect(result.sbomFile).toBe(join(dirname(result.logFile!), 'sbom.spdx.json'));
    const doc = JSON.parse(readFileSync(result.sbomFile!, 'utf8'));
    const schema = JSON.parse(
      readFileSync(join(import.meta.dirname, '../sbom/spdx-schema-2.3.json'), 'utf8'),
    );
    const validate = new Ajv({ strict: false }).compile(schema);
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    // Every tool of the (default) definition, with the download location the rendered script carries.
    const names = (doc.packages as Array<{ name: string }>).map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining(result.tools.map((t) => t.name)));
    expect(doc.packages).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: 'kubectl',
          versionInfo: result.tools.find((t) => t.name === 'kubectl')!.version,
          downloadLocation: expect.stringMatching(
            /^https:\/\/dl\.k8s\.io\/release\/v[0-9.]+\/bin\/linux\/amd64\/kubectl$/,
          ),
        }),
      ]),
    );
  });
});

describe('core resilience', () => {
  it('reads the log with the account key when the storage data plane refuses the token', async () => {
    sim.state.storageDataPlaneAccess = false;
    try {
      const before = sim.journal.length;
      const { result } = await build(sim, { 'force-rebuild': 'true' });
      expect(result.state).toBe('Succeeded');
      expect(readFileSync(result.logFile!, 'utf8')).toMatch(/PACKER OUT/);
      expect(sim.journal.slice(before).some((e) => e.kind === 'storageAccounts.listKeys')).toBe(true);
    } finally {
      sim.state.storageDataPlaneAccess = true;
    }
  });

  it('tolerates transient failures while polling and survives access tokens expiring mid-build', async () => {
    sim.state.accessTokenLifetimeSeconds = 2;
    sim.setBuild({ durationMs: 2500 });
    sim.faults.add({ kind: 'imageTemplates.get', nth: 3, times: 1, action: { type: 'status', status: 500 } });
    sim.faults.add({ kind: 'imageTemplates.get', nth: 5, times: 1, action: { type: 'reset' } });
    const tokensBefore = sim.counters.accessTokens;
    try {
      const { result } = await build(sim, { 'force-rebuild': 'true' });
      expect(result.state).toBe('Succeeded');
      expect(sim.counters.accessTokens - tokensBefore).toBeGreaterThan(1);
      expect(sim.requests('imageTemplates.get').some((e) => e.status === 401)).toBe(false);
    } finally {
      sim.state.accessTokenLifetimeSeconds = 3600;
    }
  });

  it('stops waiting at the client timeout, says the build continues, and keeps the roles', async () => {
    sim.setBuild({ durationMs: 90_000 });
    // A poll interval longer than the wait: the loop never sleeps past the deadline.
    const { result } = await build(sim, {
      'force-rebuild': 'true',
      'wait-timeout-minutes': '0.05',
      'poll-interval-seconds': '600',
    });
    expect(result.state).toBe('Running');
    expect(result.timedOut).toBe(true);
    expect(result.message).toMatch(/continues in Azure/);
    expect(sim.audit().roleAssignments.some((a) => a.scope === imageRg())).toBe(true);
    await finishAfterCancel(
      { subscriptionId: sim.subscriptionId, templateId: result.templateId, buildStarted: true, revoke: [] },
      {
        credential: secretCredential(sim),
        cloud: resolveCloud({ resourceManagerEndpoint: sim.url, authorityHost: sim.url }),
        logger: recordingLogger(),
      },
    );
  });
});
