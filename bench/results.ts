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
 * What an on-demand chunk of a bundle (dist/<file>) mostly holds, by bytes: each concatenated module keeps its path
 * in a comment (`./src/...` is project code, `./node_modules/<package>/...` a package). Modules webpack could not
 * concatenate (CommonJS ones, mostly) keep none: when they are most of the chunk, it is named by the package its
 * paths mention most, as "<package> and unnamed modules".
 */
export function chunkPackage(file: string, dir = join(import.meta.dirname, '..', 'dist')): string {
  const text = existsSync(join(dir, file)) ? readFileSync(join(dir, file), 'utf8') : '';
  const bytes = new Map<string, number>();
  let current = 'unnamed modules';
  for (const line of text.split('\n')) {
    const concatenated = /CONCATENATED MODULE: \.\/(?:node_modules\/((?:@[^/]+\/)?[^/]+)|src)\//.exec(line);
    if (concatenated) current = concatenated[1] ?? 'project code';
    else if (/^\/\*\*\*\/ \d+:$/.test(line)) current = 'unnamed modules';
    bytes.set(current, (bytes.get(current) ?? 0) + line.length + 1);
  }
  const [top] = [...bytes.entries()].sort((a, b) => b[1] - a[1]);
  if (top && top[0] !== 'unnamed modules') return top[0];
  const mentions = new Map<string, number>();
  for (const m of text.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)\//g))
    mentions.set(m[1]!, (mentions.get(m[1]!) ?? 0) + 1);
  const named = [...mentions.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  return named ? `${named} and unnamed modules` : 'unnamed modules';
}
