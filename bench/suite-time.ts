/**
 * `npm run bench:suite`: the test and CI figures of docs/performance.md, measured as CI meets them: a clean clone of
 * the committed HEAD, `npm ci`, `npm run bundle` (task/dist is built, not committed) and `npm test`, each timed, with
 * the CPU time the test run used (user + system of it and its children) to tell waiting from working. Not part of
 * `npm run bench` (it installs, bundles and runs the whole suite); the report shows the figures with the commit and date measured.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { round, saveSection } from './results.js';

const repo = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'bench-suite-'));
const clone = join(work, 'repo');

interface Timed {
  ms: number;
  cpuSeconds: number;
  output: string;
}

/** Runs a command in the clone; its wall time and the CPU time of it and its children (from /proc via `time`). */
function timed(command: string): Timed {
  const started = process.hrtime.bigint();
  const r = spawnSync('bash', ['-c', `TIMEFORMAT='cpu %U %S'; time (${command}) 2>&1`], {
    cwd: clone,
    encoding: 'utf8',
    maxBuffer: 256 * 2 ** 20,
    env: {
      ...process.env,
      PATH: `${join(clone, 'node_modules/node/bin')}:${process.env.PATH ?? ''}`,
      CI: 'true',
    },
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const output = `${r.stdout}${r.stderr}`;
  if (r.status !== 0) {
    console.error(output.slice(-4000));
    throw new Error(`\`${command}\` failed (exit ${r.status}) in ${clone}`);
  }
  const cpu = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr) ?? /cpu ([\d.]+) ([\d.]+)\s*$/.exec(output);
  return { ms, cpuSeconds: cpu ? Number(cpu[1]) + Number(cpu[2]) : NaN, output };
}

const plain = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, ''); // eslint-disable-line no-control-regex

try {
  const git = spawnSync('git', ['clone', '-q', repo, clone], { encoding: 'utf8' });
  if (git.status !== 0) throw new Error(`git clone failed: ${git.stderr}`);
  // The tests read ../shared (recordings, reference) beside the checkout, as CI has it.
  const shared = resolve(repo, '..', 'shared');
  if (existsSync(shared)) symlinkSync(shared, join(work, 'shared'));
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], {
    cwd: clone,
    encoding: 'utf8',
  }).stdout.trim();
  const ci = timed('npm ci --no-audit --no-fund');
  const bundle = timed('npm run bundle');
  const test = timed('npm test');
  const out = plain(test.output);
  const files = /Test Files\s+(\d+) passed/.exec(out)?.[1];
  const tests = /Tests\s+(\d+) passed/.exec(out)?.[1];
  const slowest = [...out.matchAll(/^\s*✓ (test\/\S+) \((\d+) tests?\) (\d+)ms$/gm)]
    .map((m) => ({ file: m[1]!, tests: Number(m[2]), ms: Number(m[3]) }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 8);
  saveSection('suite', {
    commit,
    date: new Date().toISOString(),
    loadAverage: readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '),
    npmCiSeconds: round(ci.ms / 1000),
    bundleSeconds: round(bundle.ms / 1000),
    testSeconds: round(test.ms / 1000),
    testCpuSeconds: round(test.cpuSeconds),
    testFiles: files ? Number(files) : undefined,
    tests: tests ? Number(tests) : undefined,
    slowest,
  });
  console.log(
    `npm ci ${round(ci.ms / 1000)} s, bundle ${round(bundle.ms / 1000)} s, npm test ${round(test.ms / 1000)} s (CPU ${round(test.cpuSeconds)} s), ${files} files, ${tests} tests`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
