/**
 * Rendering a resolved definition into Image Builder `customize` and `validate` (2025-10-01 fields only),
 * plus the tool table, the egress allow-list and the fingerprint. Deterministic: same definition and
 * options give byte-identical output.
 */
import { canonicalJson, sha256Hex } from './canonical-json.js';
import {
  aptScript,
  cleanupScript,
  extensionsScript,
  hardeningScript,
  manifestScript,
  osUpdateScript,
  stepScript,
  toolsScript,
  validateScript,
} from './scripts.js';
import { toolUrls } from './bash.js';
import type { ScriptContext } from './bash.js';
import { sbomScript } from './sbom.js';
import type { BaseImageRef, JumpboxDefinition, ToolDefinition } from './types.js';

export interface RenderOptions {
  /** The exact resolved base image version, e.g. 24.04.202510150. */
  baseImageVersion: string;
}

export interface EgressEntry {
  host: string;
  port: number;
  protocol: 'http' | 'https';
  purpose: string;
}

export interface RenderedDefinition {
  baseImage: BaseImageRef;
  customize: Array<Record<string, unknown>>;
  validate?: {
    continueDistributeOnFailure?: boolean;
    sourceValidationOnly?: boolean;
    inVMValidations: Array<Record<string, unknown>>;
  };
  tools: Array<{ name: string; version: string; verification: string }>;
  egress: EgressEntry[];
  tags: Record<string, string>;
  definitionFingerprint: string;
}

export interface RenderedScript {
  /** Customizer / validator name. */
  name: string;
  /** File name the script is written to in the VM (under /tmp/jumpbox). */
  file: string;
  phase: 'customize' | 'validate';
  script: string;
}

const SCRIPT_DIR = '/tmp/jumpbox';
const HEREDOC = 'JUMPBOX_SCRIPT_EOF';

export function definitionFingerprint(definition: JumpboxDefinition): string {
  return sha256Hex(canonicalJson(definition));
}

/** Every generated script, in execution order. */
export function renderScripts(definition: JumpboxDefinition, options: RenderOptions): RenderedScript[] {
  const ctx: ScriptContext = {
    fingerprint: definitionFingerprint(definition),
    baseImageVersion: options.baseImageVersion,
  };
  const out: RenderedScript[] = [];
  const add = (name: string, file: string, phase: RenderedScript['phase'], script: string | undefined) => {
    if (script !== undefined) out.push({ name, file, phase, script });
  };
  add('jumpbox-os-update', 'os-update.sh', 'customize', osUpdateScript(definition, ctx));
  add('jumpbox-apt', 'apt.sh', 'customize', aptScript(definition, ctx));
  add('jumpbox-tools', 'install-tools.sh', 'customize', toolsScript(definition, ctx));
  add(
    'jumpbox-azure-cli-extensions',
    'azure-cli-extensions.sh',
    'customize',
    extensionsScript(definition, ctx),
  );
  for (const step of definition.steps ?? []) {
    add(
      `step-${step.name}`,
      `step-${step.name}.sh`,
      'customize',
      stepScript(step, ctx, `Step ${step.name} (from the definition).`),
    );
  }
  add('jumpbox-hardening', 'hardening.sh', 'customize', hardeningScript(definition, ctx));
  add('jumpbox-manifest', 'manifest.sh', 'customize', manifestScript(definition, ctx));
  add('jumpbox-cleanup', 'cleanup.sh', 'customize', cleanupScript(definition, ctx));
  add('jumpbox-sbom', 'sbom.sh', 'customize', sbomScript(definition, ctx));
  if (!definition.validation?.sourceValidationOnly) {
    add('jumpbox-validate', 'validate.sh', 'validate', validateScript(definition, ctx));
  }
  for (const step of definition.validation?.steps ?? []) {
    add(
      `validate-${step.name}`,
      `validate-${step.name}.sh`,
      'validate',
      stepScript(step, ctx, `Validation ${step.name} (from the definition).`),
    );
  }
  return out;
}

/** A Shell customizer/validator that writes the script with a quoted here-document and runs it as root. */
function shellEntry(s: RenderedScript): Record<string, unknown> {
  const body = s.script.replace(/\n$/, '').split('\n');
  if (body.includes(HEREDOC)) throw new Error(`${s.name}: the script must not contain a line "${HEREDOC}"`);
  const path = `${SCRIPT_DIR}/${s.file}`;
  return {
    type: 'Shell',
    name: s.name,
    inline: [
      `install -d -m 0700 ${SCRIPT_DIR}`,
      `cat > ${path} <<'${HEREDOC}'`,
      ...body,
      HEREDOC,
      `sudo bash ${path}`,
    ],
  };
}

function keyLabel(definition: JumpboxDefinition, name: string): string {
  const fps = definition.keys?.[name]?.fingerprints ?? [];
  return `${name}${fps.length ? ` ${fps.join(', ')}` : ''}`;
}

export function verificationOf(definition: JumpboxDefinition, tool: ToolDefinition): string {
  if (tool.apt) {
    const repos = definition.apt?.repositories ?? [];
    const signed = repos.map((r) => `${r.name} (OpenPGP key ${keyLabel(definition, r.key)})`);
    return `apt package ${tool.apt.package} pinned to ${tool.apt.version.replace('{version}', tool.version)}, from signed apt repositories${signed.length ? `: ${signed.join('; ')}` : ''}`;
  }
  if (tool.azureCliExtension)
    return 'Azure CLI extension index: the wheel sha256 is checked by az extension add';
  const d = tool.download!;
  const parts: string[] = [];
  if (d.sha256?.[definition.architecture]) parts.push('pinned sha256');
  if (d.checksum) parts.push('sha256 from the upstream checksum file');
  if (d.signature) {
    parts.push(
      `${d.signature.of === 'checksum' ? 'checksum file' : 'download'} signature verified with OpenPGP key ${keyLabel(definition, d.signature.key)}`,
    );
  }
  return parts.join('; ');
}

/** Hosts that the listed hosts redirect downloads to. */
const REDIRECTS: Record<string, string[]> = {
  'github.com': ['objects.githubusercontent.com', 'release-assets.githubusercontent.com'],
  'dl.k8s.io': ['cdn.dl.k8s.io'],
};

export function egressOf(definition: JumpboxDefinition): EgressEntry[] {
  const rules = new Map<string, { entry: EgressEntry; purposes: string[] }>();
  const add = (host: string, port: number, protocol: 'http' | 'https', purpose: string) => {
    const k = `${host}:${port}:${protocol}`;
    const r = rules.get(k) ?? { entry: { host, port, protocol, purpose: '' }, purposes: [] };
    if (!r.purposes.includes(purpose)) r.purposes.push(purpose);
    rules.set(k, r);
  };
  const addUrl = (raw: string, purpose: string) => {
    const u = new URL(raw);
    const protocol = u.protocol === 'http:' ? 'http' : 'https';
    const port = u.port ? Number(u.port) : protocol === 'http' ? 80 : 443;
    add(u.hostname, port, protocol, purpose);
    for (const to of REDIRECTS[u.hostname] ?? [])
      add(to, 443, 'https', `downloads redirected from ${u.hostname}`);
  };
  for (const r of definition.apt?.repositories ?? [])
    addUrl(r.url.replace(/\{codename\}/g, 'codename'), `apt repository ${r.name}`);
  for (const t of definition.tools) {
    if (t.download) {
      const u = toolUrls(t, definition.architecture);
      addUrl(u.url, `${t.name} download`);
      if (u.checksum) addUrl(u.checksum, `${t.name} checksum file`);
      if (u.signature) addUrl(u.signature, `${t.name} signature`);
    }
    if (t.azureCliExtension) {
      add('azcliextensionsync.blob.core.windows.net', 443, 'https', 'Azure CLI extension index');
      add('azcliprod.blob.core.windows.net', 443, 'https', `${t.name} extension wheel`);
    }
  }
  for (const e of definition.egress ?? []) add(e.host, e.port, e.protocol, e.purpose);
  return [...rules.values()]
    .map((r) => ({ ...r.entry, purpose: r.purposes.join('; ') }))
    .sort((a, b) => (a.host === b.host ? a.port - b.port : a.host < b.host ? -1 : 1));
}

export function renderDefinition(definition: JumpboxDefinition, options: RenderOptions): RenderedDefinition {
  const scripts = renderScripts(definition, options);
  const customize = scripts.filter((s) => s.phase === 'customize').map(shellEntry);
  const inVMValidations = scripts.filter((s) => s.phase === 'validate').map(shellEntry);
  const v = definition.validation ?? {};
  return {
    baseImage: { ...definition.baseImage },
    customize,
    validate: {
      continueDistributeOnFailure: v.continueDistributeOnFailure ?? false,
      sourceValidationOnly: v.sourceValidationOnly ?? false,
      inVMValidations,
    },
    tools: definition.tools.map((t) => ({
      name: t.name,
      version: t.version,
      verification: verificationOf(definition, t),
    })),
    egress: egressOf(definition),
    tags: { ...(definition.tags ?? {}) },
    definitionFingerprint: definitionFingerprint(definition),
  };
}
