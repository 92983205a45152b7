/**
 * The live log at scale, for correctness only (the 200 MB figures are in `npm run bench`): a 20 MB customization log
 * written during the build is tailed and copied (the final copy downloads only what the tail had not read); the local
 * copy equals the blob byte for byte, a line over 64 KB and
 * bytes that are not valid UTF-8 pass through the tail, and multi-byte characters split between reads stay whole.
 */
import { readFileSync } from 'node:fs';
import { BlobServiceClient, StorageSharedKeyCredential } from '@azure/storage-blob';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Simulator, createSimulator } from '../azure-sim/index.js';
import { build } from '../helpers/core.js';

let sim: Simulator;
beforeAll(async () => {
  sim = await createSimulator({ build: { durationMs: 600, provisionDelayMs: 10, deleteDelayMs: 10 } });
});
afterAll(async () => {
  await sim?.stop();
});

const MB = 1024 * 1024;

/** The newest customization.log of a template, read straight from the storage emulator. */
async function blobOf(templateName: string): Promise<Buffer> {
  const t = [...sim.state.templates.values()].find((x) => x.name === templateName)!;
  const account = t.stagingAccount!.name;
  const key = sim.blobs.accounts.find((a) => a.name === account)!.key;
  const service = new BlobServiceClient(
    sim.blobs.endpoint(account),
    new StorageSharedKeyCredential(account, key),
  );
  const blob = service.getContainerClient('packerlogs').getBlobClient(`${t.runs.at(-1)!}/customization.log`);
  return blob.downloadToBuffer();
}

describe('live log at scale', () => {
  it('a 20 MB log with a 100 KB line and invalid UTF-8: copied byte for byte, tailed whole', async () => {
    sim.setBuild({
      bigLog: { bytes: 20 * MB, chunkBytes: 3 * MB, longLineBytes: 100_000, invalidUtf8: true, pauseMs: 20 },
    });
    const { result, logger } = await build(sim, { 'poll-interval-seconds': '0.2' });
    expect(result.state).toBe('Succeeded');
    const blob = await blobOf(result.templateName);
    expect(blob.length).toBeGreaterThan(20 * MB);
    const copied = readFileSync(result.logFile!);
    expect(copied.length).toBe(blob.length);
    expect(copied.equals(blob)).toBe(true);

    const lines = logger.buildLines;
    const long = lines.find((l) => l.includes('long line '))!;
    expect(long.length).toBeGreaterThan(100_000);
    expect(long).toMatch(/long line x{100000}$/);
    const invalid = lines.find((l) => l.includes('invalid utf-8: '))!;
    expect(invalid).toMatch(/invalid utf-8: \uFFFD+\(\uFFFD+ end$/);
    // No other replacement character: characters split between two ranged reads were decoded whole.
    expect(lines.filter((l) => l.includes('\uFFFD'))).toEqual([invalid]);
    expect(lines.filter((l) => l.includes('grüße € 😀')).length).toBeGreaterThan(100_000);
    // The tail reached the end of the log, every line once and in order (decoded as UTF-8, U+FFFD for bad bytes).
    expect(lines.join('\n')).toBe(blob.toString('utf8').replace(/\n$/, ''));
  });

  it('with no live log, the final copy reads the whole blob in ranged pieces: byte for byte', async () => {
    sim.setBuild({ bigLog: { bytes: 9 * MB, chunkBytes: 3 * MB, invalidUtf8: true } });
    const { result, logger } = await build(sim, {
      'stream-log': 'false',
      'force-rebuild': 'true',
      'poll-interval-seconds': '0.2',
    });
    expect(result.state).toBe('Succeeded');
    expect(logger.buildLines).toEqual([]);
    const blob = await blobOf(result.templateName);
    expect(blob.length).toBeGreaterThan(9 * MB);
    expect(readFileSync(result.logFile!).equals(blob)).toBe(true);
  });
});
