/**
 * Runs the generated install / validate / manifest scripts in a scratch root against a loopback server
 * serving fake releases, with a throwaway GPG key: they install only verified files, and refuse otherwise.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseDefinition, parseManifest, renderScripts } from '../../src/core/definition/index.js';
import type { JumpboxDefinition } from '../../src/core/definition/index.js';
import {
  archive,
  fakeBinary,
  generateKey,
  runScript,
  sha256,
  startReleaseServer,
} from '../definition/release-server.js';
import type { ReleaseServer, TestKey } from '../definition/release-server.js';

const needed = ['gpg', 'gpgv', 'curl', 'tar', 'unzip', 'zip', 'sha256sum'];
const missing = needed.filter((c) => spawnSync('sh', ['-c', `command -v ${c}`]).status !== 0);
if (missing.length && process.env.CI)
  throw new Error(`missing tools for the script tests: ${missing.join(', ')}`);

describe.skipIf(missing.length > 0)('generated tool scripts in a scratch root', () => {
  let server: ReleaseServer;
  let key: TestKey;
  let otherKey: TestKey;
  const toolD = fakeBinary('0.9.0');

  function publish(): void {
    const f = server.files;
    f.clear();
    const a = fakeBinary('tool-a version 1.2.3');
    f.set('/a/v1.2.3/tool-a-linux-amd64', a);
    // dl.k8s.io style: one bare hash, no final newline.
    f.set('/a/v1.2.3/tool-a-linux-amd64.sha256', Buffer.from(sha256(a)));
    const b = archive('tar.gz', 'linux-amd64/tool-b', fakeBinary('v2.0.0+g1234'));
    f.set('/b/tool-b-v2.0.0-linux-amd64.tar.gz', b);
    f.set(
      '/b/tool-b-v2.0.0-linux-amd64.tar.gz.sha256sum',
      // sha256sum line with a CRLF ending (tolerated).
      Buffer.from(`${sha256(b)}  tool-b-v2.0.0-linux-amd64.tar.gz\r\n`),
    );
    f.set('/b/tool-b-v2.0.0-linux-amd64.tar.gz.asc', key.sign(b, true));
    const c = archive('zip', 'bin/tool-c', fakeBinary('tool-c 3.1.0'));
    const other = archive('zip', 'bin/tool-c', fakeBinary('tool-c 3.1.0 (arm64)'));
    const sums = Buffer.from(
      `${sha256(other)}  tool-c_3.1.0_linux_arm64.zip\n${sha256(c)}  tool-c_3.1.0_linux_amd64.zip\n`,
    );
    f.set('/c/3.1.0/tool-c_3.1.0_linux_amd64.zip', c);
    f.set('/c/3.1.0/tool-c_3.1.0_SHA256SUMS', sums);
    f.set('/c/3.1.0/tool-c_3.1.0_SHA256SUMS.sig', key.sign(sums, false));
    f.set('/d/tool-d', toolD);
  }

  function definition(overrides: { fingerprint?: string; toolDSha?: string } = {}): JumpboxDefinition {
    const base = server.url;
    const doc = {
      baseImage: { publisher: 'Canonical', offer: 'ubuntu-24_04-lts', sku: 'server', version: 'latest' },
      architecture: 'amd64',
      keys: { test: { fingerprints: [overrides.fingerprint ?? key.fingerprint], armored: key.armored } },
      tools: [
        {
          name: 'tool-a',
          version: '1.2.3',
          installPath: '/usr/local/bin/tool-a',
          download: {
            url: `${base}/a/v{version}/tool-a-linux-{arch}`,
            checksum: { url: `${base}/a/v{version}/tool-a-linux-{arch}.sha256` },
          },
          check: { args: ['--version'], pattern: 'tool-a version ([0-9.]+)' },
        },
        {
          name: 'tool-b',
          version: '2.0.0',
          installPath: '/usr/local/bin/tool-b',
          download: {
            url: `${base}/b/tool-b-v{version}-linux-{arch}.tar.gz`,
            archive: 'tar.gz',
            member: 'linux-{arch}/tool-b',
            checksum: { url: `${base}/b/tool-b-v{version}-linux-{arch}.tar.gz.sha256sum` },
            signature: {
              url: `${base}/b/tool-b-v{version}-linux-{arch}.tar.gz.asc`,
              of: 'artifact',
              key: 'test',
            },
          },
          check: { args: ['version'], pattern: '^v([0-9]+\\.[0-9]+\\.[0-9]+)' },
        },
        {
          name: 'tool-c',
          version: '3.1.0',
          installPath: '/opt/tools/bin/tool-c',
          download: {
            url: `${base}/c/{version}/tool-c_{version}_linux_{arch}.zip`,
            archive: 'zip',
            member: 'bin/tool-c',
            checksum: { url: `${base}/c/{version}/tool-c_{version}_SHA256SUMS` },
            signature: {
              url: `${base}/c/{version}/tool-c_{version}_SHA256SUMS.sig`,
              of: 'checksum',
              key: 'test',
            },
          },
          check: { pattern: 'tool-c ([0-9.]+)' },
        },
        {
          name: 'tool-d',
          version: '0.9.0',
          installPath: '/usr/local/bin/tool-d',
          download: { url: `${base}/d/tool-d`, sha256: { amd64: overrides.toolDSha ?? sha256(toolD) } },
          check: { pattern: '^([0-9.]+)' },
        },
      ],
      hardening: { osUpgrade: false, unattendedUpgrades: false, cleanCaches: false },
    };
    return parseDefinition(stringify(doc), 'scratch-test.yaml');
  }

  function script(d: JumpboxDefinition, file: string): string {
    const s = renderScripts(d, { baseImageVersion: '24.04.202510150' }).find((x) => x.file === file);
    if (!s) throw new Error(`no ${file}`);
    return s.script;
  }

  function scratchRoot(): string {
    const root = mkdtempSync(join(tmpdir(), 'jumpbox-root-'));
    mkdirSync(join(root, 'etc'));
    writeFileSync(join(root, 'etc/os-release'), 'ID=ubuntu\nVERSION_ID="24.04"\nVERSION_CODENAME=noble\n');
    return root;
  }

  const install = (d: JumpboxDefinition, root: string) =>
    runScript(script(d, 'install-tools.sh'), { JUMPBOX_ROOT: root });

  beforeAll(async () => {
    server = await startReleaseServer();
    key = generateKey('Jumpbox Test Signer');
    otherKey = generateKey('Someone Else');
  });
  afterAll(async () => {
    await server?.close();
  });
  beforeEach(() => publish());

  it('installs every tool when checksums and signatures match', async () => {
    const root = scratchRoot();
    const r = await install(definition(), root);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    for (const p of [
      'usr/local/bin/tool-a',
      'usr/local/bin/tool-b',
      'opt/tools/bin/tool-c',
      'usr/local/bin/tool-d',
    ]) {
      expect(statSync(join(root, p)).mode & 0o777).toBe(0o755);
    }
    expect(r.stdout).toContain('jumpbox: tool-b tool-b-v2.0.0-linux-amd64.tar.gz: good signature (key test)');
    expect(r.stdout).toContain('jumpbox: tool-c checksum file: good signature (key test)');
    expect(r.stdout).toContain('jumpbox: tool-c 3.1.0 OK');
    expect(r.stdout).toContain('jumpbox: all tools installed and verified');
    expect(server.requests).toEqual(
      expect.arrayContaining([
        '/a/v1.2.3/tool-a-linux-amd64.sha256',
        '/b/tool-b-v2.0.0-linux-amd64.tar.gz.asc',
        '/c/3.1.0/tool-c_3.1.0_SHA256SUMS.sig',
      ]),
    );

    // The validation and manifest scripts measure the same installs.
    const v = await runScript(script(definition(), 'validate.sh'), { JUMPBOX_ROOT: root });
    expect(v.stderr).toBe('');
    expect(v.code).toBe(0);
    const m = await runScript(script(definition(), 'manifest.sh'), { JUMPBOX_ROOT: root });
    expect(m.code).toBe(0);
    const manifest = parseManifest(
      m.stdout
        .split('\n')
        .map((l) => `[a1b2c3] PACKER OUT ${l}`)
        .join('\n'),
    );
    expect(manifest).toMatchObject({
      definitionFingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
      baseImageVersion: '24.04.202510150',
      tools: [
        { name: 'tool-a', version: '1.2.3' },
        { name: 'tool-b', version: '2.0.0' },
        { name: 'tool-c', version: '3.1.0' },
        { name: 'tool-d', version: '0.9.0' },
      ],
      os: { id: 'ubuntu', versionId: '24.04' },
    });

    // A tool that reports another version fails validation.
    writeFileSync(join(root, 'usr/local/bin/tool-a'), fakeBinary('tool-a version 1.2.4'));
    const bad = await runScript(script(definition(), 'validate.sh'), { JUMPBOX_ROOT: root });
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain("tool-a: measured version is '1.2.4', expected 1.2.3");
  });

  it('refuses a download whose sha256 differs from the checksum file', async () => {
    server.files.set('/a/v1.2.3/tool-a-linux-amd64', fakeBinary('tool-a version 1.2.3 (tampered)'));
    const root = scratchRoot();
    const r = await install(definition(), root);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(
      /jumpbox: ERROR: tool-a: sha256 mismatch for tool-a-linux-amd64: checksum file says [0-9a-f]{64}, downloaded [0-9a-f]{64}/,
    );
    expect(existsSync(join(root, 'usr/local/bin/tool-a'))).toBe(false);
  });

  it('refuses when the checksum file is missing', async () => {
    server.files.delete('/a/v1.2.3/tool-a-linux-amd64.sha256');
    const r = await install(definition(), scratchRoot());
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(
      `jumpbox: ERROR: download failed: ${server.url}/a/v1.2.3/tool-a-linux-amd64.sha256`,
    );
  });

  it('refuses when the checksum file does not list the download', async () => {
    server.files.set(
      '/b/tool-b-v2.0.0-linux-amd64.tar.gz.sha256sum',
      Buffer.from(`${'0'.repeat(64)}  other.tar.gz\n`),
    );
    const r = await install(definition(), scratchRoot());
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('jumpbox: ERROR: tool-b: no sha256 for tool-b-v2.0.0-linux-amd64.tar.gz');
  });

  it('refuses an artifact signed by another key', async () => {
    const b = server.files.get('/b/tool-b-v2.0.0-linux-amd64.tar.gz')!;
    server.files.set('/b/tool-b-v2.0.0-linux-amd64.tar.gz.asc', otherKey.sign(b, true));
    const root = scratchRoot();
    const r = await install(definition(), root);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(
      'jumpbox: ERROR: tool-b tool-b-v2.0.0-linux-amd64.tar.gz: OpenPGP signature verification failed (key test)',
    );
    expect(existsSync(join(root, 'usr/local/bin/tool-b'))).toBe(false);
  });

  it('refuses when the signature is missing', async () => {
    server.files.delete('/c/3.1.0/tool-c_3.1.0_SHA256SUMS.sig');
    const r = await install(definition(), scratchRoot());
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(
      `jumpbox: ERROR: download failed: ${server.url}/c/3.1.0/tool-c_3.1.0_SHA256SUMS.sig`,
    );
  });

  it('refuses a replaced archive with a matching but unsigned checksum file', async () => {
    const evil = archive('zip', 'bin/tool-c', fakeBinary('tool-c 3.1.0 (evil)'));
    server.files.set('/c/3.1.0/tool-c_3.1.0_linux_amd64.zip', evil);
    server.files.set(
      '/c/3.1.0/tool-c_3.1.0_SHA256SUMS',
      Buffer.from(`${sha256(evil)}  tool-c_3.1.0_linux_amd64.zip\n`),
    );
    const root = scratchRoot();
    const r = await install(definition(), root);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(
      'jumpbox: ERROR: tool-c checksum file: OpenPGP signature verification failed (key test)',
    );
    expect(existsSync(join(root, 'opt/tools/bin/tool-c'))).toBe(false);
  });

  it('refuses a download that does not match its pinned sha256', async () => {
    const r = await install(definition({ toolDSha: 'f'.repeat(64) }), scratchRoot());
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(
      `jumpbox: ERROR: tool-d: sha256 mismatch for tool-d: pinned ${'f'.repeat(64)}, downloaded ${sha256(toolD)}`,
    );
  });

  it('refuses a binary that reports another version', async () => {
    const a = fakeBinary('tool-a version 1.2.2');
    server.files.set('/a/v1.2.3/tool-a-linux-amd64', a);
    server.files.set('/a/v1.2.3/tool-a-linux-amd64.sha256', Buffer.from(sha256(a)));
    const r = await install(definition(), scratchRoot());
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("jumpbox: ERROR: tool-a: measured version is '1.2.2', expected 1.2.3");
  });

  it('refuses an embedded key block whose fingerprint is not the declared one', async () => {
    const r = await install(definition({ fingerprint: otherKey.fingerprint }), scratchRoot());
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(
      `jumpbox: ERROR: key test: the embedded block holds [${key.fingerprint}], expected [${otherKey.fingerprint}]`,
    );
  });

  it('uses JUMPBOX_DOWNLOAD_COMMAND instead of curl when set', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jumpbox-dl-'));
    const log = join(dir, 'log');
    const dl = join(dir, 'dl.sh');
    writeFileSync(dl, `#!/bin/sh\nprintf '%s\\n' "$1" >> '${log}'\nexec curl -fsS -o "$2" "$1"\n`, {
      mode: 0o755,
    });
    const root = scratchRoot();
    const r = await runScript(script(definition(), 'install-tools.sh'), {
      JUMPBOX_ROOT: root,
      JUMPBOX_DOWNLOAD_COMMAND: dl,
    });
    expect(r.code).toBe(0);
    expect(existsSync(log)).toBe(true);
  });
});
