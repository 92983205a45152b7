import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MANIFEST_BEGIN,
  MANIFEST_END,
  parseDefinition,
  parseManifest,
  pinDefinition,
} from '../../src/core/definition/index.js';
import { fakeBinary, sha256, startReleaseServer } from '../definition/release-server.js';
import type { ReleaseServer } from '../definition/release-server.js';

const manifest = {
  schemaVersion: 1,
  definitionFingerprint: 'ab'.repeat(32),
  baseImageVersion: '24.04.202510150',
  os: { id: 'ubuntu', versionId: '24.04', kernel: '6.8.0-1041-azure' },
  tools: [
    { name: 'kubectl', version: '1.34.2' },
    { name: 'helm', version: '3.19.2' },
  ],
};

describe('parseManifest', () => {
  it('reads the manifest from a Packer customization log with line prefixes', () => {
    const log = [
      '[a1b2c3d4] PACKER OUT ==> azure-arm: Provisioning with shell script: /tmp/script_1234.sh',
      `[a1b2c3d4] PACKER OUT     azure-arm: ${MANIFEST_BEGIN}`,
      `[a1b2c3d4] PACKER OUT     azure-arm: ${JSON.stringify(manifest)}`,
      `[a1b2c3d4] PACKER OUT     azure-arm: ${MANIFEST_END}`,
      '[a1b2c3d4] PACKER OUT (telemetry) ending shell',
    ].join('\r\n');
    expect(parseManifest(log)).toEqual(manifest);
  });

  it('reads unprefixed output and the one-line form', () => {
    expect(parseManifest(`${MANIFEST_BEGIN}\n${JSON.stringify(manifest)}\n${MANIFEST_END}\n`)).toEqual(
      manifest,
    );
    expect(parseManifest(`x ${MANIFEST_BEGIN} ${JSON.stringify(manifest)} ${MANIFEST_END}`)).toEqual(
      manifest,
    );
  });

  it('takes the last manifest when a build printed several', () => {
    const second = { ...manifest, baseImageVersion: '24.04.202511010' };
    const log = [
      MANIFEST_BEGIN,
      JSON.stringify(manifest),
      MANIFEST_END,
      MANIFEST_BEGIN,
      JSON.stringify(second),
      MANIFEST_END,
    ].join('\n');
    expect(parseManifest(log)?.baseImageVersion).toBe('24.04.202511010');
  });

  it('returns undefined without markers, or with a truncated or malformed manifest', () => {
    expect(parseManifest('nothing here')).toBeUndefined();
    expect(parseManifest(`${MANIFEST_BEGIN}\n{"definitionFingerprint": "x"`)).toBeUndefined();
    expect(
      parseManifest(`${MANIFEST_BEGIN}\n{"definitionFingerprint":"x","tools":[]}\n${MANIFEST_END}`),
    ).toBeUndefined();
    expect(parseManifest(`${JSON.stringify(manifest)}`)).toBeUndefined();
  });
});

describe('pinDefinition', () => {
  let server: ReleaseServer;
  const v1 = fakeBinary('mytool 1.0.0');
  const arm = fakeBinary('mytool 1.0.0 arm64');

  beforeAll(async () => {
    server = await startReleaseServer();
    server.files.set('/mytool/1.0.0/mytool-linux-amd64', v1);
    server.files.set('/mytool/1.0.0/mytool-linux-arm64', arm);
    server.files.set(
      '/mytool/1.0.0/SHA256SUMS',
      Buffer.from(`${sha256(v1)}  mytool-linux-amd64\n${sha256(arm)}  mytool-linux-arm64\n`),
    );
  });
  afterAll(async () => {
    await server?.close();
  });

  async function file(text: string): Promise<string> {
    const dir = await mkdtemp(join(tmpdir(), 'jumpbox-pin-'));
    const path = join(dir, 'definition.yaml');
    await writeFile(path, text);
    return path;
  }

  const text = (checksum = true) => `# My jump box
extends: default
remove: [terraform]
tools:
  # Our own tool
  - name: mytool
    version: 1.0.0
    installPath: /usr/local/bin/mytool
    download:
      url: ${server.url}/mytool/{version}/mytool-linux-{arch}
${checksum ? `      checksum:\n        url: ${server.url}/mytool/{version}/SHA256SUMS\n` : `      sha256:\n        amd64: '${'0'.repeat(64)}'\n`}    check:
      args: [--version]
      pattern: 'mytool ([0-9.]+)'
`;

  it('fills sha256 values, keeps comments, and the result loads', async () => {
    const path = await file(text());
    const result = await pinDefinition({ path });
    expect(result.updated).toBe(1);
    expect(result.text).toContain('# My jump box');
    expect(result.text).toContain('# Our own tool');
    const d = parseDefinition(result.text, path);
    expect(d.tools.find((t) => t.name === 'mytool')?.download?.sha256).toEqual({ amd64: sha256(v1) });
    // The file itself is untouched unless asked.
    expect(await readFile(path, 'utf8')).toBe(text());

    await writeFile(path, result.text);
    const again = await pinDefinition({ path });
    expect(again.updated).toBe(0);
  });

  it('replaces a stale pin and writes the file when asked', async () => {
    const path = await file(text(false));
    const result = await pinDefinition({ path, write: true });
    expect(result.updated).toBe(1);
    const written = await readFile(path, 'utf8');
    expect(written).toMatch(new RegExp(`amd64: '?${sha256(v1)}'?`));
    expect(parseDefinition(written, path).tools.find((t) => t.name === 'mytool')?.download?.sha256).toEqual({
      amd64: sha256(v1),
    });
  });

  it('refuses to pin a download that disagrees with the upstream checksum file', async () => {
    server.files.set('/mytool/1.0.0/mytool-linux-amd64', fakeBinary('mytool 1.0.0 tampered'));
    try {
      const path = await file(text());
      await expect(pinDefinition({ path })).rejects.toThrow(
        /mytool amd64: .* has sha256 [0-9a-f]{64}, but .*SHA256SUMS says/,
      );
    } finally {
      server.files.set('/mytool/1.0.0/mytool-linux-amd64', v1);
    }
  });

  it('uses the given fetch and signal', async () => {
    const path = await file(text());
    const seen: string[] = [];
    const f: typeof fetch = async (input, init) => {
      seen.push(String(input));
      return fetch(input, init);
    };
    const controller = new AbortController();
    await pinDefinition({ path, fetch: f, signal: controller.signal });
    expect(seen).toEqual([
      `${server.url}/mytool/1.0.0/mytool-linux-amd64`,
      `${server.url}/mytool/1.0.0/SHA256SUMS`,
    ]);
    controller.abort();
    await expect(pinDefinition({ path, signal: controller.signal })).rejects.toThrow();
  });

  it('reports HTTP errors with the URL', async () => {
    const path = await file(text().replace('/mytool/{version}/mytool-linux-{arch}', '/missing/{version}'));
    await expect(pinDefinition({ path })).rejects.toThrow(`GET ${server.url}/missing/1.0.0: HTTP 404`);
  });
});
