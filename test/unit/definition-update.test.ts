/**
 * Keeping pins current against the loopback release server standing in for GitHub releases (+ API),
 * the Kubernetes release markers and HashiCorp's index: `definition outdated`, `definition pin --update`
 * (a tampered release is refused), pinned hashes in the rendered scripts and in the install script.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/cli.js';
import { imageFingerprint } from '../../src/core/fingerprint.js';
import {
  DEFAULT_DEFINITION_YAML,
  definitionFingerprint,
  outdatedTools,
  parseDefinition,
  pinDefinition,
  renderDefinition,
  renderScripts,
} from '../../src/core/definition/index.js';
import type { JumpboxDefinition } from '../../src/core/definition/index.js';
import { pinDefinitionText, serializeDefinition } from '../../src/core/definition/pin.js';
import { parseDocument } from 'yaml';
import { fakeBinary, runScript, sha256, startReleaseServer } from '../definition/release-server.js';
import type { ReleaseServer } from '../definition/release-server.js';

let server: ReleaseServer;
let sources: Record<string, string>;

function release(version: string, label = ''): Buffer {
  return fakeBinary(`mytool ${version}${label}`);
}

/** A GitHub-style release of mytool: the binary and a SHA256SUMS file. */
function publishMytool(version: string, body = release(version), sums = body): void {
  const dir = `/gh/acme/mytool/releases/download/v${version}`;
  server.files.set(`${dir}/mytool-linux-amd64`, body);
  server.files.set(`${dir}/SHA256SUMS`, Buffer.from(`${sha256(sums)}  mytool-linux-amd64\n`));
}

function publish(): void {
  server.files.clear();
  for (const v of ['1.0.0', '1.1.0', '1.2.0', '2.0.0']) publishMytool(v);
  const tags = ['v2.0.0', 'v1.3.0-rc.1', 'v1.2.0', 'v1.1.0', 'v1.0.0', 'nightly'];
  server.files.set(
    '/api/repos/acme/mytool/releases',
    Buffer.from(
      JSON.stringify(tags.map((t) => ({ tag_name: t, draft: false, prerelease: t.includes('rc') }))),
    ),
  );
  for (const v of ['1.36.5', '1.36.7']) {
    const k = fakeBinary(`Client Version: v${v}`);
    server.files.set(`/k8s/release/v${v}/bin/linux/amd64/kubectl`, k);
    server.files.set(`/k8s/release/v${v}/bin/linux/amd64/kubectl.sha256`, Buffer.from(sha256(k)));
  }
  server.files.set('/k8s/release/stable-1.36.txt', Buffer.from('v1.36.7\n'));
  server.files.set('/hc/terraform/1.16.4/terraform_1.16.4_linux_amd64', fakeBinary('Terraform v1.16.4'));
  server.files.set(
    '/hc/terraform/index.json',
    Buffer.from(JSON.stringify({ versions: { '1.16.4': {}, '1.17.0-beta1': {}, '2.0.0': {} } })),
  );
}

const definitionText = () => `# A complete definition for the update tests
baseImage: { publisher: Canonical, offer: ubuntu-24_04-lts, sku: server, version: latest }
architecture: amd64
tools:
  # Our own tool, released on "GitHub"
  - name: mytool
    version: 1.0.0
    installPath: /usr/local/bin/mytool
    download:
      url: ${server.url}/gh/acme/mytool/releases/download/v{version}/mytool-linux-{arch}
      checksum:
        url: ${server.url}/gh/acme/mytool/releases/download/v{version}/SHA256SUMS
    check:
      args: [--version]
      pattern: 'mytool ([0-9.]+)'
  - name: kubectl
    version: 1.36.5
    installPath: /usr/local/bin/kubectl
    download:
      url: ${server.url}/k8s/release/v{version}/bin/linux/{arch}/kubectl
      checksum:
        url: ${server.url}/k8s/release/v{version}/bin/linux/{arch}/kubectl.sha256
    check:
      args: [version, --client]
      pattern: 'Client Version: v([0-9.]+)'
  - name: terraform
    version: 1.16.4
    installPath: /usr/local/bin/terraform
    download:
      url: ${server.url}/hc/terraform/{version}/terraform_{version}_linux_{arch}
      sha256:
        amd64: '${'1'.repeat(64)}'
    check:
      args: [version]
      pattern: 'Terraform v([0-9.]+)'
  - name: curl-tool
    version: 8.5.0
    apt: { package: curl, version: '{version}-2ubuntu10' }
    check: { command: curl, args: [--version], pattern: 'curl ([0-9.]+)' }
hardening: { osUpgrade: false, unattendedUpgrades: false, cleanCaches: false }
`;

async function file(text: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'jumpbox-update-'));
  const path = join(dir, 'definition.yaml');
  await writeFile(path, text);
  return path;
}

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = new PassThrough();
  const err = new PassThrough();
  let stdout = '';
  let stderr = '';
  out.on('data', (d: Buffer) => (stdout += d.toString()));
  err.on('data', (d: Buffer) => (stderr += d.toString()));
  const flags = Object.entries(sources).flatMap(([k, v]) => ['--release-source', `${k}=${v}`]);
  const code = await runCli({
    argv: [...args, ...flags],
    env: {},
    stdout: out,
    stderr: err,
    signal: new AbortController().signal,
    isTty: false,
  });
  return { code, stdout, stderr };
}

beforeAll(async () => {
  server = await startReleaseServer();
  sources = {
    github: `${server.url}/gh`,
    githubApi: `${server.url}/api`,
    kubernetes: `${server.url}/k8s`,
    hashicorp: `${server.url}/hc`,
  };
});
afterAll(async () => {
  await server?.close();
});
beforeEach(() => {
  publish();
  server.requests.length = 0;
});

describe('definition outdated', () => {
  it('compares every pin with the newest stable release on its track', async () => {
    const d = parseDefinition(definitionText(), 'update.yaml');
    const rows = await outdatedTools(d, { sources });
    expect(rows).toEqual([
      expect.objectContaining({ name: 'mytool', pinned: '1.0.0', latest: '1.2.0', status: 'outdated' }),
      expect.objectContaining({ name: 'kubectl', pinned: '1.36.5', latest: '1.36.7', status: 'outdated' }),
      expect.objectContaining({ name: 'terraform', pinned: '1.16.4', latest: '1.16.4', status: 'current' }),
      expect.objectContaining({ name: 'curl-tool', status: 'unknown', note: expect.stringMatching(/apt/) }),
    ]);
    expect(rows[0]!.source).toBe('GitHub releases acme/mytool');
    expect(server.requests).toEqual(
      expect.arrayContaining([
        '/api/repos/acme/mytool/releases',
        '/k8s/release/stable-1.36.txt',
        '/hc/terraform/index.json',
      ]),
    );
  });

  it('exits 1 when a tool is outdated and 0 when every tool is current (--json)', async () => {
    const path = await file(definitionText());
    const before = await cli(['definition', 'outdated', path, '--json']);
    expect(before.code).toBe(1);
    expect(JSON.parse(before.stdout)).toHaveLength(4);
    await pinDefinition({ path, update: true, sources, write: true });
    const after = await cli(['definition', 'outdated', path, '--json']);
    expect(after.stderr).toBe('');
    expect(JSON.parse(after.stdout).map((r: { status: string }) => r.status)).toEqual([
      'current',
      'current',
      'current',
      'unknown',
    ]);
    expect(after.code).toBe(0);
  });

  it('reports a release source that cannot be read as unknown and fails', async () => {
    server.files.delete('/k8s/release/stable-1.36.txt');
    const path = await file(definitionText());
    const r = await cli(['definition', 'outdated', path]);
    expect(r.stdout).toMatch(/kubectl +1\.36\.5 +- +unknown \(GET .*stable-1\.36\.txt: HTTP 404\)/);
    expect(r.code).toBe(1);
  });
});

describe('definition pin --update', () => {
  it('moves each tool to its newest verified release and pins the sha256 of every download', async () => {
    const path = await file(definitionText());
    const before = parseDefinition(definitionText(), path);
    const r = await cli(['definition', 'pin', path, '--update', '--report', `${path}.md`]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const text = await readFile(path, 'utf8');
    expect(text).toContain('# Our own tool, released on "GitHub"');
    const after = parseDefinition(text, path);
    const tool = (n: string) => after.tools.find((t) => t.name === n)!;
    expect(tool('mytool').version).toBe('1.2.0');
    expect(tool('mytool').download!.sha256).toEqual({ amd64: sha256(release('1.2.0')) });
    expect(tool('kubectl').version).toBe('1.36.7');
    expect(tool('kubectl').download!.sha256).toEqual({
      amd64: sha256(server.files.get('/k8s/release/v1.36.7/bin/linux/amd64/kubectl')!),
    });
    // terraform is current; its stale pin is replaced by the download's sha256.
    expect(tool('terraform').version).toBe('1.16.4');
    expect(tool('terraform').download!.sha256).toEqual({
      amd64: sha256(server.files.get('/hc/terraform/1.16.4/terraform_1.16.4_linux_amd64')!),
    });
    const report = await readFile(`${path}.md`, 'utf8');
    expect(report).toContain('| mytool | 1.0.0 → 1.2.0 | updated |');
    expect(report).toContain('| kubectl | 1.36.5 → 1.36.7 | updated |');

    // The new pins reach the rendered install script ...
    const script = renderScripts(after, { baseImageVersion: '24.04.202510150' }).find(
      (s) => s.file === 'install-tools.sh',
    )!.script;
    expect(script).toContain(`'sha256=${sha256(release('1.2.0'))}'`);
    // ... and change the definition and image fingerprints, so the next scheduled build rebuilds.
    expect(definitionFingerprint(after)).not.toBe(definitionFingerprint(before));
    expect(imageShape(after)).not.toBe(imageShape(before));
  });

  it('refuses a tampered release and falls back to the newest release that verifies', async () => {
    // 1.2.0 was replaced after its checksum file was published.
    publishMytool('1.2.0', release('1.2.0', ' evil'), release('1.2.0'));
    const path = await file(definitionText());
    const outcome = await pinDefinition({ path, update: true, sources, write: true });
    const mytool = outcome.changes.find((c) => c.tool === 'mytool')!;
    expect(mytool).toMatchObject({ from: '1.0.0', to: '1.1.0', status: 'updated' });
    expect(mytool.reasons.join()).toMatch(
      /1\.2\.0 refused: .*mytool amd64: .* has sha256 [0-9a-f]{64}, but .* says/,
    );
    const after = parseDefinition(await readFile(path, 'utf8'), path);
    expect(after.tools[0]!.download!.sha256).toEqual({ amd64: sha256(release('1.1.0')) });
  });

  it('keeps the old pin and says why when no newer release verifies (exit 1)', async () => {
    publishMytool('1.2.0', release('1.2.0', ' evil'), release('1.2.0'));
    server.files.delete('/gh/acme/mytool/releases/download/v1.1.0/SHA256SUMS');
    const path = await file(definitionText());
    const r = await cli(['definition', 'pin', path, '--update']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /\| mytool \| 1\.0\.0 \| kept \| 1\.2\.0 refused: .*; 1\.1\.0 refused: GET .*SHA256SUMS: HTTP 404/,
    );
    expect(r.stdout + r.stderr).toMatch(/mytool stays at 1\.0\.0/);
    const after = parseDefinition(await readFile(path, 'utf8'), path);
    expect(after.tools[0]!.version).toBe('1.0.0');
    // The current version still verifies, so it is pinned.
    expect(after.tools[0]!.download!.sha256).toEqual({ amd64: sha256(release('1.0.0')) });
  });

  it('leaves the built-in default byte-identical when nothing changes, and updates it in place', async () => {
    const doc = parseDocument(DEFAULT_DEFINITION_YAML);
    expect(serializeDefinition(doc)).toBe(DEFAULT_DEFINITION_YAML);
    // The repository's refresh workflow runs pin --update on the TypeScript module embedding the default.
    const dir = mkdtempSync(join(tmpdir(), 'jumpbox-default-'));
    const ts = join(dir, 'default-definition.ts');
    const source = `export const X = 1;\nexport const Y = String.raw\`\n${definitionText()}\`.trimStart();\n`;
    writeFileSync(ts, source);
    await pinDefinition({ path: ts, update: true, sources, write: true });
    const written = await readFile(ts, 'utf8');
    expect(written.startsWith('export const X = 1;\nexport const Y = String.raw`\n# A complete')).toBe(true);
    expect(written.endsWith('`.trimStart();\n')).toBe(true);
    const yaml = written.slice(written.indexOf('`') + 1, written.lastIndexOf('`'));
    expect(parseDefinition(yaml, ts).tools[0]!.version).toBe('1.2.0');
    const again = await pinDefinitionText(yaml, ts, { update: true, sources });
    expect(again.updated).toBe(0);
  });
});

function imageShape(d: JumpboxDefinition): string {
  const r = renderDefinition(d, { baseImageVersion: '24.04.202510150' });
  return imageFingerprint({
    source: r.baseImage,
    customize: r.customize,
    validate: r.validate,
    osDiskSizeGb: 0,
    optimize: undefined,
  });
}

const hasTools = ['curl', 'sha256sum'].every((c) => spawnSync('sh', ['-c', `command -v ${c}`]).status === 0);

describe.skipIf(!hasTools)('the install script with an updated pin', () => {
  it('refuses a download whose sha256 differs from the pin even when the checksum file agrees', async () => {
    const path = await file(definitionText());
    await pinDefinition({ path, update: true, sources, write: true });
    const d = parseDefinition(await readFile(path, 'utf8'), path);
    d.tools = d.tools.filter((t) => t.name === 'mytool');
    const script = renderScripts(d, { baseImageVersion: '24.04.202510150' }).find(
      (s) => s.file === 'install-tools.sh',
    )!.script;
    const root = mkdtempSync(join(tmpdir(), 'jumpbox-root-'));
    mkdirSync(join(root, 'etc'));

    const ok = await runScript(script, { JUMPBOX_ROOT: root });
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);

    // The release is replaced together with its checksum file: only the pin catches it.
    const evil = release('1.2.0', ' evil');
    publishMytool('1.2.0', evil);
    const refused = await runScript(script, { JUMPBOX_ROOT: mkdtempSync(join(tmpdir(), 'jumpbox-root-')) });
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain(
      `mytool: sha256 mismatch for mytool-linux-amd64: pinned ${sha256(release('1.2.0'))}, downloaded ${sha256(evil)}`,
    );
  });
});
