/**
 * The bundled action end to end, run as the runner runs it, against the Azure simulator and a loopback artifact
 * service. Needs dist/ (`node scripts/bundle.js github`).
 */
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { buildLeftovers, platformRow } from '../helpers/reliability.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Simulator, createSimulator } from '../azure-sim/index.js';
import { loadedChunkWith, loadedPackage, loadedSdkClients } from '../helpers/chunk-loads.js';
import { secretCredential } from '../helpers/sdk.js';
import { type FakeArtifactService, startArtifactService } from '../fakes/artifact-service.js';
import {
  MAIN,
  POST,
  type StepRun,
  commandableLines,
  findJwts,
  runMainStep,
  runPostStep,
  startStep,
  visibleLog,
  waitFor,
  liveLogLines,
} from './harness.js';

const built = existsSync(MAIN) && existsSync(POST);
const LOAD_RECORDER = join(import.meta.dirname, '../helpers/load-recorder.mjs');
let sim: Simulator;
let artifacts: FakeArtifactService;
const runs: StepRun[] = [];

beforeAll(async () => {
  sim = await createSimulator({
    build: { durationMs: 2000, provisionDelayMs: 20, deleteDelayMs: 20, cancelDelayMs: 300 },
  });
  artifacts = await startArtifactService();
});
afterAll(async () => {
  await artifacts?.stop();
  await sim?.stop();
});
afterEach(() => {
  sim.setBuild({ outcome: 'Succeeded', extraLogLines: [] });
  sim.state.accessTokenLifetimeSeconds = 3600;
  sim.state.assertionLifetimeSeconds = 300;
});

const imageScope = () => `/subscriptions/${sim.subscriptionId}/resourceGroups/rg-jumpbox-images`;
const imageRoleAssignments = () =>
  sim.audit().roleAssignments.filter((a) => a.scope.toLowerCase() === imageScope().toLowerCase());
const step = async (p: Promise<StepRun>) => {
  const r = await p;
  runs.push(r);
  return r;
};
/** The artifact names are unique per run: each test is its own "workflow run". */
let seq = 0;
const artifactName = () => `customization-log-${++seq}`;

describe.skipIf(!built)('GitHub Action (dist, as the runner runs it)', () => {
  it('builds a fresh image: outputs, summary, artifact, roles revoked, provenance tags; undici never loaded, nor the SDKs it only reads with', async () => {
    const name = artifactName();
    const loaded = join(mkdtempSync(join(tmpdir(), 'loaded-')), 'modules.txt');
    const run = await step(
      runMainStep({
        sim,
        artifacts,
        inputs: { 'log-artifact-name': name, 'image-name': 'img-jumpbox-fresh', 'log-retention-days': '7' },
        env: { NODE_OPTIONS: `--import ${LOAD_RECORDER}`, LOAD_RECORD: loaded },
      }),
    );
    expect(run.stderr).toBe('');
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs['run-state']).toBe('Succeeded');
    expect(run.outputs['build-skipped']).toBe('false');
    expect(run.outputs['image-id']).toMatch(/\/providers\/Microsoft\.Compute\/images\/img-jumpbox-fresh$/i);
    expect(run.outputs['fingerprint']).toMatch(/^[0-9a-f]{16,}$/);
    expect(run.outputs['base-image-version']).toMatch(/^\d+\.\d+\.\d+$/);
    expect(run.outputs['template-id']).toMatch(/imageTemplates\//);
    expect(run.outputs['log-artifact-id']).toMatch(/^\d+$/);
    expect(run.outputs['log-artifact-url']).toBe(
      `https://github.com/contoso/platform-images/actions/runs/987654321/artifacts/${run.outputs['log-artifact-id']}`,
    );
    // log-retention-days reaches the artifact service as the artifact's expiry.
    const created = artifacts.calls.find(
      (c) => c.path.endsWith('/CreateArtifact') && (c.body as { name?: string }).name === name,
    );
    // The results service API takes proto field names (expires_at, an RFC 3339 timestamp).
    const expiresAt = Date.parse((created?.body as { expires_at?: string }).expires_at ?? '');
    expect(Math.round((expiresAt - Date.now()) / 86_400_000)).toBe(7);
    expect(Number(run.outputs['duration-seconds'])).toBeGreaterThanOrEqual(1);
    expect(run.outputs['test-result']).toBe('skipped');
    for (const key of [
      'image-name',
      'template-name',
      'identity-id',
      'identity-principal-id',
      'staging-resource-group',
      'log-file',
      'sbom-file',
    ])
      expect(run.outputs[key], key).toBeTruthy();

    expect(run.summary).toContain('✅ Succeeded');
    expect(run.summary).toContain(run.outputs['fingerprint']);
    expect(run.summary).toContain(name);
    expect(run.stdout).toMatch(/^::group::/m);
    // The preflight's reads (VNet, NSGs, route tables, base image, providers) are plain REST: a full build without a
    // gallery, boot test or provider to register loads neither the network, the compute nor the resources SDK.
    expect(loadedSdkClients(MAIN, loaded)).toEqual([
      'AuthorizationManagementClient',
      'ImageBuilderClient',
      'ManagedServiceIdentityClient',
      'StorageManagementClient',
    ]);

    const files = artifacts.files(name);
    const log = [...files.entries()].find(([p]) => p.endsWith('customization.log'));
    expect(log, [...files.keys()].join(', ')).toBeDefined();
    expect(log![1].toString('utf8').length).toBeGreaterThan(0);
    // The SBOM the build printed travels in the same artifact.
    const sbom = [...files.entries()].find(([p]) => p.endsWith('sbom.spdx.json'));
    expect(sbom, [...files.keys()].join(', ')).toBeDefined();
    expect(JSON.parse(sbom![1].toString('utf8'))).toMatchObject({ spdxVersion: 'SPDX-2.3' });

    // A whole build (sign-in, Image Builder, storage, the artifact upload) loads undici's bundle on demand only:
    // nothing on this path asks for a proxy dispatcher or @actions/github's fetch (scripts/undici-on-demand.mjs).
    const modules = readFileSync(loaded, 'utf8').split('\n');
    expect(loadedPackage(MAIN, loaded, '@actions/artifact')).toBe(true);
    expect(modules.some((f) => f.endsWith('/dist/undici.js'))).toBe(true); // the small module in undici's place
    expect(modules.filter((f) => /\/dist\/undici\//.test(f))).toEqual([]);

    expect(imageRoleAssignments()).toHaveLength(0);
    const image = sim
      .audit()
      .images.find((i) => i.id.toLowerCase() === run.outputs['image-id']!.toLowerCase())!;
    expect(image.tags).toMatchObject({
      'source-repository': 'contoso/platform-images',
      'source-commit': '3f1c2a9d8b7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a',
      'source-run-url': 'https://github.com/contoso/platform-images/actions/runs/987654321/attempts/1',
    });

    const post = await step(runPostStep({ sim, artifacts }, run.state));
    expect(post.code).toBe(0);
    expect(post.stdout).not.toMatch(/::warning::|::error::/);
  });

  it('skips an unchanged re-run and reports the existing image, without loading the definition file loader', async () => {
    const inputs = { 'image-name': 'img-jumpbox-skip' };
    const loaded = join(mkdtempSync(join(tmpdir(), 'loaded-')), 'modules.txt');
    const first = await step(
      runMainStep({
        sim,
        artifacts,
        inputs: { ...inputs, 'force-rebuild': 'true', 'log-artifact-name': artifactName() },
      }),
    );
    expect(first.outputs['run-state']).toBe('Succeeded');
    const runsBefore = sim.requests('imageTemplates.run').length;
    const second = await step(
      runMainStep({
        sim,
        artifacts,
        inputs: { ...inputs, 'log-artifact-name': artifactName() },
        env: { NODE_OPTIONS: `--import ${LOAD_RECORDER}`, LOAD_RECORD: loaded },
      }),
    );
    expect(second.code).toBe(0);
    expect(second.outputs['run-state']).toBe('Skipped');
    expect(second.outputs['build-skipped']).toBe('true');
    expect(second.outputs['fingerprint']).toBe(first.outputs['fingerprint']);
    const existing = sim
      .audit()
      .images.find((i) => i.id.toLowerCase() === second.outputs['image-id']!.toLowerCase());
    expect(existing?.tags).toMatchObject({ 'jumpbox-fingerprint': first.outputs['fingerprint'] });
    expect(second.outputs['log-artifact-id']).toBe('');
    expect(sim.requests('imageTemplates.run').length).toBe(runsBefore);
    expect(second.summary).toContain('Skipped');
    // The built-in definition is resolved at build time: with no definition file, no YAML parser, schema validator or
    // file checks are loaded (src/core/definition/default.ts); the CLI's bad-definition test runs that path.
    expect(loadedChunkWith(MAIN, loaded, 'cannot read the definition file')).toBe(false);
    expect(loadedPackage(MAIN, loaded, 'yaml')).toBe(false);
    expect(loadedChunkWith(MAIN, loaded, 'renderDefinition')).toBe(true); // the run's own code was recorded
    // Nor Node's own fetch implementation: the Azure pipeline's form-data check no longer touches the FormData
    // global for a body that is not form data (patches/@typespec+ts-http-runtime+*.patch); touching it cost 25-50 ms.
    expect(readFileSync(loaded, 'utf8').split('\n')).not.toContain('node:internal/deps/undici/undici');
  });

  it('fails the step on a failed build, still uploads the log and revokes the role', async () => {
    sim.setBuild({ outcome: 'Failed' });
    const name = artifactName();
    const run = await step(
      runMainStep({
        sim,
        artifacts,
        inputs: { 'log-artifact-name': name, 'image-name': 'img-jumpbox-fail', 'force-rebuild': 'true' },
      }),
    );
    expect(run.code).not.toBe(0);
    expect(run.outputs['run-state']).toBe('Failed');
    expect(run.outputs['log-file']).toBeTruthy();
    expect(run.stdout).toMatch(/^::error::Image build failed/m);
    expect(run.summary).toContain('❌ Failed');
    expect(run.summary).toMatch(/Last \d+ lines of the customization log/);
    expect(artifacts.files(name).size).toBeGreaterThan(0);
    expect(imageRoleAssignments()).toHaveLength(0);
    const post = await step(runPostStep({ sim, artifacts }, run.state));
    expect(post.code).toBe(0);
  });

  it('cancels on SIGINT in Customizing: cancel POSTed within 2 s, the log artifact holds every streamed line, roles revoked, post has nothing left', async () => {
    sim.setBuild({ durationMs: 20_000 });
    try {
      const name = artifactName();
      const started = startStep(MAIN, {
        sim,
        artifacts,
        inputs: { 'log-artifact-name': name, 'image-name': 'img-jumpbox-cancel', 'force-rebuild': 'true' },
      });
      await waitFor(
        'the build to customize',
        () => sim.audit().templates.some((t) => t.runState === 'Running' && t.runSubState === 'Customizing'),
        30_000,
      );
      await waitFor(
        'a streamed Customizing line',
        () => /Starting provisioner/.test(started.stdout()),
        10_000,
      );
      const signalledAt = Date.now();
      started.child.kill('SIGINT');
      const cancel = await waitFor(
        'a cancel request',
        () => sim.requests('imageTemplates.cancel').at(-1),
        5_000,
      );
      const cancelLatencyMs = Date.parse(cancel.time) - signalledAt;
      expect(cancelLatencyMs).toBeLessThan(2_000);
      const run = await step(started.done);
      const exitedAt = Date.now();
      expect(exitedAt - signalledAt).toBeLessThan(7_500);
      expect(run.code).not.toBe(0);
      expect(run.outputs['run-state']).toBe('Canceled');
      expect(run.stdout).not.toMatch(/Could not copy the customization log/);
      // Every build-log line the step streamed before the cancel is in the uploaded log.
      const streamed = liveLogLines(run.stdout).filter((l) => l.includes('PACKER'));
      expect(streamed.length).toBeGreaterThan(0);
      const uploaded = artifacts.files(name).get('customization.log')?.toString('utf8') ?? '';
      for (const line of streamed) expect(uploaded).toContain(line);
      expect(run.outputs['log-artifact-id']).toMatch(/^\d+$/);
      expect(imageRoleAssignments()).toHaveLength(0);
      expect(sim.audit().templates.find((t) => t.name === run.outputs['template-name'])?.runState).toBe(
        'Canceled',
      );
      const post = await step(runPostStep({ sim, artifacts }, run.state));
      expect(post.code).toBe(0);
      expect(post.stdout).toContain('Nothing to clean up: the main step finished its own cleanup.');
      expect(imageRoleAssignments()).toHaveLength(0);
      expect(sim.audit().runningBuilds).toHaveLength(0);
      platformRow('cancel', 'action', {
        case: 'SIGINT to the action bundle in Customizing, then its post step',
        result: `${run.outputs['run-state']}, cancel POSTed, log artifact uploaded; post step: ${post.stdout.includes('Nothing to clean up') ? 'nothing to clean up' : 'cleaned up'}`,
        leftBehind: buildLeftovers(sim),
      });
      console.log(
        `SIGINT -> cancel POST: ${cancelLatencyMs} ms; SIGINT -> main exited: ${exitedAt - signalledAt} ms`,
      );
    } finally {
      sim.setBuild({ durationMs: 2000 });
    }
  });

  it('post step cancels the build, revokes the role, uploads the log so far and deletes the template (cleanup-template: always) when main was killed in Customizing', async () => {
    sim.setBuild({ durationMs: 20_000 });
    try {
      const name = artifactName();
      const started = startStep(MAIN, {
        sim,
        artifacts,
        inputs: {
          'log-artifact-name': name,
          'image-name': 'img-jumpbox-killed',
          'force-rebuild': 'true',
          'cleanup-template': 'always',
        },
      });
      await waitFor(
        'a streamed Customizing line',
        () => /Starting provisioner/.test(started.stdout()),
        30_000,
      );
      expect(imageRoleAssignments().length).toBeGreaterThan(0);
      started.child.kill('SIGKILL');
      const run = await step(started.done);
      expect(run.signal).toBe('SIGKILL');
      const checkpoint = JSON.parse(run.state['checkpoint']!) as {
        buildStarted?: boolean;
        finished?: boolean;
        revoke: string[];
        templateId: string;
      };
      expect(checkpoint).toMatchObject({
        buildStarted: true,
        deleteTemplate: true,
        log: { artifactName: name },
      });
      expect(checkpoint.finished).toBeFalsy();
      const streamed = liveLogLines(run.stdout).filter((l) => l.includes('PACKER'));
      expect(streamed.length).toBeGreaterThan(0);
      expect(artifacts.artifacts.some((a) => a.name === name)).toBe(false);
      const cancelsBefore = sim.requests('imageTemplates.cancel').length;
      const post = await step(runPostStep({ sim, artifacts }, run.state));
      expect(post.code, post.stdout).toBe(0);
      expect(sim.requests('imageTemplates.cancel').length).toBeGreaterThan(cancelsBefore);
      expect(imageRoleAssignments()).toHaveLength(0);
      expect(post.stdout).toMatch(/Cleaned up after the main step: canceled the build left running/);
      expect(post.stdout).toMatch(/uploaded the customization log \(artifact customization-log-\d+\)/);
      // The artifact the main step would have uploaded holds every line it streamed before it was killed.
      const uploaded = artifacts.files(name).get('customization.log')?.toString('utf8') ?? '';
      for (const line of streamed) expect(uploaded).toContain(line);
      expect(sim.audit().runningBuilds).toHaveLength(0);
      // cleanup-template: always, which the killed main step could not do: after the cancel and the log copy.
      expect(post.stdout).toMatch(/deleted the template \(cleanup-template\)/);
      const templateName = checkpoint.templateId.split('/').pop()!;
      expect(sim.audit().templates.some((t) => t.name === templateName)).toBe(false);
      platformRow('cancel', 'action', {
        case: 'SIGKILL of the action bundle in Customizing, then its post step',
        result:
          'killed (cleanup-template: always); post step: build canceled, roles revoked, log artifact uploaded, template deleted',
        leftBehind: buildLeftovers(sim),
      });
    } finally {
      sim.setBuild({ durationMs: 2000 });
    }
  });

  it('keeps working when access tokens and OIDC assertions expire mid-build, asking GitHub only when Entra needs one', async () => {
    sim.state.accessTokenLifetimeSeconds = 3;
    sim.state.assertionLifetimeSeconds = 2;
    sim.setBuild({ durationMs: 9000 });
    try {
      const before = {
        idTokens: sim.counters.githubIdTokens,
        accessTokens: sim.counters.accessTokens,
        journal: sim.journal.length,
      };
      const run = await step(
        runMainStep({
          sim,
          artifacts,
          inputs: {
            'log-artifact-name': artifactName(),
            'image-name': 'img-jumpbox-long',
            'force-rebuild': 'true',
          },
        }),
      );
      expect(run.code, run.stdout).toBe(0);
      expect(run.outputs['run-state']).toBe('Succeeded');
      const idTokens = sim.counters.githubIdTokens - before.idTokens;
      const accessTokens = sim.counters.accessTokens - before.accessTokens;
      const armRequests = sim.journal
        .slice(before.journal)
        .filter((e) => !e.kind.startsWith('entra.') && !e.kind.startsWith('oidc.')).length;
      const expired = sim.journal.slice(before.journal).filter((e) => e.status === 401).length;
      console.log(
        `long build: ${idTokens} GitHub ID tokens, ${accessTokens} access tokens, ${armRequests} ARM requests, ${expired} 401s`,
      );
      expect(idTokens).toBeGreaterThan(1);
      expect(idTokens).toBeLessThanOrEqual(accessTokens);
      expect(idTokens).toBeLessThan(armRequests / 2);
      expect(expired).toBe(0);
    } finally {
      sim.setBuild({ durationMs: 2000 });
    }
  });

  it('prints log lines that look like workflow commands only inside stop-commands', async () => {
    sim.setBuild({ extraLogLines: ['::error::pwned', '::set-output name=x::y', '::add-mask::nothing'] });
    const run = await step(
      runMainStep({
        sim,
        artifacts,
        inputs: {
          'log-artifact-name': artifactName(),
          'image-name': 'img-jumpbox-inject',
          'force-rebuild': 'true',
        },
      }),
    );
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain('::error::pwned');
    const exposed = commandableLines(run.stdout);
    expect(exposed).not.toContain('::error::pwned');
    expect(exposed.some((l) => l.includes('set-output'))).toBe(false);
    expect(exposed.some((l) => l.includes('::add-mask::nothing'))).toBe(false);
    expect(run.outputs).not.toHaveProperty('x');
  });

  it('with wait false starts the build and keeps the roles; the post step leaves both alone; a later run attaches, succeeds and revokes', async () => {
    sim.setBuild({ durationMs: 20_000 });
    try {
      const runsBefore = sim.requests('imageTemplates.run').length;
      const cancelsBefore = sim.requests('imageTemplates.cancel').length;
      const inputs = { 'image-name': 'img-jumpbox-nowait', 'force-rebuild': 'true' };
      const run = await step(
        runMainStep({
          sim,
          artifacts,
          inputs: { ...inputs, wait: 'false', 'log-artifact-name': artifactName() },
        }),
      );
      expect(run.code, run.stdout).toBe(0);
      expect(run.outputs['run-state']).toBe('Running');
      expect(run.outputs['template-id']).toMatch(/imageTemplates\//);
      expect(run.summary).toContain('roles were kept');
      expect(imageRoleAssignments().length).toBeGreaterThan(0);
      // The post step runs on the state the main step saved.
      const post = await step(runPostStep({ sim, artifacts }, run.state));
      expect(post.code).toBe(0);
      expect(post.stdout).toMatch(
        /Nothing to clean up: the main step left the build running in Azure on purpose/,
      );
      expect(sim.requests('imageTemplates.cancel').length).toBe(cancelsBefore);
      expect(sim.audit().runningBuilds).toHaveLength(1);
      expect(imageRoleAssignments().length).toBeGreaterThan(0);
      // A later run with wait: true attaches to that build instead of starting another; once it has, the rest
      // of the build need not take its 20 s.
      const attaching = startStep(MAIN, {
        sim,
        artifacts,
        inputs: { ...inputs, 'log-artifact-name': artifactName() },
      });
      await waitFor('the later run to attach', () => /attaching to it/.test(attaching.stdout()));
      sim.hurryBuilds();
      const later = await step(attaching.done);
      expect(later.code, later.stdout).toBe(0);
      expect(later.stdout).toMatch(/attaching to it instead of starting another/);
      expect(later.outputs['run-state']).toBe('Succeeded');
      expect(later.outputs['template-name']).toBe(run.outputs['template-name']);
      expect(sim.requests('imageTemplates.run').length - runsBefore).toBe(1);
      expect(imageRoleAssignments()).toHaveLength(0);
      const laterPost = await step(runPostStep({ sim, artifacts }, later.state));
      expect(laterPost.code).toBe(0);
      expect(sim.requests('imageTemplates.cancel').length).toBe(cancelsBefore);
    } finally {
      sim.setBuild({ durationMs: 2000 });
    }
  });

  it('fails the step when the wait times out, reporting Running while the build continues in Azure', async () => {
    sim.setBuild({ durationMs: 60_000 });
    try {
      const run = await step(
        runMainStep({
          sim,
          artifacts,
          inputs: {
            'wait-timeout-minutes': '0.05',
            'force-rebuild': 'true',
            'image-name': 'img-jumpbox-timeout',
            'log-artifact-name': artifactName(),
          },
        }),
      );
      expect(run.code).toBe(1);
      expect(run.outputs['run-state']).toBe('Running');
      expect(run.stdout).toMatch(
        /^::error::Stopped waiting after 0.05 minutes; the build continues in Azure/m,
      );
      expect(sim.audit().runningBuilds).toHaveLength(1);
      expect(imageRoleAssignments().length).toBeGreaterThan(0);
    } finally {
      for (const t of sim.audit().templates.filter((x) => x.runState === 'Running')) {
        const rg = t.id.split('/')[4]!;
        await fetch(
          `${sim.url}/subscriptions/${sim.subscriptionId}/resourceGroups/${rg}/providers/Microsoft.VirtualMachineImages/imageTemplates/${t.name}/cancel?api-version=2025-10-01`,
          {
            method: 'POST',
            headers: {
              authorization: `Bearer ${(await secretCredential(sim).getToken(`${sim.url}/.default`)).token}`,
            },
          },
        );
      }
      await waitFor('the build to stop', () => sim.audit().runningBuilds.length === 0, 20_000);
      sim.setBuild({ durationMs: 2000 });
    }
  });

  it('fails with a message naming `permissions: id-token: write` when GitHub offers no OIDC token, and still writes outputs', async () => {
    const run = await step(
      runMainStep({
        sim,
        artifacts,
        env: { ACTIONS_ID_TOKEN_REQUEST_URL: undefined, ACTIONS_ID_TOKEN_REQUEST_TOKEN: undefined },
      }),
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^::error::.*permissions: id-token: write/m);
    expect(run.outputs['run-state']).toBe('Failed');
    expect(Object.keys(run.outputs)).toHaveLength(21);
    expect(run.summary).toContain('id-token: write');
  });

  it.each([
    ['with no signed-in session', `echo "ERROR: Please run 'az login' to setup account." >&2\nexit 1\n`],
    ['without az on PATH', undefined],
  ])(
    'falls back to the Azure CLI %s: fails with "run azure/login first", before any Azure request',
    async (_, script) => {
      const bin = mkdtempSync(join(tmpdir(), 'fake-az-'));
      if (script) {
        writeFileSync(join(bin, 'az'), `#!/bin/sh\necho "$*" >> "${bin}/calls"\n${script}`);
        chmodSync(join(bin, 'az'), 0o755);
      }
      const before = sim.journal.length;
      const run = await step(
        runMainStep({
          sim,
          artifacts,
          inputs: { 'client-id': '', 'tenant-id': '', 'auth-type': script ? 'auto' : 'cli' },
          // /bin for sh, the fake az first; no AZURE_* variables.
          env: { PATH: script ? `${bin}:/bin:/usr/bin` : bin },
        }),
      );
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/^::error::.*run azure\/login first/m);
      if (script) expect(readFileSync(join(bin, 'calls'), 'utf8')).toBe('account show --output json\n');
      expect(run.outputs['run-state']).toBe('Failed');
      expect(sim.journal.slice(before).filter((e) => !e.kind.startsWith('oidc.'))).toEqual([]);
    },
  );

  it('fails clearly on an invalid gallery input, before any request', async () => {
    const run = await step(
      runMainStep({
        sim,
        artifacts,
        inputs: {
          'gallery-image-id':
            '/subscriptions/x/resourceGroups/rg/providers/Microsoft.Compute/galleries/g/images/i',
        },
      }),
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /^::error::Invalid input: gallery-image-id: .* is not valid \(expected an image definition id/m,
    );
    expect(run.outputs['run-state']).toBe('Failed');
    expect(sim.writes().filter((w) => Date.parse(w.time) >= Date.now() - run.durationMs)).toEqual([]);
  });

  it('leaks no secret the simulator issued into any log, output, summary, state or artifact', () => {
    expect(runs.length).toBeGreaterThan(5);
    const secrets = [sim.github.requestToken, sim.client.secret, artifacts.runtimeToken].filter(
      (s): s is string => Boolean(s),
    );
    const texts: Array<[string, string]> = [];
    for (const [i, r] of runs.entries()) {
      texts.push(
        [`run ${i} stdout`, visibleLog(r.stdout)],
        [`run ${i} stderr`, r.stderr],
        [`run ${i} outputs`, JSON.stringify(r.outputs)],
        [`run ${i} summary`, r.summary],
        [`run ${i} state`, JSON.stringify(r.state)],
      );
    }
    for (const a of artifacts.artifacts.filter((x) => x.finalized)) {
      for (const [path, data] of artifacts.files(a.name))
        texts.push([`artifact ${a.name}/${path}`, data.toString('utf8')]);
    }
    for (const [where, text] of texts) {
      for (const s of secrets) expect(text.includes(s), `${where} contains a secret`).toBe(false);
      expect(findJwts(text), `${where} contains a token`).toEqual([]);
    }
  });
});
