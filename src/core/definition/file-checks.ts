/**
 * Checks of a definition file's own content beyond the schema: duplicate names, the script terminator line, and
 * placeholders in URLs. Each returns the problems it found, located in the file.
 */
import { formatPath, lineOf } from './source.js';
import type { Json, Problem, Segment, Source } from './source.js';
import type { StepDefinition, ToolDefinition } from './types.js';

const URL_PLACEHOLDERS = new Set(['version', 'arch']);
const APT_PLACEHOLDERS = new Set(['codename']);

function checkPlaceholders(text: string, allowed: Set<string>): string | undefined {
  for (const m of text.matchAll(/\{([^}]*)\}/g)) if (!allowed.has(m[1]!)) return m[0];
  if (/[{}]/.test(text.replace(/\{[a-z]+\}/g, ''))) return '{';
  return undefined;
}

function duplicates(source: Source, list: unknown, what: string, base: Segment[]): Problem[] {
  if (!Array.isArray(list)) return [];
  const first = new Map<string, number>();
  const problems: Problem[] = [];
  list.forEach((item, i) => {
    const name = (item as { name?: unknown })?.name;
    if (typeof name !== 'string') return;
    const at = first.get(name);
    if (at === undefined) {
      first.set(name, i);
      return;
    }
    problems.push({
      line: lineOf(source, [...base, i, 'name']),
      message: `${formatPath([...base, i, 'name'])}: duplicate ${what} "${name}" (first at line ${lineOf(source, [...base, at, 'name'])})`,
    });
  });
  return problems;
}

function terminatorLines(source: Source, steps: unknown, base: Segment[]): Problem[] {
  if (!Array.isArray(steps)) return [];
  return (steps as StepDefinition[]).flatMap((step, i) => {
    const run = step?.run;
    if (typeof run !== 'string' || !run.split('\n').some((l) => l.trim() === 'JUMPBOX_SCRIPT_EOF')) return [];
    const path: Segment[] = [...base, i, 'run'];
    return [
      {
        line: lineOf(source, path),
        message: `${formatPath(path)}: must not contain a line "JUMPBOX_SCRIPT_EOF"`,
      },
    ];
  });
}

function placeholderProblem(source: Source, path: Segment[], raw: unknown, allowed: Set<string>): Problem[] {
  if (typeof raw !== 'string') return [];
  const bad = checkPlaceholders(raw, allowed);
  if (!bad) return [];
  const names = [...allowed].map((a) => `{${a}}`).join(', ');
  return [
    {
      line: lineOf(source, path),
      message: `${formatPath(path)} ${JSON.stringify(raw)} has an unknown placeholder ${bad} (allowed: ${names})`,
    },
  ];
}

function downloadPlaceholders(source: Source, tools: unknown): Problem[] {
  if (!Array.isArray(tools)) return [];
  return (tools as ToolDefinition[]).flatMap((tool, i) => {
    const d = tool.download as unknown as Record<string, unknown> | undefined;
    if (!d) return [];
    const base: Segment[] = ['tools', i, 'download'];
    const nested = (a: string) => (d[a] as Json | undefined)?.url;
    return [
      ...placeholderProblem(source, [...base, 'url'], d.url, URL_PLACEHOLDERS),
      ...placeholderProblem(source, [...base, 'checksum', 'url'], nested('checksum'), URL_PLACEHOLDERS),
      ...placeholderProblem(source, [...base, 'signature', 'url'], nested('signature'), URL_PLACEHOLDERS),
      ...placeholderProblem(source, [...base, 'member'], d.member, URL_PLACEHOLDERS),
    ];
  });
}

function aptPlaceholders(source: Source, repositories: unknown): Problem[] {
  if (!Array.isArray(repositories)) return [];
  return (repositories as Array<{ url?: string; suite?: string }>).flatMap((r, i) => [
    ...placeholderProblem(source, ['apt', 'repositories', i, 'url'], r.url, APT_PLACEHOLDERS),
    ...placeholderProblem(source, ['apt', 'repositories', i, 'suite'], r.suite, APT_PLACEHOLDERS),
  ]);
}

/** Problems in a file's own content beyond the schema: duplicates, terminator lines and placeholders. */
export function checkFile(source: Source, data: Json): Problem[] {
  const apt = data.apt as Json | undefined;
  const validation = data.validation as Json | undefined;
  return [
    ...duplicates(source, data.tools, 'tool', ['tools']),
    ...duplicates(source, data.steps, 'step', ['steps']),
    ...duplicates(source, apt?.repositories, 'apt repository', ['apt', 'repositories']),
    ...duplicates(source, validation?.steps, 'validation step', ['validation', 'steps']),
    ...terminatorLines(source, data.steps, ['steps']),
    ...terminatorLines(source, validation?.steps, ['validation', 'steps']),
    ...downloadPlaceholders(source, data.tools),
    ...aptPlaceholders(source, apt?.repositories),
  ];
}
