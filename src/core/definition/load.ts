/**
 * Loading a definition file: YAML parsing with line numbers, JSON Schema validation, semantic checks,
 * and applying `extends: default` / `remove`. Every error names the file, the line and the reason.
 */
import { SettingsError } from '../input-reader.js';
import { readFile } from 'node:fs/promises';
import { Ajv } from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { Document, Node, Pair } from 'yaml';
import schema from '../../../schema/definition.schema.json' with { type: 'json' };
import { DEFAULT_DEFINITION_NAME, DEFAULT_DEFINITION_YAML } from './default-definition.js';
import type { JumpboxDefinition, StepDefinition, ToolDefinition } from './types.js';

type Segment = string | number;
type Json = Record<string, unknown>;

/** A parsed YAML source, for locating values by path. */
interface Source {
  file: string;
  doc: Document.Parsed;
  lines: LineCounter;
}

interface Problem {
  line: number;
  message: string;
}

let validator: ValidateFunction | undefined;
function schemaValidator(): ValidateFunction {
  if (!validator) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    validator = ajv.compile(schema);
  }
  return validator;
}

export function formatPath(path: readonly Segment[]): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : out ? `.${seg}` : seg;
  return out;
}

function nodeAt(source: Source, path: readonly Segment[]): Node | undefined {
  const node = source.doc.getIn(path, true);
  return node && typeof node === 'object' && 'range' in node ? (node as Node) : undefined;
}

function keyNodeAt(source: Source, path: readonly Segment[], key: string): Node | undefined {
  const parent = path.length ? source.doc.getIn(path, true) : source.doc.contents;
  if (!isMap(parent)) return undefined;
  const pair = (parent.items as Pair[]).find((p) => isScalar(p.key) && p.key.value === key);
  return pair && isScalar(pair.key) ? pair.key : undefined;
}

/** The best line for a path: the node itself, or the closest existing ancestor. */
function lineOf(source: Source, path: readonly Segment[], key?: string): number {
  if (key !== undefined) {
    const k = keyNodeAt(source, path, key);
    if (k?.range) return source.lines.linePos(k.range[0]).line;
  }
  const last = path[path.length - 1];
  if (typeof last === 'string') {
    // A key's own line reads better than the first line of its (block) value.
    const k = keyNodeAt(source, path.slice(0, -1), last);
    if (k?.range) return source.lines.linePos(k.range[0]).line;
  }
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? (source.doc.contents as Node | null) : nodeAt(source, path.slice(0, n));
    if (node?.range) return source.lines.linePos(node.range[0]).line;
  }
  return 1;
}

/** A definition file the user must fix: a SettingsError (exit code 2 in the CLI, "Invalid input" in CI). */
function definitionError(source: Source, problems: Problem[]): Error {
  const sorted = [...problems].sort((a, b) => a.line - b.line);
  const seen = new Set<string>();
  const lines = sorted
    .map((p) => `${source.file}:${p.line}: ${p.message}`)
    .filter((l) => (seen.has(l) ? false : (seen.add(l), true)));
  return new SettingsError(lines.join('\n'));
}

const PATTERN_REASONS: Record<string, string> = {
  version: 'is not a version (expected e.g. 1.31.2)',
  url: 'is not an allowed URL (expected https://host/path, or http://127.0.0.1/ for tests)',
  sha256: 'is not a sha256 (expected 64 lower-case hex digits)',
  name: "is not a valid name (lower-case letters, digits, '.', '_', '-')",
  absolutePath: 'is not an absolute path',
};

function describeAjvError(
  e: ErrorObject,
  data: unknown,
): { path: Segment[]; key?: string; message: string } | undefined {
  const path: Segment[] = e.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const where = formatPath(path);
  const prefix = where ? `${where}: ` : '';
  const value = path.reduce<unknown>(
    (v, k) => (v as Record<string | number, unknown> | undefined)?.[k],
    data,
  );
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = (e.params as { additionalProperty: string }).additionalProperty;
      return { path, key, message: `${prefix}unknown key "${key}"` };
    }
    case 'required': {
      const key = (e.params as { missingProperty: string }).missingProperty;
      return { path, message: `${prefix}missing required key "${key}"` };
    }
    case 'not':
      if (e.schemaPath === '#/then/not')
        return { path, key: 'remove', message: '"remove" is only allowed together with "extends: default"' };
      return undefined;
    case 'pattern': {
      const m = /#\/definitions\/([A-Za-z0-9]+)\/pattern$/.exec(e.schemaPath);
      const reason =
        (m && PATTERN_REASONS[m[1]!]) ?? `does not match ${(e.params as { pattern: string }).pattern}`;
      return { path, message: `${where} ${JSON.stringify(value)} ${reason}` };
    }
    case 'enum':
      return {
        path,
        message: `${where || 'value'} ${JSON.stringify(value)} must be one of: ${((e.params as { allowedValues: unknown[] }).allowedValues ?? []).join(', ')}`,
      };
    case 'if':
    case 'oneOf':
    case 'anyOf':
      return undefined;
    default:
      return { path, message: `${where || 'definition'} ${e.message ?? e.keyword}` };
  }
}

function parseSource(text: string, file: string): { source: Source; data: Json } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const source: Source = { file, doc, lines };
  if (doc.errors.length) {
    throw definitionError(
      source,
      doc.errors.map((e) => ({
        line: lines.linePos(e.pos[0]).line,
        message: `invalid YAML: ${e.message.split('\n')[0]}`,
      })),
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    // e.g. an alias bomb ("Excessive alias count indicates a resource exhaustion attack").
    throw definitionError(source, [{ line: 1, message: `invalid YAML: ${(e as Error).message}` }]);
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw definitionError(source, [{ line: 1, message: 'a definition must be a YAML mapping' }]);
  }
  return { source, data: data as Json };
}

function checkSchema(source: Source, data: Json): void {
  const validate = schemaValidator();
  if (validate(data)) return;
  const problems: Problem[] = [];
  for (const e of validate.errors ?? []) {
    // Branch errors of "which kind of tool is this" are reported by checkTool with a clear message.
    if (e.schemaPath.includes('/completeTool/allOf/2')) continue;
    const d = describeAjvError(e, data);
    if (d) problems.push({ line: lineOf(source, d.path, d.key), message: d.message });
  }
  if (problems.length) throw definitionError(source, problems);
}

const URL_PLACEHOLDERS = new Set(['version', 'arch']);

function checkPlaceholders(text: string, allowed: Set<string>): string | undefined {
  for (const m of text.matchAll(/\{([^}]*)\}/g)) if (!allowed.has(m[1]!)) return m[0];
  if (/[{}]/.test(text.replace(/\{[a-z]+\}/g, ''))) return '{';
  return undefined;
}

/** Checks a file's own content beyond the schema: duplicates and placeholders. */
function checkFile(source: Source, data: Json, problems: Problem[]): void {
  const dup = (list: unknown, what: string, base: Segment[]) => {
    if (!Array.isArray(list)) return;
    const first = new Map<string, number>();
    list.forEach((item, i) => {
      const name = (item as { name?: unknown })?.name;
      if (typeof name !== 'string') return;
      const at = first.get(name);
      if (at !== undefined) {
        problems.push({
          line: lineOf(source, [...base, i, 'name']),
          message: `${formatPath([...base, i, 'name'])}: duplicate ${what} "${name}" (first at line ${lineOf(source, [...base, at, 'name'])})`,
        });
      } else first.set(name, i);
    });
  };
  dup(data.tools, 'tool', ['tools']);
  dup(data.steps, 'step', ['steps']);
  dup((data.apt as Json | undefined)?.repositories, 'apt repository', ['apt', 'repositories']);
  dup((data.validation as Json | undefined)?.steps, 'validation step', ['validation', 'steps']);

  for (const list of ['steps', 'validation.steps'] as const) {
    const base: Segment[] = list === 'steps' ? ['steps'] : ['validation', 'steps'];
    const steps = (list === 'steps' ? data.steps : (data.validation as Json | undefined)?.steps) as
      StepDefinition[] | undefined;
    (steps ?? []).forEach((step, i) => {
      if (
        typeof step?.run === 'string' &&
        step.run.split('\n').some((l) => l.trim() === 'JUMPBOX_SCRIPT_EOF')
      ) {
        const path: Segment[] = [...base, i, 'run'];
        problems.push({
          line: lineOf(source, path),
          message: `${formatPath(path)}: must not contain a line "JUMPBOX_SCRIPT_EOF"`,
        });
      }
    });
  }
  const tools = Array.isArray(data.tools) ? (data.tools as ToolDefinition[]) : [];
  tools.forEach((tool, i) => {
    const d = tool.download;
    if (!d) return;
    for (const field of ['url', 'checksum.url', 'signature.url', 'member'] as const) {
      const [a, b] = field.split('.') as [string, string | undefined];
      const raw = b
        ? (d as unknown as Record<string, Record<string, unknown> | undefined>)[a]?.[b]
        : (d as unknown as Json)[a];
      if (typeof raw !== 'string') continue;
      const bad = checkPlaceholders(raw, URL_PLACEHOLDERS);
      if (bad) {
        const path: Segment[] = ['tools', i, 'download', ...(b ? [a, b] : [a])];
        problems.push({
          line: lineOf(source, path),
          message: `${formatPath(path)} ${JSON.stringify(raw)} has an unknown placeholder ${bad} (allowed: {version}, {arch})`,
        });
      }
    }
  });
  const repos = ((data.apt as Json | undefined)?.repositories ?? []) as Array<{
    url?: string;
    suite?: string;
  }>;
  repos.forEach((r, i) => {
    for (const field of ['url', 'suite'] as const) {
      const raw = r[field];
      if (typeof raw !== 'string') continue;
      const bad = checkPlaceholders(raw, new Set(['codename']));
      if (bad) {
        const path: Segment[] = ['apt', 'repositories', i, field];
        problems.push({
          line: lineOf(source, path),
          message: `${formatPath(path)} ${JSON.stringify(raw)} has an unknown placeholder ${bad} (allowed: {codename})`,
        });
      }
    }
  });
}

/** Reasons a resolved tool is incomplete or inconsistent, relative to the tool entry. */
function checkTool(
  tool: ToolDefinition,
  architecture: string,
  keys: Set<string>,
): Array<{ field: Segment[]; reason: string }> {
  const out: Array<{ field: Segment[]; reason: string }> = [];
  if (!tool.version) out.push({ field: [], reason: `tool "${tool.name}" has no version` });
  const kinds = (['download', 'apt', 'azureCliExtension'] as const).filter((k) => tool[k] !== undefined);
  if (kinds.length !== 1) {
    out.push({
      field: [],
      reason: `tool "${tool.name}" must have exactly one of download, apt, azureCliExtension (has ${kinds.length ? kinds.join(', ') : 'none'})`,
    });
    return out;
  }
  if (tool.download) {
    const d = tool.download;
    if (!tool.installPath) out.push({ field: [], reason: `tool "${tool.name}" needs installPath` });
    if (!tool.check?.pattern)
      out.push({ field: [], reason: `tool "${tool.name}" needs check.pattern to verify its version` });
    if (!d.url) out.push({ field: ['download'], reason: 'missing required key "url"' });
    const pinned = d.sha256?.[architecture as 'amd64' | 'arm64'];
    if (!pinned && !d.checksum)
      out.push({
        field: ['download'],
        reason: `needs sha256.${architecture} or checksum.url: every download is verified`,
      });
    if ((d.archive === 'tar.gz' || d.archive === 'zip') && !d.member)
      out.push({
        field: ['download'],
        reason: `needs member (the executable's path inside the ${d.archive})`,
      });
    if (d.signature && !keys.has(d.signature.key))
      out.push({
        field: ['download', 'signature', 'key'],
        reason: `key "${d.signature.key}" is not defined under keys`,
      });
    if (d.signature?.of === 'checksum' && !d.checksum)
      out.push({
        field: ['download', 'signature'],
        reason: 'signs the checksum file, but there is no checksum.url',
      });
  }
  if (tool.apt && !(tool.check?.command && tool.check.pattern))
    out.push({ field: [], reason: `tool "${tool.name}" needs check.command and check.pattern` });
  if (tool.check?.pattern && /\\[dDwWsSb]|\(\?/.test(tool.check.pattern)) {
    out.push({
      field: ['check', 'pattern'],
      reason:
        'must be a POSIX extended regular expression (bash =~): use [0-9] and [[:space:]], not \\d, \\s or (?...)',
    });
  } else if (tool.check?.pattern) {
    try {
      new RegExp(tool.check.pattern);
      if (!/\((?!\?)/.test(tool.check.pattern))
        out.push({ field: ['check', 'pattern'], reason: 'needs a group ( ) that captures the version' });
    } catch {
      out.push({ field: ['check', 'pattern'], reason: 'is not a valid regular expression' });
    }
  }
  return out;
}

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

function applyExtends(base: JumpboxDefinition, user: Json): JumpboxDefinition {
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

/** Validates a resolved definition; problems are located in the file that contributed the value. */
function checkResolved(
  resolved: JumpboxDefinition,
  sources: { user: Source; userData: Json; base?: Source; baseData?: Json },
): void {
  const problems: Problem[] = [];
  const keys = new Set(Object.keys(resolved.keys ?? {}));
  const userTools = Array.isArray(sources.userData.tools) ? (sources.userData.tools as ToolDefinition[]) : [];
  const baseTools = Array.isArray(sources.baseData?.tools)
    ? (sources.baseData!.tools as ToolDefinition[])
    : [];
  const baseProblems: Problem[] = [];
  for (const tool of resolved.tools) {
    const ui = userTools.findIndex((t) => t.name === tool.name);
    const inUser = ui >= 0;
    const src = inUser ? sources.user : sources.base!;
    const idx = inUser ? ui : baseTools.findIndex((t) => t.name === tool.name);
    for (const { field, reason } of checkTool(tool, resolved.architecture, keys)) {
      const path: Segment[] = ['tools', idx, ...field];
      const message = `${formatPath(path)}: ${reason}`;
      const line = lineOf(src, path);
      if (inUser) problems.push({ line, message });
      else baseProblems.push({ line, message });
    }
  }
  const remove = (sources.userData.remove ?? []) as string[];
  remove.forEach((name, i) => {
    if (!baseTools.some((t) => t.name === name))
      problems.push({
        line: lineOf(sources.user, ['remove', i]),
        message: `remove[${i}]: tool "${name}" is not in the default definition`,
      });
  });
  const repos = resolved.apt?.repositories ?? [];
  repos.forEach((r) => {
    if (keys.has(r.key)) return;
    const ui = (
      (sources.userData.apt as Json | undefined)?.repositories as Array<{ name: string }> | undefined
    )?.findIndex((x) => x.name === r.name);
    const path: Segment[] = ['apt', 'repositories', ui ?? 0, 'key'];
    problems.push({
      line: lineOf(sources.user, path),
      message: `${formatPath(path)}: key "${r.key}" is not defined under keys`,
    });
  });
  if (
    resolved.tools.some((t) => t.azureCliExtension) &&
    !resolved.tools.some((t) => t.name === 'azure-cli')
  ) {
    problems.push({
      line: lineOf(sources.user, ['tools']),
      message: 'tools: an azureCliExtension tool needs the azure-cli tool',
    });
  }
  if (baseProblems.length && sources.base) throw definitionError(sources.base, baseProblems);
  if (problems.length) throw definitionError(sources.user, problems);
}

function stripUndefined<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function loadFromText(
  text: string,
  file: string,
  base?: () => { definition: JumpboxDefinition; source: Source; data: Json },
): JumpboxDefinition {
  const { source, data } = parseSource(text, file);
  checkSchema(source, data);
  const problems: Problem[] = [];
  checkFile(source, data, problems);
  if (problems.length) throw definitionError(source, problems);
  if (data.extends !== undefined) {
    if (!base)
      throw definitionError(source, [
        { line: lineOf(source, ['extends']), message: 'the default cannot extend itself' },
      ]);
    const b = base();
    const resolved = stripUndefined(applyExtends(b.definition, data));
    checkResolved(resolved, { user: source, userData: data, base: b.source, baseData: b.data });
    return resolved;
  }
  const resolved = stripUndefined(data as unknown as JumpboxDefinition);
  checkResolved(resolved, { user: source, userData: data });
  return resolved;
}

let cachedDefault: { definition: JumpboxDefinition; source: Source; data: Json } | undefined;
function builtIn(): { definition: JumpboxDefinition; source: Source; data: Json } {
  if (!cachedDefault) {
    const definition = loadFromText(DEFAULT_DEFINITION_YAML, DEFAULT_DEFINITION_NAME);
    const { source, data } = parseSource(DEFAULT_DEFINITION_YAML, DEFAULT_DEFINITION_NAME);
    cachedDefault = { definition, source, data };
  }
  return cachedDefault;
}

/** The built-in definition (a fresh copy each call). */
export function defaultDefinition(): JumpboxDefinition {
  return structuredClone(builtIn().definition);
}

/** Parses and resolves definition text; `file` is used in error messages. */
export function parseDefinition(text: string, file: string): JumpboxDefinition {
  return loadFromText(text, file, builtIn);
}

export interface LoadDefinitionOptions {
  /** A definition file; undefined means the built-in default. */
  path?: string;
}

export async function loadDefinition(options: LoadDefinitionOptions = {}): Promise<JumpboxDefinition> {
  if (options.path === undefined) return defaultDefinition();
  let text: string;
  try {
    text = await readFile(options.path, 'utf8');
  } catch (err) {
    throw new SettingsError(`${options.path}: cannot read the definition file: ${(err as Error).message}`, {
      cause: err,
    });
  }
  return parseDefinition(text, options.path);
}
