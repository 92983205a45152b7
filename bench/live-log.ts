/**
 * The live log at scale: the bundled action follows a build whose customization log grows to 200 MB while it runs
 * (the simulator's `bigLog`, test/azure-sim/log-writer.ts), copies it and uploads it as the artifact. Measured in the
 * action process (bench/meter.mjs): bytes received from storage / log size, and peak RSS. Checked: the artifact's
 * log equals the blob byte for byte; the 100 KB line and the invalid UTF-8 line reached the job log. Two more runs
 * split the peak: following only (no upload), and copying and uploading only (no live log); and the whole run once
 * more with V8's old generation capped at 64 MB, which tells garbage not yet collected from memory in use, and with
 * its young generation held small, which tells how much of the peak is the young generation's growth.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BlobServiceClient, StorageSharedKeyCredential } from '@azure/storage-blob';
import { startArtifactService } from '../test/fakes/artifact-service.js';
import { createSimulator } from '../test/azure-sim/index.js';
import { MAIN, liveLogLines, startStep } from '../test/github/harness.js';
import { round, saveSection } from './results.js';

const MB = 1024 * 1024;
const LOG_MB = Number(process.env.BENCH_LOG_MB ?? 200);
const POLL_SECONDS = 2;
type Sim = Awaited<ReturnType<typeof createSimulator>>;

/** The newest customization.log's size and sha256, read straight from the storage emulator. */
async function blobDigest(sim: Sim): Promise<{ size: number; sha: string }> {
  const t = [...sim.state.templates.values()].at(-1)!;
  const account = t.stagingAccount!.name;
  const key = sim.blobs.accounts.find((a) => a.name === account)!.key;
  const blob = new BlobServiceClient(
    sim.blobs.endpoint(account),
    new StorageSharedKeyCredential(account, key),
  )
    .getContainerClient('packerlogs')
    .getBlobClient(`${t.runs.at(-1)!}/customization.log`);
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of (await blob.download()).readableStreamBody!) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { size, sha: hash.digest('hex') };
}

/** One run on a fresh simulator: its storage emulator keeps at most 256 MB in memory, one 200 MB log. */
/** The highest `unpacking package <n>` number in a chunk of the job log (a number cut at the chunk's end is skipped). */
function lastPackage(chunk: Buffer): number | undefined {
  const needle = 'unpacking package ';
  for (let i = chunk.lastIndexOf(needle); i >= 0; i = i ? chunk.lastIndexOf(needle, i - 1) : -1) {
    const m = /^(\d+) /.exec(chunk.toString('latin1', i + needle.length, i + needle.length + 16));
    if (m) return Number(m[1]);
  }
  return undefined;
}

/**
 * Line-to-job-log delay: for each block the simulator committed (its last whole line and when), the time until the
 * action's stdout showed that line or a later one.
 */
function lineDelays(written: Array<{ line: number; at: number }>, seen: Array<{ line: number; at: number }>) {
  const delays: number[] = [];
  let j = 0;
  for (const w of written) {
    while (j < seen.length && seen[j]!.line < w.line) j++;
    if (j < seen.length) delays.push(Math.max(0, seen[j]!.at - w.at));
  }
  const sorted = delays.sort((a, b) => a - b);
  return {
    blocks: written.length,
    shown: delays.length,
    maxDelayMs: sorted.at(-1),
    p95DelayMs: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))],
    medianDelayMs: sorted[Math.floor(sorted.length / 2)],
  };
}

async function measure(inputs: Record<string, string>, nodeFlags = '', logMb = LOG_MB, pauseMs = 0) {
  const sim = await createSimulator({ build: { durationMs: 4000, provisionDelayMs: 50, deleteDelayMs: 20 } });
  const artifacts = await startArtifactService();
  const written: Array<{ line: number; at: number }> = [];
  if (logMb)
    sim.setBuild({
      bigLog: { bytes: logMb * MB, longLineBytes: 100_000, invalidUtf8: true, written, pauseMs },
    });
  const out = join(mkdtempSync(join(tmpdir(), 'bench-meter-')), 'meter.json');
  const step = startStep(MAIN, {
    sim,
    artifacts,
    auditSecrets: false,
    inputs: {
      location: 'eastus2',
      'poll-interval-seconds': String(POLL_SECONDS),
      'force-rebuild': 'true',
      ...inputs,
    },
    env: {
      NODE_OPTIONS: `--import ${join(import.meta.dirname, 'meter.mjs')} ${nodeFlags}`,
      METER_STORAGE_PORT: new URL(sim.blobs.url).port,
      METER_OUT: out,
      ...(process.env.METER_TIMELINE ? { METER_TIMELINE: process.env.METER_TIMELINE } : {}),
    },
  });
  // When the job log (the action's stdout, as the runner reads it) shows each generated line: the highest so far.
  const seen: Array<{ line: number; at: number }> = [];
  step.child.stdout!.on('data', (chunk: Buffer) => {
    const line = lastPackage(chunk);
    if (line !== undefined && line > (seen.at(-1)?.line ?? -1)) seen.push({ line, at: Date.now() });
  });
  const done = await step.done;
  const { printed, ...meter } = JSON.parse(readFileSync(out, 'utf8')) as Record<string, number> & {
    printed: Array<{ line: number; at: number }>;
  };
  const { size, sha } = await blobDigest(sim);
  const stored = artifacts.artifacts.at(-1);
  const artifactLog = stored
    ? [...artifacts.files(stored.name).entries()].find(([name]) => name.endsWith('customization.log'))?.[1]
    : undefined;
  const lines = liveLogLines(done.stdout);
  await artifacts.stop();
  await sim.stop();
  return {
    state: done.outputs['run-state'],
    logMb: round(size / MB, 1),
    storageBytesReceived: meter.storageBytes!,
    downloadedPerLogByte: round(meter.storageBytes! / size, 3),
    peakRssMb: round(meter.peakRssMb!, 0),
    peakHeapUsedMb: round(meter.heapUsedMb!, 0),
    peakExternalMb: round(meter.externalMb!, 0),
    peakNewSpaceMb: round(meter.newSpaceMb!, 0),
    artifactEqualsBlob: artifactLog
      ? createHash('sha256').update(artifactLog).digest('hex') === sha
      : undefined,
    longLineInJobLog: lines.some((l) => l.includes('long line ') && l.length > 100_000),
    invalidUtf8LineInJobLog: lines.some((l) => l.includes('invalid utf-8: \uFFFD')),
    wallMs: done.durationMs,
    ...(logMb && inputs['stream-log'] !== 'false'
      ? { lineDelay: lineDelays(written, seen), printDelay: lineDelays(written, printed) }
      : {}),
  };
}

/** Each run in its own process (one simulator, one CA per process); this file runs them when given no argument. */
const VARIANTS: Record<string, [Record<string, string>, string?, number?, number?]> = {
  full: [{}],
  followOnly: [{ 'upload-log': 'false' }],
  copyAndUploadOnly: [{ 'stream-log': 'false' }],
  cappedHeap: [{}, '--max-old-space-size=64'],
  /**
   * The whole run once more with V8's young generation held at 2 MB a semi-space (--max-semi-space-size=2): how much
   * of the peak is the young generation growing under the live log's short-lived strings.
   */
  smallYoung: [{}, '--max-semi-space-size=2'],
  /** The same full build with no big log: every SDK loaded, the floor the log's figures stand on. */
  baseline: [{}, '', 0],
  /** The log written at 4 MB a second (a 4 MiB block, then a 1 s pause) rather than in one burst. */
  paced: [{}, '', LOG_MB, 1000],
};
const variant = process.argv[2];
if (variant) {
  const [inputs, flags, logMb, pauseMs] = VARIANTS[variant]!;
  console.log(`RESULT ${JSON.stringify(await measure(inputs, flags, logMb, pauseMs))}`);
} else {
  const results: Record<string, ReturnType<typeof JSON.parse>> = {};
  for (const name of Object.keys(VARIANTS)) {
    const r = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, name], {
      encoding: 'utf8',
    });
    const found = /^RESULT (.*)$/m.exec(r.stdout);
    results[name] = found ? JSON.parse(found[1]!) : { state: `bench error: ${r.stderr.slice(-300)}` };
    console.log(name, results[name]);
  }
  const { full, ...rest } = results;
  saveSection('liveLog', { pollSeconds: POLL_SECONDS, ...full, ...rest });
}
