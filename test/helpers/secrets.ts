/**
 * The secrets matrix (docs/reliability.md): after each end-to-end run, every secret the simulator issued or was shown
 * (sim.secrets(): tokens, assertions, client secrets, storage keys, SAS) and the ones the test itself handed over
 * (a certificate's private key, the artifact runtime token) are searched for in everything the run produced: its
 * log, error output, outputs, summary, saved state and artifacts. A hit fails the test; each test records one row.
 */
import { basename } from 'node:path';
import { expect } from 'vitest';
import type { Simulator } from '../azure-sim/index.js';
import type { IssuedSecret } from '../azure-sim/secrets.js';
import { matrixRecorder } from './reliability.js';

/** What to search for: the whole value, and for a JWT its signature alone (a truncated print still leaks it). */
function needles(secret: IssuedSecret): string[] {
  const parts = secret.value.split('.');
  const signature = parts.length === 3 && parts[2]!.length >= 32 ? [parts[2]!] : [];
  // A PEM private key: each base64 line of its body (not of a certificate beside it).
  const key = /-----BEGIN [A-Z ]*PRIVATE KEY-----([\s\S]*?)-----END/.exec(secret.value)?.[1];
  const pem = key ? key.split(/\r?\n/).filter((l) => /^[A-Za-z0-9+/=]{40,}$/.test(l)) : [];
  return pem.length ? pem : [secret.value, ...signature];
}

/** The hits, as "<category> in <where>" (empty: none). */
export function secretHits(secrets: IssuedSecret[], texts: Record<string, string>): string[] {
  const hits = new Set<string>();
  for (const secret of secrets)
    for (const needle of needles(secret))
      for (const [where, text] of Object.entries(texts))
        if (text.includes(needle)) hits.add(`${secret.category} in ${where}`);
  return [...hits];
}

const recorders = new Map<string, ReturnType<typeof matrixRecorder>>();
const rows = new Map<string, { categories: Set<string>; places: Set<string>; runs: number }>();

/**
 * Searches the texts for every secret; fails the current test on a hit and records (or extends) the test's row in
 * `.reliability/secrets.<source>.json`.
 */
export function auditSecrets(
  sim: Simulator,
  source: string,
  texts: Record<string, string>,
  extra: IssuedSecret[] = [],
  /** The row's case when the current test name cannot tell (tests run concurrently). */
  caseName?: string,
): void {
  const secrets = [...sim.secrets(), ...extra];
  const hits = secretHits(secrets, texts);
  const state = expect.getState();
  const test = caseName ?? state.currentTestName?.replace(/^.*? > /, '') ?? '(outside a test)';
  // One rows file per platform and test file (test files run in separate processes).
  const label = `${source}: ${basename(state.testPath ?? 'unknown').replace(/\.test\.ts$/, '')}`;
  const key = `${label}\u0000${test}`;
  const row = rows.get(key) ?? { categories: new Set(), places: new Set(), runs: 0 };
  rows.set(key, row);
  row.runs++;
  for (const s of secrets) row.categories.add(s.category);
  for (const [where, text] of Object.entries(texts)) if (text) row.places.add(where);
  let recorder = recorders.get(label);
  if (!recorder) {
    // In case order (concurrent tests finish in any order).
    const cases = () =>
      [...rows.keys()]
        .filter((k) => k.startsWith(`${label}\u0000`))
        .map((k) => k.split('\u0000')[1]!)
        .sort();
    recorders.set(label, (recorder = matrixRecorder('secrets', label, cases)));
  }
  recorder.replace({
    case: test,
    result: `${hits.length} hits: ${[...row.categories].sort().join(', ')} searched in ${[...row.places].sort().join(', ')} (${row.runs} ${row.runs === 1 ? 'process' : 'processes'})`,
    leftBehind: hits.length ? hits.join('; ') : 'nothing',
  });
  recorder.write();
  expect(hits, 'secrets found in what the run produced').toEqual([]);
}
