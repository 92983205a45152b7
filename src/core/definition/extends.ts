/** `extends: default`: merging a user definition over the built-in one (by name for lists, field by field). */
import type { Json } from './source.js';
import type { JumpboxDefinition, StepDefinition, ToolDefinition } from './types.js';

function mergeByName<T extends { name: string }>(
  base: T[] | undefined,
  over: T[] | undefined,
  merge: (a: T, b: T) => T,
): T[] {
  const out = (base ?? []).map((x) => structuredClone(x));
  for (const item of over ?? []) {
    const i = out.findIndex((x) => x.name === item.name);
    if (i >= 0) out[i] = merge(out[i]!, item);
    else out.push(structuredClone(item));
  }
  return out;
}

function mergeTool(base: ToolDefinition, over: Partial<ToolDefinition> & { name: string }): ToolDefinition {
  const b = structuredClone(base);
  const o = structuredClone(over);
  const merged = { ...b, ...o } as ToolDefinition;
  // Nested objects merge field by field, so `download: { sha256: ... }` keeps the default's URLs.
  if (b.download && o.download) merged.download = { ...b.download, ...o.download };
  if (b.check && o.check) merged.check = { ...b.check, ...o.check };
  if (b.apt && o.apt) merged.apt = { ...b.apt, ...o.apt };
  // A pinned sha256 belongs to one version: a new version without new pins falls back to the checksum file.
  if (o.version && o.version !== b.version && !o.download?.sha256 && merged.download?.sha256) {
    delete merged.download.sha256;
  }
  return merged;
}

function aptPackageName(spec: string): string {
  return spec.split('=')[0]!;
}

export function applyExtends(base: JumpboxDefinition, user: Json): JumpboxDefinition {
  const u = user as Partial<JumpboxDefinition> & { remove?: string[] };
  const out = structuredClone(base);
  if (u.baseImage) out.baseImage = { ...out.baseImage, ...u.baseImage };
  if (u.architecture) out.architecture = u.architecture;
  if (u.keys) out.keys = { ...out.keys, ...structuredClone(u.keys) };
  if (u.apt) {
    out.apt ??= {};
    if (u.apt.repositories)
      out.apt.repositories = mergeByName(out.apt.repositories, u.apt.repositories, (_a, b) => b);
    if (u.apt.packages) {
      const pkgs = [...(out.apt.packages ?? [])];
      for (const p of u.apt.packages) {
        const i = pkgs.findIndex((q) => aptPackageName(q) === aptPackageName(p));
        if (i >= 0) pkgs[i] = p;
        else pkgs.push(p);
      }
      out.apt.packages = pkgs;
    }
  }
  out.tools = mergeByName(out.tools, u.tools as ToolDefinition[] | undefined, mergeTool);
  if (u.remove) out.tools = out.tools.filter((t) => !u.remove!.includes(t.name));
  if (u.steps) out.steps = mergeByName<StepDefinition>(out.steps, u.steps, (_a, b) => b);
  if (u.hardening) {
    const { ssh, ...rest } = u.hardening;
    out.hardening = { ...out.hardening, ...rest };
    if (ssh) out.hardening.ssh = { ...out.hardening.ssh, ...ssh };
  }
  if (u.validation) {
    const { steps, ...rest } = u.validation;
    out.validation = { ...out.validation, ...rest };
    if (steps) out.validation.steps = mergeByName<StepDefinition>(out.validation.steps, steps, (_a, b) => b);
  }
  if (u.egress) {
    const rules = [...(out.egress ?? [])];
    for (const r of u.egress) if (!rules.some((x) => x.host === r.host && x.port === r.port)) rules.push(r);
    out.egress = rules;
  }
  if (u.tags) out.tags = { ...out.tags, ...u.tags };
  return out;
}
