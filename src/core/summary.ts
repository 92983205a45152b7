/**
 * The run report as GitHub-flavoured Markdown: shared by the GitHub step summary, the Azure Pipelines summary tab
 * and the CLI. Platform-free: callers pass what they know about artifacts and errors.
 */
import type {
  BuildResult,
  PreflightCheckResult,
  RoleAssignmentRecord,
  RunState,
  WhatIfItem,
} from './types.js';

export interface SummaryOptions {
  /** Heading (default "AKS jump box image"). */
  title?: string;
  /** A setup error that stopped the run before a result existed (or replaced it). */
  error?: string;
  /** The uploaded log artifact; `url` when the platform can link to it. */
  artifact?: { name: string; id?: number | string; url?: string };
  /** Why no artifact was uploaded (e.g. "upload-log is false"). */
  artifactNote?: string;
  /** Lines of the log tail to show on failure (default 60). */
  tailLines?: number;
}

/** Summaries are capped by the platforms (GitHub: 1 MiB); stay well under it. */
const MAX_BYTES = 900_000;

const ICON: Record<RunState, string> = {
  Succeeded: '✅',
  PartiallySucceeded: '⚠️',
  Failed: '❌',
  Canceled: '🚫',
  Skipped: '⏭️',
  Running: '⏳',
};

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

const code = (value: unknown) =>
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

function table(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

function rolesTable(roles: RoleAssignmentRecord[]): string {
  return table(
    ['Purpose', 'Scope', 'Role', 'Created by this run'],
    roles.map((r) => [
      cell(r.purpose),
      code(r.scope),
      code(r.roleDefinitionId.split('/').pop()),
      r.created ? 'yes' : 'no (existed)',
    ]),
  );
}

const CHECK_ICON: Record<PreflightCheckResult['status'], string> = {
  pass: '✅ pass',
  warn: '⚠️ warn',
  fail: '❌ fail',
};

/** The preflight checklist: status, check, one-line reason. */
export function preflightTable(checks: PreflightCheckResult[]): string {
  return table(
    ['Status', 'Check', 'Reason'],
    checks.map((c) => [CHECK_ICON[c.status], cell(c.title), cell(c.reason)]),
  );
}

const CHANGE: Record<WhatIfItem['change'], string> = {
  unchanged: 'exists, unchanged',
  create: 'will create',
  replace: 'will replace',
  delete: 'will delete',
};

function whatIfTable(items: WhatIfItem[]): string {
  return table(
    ['Change', 'Resource', 'Name', 'Note'],
    items.map((i) => [CHANGE[i.change], cell(i.kind), code(i.name), cell(i.note)]),
  );
}

/** The preflight checklist and, for a dry run, the what-if. */
function preflightSections(result: BuildResult): string[] {
  const out: string[] = [];
  if (result.preflight?.length) {
    const failed = result.preflight.some((c) => c.status === 'fail');
    out.push(
      `### Preflight${failed ? ' (failed: nothing was changed)' : ''}`,
      preflightTable(result.preflight),
    );
  }
  if (result.whatIf?.length) out.push('### Plan (what-if)', whatIfTable(result.whatIf));
  return out;
}

function stateNote(result: BuildResult): string | undefined {
  switch (result.state) {
    case 'Skipped':
      return 'An image with this fingerprint already exists, so no build ran. Set `force-rebuild` to build anyway.';
    case 'Running':
      return 'The build continues in Azure (`wait: false`). Its roles were kept: revoking them would break the build.';
    case 'PartiallySucceeded':
      return 'The build finished with errors in some steps; the image was distributed. Check the log.';
    case 'Canceled':
      return 'The run was canceled; the build was asked to stop.';
    default:
      return undefined;
  }
}

/** The boot test's verdict and the last lines of what the validation printed in the test VM. */
function bootTestSection(result: BuildResult): string[] {
  const icon = result.testResult === 'passed' ? '✅' : result.testResult === 'failed' ? '❌' : '⏭️';
  const lines = (result.testOutput ?? '').split('\n').slice(-40);
  return [
    '### Boot test',
    `${icon} **${result.testResult}**${result.testMessage ? `: ${cell(result.testMessage)}` : ''}`,
    ...(lines.some(Boolean)
      ? [
          `<details><summary>Run Command output</summary>\n\n${fenced(lines.join('\n'), 'text')}\n\n</details>`,
        ]
      : []),
  ];
}

export function renderSummary(result: BuildResult | undefined, options: SummaryOptions = {}): string {
  const out: string[] = [];
  const state: RunState = result?.state ?? 'Failed';
  out.push(
    `## ${options.title ?? 'AKS jump box image'}: ${ICON[state]} ${state}${result?.dryRun ? ' (dry run)' : ''}`,
  );

  if (options.error) out.push(`> [!CAUTION]\n> ${cell(options.error)}`);
  if (result) {
    const note = stateNote(result);
    if (note) out.push(`> [!NOTE]\n> ${note}`);
    if (
      result.message &&
      (state === 'Failed' || state === 'Canceled' || state === 'PartiallySucceeded' || state === 'Running')
    ) {
      out.push(`**Message:** ${cell(result.message)}`);
    }
    out.push(
      table(
        ['', ''],
        [
          [
            'Image',
            code(result.imageId ?? (result.dryRun ? `${result.imageName} (not built: dry run)` : undefined)),
          ],
          ['Image name', code(result.imageName)],
          ['Template', code(result.templateId || result.templateName)],
          ['Fingerprint', code(result.fingerprint)],
          ['Base image version', code(result.baseImageVersion)],
          ['Identity', code(result.identityId)],
          ['Staging resource group', code(result.stagingResourceGroup)],
          ['Duration', formatDuration(result.durationSeconds)],
        ],
      ),
    );

    out.push(...preflightSections(result));

    if (result.phases.length) {
      out.push(
        '### Phases',
        table(
          ['Phase', 'Duration'],
          result.phases.map((p) => [cell(p.name), formatDuration(p.durationMs / 1000)]),
        ),
      );
    }

    const tools = result.manifest?.tools?.length ? result.manifest.tools : result.tools;
    if (tools.length) {
      out.push(
        `### Tools${result.manifest?.tools?.length ? ' (as reported by the build)' : ' (pinned by the definition)'}`,
        table(
          ['Tool', 'Version'],
          tools.map((t) => [cell(t.name), code(t.version)]),
        ),
      );
    }

    if (result.testResult) out.push(...bootTestSection(result));

    if (result.rolesGranted.length || result.rolesRevoked.length) {
      out.push('### Roles');
      if (result.rolesGranted.length)
        out.push('Granted to the build identity:', rolesTable(result.rolesGranted));
      if (result.rolesRevoked.length) out.push('Revoked after the build:', rolesTable(result.rolesRevoked));
      else if (state === 'Running') out.push('None revoked: the build is still running.');
    }

    if (result.egress.length) {
      out.push(
        '<details><summary>Outbound connections the build needs</summary>\n',
        table(
          ['Host', 'Port', 'Protocol', 'Purpose'],
          result.egress.map((e) => [code(e.host), String(e.port), cell(e.protocol), cell(e.purpose)]),
        ),
        '\n</details>',
      );
    }
  }

  out.push('### Log');
  if (options.artifact) {
    const label = `${cell(options.artifact.name)}${options.artifact.id !== undefined ? ` (artifact ${cell(options.artifact.id)})` : ''}`;
    out.push(
      `Customization log uploaded as ${options.artifact.url ? `[${label}](${options.artifact.url})` : `**${label}**`}.`,
    );
  } else {
    out.push(options.artifactNote ? cell(options.artifactNote) : 'No log artifact.');
  }

  const tail = result?.logTail ?? [];
  if (tail.length && (state === 'Failed' || state === 'Canceled' || state === 'PartiallySucceeded')) {
    const n = options.tailLines ?? 60;
    const lines = tail.slice(-n).map((l) => (l.length > 500 ? `${l.slice(0, 500)}…` : l));
    out.push(
      `<details open><summary>Last ${lines.length} lines of the customization log</summary>\n\n${fenced(lines.join('\n'), 'text')}\n\n</details>`,
    );
  }

  if (result?.dryRun && result.template) {
    out.push(
      `<details><summary>Image template (dry run)</summary>\n\n${fenced(JSON.stringify(result.template, null, 2), 'json')}\n\n</details>`,
    );
  }

  let md = `${out.join('\n\n')}\n`;
  if (Buffer.byteLength(md) > MAX_BYTES) md = `${md.slice(0, MAX_BYTES / 4)}\n\n…(summary truncated)\n`;
  return md;
}
