/**
 * The SBOM step, run for real in a scratch root (fake dpkg database, a tool installed from the loopback release
 * server): the document it prints between the markers is valid against the SPDX 2.3 JSON schema (vendored in
 * test/sbom/), lists every installed dpkg package and every tool with version, location and verified sha256.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  parseDefinition,
  parseSbom,
  renderDefinition,
  renderScripts,
  SBOM_BEGIN,
  SBOM_END,
} from '../../src/core/definition/index.js';
import type { JumpboxDefinition, SpdxDocument } from '../../src/core/definition/index.js';
import { fakeBinary, runScript, sha256, startReleaseServer } from '../definition/release-server.js';
import type { ReleaseServer } from '../definition/release-server.js';

const schema = JSON.parse(readFileSync(join(import.meta.dirname, '../sbom/spdx-schema-2.3.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

const needed = ['dpkg-query', 'curl', 'sha256sum', 'awk', 'sort', 'sed'];
const missing = needed.filter((c) => spawnSync('sh', ['-c', `command -v ${c}`]).status !== 0);
if (missing.length && process.env.CI)
  throw new Error(`missing tools for the SBOM tests: ${missing.join(', ')}`);

const STATUS = `Package: libstdc++6
Status: install ok installed
Maintainer: Ubuntu Core developers <ubuntu-devel-discuss@lists.ubuntu.com>
Architecture: amd64
Version: 14.2.0-4ubuntu2~24.04
Description: GNU Standard C++ Library v3

Package: openssh-server
Status: install ok installed
Maintainer: Ubuntu Developers <ubuntu-devel-discuss@lists.ubuntu.com>
Architecture: amd64
Version: 1:9.6p1-3ubuntu13.14
Description: secure shell (SSH) server

Package: removed-but-configured
Status: deinstall ok config-files
Maintainer: Nobody <nobody@example.invalid>
Architecture: amd64
Version: 1.0
Description: only its configuration files are left

Package: azure-cli
Status: install ok installed
Maintainer: Azure CLI Team <azpycli@microsoft.com>
Architecture: all
Version: 2.90.0-1~noble
Description: Azure CLI
`;

/** SPDX rules the JSON schema does not express: ID syntax and uniqueness, relationship targets, hex checksums. */
function spdxRules(doc: SpdxDocument): string[] {
  const problems: string[] = [];
  const ids = new Set<string>(['SPDXRef-DOCUMENT']);
  for (const p of doc.packages) {
    if (!/^SPDXRef-[A-Za-z0-9.-]+$/.test(p.SPDXID)) problems.push(`bad SPDXID ${p.SPDXID}`);
    if (ids.has(p.SPDXID)) problems.push(`duplicate SPDXID ${p.SPDXID}`);
    ids.add(p.SPDXID);
    for (const c of (p.checksums as Array<{ checksumValue: string }> | undefined) ?? [])
      if (!/^[0-9a-f]{64}$/.test(c.checksumValue)) problems.push(`bad checksum ${c.checksumValue}`);
  }
  const rels = doc.relationships as Array<{ spdxElementId: string; relatedSpdxElement: string }>;
  for (const r of rels)
    for (const id of [r.spdxElementId, r.relatedSpdxElement])
      if (!ids.has(id)) problems.push(`relationship to unknown ${id}`);
  if (!/^https:\/\/\S+$/.test(String(doc.documentNamespace))) problems.push('documentNamespace is not a URI');
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test((doc.creationInfo as { created: string }).created))
    problems.push('created is not an ISO 8601 UTC time');
  return problems;
}

describe.skipIf(missing.length > 0)('the SBOM step in a scratch root', () => {
  let server: ReleaseServer;
  const tool = fakeBinary('tool-a version 1.2.3');

  beforeAll(async () => {
    server = await startReleaseServer();
    server.files.set('/a/v1.2.3/tool-a-linux-amd64', tool);
    server.files.set('/a/v1.2.3/tool-a-linux-amd64.sha256', Buffer.from(sha256(tool)));
  });
  afterAll(async () => {
    await server?.close();
  });

  function definition(): JumpboxDefinition {
    return parseDefinition(
      `baseImage: { publisher: Canonical, offer: ubuntu-24_04-lts, sku: server, version: latest }
architecture: amd64
apt:
  packages: [curl]
tools:
  - name: tool-a
    version: 1.2.3
    installPath: /usr/local/bin/tool-a
    download:
      url: ${server.url}/a/v{version}/tool-a-linux-{arch}
      checksum: { url: '${server.url}/a/v{version}/tool-a-linux-{arch}.sha256' }
    check: { args: [--version], pattern: 'tool-a version ([0-9.]+)' }
  - name: azure-cli
    version: 2.90.0
    apt: { package: azure-cli, version: '{version}-1~{codename}' }
    check: { command: az, args: [version], pattern: '"azure-cli": "([0-9.]+)"' }
  - name: aks-preview
    version: 22.0.0b4
    azureCliExtension: {}
hardening: { osUpgrade: false, unattendedUpgrades: false, cleanCaches: false }
`,
      'sbom-test.yaml',
    );
  }

  function scratchRoot(): string {
    const root = mkdtempSync(join(tmpdir(), 'jumpbox-root-'));
    mkdirSync(join(root, 'etc'));
    writeFileSync(join(root, 'etc/os-release'), 'ID=ubuntu\nVERSION_ID="24.04"\nVERSION_CODENAME=noble\n');
    mkdirSync(join(root, 'var/lib/dpkg/updates'), { recursive: true });
    mkdirSync(join(root, 'var/lib/dpkg/info'));
    writeFileSync(join(root, 'var/lib/dpkg/status'), STATUS);
    return root;
  }

  const script = (d: JumpboxDefinition, file: string) =>
    renderScripts(d, { baseImageVersion: '24.04.202510150' }).find((s) => s.file === file)!.script;

  it('prints a valid SPDX 2.3 document of every dpkg package and every tool', async () => {
    const d = definition();
    const root = scratchRoot();
    const installed = await runScript(script(d, 'install-tools.sh'), { JUMPBOX_ROOT: root });
    expect(installed.code).toBe(0);
    const r = await runScript(script(d, 'sbom.sh'), { JUMPBOX_ROOT: root });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('jumpbox: SBOM: 3 dpkg packages, 3 tools');

    // As it appears in the customization log: Packer prefixes on every line.
    const log = r.stdout
      .split('\n')
      .map((l) => `[a1b2c3d4] PACKER OUT     azure-arm: ${l}`)
      .join('\n');
    const doc = parseSbom(log)!;
    expect(doc).toBeDefined();
    expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
    expect(spdxRules(doc)).toEqual([]);
    expect(doc).toMatchObject({
      spdxVersion: 'SPDX-2.3',
      dataLicense: 'CC0-1.0',
      SPDXID: 'SPDXRef-DOCUMENT',
    });

    const byName = new Map(doc.packages.map((p) => [p.name, p]));
    expect(byName.get('openssh-server')).toMatchObject({
      versionInfo: '1:9.6p1-3ubuntu13.14',
      externalRefs: [
        {
          referenceType: 'purl',
          referenceLocator:
            'pkg:deb/ubuntu/openssh-server@1%3A9.6p1-3ubuntu13.14?arch=amd64&distro=ubuntu-24.04',
        },
      ],
    });
    expect(byName.get('libstdc++6')).toMatchObject({
      versionInfo: '14.2.0-4ubuntu2~24.04',
      externalRefs: [
        expect.objectContaining({
          referenceLocator:
            'pkg:deb/ubuntu/libstdc%2B%2B6@14.2.0-4ubuntu2~24.04?arch=amd64&distro=ubuntu-24.04',
        }),
      ],
    });
    // azure-cli is both a dpkg package and a definition tool (with its pinned version).
    expect(doc.packages.filter((p) => p.name === 'azure-cli').map((p) => p.versionInfo)).toEqual([
      '2.90.0',
      '2.90.0-1~noble',
    ]);
    expect(byName.has('removed-but-configured')).toBe(false);
    expect(byName.get('tool-a')).toMatchObject({
      versionInfo: '1.2.3',
      downloadLocation: `${server.url}/a/v1.2.3/tool-a-linux-amd64`,
      checksums: [{ algorithm: 'SHA256', checksumValue: sha256(tool) }],
    });
    expect(byName.get('aks-preview')).toMatchObject({
      versionInfo: '22.0.0b4',
      downloadLocation: 'NOASSERTION',
    });
    const fingerprint = renderDefinition(d, { baseImageVersion: '24.04.202510150' }).definitionFingerprint;
    expect(byName.get('aks-jumpbox-image')?.versionInfo).toBe(fingerprint);

    // The image keeps its own copy.
    const kept = JSON.parse(readFileSync(join(root, 'var/lib/aks-jumpbox-image/sbom.spdx.json'), 'utf8'));
    expect(kept).toEqual(doc);
  });

  it('takes the pinned sha256 when no verified download was recorded', async () => {
    const d = definition();
    d.tools[0]!.download!.sha256 = { amd64: 'ab'.repeat(32) };
    const r = await runScript(script(d, 'sbom.sh'), { JUMPBOX_ROOT: scratchRoot() });
    expect(r.code).toBe(0);
    const doc = parseSbom(r.stdout)!;
    expect(validate(doc)).toBe(true);
    expect(doc.packages.find((p) => p.name === 'tool-a')?.checksums).toEqual([
      { algorithm: 'SHA256', checksumValue: 'ab'.repeat(32) },
    ]);
  });
});

describe('parseSbom', () => {
  const doc = { spdxVersion: 'SPDX-2.3', packages: [{ SPDXID: 'SPDXRef-x', name: 'x' }] };
  const lines = (d: unknown) =>
    JSON.stringify(d, null, 1)
      .split('\n')
      .map((l) => `[ab12] PACKER OUT jumpbox-sbom: ${l}`);

  it('skips stray lines between the markers and takes the last complete document', () => {
    const second = { ...doc, packages: [{ SPDXID: 'SPDXRef-y', name: 'y' }] };
    const log = [
      SBOM_BEGIN,
      ...lines(doc),
      '[ab12] PACKER ERR something unrelated',
      SBOM_END,
      SBOM_BEGIN,
      ...lines(second),
      SBOM_END,
    ].join('\r\n');
    expect(parseSbom(log)?.packages[0]?.name).toBe('y');
  });

  it('ignores a truncated document or one without markers', () => {
    expect(parseSbom([SBOM_BEGIN, ...lines(doc).slice(0, 2), SBOM_END].join('\n'))).toBeUndefined();
    expect(parseSbom(lines(doc).join('\n'))).toBeUndefined();
    expect(
      parseSbom([SBOM_BEGIN, ...lines({ spdxVersion: 'SPDX-2.2', packages: [] }), SBOM_END].join('\n')),
    ).toBeUndefined();
  });
});
