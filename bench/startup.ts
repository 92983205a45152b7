/**
 * Start-up: median wall time over 5 runs and peak RSS of each bundle, as a ratio to a bare `node -e 0` measured in
 * the same loop; the import cost of each heavy module (from node_modules, unbundled); the bundle sizes.
 * Needs the bundles (`npm run bundle`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chunkPackage, median, round, saveSection } from './results.js';

const ROOT = join(import.meta.dirname, '..');
const RUNS = 5;

/** Wall time (ms) and peak RSS (MB, from the child's own resource usage) of one start. */
function once(args: string[], env: NodeJS.ProcessEnv): { ms: number; rssMb: number } {
  const t0 = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', 'maxrss=%M', process.execPath, ...args], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const kb = Number(/maxrss=(\d+)/.exec(r.stderr)?.[1] ?? NaN);
  return { ms, rssMb: kb / 1024 };
}

/** The environment of a run that fails input validation (no inputs at all; a clean GitHub-like environment). */
const cleanEnv = (): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env))
    if (!/^(INPUT_|STATE_|GITHUB_|ACTIONS_|RUNNER_|AZURE_|NODE_OPTIONS$)/.test(k)) env[k] = v;
  return env;
};

const targets: Array<{ name: string; args: string[]; file: string }> = [
  { name: 'bare node -e 0', args: ['-e', '0'], file: '' },
  { name: 'action (dist/index.js), input validation fails', args: ['dist/index.js'], file: 'dist/index.js' },
  {
    name: 'CLI --help (dist/cli/index.js)',
    args: ['dist/cli/index.js', '--help'],
    file: 'dist/cli/index.js',
  },
  {
    name: 'task (task/dist/index.js), input validation fails',
    args: ['task/dist/index.js'],
    file: 'task/dist/index.js',
  },
];
const present = targets.filter((t) => !t.file || existsSync(join(ROOT, t.file)));
const samples = new Map(present.map((t) => [t.name, [] as Array<{ ms: number; rssMb: number }>]));
// Interleaved, so machine load affects every target alike.
for (let i = 0; i < RUNS; i++) for (const t of present) samples.get(t.name)!.push(once(t.args, cleanEnv()));
const bare = median(samples.get('bare node -e 0')!.map((s) => s.ms));
const startup = present.map((t) => {
  const s = samples.get(t.name)!;
  const ms = median(s.map((x) => x.ms));
  return {
    name: t.name,
    medianMs: round(ms, 0),
    ratio: round(ms / bare, 1),
    peakRssMb: round(median(s.map((x) => x.rssMb)), 0),
  };
});

/** Import cost of the heavy modules, each in a fresh process (unbundled: node_modules, many small files). */
const MODULES = [
  '@actions/core',
  '@actions/artifact',
  'azure-pipelines-task-lib',
  '@azure/identity',
  // The federated sign-in's credential alone (its own file: not an export of the package) and what it wraps.
  './node_modules/@azure/identity/dist/esm/credentials/clientAssertionCredential.js',
  '@azure/msal-node',
  '@azure/core-rest-pipeline',
  '@azure/storage-blob',
  '@azure/arm-compute',
  '@azure/arm-network',
  '@azure/arm-authorization',
  '@azure/arm-imagebuilder',
  '@azure/arm-msi',
  '@azure/arm-resources',
  '@azure/arm-storage',
];
const importCost = MODULES.map((m) => {
  const code = `const t=process.hrtime.bigint();await import(${JSON.stringify(m)});console.log(JSON.stringify({ms:Number(process.hrtime.bigint()-t)/1e6,rss:process.resourceUsage().maxRSS/1024}))`;
  const runs = [0, 1, 2].map(() => {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    try {
      // Some packages print on load (task-lib): the figures are the last line.
      return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { ms: number; rss: number };
    } catch {
      return { ms: NaN, rss: NaN };
    }
  });
  return {
    module: m,
    importMs: round(median(runs.map((r) => r.ms)), 0),
    peakRssMb: round(median(runs.map((r) => r.rss)), 0),
  };
});

/** Bundle files: the entry, and the chunks loaded on demand (named by the biggest package each contains). */
function bundle(dir: string) {
  const path = join(ROOT, dir);
  if (!existsSync(path)) return undefined;
  const files = readdirSync(path).filter((f) => f.endsWith('.js'));
  // undici, bundled apart and loaded on first use (scripts/undici-on-demand.mjs).
  const onDemand = existsSync(join(path, 'undici/index.cjs')) ? ['undici/index.cjs'] : [];
  const chunks = [...files.filter((f) => f !== 'index.js' && f !== 'post.js'), ...onDemand]
    .map((f) => ({
      file: f,
      kb: round(statSync(join(path, f)).size / 1024, 0),
      mainly: onDemand.includes(f) ? 'undici' : chunkPackage(f, path),
    }))
    .sort((a, b) => b.kb - a.kb);
  const entries = files
    .filter((f) => f === 'index.js' || f === 'post.js')
    .map((f) => ({ file: f, kb: round(statSync(join(path, f)).size / 1024, 0) }));
  return {
    dir,
    entries,
    chunks,
    totalKb: round(
      [...entries, ...chunks].reduce((a, c) => a + c.kb, 0),
      0,
    ),
  };
}

saveSection('startup', {
  runs: RUNS,
  bareMs: round(bare, 0),
  startup,
  importCost,
  bundles: ['dist', 'dist/cli', 'task/dist'].map(bundle).filter(Boolean),
});
for (const s of startup) console.log(`${s.name.padEnd(52)} ${s.medianMs} ms  ${s.ratio}x  ${s.peakRssMb} MB`);
for (const i of importCost) console.log(`import ${i.module.padEnd(28)} ${i.importMs} ms  ${i.peakRssMb} MB`);
