/**
 * Rows of the reliability matrices (docs/reliability.md is rendered from them by scripts/reliability-doc.mjs).
 * A matrix test records one row per case: the case, the result and what the run left behind (must be "nothing").
 * Rows go to `.reliability/<matrix>.<source>.json` (gitignored): deterministic content and order, no timings, so
 * the rendered page only changes when a result does.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Simulator, SimulatorAudit } from '../azure-sim/index.js';

export const ROWS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '.reliability');

/**
 * The request kinds of a clean build that creates its identity, in the order it makes them (faults-matrix.test.ts
 * checks the list against the journal; both halves of the faults matrix inject on them).
 */
export const CLEAN_RUN_KINDS = [
  'entra.metadata',
  'entra.token',
  'virtualNetworks.get',
  'platformImages.list',
  'platformImages.get',
  'providers.list',
  'permissions.list',
  'identities.get',
  'identities.put',
  'roleAssignments.put',
  'imageTemplates.get',
  'imageTemplates.put',
  'operations.get',
  'storageAccounts.list',
  'imageTemplates.run',
  'runOutputs.get',
  'imageTemplates.list',
  'roleAssignments.delete',
  'imageTemplates.delete',
];

export interface MatrixRow {
  case: string;
  result: string;
  leftBehind: string;
}

export interface MatrixFile {
  matrix: string;
  /** Where the rows come from (`core`, `action`, `task`, `cli`): one file per source, merged by the renderer. */
  source: string;
  /** Optional lines above the table (e.g. the request kinds the run makes). */
  notes: string[];
  rows: MatrixRow[];
}

export interface MatrixRecorder {
  row(row: MatrixRow): void;
  /** Adds the row, or replaces the one of the same case. */
  replace(row: MatrixRow): void;
  note(line: string): void;
  /** Writes the file (call from afterAll). Rows keep the order of `order` when given, else the order recorded. */
  write(): void;
}

export function matrixRecorder(matrix: string, source: string, order?: () => string[]): MatrixRecorder {
  const rows: MatrixRow[] = [];
  const notes: string[] = [];
  return {
    row: (r) => void rows.push(r),
    replace(r) {
      const at = rows.findIndex((x) => x.case === r.case);
      if (at >= 0) rows[at] = r;
      else rows.push(r);
    },
    note: (l) => void notes.push(l),
    write() {
      const keys = order?.();
      const sorted = keys ? [...rows].sort((a, b) => keys.indexOf(a.case) - keys.indexOf(b.case)) : rows;
      const file: MatrixFile = { matrix, source, notes, rows: sorted };
      mkdirSync(ROWS_DIR, { recursive: true });
      const name = `${matrix}.${source.replace(/[^\w.-]+/g, '_')}.json`;
      writeFileSync(join(ROWS_DIR, name), `${JSON.stringify(file, null, 2)}\n`);
    },
  };
}

/** GUIDs, 12+ hex digit hashes and numbers that change between runs, replaced so a row is the same every run. */
export function stable(text: string): string {
  return text
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<id>')
    .replace(/\b[0-9a-f]{12,64}\b/gi, '<hash>')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first sentence of an error: the operation it names (e.g. "Starting the build on <t> failed (…)"). */
export function operationOf(message: string): string {
  const s = stable(message);
  const cut = s.search(/\): |: /);
  return (cut > 0 ? s.slice(0, cut + 1) : s).slice(0, 160);
}

/** What a run may leave behind, as a snapshot to compare before and after. */
export interface Leftovers {
  roleAssignments: string[];
  templates: string[];
  runningBuilds: string[];
  stagingResourceGroups: string[];
}

export function snapshot(sim: Simulator): Leftovers {
  const a: SimulatorAudit = sim.audit();
  return {
    roleAssignments: a.roleAssignments.map(
      (r) => `${r.scope.toLowerCase()}|${r.roleDefinitionId.split('/').pop()}`,
    ),
    templates: a.templates.map((t) => t.id.toLowerCase()),
    runningBuilds: a.runningBuilds.map((t) => t.toLowerCase()),
    stagingResourceGroups: a.stagingResourceGroups.map((g) => g.toLowerCase()),
  };
}

const short = (id: string) => id.split('/').filter(Boolean).slice(-2).join('/');

/**
 * What exists after that did not before (role assignments by scope, templates, staging groups) and every build
 * still running, in words; "nothing" when there is none. `keep` lists what the settings keep on purpose.
 */
export function leftBehind(
  sim: Simulator,
  before: Leftovers,
  /** `templates`: cleanup-template keeps the template (and its staging group) on purpose. */
  keep: { templates?: boolean } = {},
): string {
  const after = snapshot(sim);
  const added = (k: keyof Leftovers) => after[k].filter((x) => !before[k].includes(x));
  const items = [
    ...added('roleAssignments').map((r) => `role assignment at ${short(r.split('|')[0]!)}`),
    ...(keep.templates ? [] : added('templates').map((t) => `template ${stable(short(t))}`)),
    ...after.runningBuilds.map((t) => `running build on ${stable(short(t))}`),
    ...(keep.templates ? [] : added('stagingResourceGroups').map((g) => `staging group ${stable(short(g))}`)),
  ];
  return items.length ? items.join('; ') : 'nothing';
}

/** Running builds and role assignments on the image resource group, in words ("nothing" when there are none). */
export function buildLeftovers(sim: Simulator, imageGroup = 'rg-jumpbox-images'): string {
  const scope = `/subscriptions/${sim.subscriptionId}/resourceGroups/${imageGroup}`.toLowerCase();
  const audit = sim.audit();
  const items = [
    ...audit.runningBuilds.map((t) => `running build on ${stable(short(t))}`),
    ...audit.roleAssignments
      .filter((a) => a.scope.toLowerCase() === scope)
      .map((a) => `role assignment at ${short(a.scope)}`),
  ];
  return items.length ? items.join('; ') : 'nothing';
}

const platformRecorders = new Map<string, MatrixRecorder>();

/** Records (and writes at once) one row of a matrix from an end-to-end test of a platform. */
export function platformRow(matrix: string, source: string, row: MatrixRow): void {
  const key = `${matrix}.${source}`;
  let recorder = platformRecorders.get(key);
  if (!recorder) platformRecorders.set(key, (recorder = matrixRecorder(matrix, source)));
  recorder.replace(row);
  recorder.write();
}
