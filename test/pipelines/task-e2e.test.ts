/**
 * The bundled task (task/dist) run as the agent runs it, against the Azure simulator: every auth scheme of an
 * Azure Resource Manager service connection, outputs, log upload, summary, a failed build, a canceled job and
 * the post-job cleanup.
 */
import { randomUUID } from 'node:crypto';
import { buildLeftovers, platformRow } from '../helpers/reliability.js';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { basename, delimiter, join } from 'node:path';
import selfsigned from 'selfsigned';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Simulator, createSimulator } from '../azure-sim/index.js';
import { type AgentRun, defaultInputs, ensureTaskBundle, runAgentTask } from './agent.js';
import { secretCredential } from '../helpers/sdk.js';

/** A Node 20 binary outside node_modules (the system Node on these machines), if there is one. */
const SYSTEM_NODE_20 = (process.env.PATH ?? '')
  .split(delimiter)
  .filter((dir) => dir && !dir.includes('node_modules'))
  .map((dir) => join(dir, 'node'))
  .find((bin) => {
    try {
      return existsSync(bin) && execFileSync(bin, ['--version']).toString().startsWith('v20.');
    } catch {
      return false;
    }
  });

const CHECKPOINT = 'AKS_JUMPBOX_IMAGE_CHECKPOINT';
let sim: Simulator;
const figures: string[] = [];

beforeAll(async () => {
  ensureTaskBundle();
  sim = await createSimulator({
    build: { durationMs: 1500, provisionDelayMs: 20, deleteDelayMs: 20, cancelDelayMs: 200 },
  });
}, 300_000);
afterAll(async () => {
  await sim?.stop();
  if (figures.length) console.log(`pipelines e2e figures:\n  ${figures.join('\n  ')}`);
});
afterEach(() => {
  sim.faults.clear();
  sim.setBuild({ outcome: 'Succeeded', durationMs: 1500, extraLogLines: [] });
  sim.state.accessTokenLifetimeSeconds = 3600;
  sim.state.assertionLifetimeSeconds = 300;
});

const imageRgScope = () => `/subscriptions/${sim.subscriptionId}/resourceGroups/rg-jumpbox-images`;

function wif(): { connectionId: string; auth: { scheme: 'WorkloadIdentityFederation'; clientId: string } } {
  const connectionId = randomUUID();
  sim.azurePipelines.addServiceConnection(connectionId);
  return { connectionId, auth: { scheme: 'WorkloadIdentityFederation', clientId: sim.client.clientId } };
}

/** Cancels every running build through ARM (the test's own clean-up, not the product's). */
async function cancelRunning(): Promise<void> {
  const token = (await secretCredential(sim).getToken(`${sim.url}/.default`)).token;
  for (const id of sim.audit().runningBuilds)
    await fetch(`${sim.url}${id}/cancel?api-version=2025-10-01`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
  const until = Date.now() + 20_000;
  while (sim.audit().runningBuilds.length && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
  sim.setBuild({ durationMs: 2000 });
}

function expectNoTaskFailure(run: AgentRun) {
  if (run.result !== 'Succeeded') console.log(run.stdout, run.stderr);
  expect(run.code).toBe(0);
  expect(run.result).toBe('Succeeded');
}

describe('Azure Pipelines task (bundled) against the simulator', () => {
  it('builds with a workload identity federation connection: fresh OIDC tokens as they expire, outputs, artifact, summary, provenance tags', async () => {
    const { connectionId, auth } = wif();
    // Short-lived tokens: access tokens are refreshed every 3 s (half their life); an OIDC token is reused for 2 s
    // only (half its life: the shared rule of src/core/jwt.ts), so every refresh needs a fresh one.
    sim.state.accessTokenLifetimeSeconds = 6;
    sim.state.assertionLifetimeSeconds = 4;
    const before = sim.journal.length;
    const oidcBefore = sim.counters.azurePipelinesIdTokens;
    // Long enough for the access token to be refreshed after the first OIDC token expired.
    sim.setBuild({
      durationMs: 8000,
      extraLogLines: [
        '##vso[task.setvariable variable=imageId;isOutput=true]/evil',
        '##[group]injected',
        '##vso[task.complete result=Failed;]boom',
      ],
    });
    const run = await runAgentTask(sim, {
      connectionId,
      auth,
      inputs: { ...defaultInputs(sim), tags: 'owner=platform\ncost-center=42' },
    });
    expectNoTaskFailure(run);
    const journal = sim.journal.slice(before);

    // OIDC: POST with api-version 7.1, the connection id and the job token; one assertion per Entra token request.
    const oidc = journal.filter((e) => e.kind === 'oidc.azurePipelines');
    expect(oidc.length).toBeGreaterThan(0);
    for (const e of oidc) {
      expect(e.method).toBe('POST');
      expect(e.query).toEqual({ 'api-version': '7.1', serviceConnectionId: connectionId });
      expect(e.status).toBe(200);
    }
    const tokens = journal.filter((e) => e.kind === 'entra.token');
    expect(oidc.length).toBeGreaterThanOrEqual(2);
    expect(tokens.length).toBeGreaterThanOrEqual(oidc.length);
    expect(tokens.every((e) => e.status === 200)).toBe(true);
    expect(tokens.every((e) => (e.body as Record<string, string>).client_assertion === '***')).toBe(true);
    expect(journal.some((e) => e.kind === 'entra.discovery')).toBe(false);
    figures.push(
      `WIF build: ${run.durationMs} ms, ${oidc.length} OIDC token request(s), ${tokens.length} Entra token request(s), ${sim.counters.azurePipelinesIdTokens - oidcBefore} issued`,
    );

    // Output variables, all as outputs.
    const setvars = run.command('task', 'setvariable');
    expect(setvars.every((c) => c.properties.isOutput === 'true' && c.properties.issecret === 'false')).toBe(
      true,
    );
    expect(run.outputs.runState).toBe('Succeeded');
    expect(run.outputs.buildSkipped).toBe('false');
    expect(run.outputs.imageId).toMatch(
      /\/resourceGroups\/rg-jumpbox-images\/providers\/Microsoft\.Compute\/images\/[^/]+$/,
    );
    expect(run.outputs.fingerprint).toMatch(/^[0-9a-f]{12,}$/);
    expect(run.outputs.templateId).toMatch(
      /\/resourceGroups\/rg-jumpbox-builder\/providers\/Microsoft\.VirtualMachineImages\/imageTemplates\//,
    );
    expect(Object.keys(run.outputs).sort()).toEqual(
      [
        'baseImageVersion',
        'buildSkipped',
        'durationSeconds',
        'fingerprint',
        'identityId',
        'identityPrincipalId',
        'imageId',
        'imageName',
        'logFile',
        'runState',
        'sbomFile',
        'testResult',
        'stagingResourceGroup',
        'templateId',
        'templateName',
        'galleryImageVersion',
        'replicatedRegions',
        'failedRegions',
        'retentionDeleted',
      ].sort(),
    );

    // The live log cannot inject commands or formatting.
    expect(run.stdout).toContain('##_vso[task.setvariable variable=imageId');
    expect(run.stdout).toContain('##_[group]injected');
    expect(run.commands.filter((c) => c.area === 'task' && c.event === 'complete')).toHaveLength(1);
    expect(run.stdout).toMatch(/^##\[group\]/m);

    // Log artifact (build host): one artifact.upload of a folder with the customization log.
    const uploads = run.command('artifact', 'upload');
    expect(uploads).toHaveLength(1);
    expect(uploads[0]!.properties).toMatchObject({
      artifactname: 'aks-jumpbox-customization-log',
      containerfolder: 'aks-jumpbox-customization-log',
    });
    const files = readdirSync(uploads[0]!.message);
    expect(files).toContain(basename(run.outputs.logFile!));
    expect(run.outputs.sbomFile).toMatch(/sbom\.spdx\.json$/);
    expect(files).toContain('sbom.spdx.json');
    expect(run.command('task', 'uploadfile')).toHaveLength(0);

    // Summary tab.
    const summaries = run.command('task', 'uploadsummary');
    expect(summaries).toHaveLength(1);
    const md = readFileSync(summaries[0]!.message, 'utf8');
    expect(md).toContain('Succeeded');
    expect(md).toContain('aks-jumpbox-customization-log');

    // Checkpoint for the post-job step.
    expect(JSON.parse(run.taskVariables[CHECKPOINT]!)).toMatchObject({ finished: true });

    // Provenance tags on the image; image role revoked, network role kept.
    const image = sim.audit().images.find((i) => i.id.toLowerCase() === run.outputs.imageId!.toLowerCase())!;
    expect(image.tags).toMatchObject({
      'source-repository': 'contoso/platform-images',
      'source-commit': '0f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6',
      'source-workflow': 'jumpbox-image',
      'source-run-url': 'https://dev.azure.com/contoso/platform/_build/results?buildId=4711',
      owner: 'platform',
    });
    expect(
      sim.audit().roleAssignments.some((a) => a.scope.toLowerCase() === imageRgScope().toLowerCase()),
    ).toBe(false);
    expect(sim.audit().runningBuilds).toEqual([]);
  });

  it('skips with a service principal secret in a classic release: no upload, the secret registered with setSecret', async () => {
    const run = await runAgentTask(sim, {
      auth: { scheme: 'ServicePrincipalKey', clientId: sim.client.clientId, secret: sim.client.secret! },
      hostType: 'release',
      inputs: defaultInputs(sim),
    });
    expectNoTaskFailure(run);
    expect(run.outputs.runState).toBe('Skipped');
    expect(run.outputs.buildSkipped).toBe('true');
    expect(run.command('artifact', 'upload')).toHaveLength(0);
    expect(run.command('task', 'setsecret').map((c) => c.message)).toContain(sim.client.secret);
    figures.push(`SPN secret skip (release): ${run.durationMs} ms`);
  });

  it('builds with a service principal certificate in a classic release: log attached with task.uploadfile', async () => {
    const pems = await selfsigned.generate([{ name: 'commonName', value: 'aks-jumpbox-task-test' }], {
      keySize: 2048,
      notAfterDate: new Date(Date.now() + 2 * 86_400_000),
    });
    const clientId = randomUUID();
    sim.addClient({ clientId, certificatePem: pems.cert });
    const before = sim.journal.length;
    const run = await runAgentTask(sim, {
      auth: {
        scheme: 'ServicePrincipalCertificate',
        clientId,
        certificatePem: `${pems.private}\n${pems.cert}`,
      },
      hostType: 'release',
      inputs: { ...defaultInputs(sim), forceRebuild: 'true', imageName: 'img-cert-release' },
    });
    expectNoTaskFailure(run);
    const token = sim.journal.slice(before).find((e) => e.kind === 'entra.token')!;
    expect(token.body).toMatchObject({
      client_id: clientId,
      client_assertion: '***',
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
    });
    expect(run.command('artifact', 'upload')).toHaveLength(0);
    const files = run.command('task', 'uploadfile').map((c) => c.message);
    expect(files).toContain(run.outputs.logFile);
    for (const f of files) expect(existsSync(f)).toBe(true);
    const md = readFileSync(run.command('task', 'uploadsummary')[0]!.message, 'utf8');
    expect(md).toMatch(/Attached to this step's log/);
    const image = sim.audit().images.find((i) => i.id.endsWith('/img-cert-release'))!;
    expect(image.tags['source-run-url']).toBe(
      'https://dev.azure.com/contoso/platform/_releaseProgress?_a=release-environment-logs&releaseId=815&environmentId=3',
    );
    expect(image.tags['source-workflow']).toBe('jumpbox-release');
  });

  it('reports a failed build: task result Failed, runState Failed, log still uploaded, summary has the log tail, roles revoked', async () => {
    const { connectionId, auth } = wif();
    sim.setBuild({ outcome: 'Failed' });
    const run = await runAgentTask(sim, {
      connectionId,
      auth,
      inputs: { ...defaultInputs(sim), forceRebuild: 'true', imageName: 'img-failed' },
    });
    expect(run.code).toBe(0);
    expect(run.result).toBe('Failed');
    expect(run.resultMessage).toMatch(/^Image build failed/);
    expect(run.outputs.runState).toBe('Failed');
    expect(run.command('task', 'issue').some((c) => c.properties.type === 'error')).toBe(true);
    expect(run.command('artifact', 'upload')).toHaveLength(1);
    const md = readFileSync(run.command('task', 'uploadsummary')[0]!.message, 'utf8');
    expect(md).toMatch(/Failed/);
    expect(md).toMatch(/Last \d+ lines of the customization log/);
    expect(
      sim.audit().roleAssignments.some((a) => a.scope.toLowerCase() === imageRgScope().toLowerCase()),
    ).toBe(false);
    expect(sim.audit().images.some((i) => i.id.endsWith('/img-failed'))).toBe(false);
  });

  it('fails the task when the wait times out, with runState Running and the roles kept for the build still in Azure', async () => {
    const { connectionId, auth } = wif();
    sim.setBuild({ durationMs: 60_000 });
    const run = await runAgentTask(sim, {
      connectionId,
      auth,
      inputs: {
        ...defaultInputs(sim),
        forceRebuild: 'true',
        imageName: 'img-timeout',
        waitTimeoutMinutes: '0.05',
      },
    });
    expect(run.result).toBe('Failed');
    expect(run.resultMessage).toMatch(/^Stopped waiting after 0.05 minutes; the build continues in Azure/);
    expect(run.outputs.runState).toBe('Running');
    expect(sim.audit().runningBuilds).toHaveLength(1);
    expect(
      sim.audit().roleAssignments.some((a) => a.scope.toLowerCase() === imageRgScope().toLowerCase()),
    ).toBe(true);
    // The post-job handler runs on the state the main step saved: it leaves the build and its roles alone.
    const cancelsBefore = sim.requests('imageTemplates.cancel').length;
    const post = await runAgentTask(sim, {
      entry: 'post.js',
      connectionId,
      auth,
      taskVariables: { [CHECKPOINT]: run.taskVariables[CHECKPOINT]! },
    });
    expect(post.code).toBe(0);
    expect(post.stdout).toMatch(
      /Nothing to clean up: the main step left the build running in Azure on purpose/,
    );
    expect(sim.requests('imageTemplates.cancel').length).toBe(cancelsBefore);
    expect(sim.audit().runningBuilds).toHaveLength(1);
    // Leave nothing running for the next test.
    await cancelRunning();
  });

  it('wait false: the post-job handler leaves the build and its roles; a later run attaches, succeeds and revokes (one POST run)', async () => {
    const { connectionId, auth } = wif();
    sim.setBuild({ durationMs: 20_000 });
    const runsBefore = sim.requests('imageTemplates.run').length;
    const cancelsBefore = sim.requests('imageTemplates.cancel').length;
    const inputs = { ...defaultInputs(sim), forceRebuild: 'true', imageName: 'img-nowait' };
    const run = await runAgentTask(sim, { connectionId, auth, inputs: { ...inputs, wait: 'false' } });
    expectNoTaskFailure(run);
    expect(run.outputs.runState).toBe('Running');
    const post = await runAgentTask(sim, {
      entry: 'post.js',
      connectionId,
      auth,
      taskVariables: { [CHECKPOINT]: run.taskVariables[CHECKPOINT]! },
    });
    expect(post.code).toBe(0);
    expect(post.result).toBeUndefined();
    expect(sim.requests('imageTemplates.cancel').length).toBe(cancelsBefore);
    expect(sim.audit().runningBuilds).toHaveLength(1);
    const imageRole = () =>
      sim.audit().roleAssignments.some((a) => a.scope.toLowerCase() === imageRgScope().toLowerCase());
    expect(imageRole()).toBe(true);
    // Once the later run has attached, the rest of the build need not take its 20 s.
    let hurried = false;
    const later = await runAgentTask(sim, {
      connectionId,
      auth,
      inputs,
      onOutput: (all) => {
        if (!hurried && /attaching to it/.test(all)) {
          hurried = true;
          sim.hurryBuilds();
        }
        return undefined;
      },
    });
    expectNoTaskFailure(later);
    expect(later.stdout).toMatch(/attaching to it instead of starting another/);
    expect(later.outputs.runState).toBe('Succeeded');
    expect(sim.requests('imageTemplates.run').length - runsBefore).toBe(1);
    expect(imageRole()).toBe(false);
    sim.setBuild({ durationMs: 2000 });
  });

  it('cancels on the agent SIGINT in Customizing: cancel POSTed, task result Cancelled, the log artifact holds every streamed line, roles revoked; the post-job step has nothing left', async () => {
    const { connectionId, auth } = wif();
    sim.setBuild({ durationMs: 20_000 });
    const before = sim.journal.length;
    let sigintAt = 0;
    const run = await runAgentTask(sim, {
      connectionId,
      auth,
      inputs: { ...defaultInputs(sim), forceRebuild: 'true', imageName: 'img-canceled' },
      onOutput: (out) => {
        if (!sigintAt && /Starting provisioner/.test(out)) {
          sigintAt = Date.now();
          return 'SIGINT';
        }
        return undefined;
      },
    });
    const exitedAfterMs = Date.now() - sigintAt;
    expect(sigintAt).toBeGreaterThan(0);
    expect(run.code).toBe(0);
    expect(run.result).toBe('Cancelled');
    expect(run.outputs.runState).toBe('Canceled');
    expect(exitedAfterMs).toBeLessThan(7500); // before the agent's SIGTERM
    const journal = sim.journal.slice(before);
    expect(journal.some((e) => e.kind === 'imageTemplates.cancel')).toBe(true);
    expect(sim.audit().runningBuilds).toEqual([]);
    expect(sim.audit().templates.find((t) => t.name === run.outputs.templateName)?.runState).toBe('Canceled');
    expect(
      sim.audit().roleAssignments.some((a) => a.scope.toLowerCase() === imageRgScope().toLowerCase()),
    ).toBe(false);
    expect(run.stdout).not.toMatch(/Could not copy the customization log/);
    // The uploaded log holds every build-log line the task streamed before the cancel.
    const uploads = run.command('artifact', 'upload');
    expect(uploads).toHaveLength(1);
    const uploaded = readFileSync(join(uploads[0]!.message, 'customization.log'), 'utf8');
    const streamed = run.stdout.split(/\r?\n/).filter((l) => l.includes('PACKER OUT'));
    expect(streamed.length).toBeGreaterThan(0);
    for (const line of streamed) expect(uploaded).toContain(line);
    figures.push(`SIGINT → exit: ${exitedAfterMs} ms`);

    const post = await runAgentTask(sim, {
      entry: 'post.js',
      connectionId,
      auth,
      taskVariables: { [CHECKPOINT]: run.taskVariables[CHECKPOINT]! },
    });
    expect(post.code).toBe(0);
    expect(post.result).toBeUndefined();
    expect(post.stdout).toMatch(/Nothing to clean up: the main step finished its own cleanup/);
    platformRow('cancel', 'task', {
      case: 'agent SIGINT to the task bundle in Customizing, then its post-job step',
      result: `result ${run.result}, runState ${run.outputs.runState}, cancel POSTed, log uploaded; post-job step: nothing to clean up`,
      leftBehind: buildLeftovers(sim),
    });
  });

  // The machines have Node 20 installed as the system Node (the Node20_1 handler's major); the suite itself runs on
  // the Node 24 binary from the npm package `node`.
  it.skipIf(!SYSTEM_NODE_20)('runs on the Node20_1 handler runtime (the system Node 20)', async () => {
    const { connectionId, auth } = wif();
    const run = await runAgentTask(sim, {
      connectionId,
      auth,
      nodePath: SYSTEM_NODE_20!,
      inputs: { ...defaultInputs(sim), forceRebuild: 'true', imageName: 'img-node20' },
    });
    expectNoTaskFailure(run);
    expect(run.outputs.runState).toBe('Succeeded');
    expect(run.outputs.imageId).toMatch(/images\/img-node20$/);
  });

  it('post-job step cancels a build and revokes roles when the main step was killed', async () => {
    const { connectionId, auth } = wif();
    sim.setBuild({ durationMs: 60_000 });
    const before = sim.journal.length;
    const run = await runAgentTask(sim, {
      connectionId,
      auth,
      inputs: { ...defaultInputs(sim), forceRebuild: 'true', imageName: 'img-killed' },
      // The checkpoint records buildStarted before the run POST; kill once Image Builder has the build.
      onOutput: (out) => (/Build started on /.test(out) ? 'SIGKILL' : undefined),
    });
    expect(run.signal).toBe('SIGKILL');
    const checkpoint = JSON.parse(run.taskVariables[CHECKPOINT]!) as {
      buildStarted?: boolean;
      revoke: string[];
    };
    expect(checkpoint.buildStarted).toBe(true);
    expect(sim.audit().runningBuilds).toHaveLength(1);

    const post = await runAgentTask(sim, {
      entry: 'post.js',
      connectionId,
      auth,
      taskVariables: { [CHECKPOINT]: run.taskVariables[CHECKPOINT]! },
    });
    expect(post.code).toBe(0);
    expect(post.result).toBeUndefined();
    expect(post.stdout).toMatch(/Cleaned up after the main step: canceled the build left running/);
    expect(sim.journal.slice(before).some((e) => e.kind === 'imageTemplates.cancel')).toBe(true);
    for (const id of checkpoint.revoke)
      expect(sim.audit().roleAssignments.some((a) => id.toLowerCase().endsWith(a.name.toLowerCase()))).toBe(
        false,
      );
    figures.push(`post-job cleanup after SIGKILL: ${post.durationMs} ms`);
  });

  it('fails clearly on bad input, naming the task input; task-lib strings survive bundling', async () => {
    const { connectionId, auth } = wif();
    const bad = await runAgentTask(sim, {
      connectionId,
      auth,
      inputs: { ...defaultInputs(sim), vmSize: 'D2s' },
    });
    expect(bad.result).toBe('Failed');
    expect(bad.resultMessage).toMatch(/vmSize: "D2s" is not valid/);
    const missing = await runAgentTask(sim, {
      connectionId,
      auth,
      inputs: { ...defaultInputs(sim) },
      env: { INPUT_AZURESUBSCRIPTION: '' },
    });
    expect(missing.result).toBe('Failed');
    expect(missing.resultMessage).toContain('Input required: azureSubscription');
  });

  it("reports an unreferenced service connection with Azure Pipelines' own message", async () => {
    const connectionId = randomUUID(); // not registered: the OIDC endpoint answers 200 without a token
    const run = await runAgentTask(sim, {
      connectionId,
      auth: { scheme: 'WorkloadIdentityFederation', clientId: sim.client.clientId },
      inputs: defaultInputs(sim),
    });
    expect(run.result).toBe('Failed');
    expect(run.resultMessage).toMatch(/There is no explicit reference to service connection/);
  });
});
