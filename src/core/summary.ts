/**
 * The run report as GitHub-flavoured Markdown: shared by the GitHub step summary, the Azure Pipelines summary tab
 * and the CLI. Platform-free: callers pass what they know about artifacts, errors and what their renderer supports
 * (Mermaid: GitHub yes, the Azure Pipelines summary tab no). Sections live in `summary-sections.ts`.
 */
import { explainFailure } from './failure.js';
import { preflightSections } from './summary-preflight.js';
import {
  PORTALS,
  cell,
  code,
  condensedMessage,
  failureSection,
  fenced,
  formatDuration,
  replicationSection,
  resourceCell,
  rolesTable,
  table,
  timelineSection,
} from './summary-sections.js';
import type { BuildResult, RunState } from './types.js';

export { cell, fenced, formatDuration } from './summary-sections.js';
export { preflightTable } from './summary-preflight.js';

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
  /** Render the timeline as a Mermaid gantt chart too (default false: not every renderer supports it). */
  mermaid?: boolean;
  /** Azure portal for the resource links: a cloud name (default AzureCloud; Custom: no links) or a portal URL. */
  portal?: string;
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

const FAILED: ReadonlySet<RunState> = new Set(['Failed', 'Canceled', 'PartiallySucceeded']);

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

function resourcesTable(result: BuildResult, portal: string | undefined): string {
  const image = result.imageId ?? (result.dryRun ? `${result.imageName} (not built: dry run)` : undefined);
  return table(
    ['Resource', 'Value'],
    [
      ['Image', resourceCell(image, portal)],
      ['Image name', code(result.imageName)],
      ['Template', result.templateId ? resourceCell(result.templateId, portal) : code(result.templateName)],
      ['Fingerprint', code(result.fingerprint)],
      ['Base image version', code(result.baseImageVersion)],
      ['Identity', resourceCell(result.identityId, portal)],
      ['Staging resource group', resourceCell(result.stagingResourceGroup, portal)],
      ['Duration', formatDuration(result.durationSeconds)],
    ],
  );
}

/** What retention (`keep-versions` / `keep-images`) deleted, would delete (dry run) or could not delete. */
function retentionSection(retention: NonNullable<BuildResult['retention']>): string[] {
  const rows = [
    ...retention.deleted.map((id) => [code(id), retention.dryRun ? 'would be deleted (dry run)' : 'deleted']),
    ...(retention.failed ?? []).map((id) => [code(id), 'could not be deleted']),
  ];
  if (!rows.length) return [];
  return ['### Retention', table(['Artifact', 'Outcome'], rows)];
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

function headline(result: BuildResult | undefined, options: SummaryOptions): string[] {
  const state: RunState = result?.state ?? 'Failed';
  const out = [
    `## ${options.title ?? 'AKS jump box image'}: ${ICON[state]} ${state}${result?.dryRun ? ' (dry run)' : ''}`,
  ];
  const message = result?.message && (FAILED.has(state) || state === 'Running') ? result.message : undefined;
  // The adapters often pass the run's message as the error too: say it once.
  if (options.error && !(message && options.error.includes(message)))
    out.push(`> [!CAUTION]\n> ${cell(condensedMessage(options.error))}`);
  if (!result) return out;
  const note = stateNote(result);
  if (note) out.push(`> [!NOTE]\n> ${note}`);
  if (message) out.push(`**Message:** ${cell(condensedMessage(message))}`);
  if (state === 'Failed' || state === 'PartiallySucceeded')
    out.push(...failureSection(explainFailure(result.logTail ?? [], result.message)));
  return out;
}

function details(result: BuildResult, options: SummaryOptions): string[] {
  const out: string[] = [...preflightSections(result)];
  if (result.timeline?.length) out.push(...timelineSection(result.timeline, options.mermaid ?? false));
  if (result.replication?.length) out.push(...replicationSection(result.replication));
  if (result.retention) out.push(...retentionSection(result.retention));
  if (result.phases.length) {
    out.push(
      '### Phases',
      table(
        ['Phase', 'Duration'],
        result.phases.map((p) => [cell(p.name), formatDuration(p.durationMs / 1000)]),
      ),
    );
  }
  const reported = Boolean(result.manifest?.tools?.length);
  const tools = reported ? result.manifest!.tools : result.tools;
  if (tools.length) {
    out.push(
      `### Tools${reported ? ' (as reported by the build)' : ' (pinned by the definition)'}`,
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
    else if (result.state === 'Running') out.push('None revoked: the build is still running.');
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
  return out;
}

function logSection(result: BuildResult | undefined, options: SummaryOptions): string[] {
  const out = ['### Log'];
  if (options.artifact) {
    const { name, id, url } = options.artifact;
    const label = `${cell(name)}${id !== undefined ? ` (artifact ${cell(id)})` : ''}`;
    out.push(`Customization log uploaded as ${url ? `[${label}](${url})` : `**${label}**`}.`);
  } else {
    out.push(options.artifactNote ? cell(options.artifactNote) : 'No log artifact.');
  }
  if (result?.logAccess) out.push(`> **Build log unreadable:** ${cell(result.logAccess)}`);
  const tail = result?.logTail ?? [];
  if (tail.length && FAILED.has(result!.state)) {
    const n = options.tailLines ?? 60;
    const lines = tail.slice(-n).map((l) => (l.length > 500 ? `${l.slice(0, 500)}…` : l));
    out.push(
      `<details><summary>Last ${lines.length} lines of the customization log</summary>\n\n${fenced(lines.join('\n'), 'text')}\n\n</details>`,
    );
  }
  return out;
}

export function renderSummary(result: BuildResult | undefined, options: SummaryOptions = {}): string {
  // A custom cloud's portal is unknown: its resources get no links (a portal URL can be passed instead).
  const name = options.portal ?? 'AzureCloud';
  const portal = PORTALS[name] ?? (/^https:\/\//.test(name) ? name : undefined);
  const out = [
    ...headline(result, options),
    ...(result ? [resourcesTable(result, portal), ...details(result, options)] : []),
    ...logSection(result, options),
  ];
  if (result?.dryRun && result.template) {
    out.push(
      `<details><summary>Image template (dry run)</summary>\n\n${fenced(JSON.stringify(result.template, null, 2), 'json')}\n\n</details>`,
    );
  }
  let md = `${out.join('\n\n')}\n`;
  if (Buffer.byteLength(md) > MAX_BYTES) md = `${md.slice(0, MAX_BYTES / 4)}\n\n…(summary truncated)\n`;
  return md;
}
