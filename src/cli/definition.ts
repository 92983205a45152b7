/** `aks-jumpbox-image definition pin|outdated`: keeping a definition's pins current. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  type OutdatedTool,
  type PinChange,
  type ReleaseSources,
  SettingsError,
  loadDefinition,
  outdatedTools,
  pinDefinition,
} from '../core/index.js';
import { DEFINITION_USAGE } from './help.js';

export interface DefinitionCommand {
  args: string[];
  update: boolean;
  json: boolean;
  report?: string;
  releaseSources: string[];
  env: NodeJS.ProcessEnv;
  out: NodeJS.WritableStream;
  info: (message: string) => void;
  warn: (message: string) => void;
  signal: AbortSignal;
}

const SOURCE_NAMES = ['github', 'githubApi', 'kubernetes', 'hashicorp'] as const;

function sourcesFrom(flags: string[], env: NodeJS.ProcessEnv): Partial<ReleaseSources> {
  const out: Partial<ReleaseSources> = {};
  for (const flag of flags) {
    const [name, ...rest] = flag.split('=');
    const url = rest.join('=');
    if (!SOURCE_NAMES.includes(name as (typeof SOURCE_NAMES)[number]) || !/^https?:\/\/\S+$/.test(url))
      throw new SettingsError(
        `--release-source "${flag}": expected NAME=URL with NAME one of ${SOURCE_NAMES.join(', ')}.`,
      );
    out[name as (typeof SOURCE_NAMES)[number]] = url;
  }
  if (env.GITHUB_TOKEN) out.githubToken = env.GITHUB_TOKEN;
  return out;
}

/** The Markdown table of a pin run (the refresh workflow puts it in the pull request). */
export function pinTable(changes: PinChange[]): string {
  const rows = changes.map((c) => {
    const what = c.status === 'updated' ? `${c.from} → ${c.to}` : c.from;
    const note = c.reasons.length ? c.reasons.join('; ').replace(/\|/g, '\\|') : '';
    return `| ${c.tool} | ${what} | ${c.status} | ${note} |`;
  });
  return ['| tool | version | status | note |', '|---|---|---|---|', ...rows].join('\n') + '\n';
}

function outdatedTable(rows: OutdatedTool[]): string {
  const lines = rows.map(
    (r) =>
      `${r.name.padEnd(16)} ${r.pinned.padEnd(12)} ${(r.latest ?? '-').padEnd(12)} ${r.status}${r.note ? ` (${r.note})` : ''}`,
  );
  return (
    [`${'tool'.padEnd(16)} ${'pinned'.padEnd(12)} ${'latest'.padEnd(12)} status`, ...lines].join('\n') + '\n'
  );
}

export async function runDefinitionCommand(c: DefinitionCommand): Promise<number> {
  const [sub, file] = c.args;
  const sources = sourcesFrom(c.releaseSources, c.env);
  if (sub === 'outdated') {
    const definition = await loadDefinition(file ? { path: resolve(file) } : {});
    const rows = await outdatedTools(definition, { sources, signal: c.signal });
    c.out.write(c.json ? `${JSON.stringify(rows, null, 2)}\n` : outdatedTable(rows));
    return rows.some((r) => r.status === 'outdated' || (r.status === 'unknown' && r.source)) ? 1 : 0;
  }
  if (sub !== 'pin' || !file) throw new SettingsError(`usage: aks-jumpbox-image ${DEFINITION_USAGE}`);
  const outcome = await pinDefinition({
    path: resolve(file),
    signal: c.signal,
    write: true,
    update: c.update,
    sources,
  });
  const table = pinTable(outcome.changes);
  if (c.report) writeFileSync(resolve(c.report), table);
  if (c.json) c.out.write(`${JSON.stringify(outcome.changes, null, 2)}\n`);
  else c.out.write(table);
  c.info(`Changed ${outcome.updated} version(s) and sha256 value(s) in ${file}.`);
  const refused = outcome.changes.filter((ch) => ch.status === 'kept');
  for (const ch of refused) c.warn(`${ch.tool} stays at ${ch.from}: ${ch.reasons.join('; ')}`);
  return refused.length ? 1 : 0;
}
