/**
 * What a bundled step loaded, from the file load-recorder.mjs wrote (one URL a line): the on-demand chunks
 * (`<id>.index.js`) of its bundle, and the generated Azure SDK clients (src/core/clients.ts) defined in them. Chunk
 * ids change whenever the module graph does: tests name a chunk by what it holds, never by its id.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The chunks of `bundle` (the entry) that the recorded process loaded, as file paths. */
export function loadedChunks(bundle: string, record: string): string[] {
  const dir = dirname(bundle);
  const files = readFileSync(record, 'utf8')
    .split('\n')
    .filter((url) => url.startsWith('file:'))
    .map((url) => fileURLToPath(url))
    .filter((file) => dirname(file) === dir && /^\d+\.index\.js$/.test(file.slice(dir.length + 1)));
  return [...new Set(files)];
}

/** What scripts/bundle.js wrote to the bundle's chunks.json, from the readable build (the minified one keeps no module
 * paths, and the packages' names are shortened). */
function chunkContents(bundle: string): Record<string, { packages: string[]; clients: string[] }> {
  return JSON.parse(readFileSync(join(dirname(bundle), 'chunks.json'), 'utf8')) as Record<
    string,
    { packages: string[]; clients: string[] }
  >;
}

/** Whether a loaded chunk holds this package (`@actions/artifact`). */
export function loadedPackage(bundle: string, record: string, name: string): boolean {
  const contents = chunkContents(bundle);
  return loadedChunks(bundle, record).some((file) => contents[basename(file)]?.packages.includes(name));
}

/** Whether a loaded chunk's source contains `text`: a string, or a name in project code (minifying keeps both). */
export const loadedChunkWith = (bundle: string, record: string, text: string): boolean =>
  loadedChunks(bundle, record).some((file) => readFileSync(file, 'utf8').includes(text));

/** The generated SDK client classes defined in the chunks the recorded process loaded, sorted. */
export function loadedSdkClients(bundle: string, record: string): string[] {
  const contents = chunkContents(bundle);
  const classes = loadedChunks(bundle, record).flatMap((file) => contents[basename(file)]?.clients ?? []);
  return [...new Set(classes)].sort();
}
