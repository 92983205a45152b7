import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateImageTemplate } from '../azure-sim/schema.js';
import {
  defaultDefinition,
  loadDefinition,
  MANIFEST_BEGIN,
  renderDefinition,
  renderScripts,
} from '../../src/core/definition/index.js';
import type { JumpboxDefinition, RenderedDefinition } from '../../src/core/definition/index.js';

const examplesDir = fileURLToPath(new URL('../../docs/examples/definitions/', import.meta.url));
const examples = readdirSync(examplesDir)
  .filter((f) => f.endsWith('.yaml'))
  .sort();
const BASE_VERSION = '24.04.202510150';

function templateBody(r: RenderedDefinition): Record<string, unknown> {
  const sub = '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-jumpbox';
  return {
    location: 'eastus2',
    tags: r.tags,
    identity: {
      type: 'UserAssigned',
      userAssignedIdentities: {
        [`${sub}/providers/Microsoft.ManagedIdentity/userAssignedIdentities/mi-aib`]: {},
      },
    },
    properties: {
      source: { type: 'PlatformImage', ...r.baseImage },
      customize: r.customize,
      ...(r.validate ? { validate: r.validate } : {}),
      distribute: [
        {
          type: 'ManagedImage',
          imageId: `${sub}/providers/Microsoft.Compute/images/img-jumpbox`,
          location: 'eastus2',
          runOutputName: 'jumpbox',
        },
      ],
    },
  };
}

const cases: Array<[string, () => Promise<JumpboxDefinition>]> = [
  ['default', async () => defaultDefinition()],
  ...examples.map((f): [string, () => Promise<JumpboxDefinition>] => [
    f,
    () => loadDefinition({ path: join(examplesDir, f) }),
  ]),
];

function hasShellcheck(): boolean {
  return spawnSync('shellcheck', ['--version']).status === 0;
}

describe.each(cases)('rendered template: %s', (name, load) => {
  it('validates against the 2025-10-01 ImageTemplate schema', async () => {
    const r = renderDefinition(await load(), { baseImageVersion: BASE_VERSION });
    const result = await validateImageTemplate(templateBody(r));
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('matches the reviewed snapshot (every image-content change shows up here)', async () => {
    const r = renderDefinition(await load(), { baseImageVersion: BASE_VERSION });
    const file = `./__snapshots__/definition-render.${name.replace(/\.yaml$/, '')}.json`;
    await expect(
      JSON.stringify({ customize: r.customize, validate: r.validate }, null, 2) + '\n',
    ).toMatchFileSnapshot(file);
    expect({ tools: r.tools, egress: r.egress, tags: r.tags, baseImage: r.baseImage }).toMatchSnapshot();
  });

  it('is deterministic', async () => {
    const a = renderDefinition(await load(), { baseImageVersion: BASE_VERSION });
    const b = renderDefinition(await load(), { baseImageVersion: BASE_VERSION });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('generates scripts that pass shellcheck -s bash', async (ctx) => {
    if (!hasShellcheck()) {
      if (process.env.CI)
        throw new Error('shellcheck is not installed (CI must install it: apt-get install -y shellcheck)');
      ctx.skip('shellcheck is not installed; install it to run this check (required in CI)');
    }
    const definition = await load();
    const dir = mkdtempSync(join(tmpdir(), 'jumpbox-shellcheck-'));
    const files: string[] = [];
    for (const s of renderScripts(definition, { baseImageVersion: BASE_VERSION })) {
      const path = join(dir, s.file);
      writeFileSync(path, s.script);
      files.push(path);
    }
    // The Packer inline wrappers too, as whole scripts.
    const r = renderDefinition(definition, { baseImageVersion: BASE_VERSION });
    [...r.customize, ...(r.validate?.inVMValidations ?? [])].forEach((c, i) => {
      const path = join(dir, `inline-${i}.sh`);
      writeFileSync(path, `#!/bin/sh\nset -e\n${(c.inline as string[]).join('\n')}\n`);
      files.push(path);
    });
    const result = spawnSync('shellcheck', ['-s', 'bash', '-S', 'style', ...files], { encoding: 'utf8' });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('default rendering', () => {
  const r = renderDefinition(defaultDefinition(), { baseImageVersion: BASE_VERSION });
  const all = (entries: Array<Record<string, unknown>>) =>
    entries.map((c) => (c.inline as string[]).join('\n')).join('\n');

  it('uses only Shell customizers with inline commands', () => {
    for (const c of [...r.customize, ...r.validate!.inVMValidations]) {
      expect(Object.keys(c).sort()).toEqual(['inline', 'name', 'type']);
      expect(c.type).toBe('Shell');
    }
    expect(r.customize.map((c) => c.name)).toEqual([
      'jumpbox-os-update',
      'jumpbox-apt',
      'jumpbox-tools',
      'jumpbox-azure-cli-extensions',
      'jumpbox-hardening',
      'jumpbox-manifest',
      'jumpbox-cleanup',
      'jumpbox-sbom',
    ]);
  });

  it('upgrades without prompts and enables unattended upgrades', () => {
    const text = all(r.customize);
    expect(text).toContain('DEBIAN_FRONTEND=noninteractive');
    expect(text).toContain('-o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold');
    expect(text).toContain("$nrconf{restart} = 'l';");
    expect(text).toContain('jb_apt upgrade --with-new-pkgs');
    expect(text).toContain('APT::Periodic::Unattended-Upgrade "1";');
  });

  it('hardens sshd with a drop-in', () => {
    const text = all(r.customize);
    for (const line of [
      'X11Forwarding no',
      'MaxAuthTries 6',
      'PasswordAuthentication no',
      'PermitRootLogin no',
      'AllowAgentForwarding no',
      'AllowTcpForwarding no',
      'KbdInteractiveAuthentication no',
      'ClientAliveInterval 300',
      'LoginGraceTime 60',
    ]) {
      expect(text).toContain(`\n${line}\n`);
    }
    expect(text).toContain('/etc/ssh/sshd_config.d/10-jumpbox-hardening.conf');
  });

  it('never pipes a download into a shell', () => {
    const text = all(r.customize);
    expect(text).not.toMatch(/curl[^\n]*\|\s*(sudo\s+)?(ba)?sh/);
    expect(text).not.toMatch(/wget[^\n]*\|\s*(sudo\s+)?(ba)?sh/);
  });

  it('installs Azure CLI from the signed Microsoft repository with the embedded key', () => {
    const text = all(r.customize);
    expect(text).toContain("'https://packages.microsoft.com/repos/azure-cli/'");
    expect(text).toContain("jb_import_key 'microsoft' 'BC528686B50D79E339D3721CEB3E94ADBE1229CF'");
    expect(text).toContain(`"$(jb_subst 'azure-cli=2.90.0-1~{codename}')"`);
    expect(text).toContain("az extension add --system --yes --name 'aks-preview' --version '22.0.0b4'");
  });

  it('prints the manifest between the markers in the customization log', () => {
    const manifest = r.customize.find((c) => c.name === 'jumpbox-manifest')!;
    expect((manifest.inline as string[]).join('\n')).toContain(MANIFEST_BEGIN);
    expect((manifest.inline as string[]).join('\n')).toContain(r.definitionFingerprint);
  });

  it('validates every tool version in the VM', () => {
    const text = all(r.validate!.inVMValidations);
    for (const t of r.tools) expect(text).toContain(`jb_expect_version '${t.name}' '${t.version}'`);
    expect(r.validate).toMatchObject({ continueDistributeOnFailure: false, sourceValidationOnly: false });
  });

  it('derives the egress allow-list from the definition', () => {
    const hosts = r.egress.map((e) => `${e.protocol}://${e.host}:${e.port}`);
    expect(hosts).toEqual(
      expect.arrayContaining([
        'https://packages.microsoft.com:443',
        'https://dl.k8s.io:443',
        'https://get.helm.sh:443',
        'https://github.com:443',
        'https://releases.hashicorp.com:443',
        'http://azure.archive.ubuntu.com:80',
      ]),
    );
    const removed = renderDefinition(
      { ...defaultDefinition(), tools: defaultDefinition().tools.filter((t) => t.name !== 'terraform') },
      {
        baseImageVersion: BASE_VERSION,
      },
    );
    expect(removed.egress.map((e) => e.host)).not.toContain('releases.hashicorp.com');
  });

  it('documents how each tool is verified', () => {
    const byName = Object.fromEntries(r.tools.map((t) => [t.name, t.verification]));
    expect(byName.terraform).toMatch(
      /checksum file signature verified with OpenPGP key hashicorp C874011F0AB405110D02105534365D9472D7468F/,
    );
    expect(byName.helm).toMatch(/download signature verified with OpenPGP key helm/);
    expect(byName.kubectl).toMatch(/checksum file/);
  });

  it('the embedded keys have the declared fingerprints', (ctx) => {
    if (spawnSync('gpg', ['--version']).status !== 0) ctx.skip('gpg is not installed');
    const d = defaultDefinition();
    for (const [name, key] of Object.entries(d.keys ?? {})) {
      const out = execFileSync(
        'gpg',
        ['--batch', '--with-colons', '--import-options', 'show-only', '--import'],
        {
          input: key.armored,
          encoding: 'utf8',
          env: { ...process.env, GNUPGHOME: mkdtempSync(join(tmpdir(), 'jumpbox-gpg-')) },
        },
      );
      const primaries = out
        .split('\n')
        .reduce<string[]>(
          (acc, line, i, lines) => (line.startsWith('pub:') ? [...acc, lines[i + 1]!.split(':')[9]!] : acc),
          [],
        );
      expect(primaries, name).toEqual(key.fingerprints);
      // Every listed key must still be able to sign: a primary key or subkey with the sign capability
      // that is neither expired nor revoked (an expired signer fails every build closed).
      const now = Date.now() / 1000;
      const signers = out.split('\n').filter((line) => /^(pub|sub):/.test(line));
      let owner = '';
      const canSign = new Set<string>();
      for (const line of signers) {
        const f = line.split(':');
        if (f[0] === 'pub') owner = f[4]!;
        const expires = Number(f[6] || 0);
        if (f[11]!.includes('s') && f[1] !== 'e' && f[1] !== 'r' && (!expires || expires > now))
          canSign.add(owner);
      }
      expect(canSign.size, `${name}: keys that can still sign`).toBe(key.fingerprints.length);
    }
  });

  it('helm trusts the release managers in helm/helm KEYS and terraform pins the key-specific signature', () => {
    const d = defaultDefinition();
    expect(d.keys?.helm?.fingerprints).toEqual([
      '672C657BE06B4B30969C4A57461449C25E36B98E',
      '208DD36ED5BB3745A16743A4C7C6FBB5B91C1155',
      '7FEC81FACC7FFB2A010ADD13C2D40F4D8196E874',
      'BF888333D96A1C18E2682AAED79D67C9EC016739',
    ]);
    const terraform = d.tools.find((t) => t.name === 'terraform')!;
    expect(terraform.download?.signature?.url).toMatch(/_SHA256SUMS\.72D7468F\.sig$/);
  });
});
