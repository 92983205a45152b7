import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  DEFAULT_DEFINITION_YAML,
  defaultDefinition,
  definitionFingerprint,
  loadDefinition,
  parseDefinition,
  renderDefinition,
} from '../../src/core/definition/index.js';

const fixtures = fileURLToPath(new URL('../definition/fixtures/', import.meta.url));
const fixture = (name: string) => join(fixtures, name);

async function loadError(name: string): Promise<string> {
  try {
    await loadDefinition({ path: fixture(name) });
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error(`${name} loaded without error`);
}

describe('loadDefinition', () => {
  it('returns the built-in default without a path', async () => {
    const d = await loadDefinition();
    expect(d.baseImage).toEqual({
      publisher: 'Canonical',
      offer: 'ubuntu-24_04-lts',
      sku: 'server',
      version: 'latest',
    });
    expect(d.tools.map((t) => t.name)).toEqual([
      'azure-cli',
      'aks-preview',
      'kubectl',
      'kubelogin',
      'helm',
      'azwi',
      'terraform',
      'jq',
    ]);
    expect(d.tools.some((t) => t.name === 'osm')).toBe(false);
    expect(d).toEqual(defaultDefinition());
  });

  it('reports an unknown key with file, line and key', async () => {
    const msg = await loadError('unknown-key.yaml');
    expect(msg).toBe(`${fixture('unknown-key.yaml')}:5: tools[0]: unknown key "colour"`);
  });

  it('reports a bad version with path, line and an example', async () => {
    const msg = await loadError('bad-version.yaml');
    expect(msg).toBe(
      `${fixture('bad-version.yaml')}:8: tools[2].version "v1.x" is not a version (expected e.g. 1.31.2)`,
    );
  });

  it('reports duplicate tools, pointing at both', async () => {
    const msg = await loadError('duplicate-tool.yaml');
    expect(msg).toBe(
      `${fixture('duplicate-tool.yaml')}:7: tools[2].name: duplicate tool "helm" (first at line 3)`,
    );
  });

  it('reports a non-https URL', async () => {
    const msg = await loadError('bad-url.yaml');
    expect(msg).toMatch(
      /bad-url\.yaml:7: tools\[0\]\.download\.url "http:\/\/example\.com\/mytool-\{version\}" is not an allowed URL/,
    );
  });

  it('refuses a download with neither a pinned sha256 nor a checksum file', async () => {
    const msg = await loadError('unverified.yaml');
    expect(msg).toMatch(/unverified\.yaml:6: tools\[0\]\.download: needs sha256\.amd64 or checksum\.url/);
  });

  it('reports remove of a tool the default does not have', async () => {
    const msg = await loadError('remove-unknown.yaml');
    expect(msg).toBe(
      `${fixture('remove-unknown.yaml')}:4: remove[1]: tool "flux" is not in the default definition`,
    );
  });

  it('allows remove only with extends', async () => {
    const msg = await loadError('remove-without-extends.yaml');
    expect(msg).toMatch(
      /remove-without-extends\.yaml:3: "remove" is only allowed together with "extends: default"/,
    );
  });

  it('reports unknown URL placeholders', async () => {
    const msg = await loadError('bad-placeholder.yaml');
    expect(msg).toMatch(
      /bad-placeholder\.yaml:5: tools\[0\]\.download\.url .* has an unknown placeholder \{release\}/,
    );
  });

  it('reports invalid YAML with a line', () => {
    expect(() => parseDefinition('extends: default\ntools: [\n', 'broken.yaml')).toThrow(
      /^broken\.yaml:\d+: invalid YAML/,
    );
  });

  it('names an unreadable file', async () => {
    await expect(loadDefinition({ path: fixture('missing.yaml') })).rejects.toThrow(
      /missing\.yaml: cannot read/,
    );
  });

  it('extends the default: overrides, additions, removals, deep merges', async () => {
    const d = await loadDefinition({
      path: fileURLToPath(new URL('../../docs/examples/definitions/extend-default.yaml', import.meta.url)),
    });
    const names = d.tools.map((t) => t.name);
    expect(names).not.toContain('terraform');
    expect(names).toContain('k9s');
    const kubectl = d.tools.find((t) => t.name === 'kubectl')!;
    expect(kubectl.version).toBe('1.33.6');
    expect(kubectl.download?.checksum?.url).toContain('kubectl.sha256');
    expect(d.hardening?.ssh?.allowTcpForwarding).toBe('local');
    expect(d.hardening?.ssh?.maxAuthTries).toBe(6);
    expect(d.tags).toEqual({ workload: 'aks-jumpbox', team: 'platform' });
    expect(d.steps?.map((s) => s.name)).toEqual(['motd']);
  });

  it('drops inherited sha256 pins when the version changes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'jumpbox-def-'));
    const path = join(dir, 'd.yaml');
    const pin = 'a'.repeat(64);
    await writeFile(
      path,
      `extends: default\ntools:\n  - name: jq\n    download:\n      sha256:\n        amd64: ${pin}\n`,
    );
    const pinned = await loadDefinition({ path });
    expect(pinned.tools.find((t) => t.name === 'jq')?.download?.sha256).toEqual({ amd64: pin });
    expect(pinned.tools.find((t) => t.name === 'jq')?.download?.url).toContain('jqlang');
    await writeFile(path, `extends: default\ntools:\n  - name: jq\n    version: 1.8.0\n`);
    const base = parseDefinition(
      `extends: default\ntools:\n  - name: jq\n    download:\n      sha256:\n        amd64: ${pin}\n`,
      'inline.yaml',
    );
    expect(base.tools.find((t) => t.name === 'jq')?.download?.sha256).toBeDefined();
    const moved = await loadDefinition({ path });
    expect(moved.tools.find((t) => t.name === 'jq')?.download?.sha256).toBeUndefined();
  });

  it('the embedded default is valid YAML with the expected pins', () => {
    const raw = parse(DEFAULT_DEFINITION_YAML) as { tools: Array<{ name: string; version: string }> };
    expect(Object.fromEntries(raw.tools.map((t) => [t.name, t.version]))).toMatchInlineSnapshot(`
      {
        "aks-preview": "22.0.0b4",
        "azure-cli": "2.90.0",
        "azwi": "1.5.1",
        "helm": "3.22.0",
        "jq": "1.8.2",
        "kubectl": "1.36.5",
        "kubelogin": "0.2.20",
        "terraform": "1.16.4",
      }
    `);
  });
});

describe('definitionFingerprint', () => {
  const reorder = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(reorder);
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value)
          .reverse()
          .map(([k, v]) => [k, reorder(v)]),
      );
    }
    return value;
  };

  it('is stable across key order', () => {
    const d = defaultDefinition();
    const shuffled = reorder(d) as typeof d;
    expect(Object.keys(shuffled)[0]).not.toBe(Object.keys(d)[0]);
    expect(definitionFingerprint(shuffled)).toBe(definitionFingerprint(d));
    expect(renderDefinition(shuffled, { baseImageVersion: '1.2.3' }).definitionFingerprint).toBe(
      definitionFingerprint(d),
    );
  });

  it('is stable across YAML formatting of the same content', () => {
    const a = parseDefinition('extends: default\ntags: {a: "1", b: "2"}\n', 'a.yaml');
    const b = parseDefinition('# comment\nextends: default\ntags:\n  b: "2"\n  a: "1"\n', 'b.yaml');
    expect(definitionFingerprint(a)).toBe(definitionFingerprint(b));
  });

  it('changes when a tool version changes', () => {
    const d = defaultDefinition();
    const before = definitionFingerprint(d);
    d.tools.find((t) => t.name === 'helm')!.version = '3.19.3';
    expect(definitionFingerprint(d)).not.toBe(before);
    expect(before).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('semantic checks', () => {
  it('requires POSIX ERE version patterns (they run in bash)', () => {
    const text = 'extends: default\ntools:\n  - name: jq\n    check:\n      pattern: "jq-(\\\\d+)"\n';
    expect(() => parseDefinition(text, 'p.yaml')).toThrow(
      /^p\.yaml:5: tools\[0\]\.check\.pattern: must be a POSIX extended regular expression/,
    );
  });

  it('refuses a step that would end the script here-document', () => {
    const text =
      'extends: default\nsteps:\n  - name: evil\n    run: |\n      echo hi\n      JUMPBOX_SCRIPT_EOF\n';
    expect(() => parseDefinition(text, 's.yaml')).toThrow(
      /^s\.yaml:4: steps\[0\]\.run: must not contain a line "JUMPBOX_SCRIPT_EOF"/,
    );
  });

  it('refuses a signature key that is not defined', () => {
    const text =
      'extends: default\ntools:\n  - name: helm\n    download:\n      signature: { url: "https://example.com/x.asc", of: artifact, key: nobody }\n';
    expect(() => parseDefinition(text, 'k.yaml')).toThrow(
      /^k\.yaml:5: tools\[0\]\.download\.signature\.key: key "nobody" is not defined under keys/,
    );
  });
});
