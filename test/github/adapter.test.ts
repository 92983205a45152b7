/** The GitHub adapter's pieces in process: logger, sign-in, token cache, outputs, provenance and the summary. */
import { Writable } from 'node:stream';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { BuildResult } from '../../src/core/index.js';
import { renderSummary } from '../../src/core/summary.js';
import { provenanceTags } from '../../src/github/action.js';
import { jwtClaims } from '../../src/core/jwt.js';
import { cachingCredential, prefetchToken } from '../../src/core/token-cache.js';
import { MISSING_ID_TOKEN_PERMISSION, createAuth, resolveActionCloud } from '../../src/github/auth.js';
import { outputNames, outputValues } from '../../src/core/index.js';
import { createGithubLogger } from '../../src/github/host.js';
import { type Simulator, createSimulator } from '../azure-sim/index.js';
import { commandableLines } from './harness.js';

function captureStdout(): { text: () => string; restore: () => void } {
  let text = '';
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    text += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString();
    return true;
  });
  return { text: () => text, restore: () => spy.mockRestore() };
}

const result = (over: Partial<BuildResult> = {}): BuildResult => ({
  state: 'Succeeded',
  imageId: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/images/img',
  imageName: 'img',
  templateName: 'it-img',
  templateId:
    '/subscriptions/s/resourceGroups/rg/providers/Microsoft.VirtualMachineImages/imageTemplates/it-img',
  buildSkipped: false,
  fingerprint: 'abc123',
  baseImageVersion: '24.04.202511050',
  tools: [{ name: 'kubectl', version: '1.34.2' }],
  egress: [],
  durationSeconds: 61.4,
  phases: [{ name: 'Build', durationMs: 60_000 }],
  rolesGranted: [],
  rolesRevoked: [],
  dryRun: false,
  ...over,
});

describe('logger', () => {
  let out: ReturnType<typeof captureStdout>;
  afterEach(() => out?.restore());

  it('puts each phase in a group and the live log in its own group, between stop-commands', async () => {
    out = captureStdout();
    let n = 0;
    const logger = createGithubLogger({ token: () => `tok${++n}` });
    await logger.group('Build', async () => {
      logger.info('Running / Customizing (0m 10s)');
      logger.buildLog(Buffer.from('hello\n::error::pwned\n::set-output name=x::y'));
      logger.buildLog(Buffer.from('more'));
      logger.info('Running / Distributing (1m 0s)');
    });
    const text = out.text();
    out.restore();
    expect(text).toBe(
      [
        '::group::Build',
        'Running / Customizing (0m 10s)',
        '::endgroup::',
        '::group::Customization log (live)',
        '::stop-commands::tok1',
        'hello',
        '::error::pwned',
        '::set-output name=x::y',
        '::tok1::',
        '::stop-commands::tok2',
        'more',
        '::tok2::',
        '::endgroup::',
        '::group::Build (continued)',
        'Running / Distributing (1m 0s)',
        '::endgroup::',
        '',
      ].join('\n'),
    );
    expect(commandableLines(text).filter((l) => l.includes('pwned') || l.includes('set-output'))).toEqual([]);
  });

  it('uses a fresh random token for every batch', () => {
    out = captureStdout();
    const logger = createGithubLogger();
    logger.buildLog(Buffer.from('a'));
    logger.buildLog(Buffer.from('b'));
    const tokens = [...out.text().matchAll(/^::stop-commands::(.+)$/gm)].map((m) => m[1]);
    out.restore();
    expect(tokens).toHaveLength(2);
    expect(tokens[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(tokens[0]).not.toBe(tokens[1]);
  });

  it('waits for the job log to drain before the next batch (a slow reader holds the tail back)', async () => {
    out = captureStdout();
    const chunks: string[] = [];
    let release: (() => void) | undefined;
    const slow = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk.toString());
        release = done;
      },
    });
    const logger = createGithubLogger({ out: slow });
    const pending = logger.buildLog(Buffer.from('x'.repeat(4096)));
    expect(pending).toBeInstanceOf(Promise);
    let drained = false;
    void pending!.then(() => (drained = true));
    await new Promise((r) => setImmediate(r));
    expect(drained).toBe(false);
    release!();
    await pending;
    expect(drained).toBe(true);
    expect(chunks.join('')).toContain('x'.repeat(4096));
  });

  it('turns warnings and errors into annotations', () => {
    out = captureStdout();
    const logger = createGithubLogger();
    logger.warning('careful');
    logger.error('broken');
    const text = out.text();
    out.restore();
    expect(text).toContain('::warning::careful');
    expect(text).toContain('::error::broken');
  });
});

describe('sign-in', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await createSimulator();
  });
  afterAll(async () => {
    await sim?.stop();
  });

  const oidcEnv = () => ({
    ACTIONS_ID_TOKEN_REQUEST_URL: sim.github.idTokenUrl,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: sim.github.requestToken,
  });
  const inputs = () => ({
    'client-id': sim.client.clientId,
    'tenant-id': sim.tenantId,
    'resource-manager-endpoint': sim.url,
    'authority-host': sim.url,
  });
  const githubToken = async (audience: string) => {
    const res = await fetch(`${sim.github.idTokenUrl}&audience=${encodeURIComponent(audience)}`, {
      headers: { authorization: `Bearer ${sim.github.requestToken}` },
    });
    return ((await res.json()) as { value: string }).value;
  };

  it('names `permissions: id-token: write` when the OIDC request variables are missing', () => {
    expect(() => createAuth(inputs(), { env: {} })).toThrow(/permissions: id-token: write/);
    expect(() => createAuth({ ...inputs(), 'auth-type': 'oidc' }, { env: {} })).toThrow(
      MISSING_ID_TOKEN_PERMISSION,
    );
  });

  it('rejects an unknown auth-type and explains the options when nothing is configured', () => {
    expect(() => createAuth({ 'auth-type': 'password' }, { env: {} })).toThrow(
      /auth-type: "password" is not valid/,
    );
    expect(() => createAuth({}, { env: { PATH: '' } })).toThrow(/No Azure credentials/);
  });

  it('picks the cloud from environment, overrides and AZURE_AUTHORITY_HOST', () => {
    const gov = resolveActionCloud({ environment: 'AzureUSGovernment' }, {});
    expect(gov).toMatchObject({
      armScope: 'https://management.usgovcloudapi.net/.default',
      tokenExchangeAudience: 'api://AzureADTokenExchangeUSGov',
      knownAuthority: true,
    });
    const custom = resolveActionCloud(
      { 'resource-manager-endpoint': 'https://arm.contoso.example' },
      { AZURE_AUTHORITY_HOST: 'https://login.contoso.example' },
    );
    expect(custom).toMatchObject({
      name: 'Custom',
      armScope: 'https://arm.contoso.example/.default',
      authorityHost: 'https://login.contoso.example',
      knownAuthority: false,
    });
  });

  it('exchanges a GitHub ID token, logs only iss/sub/aud, masks it, and reuses the access token', async () => {
    const logs: string[] = [];
    const masked: string[] = [];
    const getIDToken = vi.fn(githubToken);
    const auth = createAuth(inputs(), {
      env: oidcEnv(),
      getIDToken,
      log: (m) => logs.push(m),
      mask: (s) => masked.push(s),
    });
    expect(auth.method).toBe('oidc');
    const a = await auth.credential.getToken(auth.cloud.armScope);
    const b = await auth.credential.getToken(auth.cloud.armScope);
    expect(a?.token).toBeTruthy();
    expect(b?.token).toBe(a?.token);
    expect(getIDToken).toHaveBeenCalledTimes(1);
    expect(getIDToken).toHaveBeenCalledWith('api://AzureADTokenExchange');
    expect(logs.join('\n')).toMatch(
      /iss=https:\/\/token\.actions\.githubusercontent\.com sub=repo:contoso\/platform-images:ref:refs\/heads\/main aud=api:\/\/AzureADTokenExchange/,
    );
    const idToken = (await getIDToken.mock.results[0]!.value) as string;
    expect(masked).toContain(idToken);
    expect(masked).toContain(a!.token);
    expect(logs.join('\n')).not.toContain(idToken);
    expect(jwtClaims(idToken).sub).toBe(sim.github.subject);
  });

  it('asks GitHub again only after the assertion has expired', async () => {
    // Virtual time (the simulator runs in this process, so it issues and checks tokens on the same clock): a slow
    // machine cannot age the assertion between the first two calls.
    const realNow = Date.now.bind(Date);
    let offsetMs = 0;
    vi.spyOn(Date, 'now').mockImplementation(() => realNow() + offsetMs);
    try {
      const getIDToken = vi.fn(githubToken);
      const auth = createAuth(inputs(), { env: oidcEnv(), getIDToken, log: () => {}, mask: () => {} });
      await auth.credential.getToken(auth.cloud.armScope);
      await auth.credential.getToken(auth.cloud.armScope);
      expect(getIDToken).toHaveBeenCalledTimes(1);
      offsetMs = (sim.state.accessTokenLifetimeSeconds + sim.state.assertionLifetimeSeconds + 60) * 1000;
      await auth.credential.getToken(auth.cloud.armScope);
      expect(getIDToken).toHaveBeenCalledTimes(2);
    } finally {
      vi.restoreAllMocks();
    }
  });
});

describe('token cache', () => {
  it('shares one request between concurrent callers and refreshes half-way through a short token life', async () => {
    let now = 1_000_000;
    vi.spyOn(Date, 'now').mockImplementation(() => now);
    try {
      let calls = 0;
      const inner = {
        getToken: vi.fn(async () => ({ token: `t${++calls}`, expiresOnTimestamp: now + 10_000 })),
      };
      const masked: string[] = [];
      const cred = cachingCredential(inner, (s) => masked.push(s));
      const [a, b] = await Promise.all([cred.getToken('s'), cred.getToken('s')]);
      expect([a?.token, b?.token]).toEqual(['t1', 't1']);
      now += 4_000;
      expect((await cred.getToken('s'))?.token).toBe('t1');
      now += 2_000;
      expect((await cred.getToken('s'))?.token).toBe('t2');
      expect((await cred.getToken('other'))?.token).toBe('t3');
      expect((await cred.getToken('s', { claims: 'x' }))?.token).toBe('t4');
      expect(masked).toEqual(['t1', 't2', 't3', 't4']);
    } finally {
      vi.restoreAllMocks();
    }
  });

  it("a token asked for early is the first request's, failed or not: one sign-in, then a retry only later", async () => {
    let calls = 0;
    const failing = {
      getToken: async () => {
        calls++;
        throw new Error('AADSTS700024: client assertion is not within its valid time range');
      },
    };
    const cred = cachingCredential(failing, () => {});
    prefetchToken(cred, 's');
    // Settled before the first request asks.
    await new Promise((r) => setTimeout(r, 10));
    await expect(cred.getToken('s')).rejects.toThrow(/AADSTS700024/);
    expect(calls).toBe(1);
    await expect(cred.getToken('s')).rejects.toThrow(/AADSTS700024/);
    expect(calls).toBe(2);

    let issued = 0;
    const ok = {
      getToken: async () => ({ token: `t${++issued}`, expiresOnTimestamp: Date.now() + 3_600_000 }),
    };
    const good = cachingCredential(ok, () => {});
    prefetchToken(good, ['s']);
    expect((await good.getToken('s'))?.token).toBe('t1');
    expect((await good.getToken(['s']))?.token).toBe('t1');
    expect(issued).toBe(1);
  });
});

describe('outputs and provenance', () => {
  it('writes every output, empty when unknown, with the state override on setup failures', () => {
    const full = outputValues('action', result(), {
      logArtifactId: 7,
      logArtifactUrl: 'https://x/artifacts/7',
    });
    expect(Object.keys(full)).toEqual(outputNames('action'));
    expect(full).toMatchObject({
      'run-state': 'Succeeded',
      'log-artifact-id': '7',
      'log-artifact-url': 'https://x/artifacts/7',
      'duration-seconds': '61',
      'build-skipped': 'false',
    });
    const none = outputValues('action', undefined, { state: 'Failed' });
    expect(none['run-state']).toBe('Failed');
    expect(none['image-id']).toBe('');
  });

  it('tags where the image came from', () => {
    const env = {
      GITHUB_REPOSITORY: 'contoso/platform-images',
      GITHUB_SHA: 'abc',
      GITHUB_WORKFLOW: 'jumpbox',
      GITHUB_RUN_ID: '42',
      GITHUB_RUN_ATTEMPT: '2',
      GITHUB_REF: 'refs/heads/main',
    };
    const saved = { ...process.env };
    Object.assign(process.env, env);
    try {
      const tags = provenanceTags(process.env);
      expect(tags).toEqual({
        'source-repository': 'contoso/platform-images',
        'source-commit': 'abc',
        'source-workflow': 'jumpbox',
        'source-run-url': `${process.env.GITHUB_SERVER_URL || 'https://github.com'}/contoso/platform-images/actions/runs/42/attempts/2`,
        'source-ref': 'refs/heads/main',
      });
      const long = provenanceTags({ ...env, GITHUB_WORKFLOW: 'w'.repeat(300) });
      expect(long['source-workflow']).toHaveLength(256);
    } finally {
      for (const k of Object.keys(env)) if (!(k in saved)) delete process.env[k];
      Object.assign(process.env, saved);
    }
  });
});

describe('summary', () => {
  it('reports a success with image, fingerprint, tools, phases and the artifact', () => {
    const md = renderSummary(result(), {
      artifact: { name: 'logs', id: 3, url: 'https://example.invalid/a/3' },
    });
    expect(md).toContain('✅ Succeeded');
    expect(md).toContain('<code>abc123</code>');
    expect(md).toMatch(/\| kubectl \| <code>1\.34\.2<\/code> \|/);
    expect(md).toMatch(/\| Build \| 1m 0s \|/);
    expect(md).toContain('[logs (artifact 3)](https://example.invalid/a/3)');
  });

  it('shows the log tail on failure in a fence the log cannot close, and escapes table text', () => {
    const md = renderSummary(
      result({ state: 'Failed', message: 'step | failed <b>', logTail: ['```', 'boom', '````'] }),
    );
    expect(md).toContain('❌ Failed');
    expect(md).toContain('step \\| failed &lt;b&gt;');
    expect(md).toMatch(/`{5}text\n```\nboom\n````\n`{5}/);
  });

  it('explains Skipped and Running, and a setup error without a result', () => {
    expect(renderSummary(result({ state: 'Skipped', buildSkipped: true }))).toContain('already exists');
    expect(renderSummary(result({ state: 'Running' }))).toContain('roles were kept');
    const md = renderSummary(undefined, { error: 'AuthorizationFailed: no' });
    expect(md).toContain('❌ Failed');
    expect(md).toContain('AuthorizationFailed: no');
  });
});

describe('Azure CLI sign-in', () => {
  /** A directory holding a fake `az` (or none), and the credential the action builds with it on PATH. */
  async function withFakeAz(script: string | undefined, authType: string) {
    const { mkdtempSync, writeFileSync, chmodSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const bin = mkdtempSync(join(tmpdir(), 'fake-az-'));
    if (script) {
      writeFileSync(join(bin, 'az'), `#!/bin/sh\necho "$*" >> "${bin}/calls"\n${script}`);
      chmodSync(join(bin, 'az'), 0o755);
    }
    const savedPath = process.env.PATH;
    process.env.PATH = script ? `${bin}:${savedPath}` : bin;
    const logs: string[] = [];
    try {
      const auth = createAuth(
        { 'auth-type': authType },
        { env: { PATH: process.env.PATH }, log: (m) => logs.push(m), mask: () => {} },
      );
      const error = await auth.credential.getToken(auth.cloud.armScope).then(
        () => undefined,
        (e: Error) => e.message,
      );
      const { existsSync, readFileSync } = await import('node:fs');
      const calls = existsSync(join(bin, 'calls')) ? readFileSync(join(bin, 'calls'), 'utf8') : '';
      return { method: auth.method, error, calls, logs };
    } finally {
      process.env.PATH = savedPath;
    }
  }

  it('checks the session with `az account show` and says to run azure/login first when there is none', async () => {
    const r = await withFakeAz(`echo "ERROR: Please run 'az login' to setup account." >&2\nexit 1\n`, 'auto');
    expect(r.method).toBe('cli');
    expect(r.calls).toBe('account show --output json\n');
    expect(r.error).toMatch(
      /auth-type auto chose the Azure CLI.*`az account show` exited 1: ERROR: Please run 'az login'.*run azure\/login first/s,
    );
  });

  it('says to run azure/login first when auth-type cli finds no az on PATH', async () => {
    const r = await withFakeAz(undefined, 'cli');
    expect(r.error).toMatch(
      /The Azure CLI \(az\) was not found on PATH \(auth-type cli\): run azure\/login first/,
    );
  });

  it('with a session, logs who is signed in and asks az for the token', async () => {
    const r = await withFakeAz(
      `case "$1 $2" in\n"account show") echo '{"name":"sub-one","tenantId":"t","user":{"name":"ci@contoso"}}';;\n*) echo "ERROR: AADSTS70043: expired" >&2; exit 1;;\nesac\n`,
      'cli',
    );
    expect(r.logs).toContain('Azure CLI session: ci@contoso, subscription sub-one.');
    expect(r.calls).toMatch(/^account show --output json\naccount get-access-token /);
    expect(r.error).toMatch(
      /Azure CLI sign-in failed \(auth-type cli\).*AADSTS70043.*run azure\/login first/s,
    );
  });
});
