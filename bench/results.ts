/** The figures `npm run bench` collects: each bench script merges its section into bench/results.json. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';

export const RESULTS = join(import.meta.dirname, 'results.json');

export type Results = Record<string, unknown>;

export function readResults(): Results {
  return existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Results) : {};
}

export function saveSection(name: string, value: unknown): void {
  const all = readResults();
  all[name] = value;
  all.machine = {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    loadAverage: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '),
    date: new Date().toISOString(),
  };
  writeFileSync(RESULTS, `${JSON.stringify(all, null, 2)}\n`);
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

export const round = (x: number, digits = 1): number => Number(x.toFixed(digits));

/** ARM requests of a journal slice (not Entra, not the OIDC issuers), counted by method and kind. */
export function byKind(entries: Array<{ kind: string; method: string }>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const e of entries) {
    if (e.kind.startsWith('entra.') || e.kind.startsWith('oidc.')) continue;
    const key = `${e.method} ${e.kind}`;
    out[key] = (out[key] ?? 0) + 1;
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * What an on-demand chunk of a bundle (dist/<file>) mostly holds, by bytes: from the bundle's chunks.json, which
 * scripts/bundle.js writes from the readable bundle (scripts/chunk-contents.mjs).
 */
export function chunkPackage(file: string, dir = join(import.meta.dirname, '..', 'dist')): string {
  const manifest = join(dir, 'chunks.json');
  if (!existsSync(manifest)) return 'unknown';
  const contents = JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, { mainly: string }>;
  return contents[file]?.mainly ?? 'unknown';
}
