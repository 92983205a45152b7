/**
 * Sections of the run summary (`summary.ts`): the Image Builder timeline (table and Mermaid gantt), roles with their
 * names, portal links, per-region replication and the failure explanation. Platform-free Markdown.
 */
import { type FailureExplanation, PACKERIZER_GENERIC } from './failure.js';
import type { TimelineEntry } from './timeline.js';
import { timelineLabel } from './timeline.js';
import type { BuildResult, RoleAssignmentRecord } from './types.js';

/** Escapes text for a table cell or inline use: HTML, pipes and line breaks. */
export function cell(value: unknown): string {
  if (value === undefined || value === null || value === '') return '—';
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, '<br>');
}

export const code = (value: unknown) =>
  value === undefined || value === null || value === '' ? '—' : `<code>${cell(value)}</code>`;

/** A fenced block whose fence is longer than any backtick run inside (so log text cannot close it). */
export function fenced(text: string, lang = ''): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${text}\n${fence}`;
}

export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const r = s % 60;
  if (h) return `${h}h ${m}m ${r}s`;
  if (m) return `${m}m ${r}s`;
  return `${r}s`;
}

/** A Markdown table; always with a header row that names its columns. */
export function table(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

/** Built-in roles the product assigns or documents, by definition GUID. */
export const BUILT_IN_ROLE_NAMES: Readonly<Record<string, string>> = {
  '8e3af657-a8ff-443c-a75c-2fe8c4bcb635': 'Owner',
  'b24988ac-6180-42a0-ab88-20f7382dd24c': 'Contributor',
  'acdd72a7-3385-48ef-bd42-f606fba81ae7': 'Reader',
  '4d97b98b-1d4f-4787-a291-c67834d212e7': 'Network Contributor',
  '9980e02c-c2be-4d73-94e8-173b1dc7cf3c': 'Virtual Machine Contributor',
  'f1a07417-d97a-45cb-824c-7a7467783830': 'Managed Identity Operator',
  '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1': 'Storage Blob Data Reader',
  'ba92f5b4-2d11-453d-a403-e96b0029c9fe': 'Storage Blob Data Contributor',
  '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9': 'User Access Administrator',
  'f58310d9-a9f6-439a-9e8d-f62e7b41a168': 'Role Based Access Control Administrator',
};

export function roleLabel(record: RoleAssignmentRecord): string {
  const guid = record.roleDefinitionId.split('/').pop() ?? '';
  const name = record.roleName ?? BUILT_IN_ROLE_NAMES[guid.toLowerCase()] ?? 'custom role';
  return `${cell(name)} (${code(guid)})`;
}

export function rolesTable(roles: RoleAssignmentRecord[]): string {
  return table(
    ['Purpose', 'Scope', 'Role', 'Created by this run'],
    roles.map((r) => [cell(r.purpose), code(r.scope), roleLabel(r), r.created ? 'yes' : 'no (existed)']),
  );
}

/** A resource id with a link to it in the Azure portal of `portal`. */
export function resourceCell(id: string | undefined, portal: string | undefined): string {
  if (!portal || !id?.startsWith('/subscriptions/')) return code(id);
  return `${code(id)} · [portal](${portal.replace(/\/+$/, '')}/#@/resource${encodeURI(id)})`;
}

/** Portal hosts of the named clouds (custom clouds pass theirs). */
export const PORTALS: Readonly<Record<string, string>> = {
  AzureCloud: 'https://portal.azure.com',
  AzureUSGovernment: 'https://portal.azure.us',
  AzureChinaCloud: 'https://portal.azure.cn',
};

const mermaidLabel = (s: string) => s.replace(/[:#;]/g, ' ');

/** The timeline as a table and, when `mermaid`, a gantt chart (GitHub renders it; Azure Pipelines does not). */
export function timelineSection(timeline: readonly TimelineEntry[], mermaid: boolean): string[] {
  const total = timeline.reduce((n, e) => n + e.durationMs, 0);
  const rows = timeline.map((e) => [
    cell(timelineLabel(e)),
    code(e.startedAt.replace(/\.\d+Z$/, 'Z')),
    formatDuration(e.durationMs / 1000),
    total ? `${Math.round((100 * e.durationMs) / total)}%` : '—',
  ]);
  const out = ['### Image Builder timeline', table(['Stage', 'Started', 'Duration', 'Share'], rows)];
  if (mermaid) {
    const bars = timeline.map((e, i) => {
      const start = Date.parse(e.startedAt);
      const label = `${mermaidLabel(timelineLabel(e))} (${formatDuration(e.durationMs / 1000)})`;
      return `  ${label} :s${i}, ${start}, ${start + Math.max(1000, e.durationMs)}`;
    });
    out.push(
      ['```mermaid', 'gantt', '  dateFormat x', '  axisFormat %H:%M', '  section Build', ...bars, '```'].join(
        '\n',
      ),
    );
  }
  return out;
}

export function replicationSection(replication: NonNullable<BuildResult['replication']>): string[] {
  const done = replication.filter((r) => /^(Completed|Succeeded)$/i.test(r.state)).length;
  return [
    `### Replication (${done} of ${replication.length} regions)`,
    table(
      ['Region', 'State', 'Message'],
      replication.map((r) => [cell(r.region), cell(r.state), cell(r.message)]),
    ),
  ];
}

/** The failing step first, its exit code and own output, then the hints of the matching known signatures. */
export function failureSection(explanation: FailureExplanation): string[] {
  const out: string[] = ['### Why it failed'];
  const { step, hints } = explanation;
  if (step) {
    const exit = step.exitCode === undefined ? '' : `, exit code **${step.exitCode}**`;
    out.push(`The ${step.kind} step ${code(step.name)} failed${exit}.`);
    if (step.output.length)
      out.push(
        `Its last ${step.output.length} lines of output:\n\n${fenced(step.output.join('\n'), 'text')}`,
      );
  }
  for (const h of hints) out.push(`**Likely cause: ${cell(h.title)}.** ${h.fix}`);
  return out.length > 1 ? out : [];
}

/** Image Builder's message with its generic troubleshooting paragraph replaced by one short pointer. */
export function condensedMessage(message: string): string {
  return PACKERIZER_GENERIC.test(message)
    ? `${message
        .replace(PACKERIZER_GENERIC, ' ')
        .replace(/\s{2,}/g, ' ')
        .trim()} (Image Builder's troubleshooting guide: https://aka.ms/azvmimagebuilderts)`
    : message;
}
