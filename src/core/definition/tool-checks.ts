/**
 * Checks of a resolved definition (after `extends: default`): every tool complete and consistent, removals and
 * keys that exist. Problems are located in the file that contributed the value.
 */
import { definitionError, formatPath, lineOf } from './source.js';
import type { Json, Problem, Segment, Source } from './source.js';
import type { ToolDownload, JumpboxDefinition, ToolDefinition } from './types.js';

interface ToolProblem {
  field: Segment[];
  reason: string;
}

function downloadProblems(tool: ToolDefinition, d: ToolDownload, architecture: string, keys: Set<string>) {
  const out: ToolProblem[] = [];
  const add = (field: Segment[], reason: string) => out.push({ field, reason });
  if (!tool.installPath) add([], `tool "${tool.name}" needs installPath`);
  if (!tool.check?.pattern) add([], `tool "${tool.name}" needs check.pattern to verify its version`);
  if (!d.url) add(['download'], 'missing required key "url"');
  if (!d.sha256?.[architecture as 'amd64' | 'arm64'] && !d.checksum)
    add(['download'], `needs sha256.${architecture} or checksum.url: every download is verified`);
  if ((d.archive === 'tar.gz' || d.archive === 'zip') && !d.member)
    add(['download'], `needs member (the executable's path inside the ${d.archive})`);
  if (d.signature && !keys.has(d.signature.key))
    add(['download', 'signature', 'key'], `key "${d.signature.key}" is not defined under keys`);
  if (d.signature?.of === 'checksum' && !d.checksum)
    add(['download', 'signature'], 'signs the checksum file, but there is no checksum.url');
  return out;
}

function patternProblems(pattern: string | undefined): ToolProblem[] {
  if (!pattern) return [];
  const field = ['check', 'pattern'];
  if (/\\[dDwWsSb]|\(\?/.test(pattern)) {
    return [
      {
        field,
        reason:
          'must be a POSIX extended regular expression (bash =~): use [0-9] and [[:space:]], not \\d, \\s or (?...)',
      },
    ];
  }
  try {
    new RegExp(pattern);
  } catch {
    return [{ field, reason: 'is not a valid regular expression' }];
  }
  return /\((?!\?)/.test(pattern) ? [] : [{ field, reason: 'needs a group ( ) that captures the version' }];
}

/** Reasons a resolved tool is incomplete or inconsistent, relative to the tool entry. */
function checkTool(tool: ToolDefinition, architecture: string, keys: Set<string>): ToolProblem[] {
  const out: ToolProblem[] = [];
  if (!tool.version) out.push({ field: [], reason: `tool "${tool.name}" has no version` });
  const kinds = (['download', 'apt', 'azureCliExtension'] as const).filter((k) => tool[k] !== undefined);
  if (kinds.length !== 1) {
    const has = kinds.length ? kinds.join(', ') : 'none';
    out.push({
      field: [],
      reason: `tool "${tool.name}" must have exactly one of download, apt, azureCliExtension (has ${has})`,
    });
    return out;
  }
  if (tool.download) out.push(...downloadProblems(tool, tool.download, architecture, keys));
  if (tool.apt && !(tool.check?.command && tool.check.pattern))
    out.push({ field: [], reason: `tool "${tool.name}" needs check.command and check.pattern` });
  return [...out, ...patternProblems(tool.check?.pattern)];
}

export interface ResolvedSources {
  user: Source;
  userData: Json;
  base?: Source;
  baseData?: Json;
}

const toolsOf = (data: Json | undefined): ToolDefinition[] =>
  Array.isArray(data?.tools) ? (data.tools as ToolDefinition[]) : [];

/** Tool problems, split by the file (user or built-in) whose entry contributed the tool. */
function toolProblems(resolved: JumpboxDefinition, sources: ResolvedSources, keys: Set<string>) {
  const user: Problem[] = [];
  const base: Problem[] = [];
  const userTools = toolsOf(sources.userData);
  const baseTools = toolsOf(sources.baseData);
  for (const tool of resolved.tools) {
    const ui = userTools.findIndex((t) => t.name === tool.name);
    const src = ui >= 0 ? sources.user : sources.base!;
    const idx = ui >= 0 ? ui : baseTools.findIndex((t) => t.name === tool.name);
    for (const { field, reason } of checkTool(tool, resolved.architecture, keys)) {
      const path: Segment[] = ['tools', idx, ...field];
      (ui >= 0 ? user : base).push({ line: lineOf(src, path), message: `${formatPath(path)}: ${reason}` });
    }
  }
  return { user, base };
}

function referenceProblems(resolved: JumpboxDefinition, sources: ResolvedSources, keys: Set<string>) {
  const problems: Problem[] = [];
  const baseTools = toolsOf(sources.baseData);
  ((sources.userData.remove ?? []) as string[]).forEach((name, i) => {
    if (!baseTools.some((t) => t.name === name))
      problems.push({
        line: lineOf(sources.user, ['remove', i]),
        message: `remove[${i}]: tool "${name}" is not in the default definition`,
      });
  });
  const userRepos = (sources.userData.apt as Json | undefined)?.repositories as
    Array<{ name: string }> | undefined;
  for (const r of resolved.apt?.repositories ?? []) {
    if (keys.has(r.key)) continue;
    const path: Segment[] = [
      'apt',
      'repositories',
      userRepos?.findIndex((x) => x.name === r.name) ?? 0,
      'key',
    ];
    problems.push({
      line: lineOf(sources.user, path),
      message: `${formatPath(path)}: key "${r.key}" is not defined under keys`,
    });
  }
  if (
    resolved.tools.some((t) => t.azureCliExtension) &&
    !resolved.tools.some((t) => t.name === 'azure-cli')
  ) {
    problems.push({
      line: lineOf(sources.user, ['tools']),
      message: 'tools: an azureCliExtension tool needs the azure-cli tool',
    });
  }
  return problems;
}

/** Validates a resolved definition; throws a SettingsError located in the file that contributed the value. */
export function checkResolved(resolved: JumpboxDefinition, sources: ResolvedSources): void {
  const keys = new Set(Object.keys(resolved.keys ?? {}));
  const tools = toolProblems(resolved, sources, keys);
  const problems = [...tools.user, ...referenceProblems(resolved, sources, keys)];
  if (tools.base.length && sources.base) throw definitionError(sources.base, tools.base);
  if (problems.length) throw definitionError(sources.user, problems);
}
