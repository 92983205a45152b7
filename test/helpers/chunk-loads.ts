/**
 * What a bundled step loaded, from the file load-recorder.mjs wrote (one URL a line): the on-demand chunks
 * (`<id>.index.js`) of its bundle, and the generated Azure SDK clients (src/core/clients.ts) defined in them. Chunk
 * ids change whenever the module graph does: tests name a chunk by what it holds, never by its id.
 */
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLIENT_CLASS =
  /^class (ImageBuilderClient|AuthorizationManagementClient|ManagedServiceIdentityClient|ComputeManagementClient|NetworkManagementClient|ResourceManagementClient|StorageManagementClient)\b/gm;

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

/** Whether a loaded chunk holds this package (`@actions/artifact`): its modules keep their node_modules paths. */
export const loadedPackage = (bundle: string, record: string, name: string): boolean =>
  loadedChunks(bundle, record).some((file) => readFileSync(file, 'utf8').includes(`node_modules/${name}/`));

/** Whether a loaded chunk's source contains `text` (for CommonJS packages, which keep no node_modules paths). */
export const loadedChunkWith = (bundle: string, record: string, text: string): boolean =>
  loadedChunks(bundle, record).some((file) => readFileSync(file, 'utf8').includes(text));

/** The SDK client classes defined in the chunks the recorded process loaded, sorted. */
export function loadedSdkClients(bundle: string, record: string): string[] {
  const classes = loadedChunks(bundle, record).flatMap((file) => [
    ...readFileSync(file, 'utf8').matchAll(CLIENT_CLASS),
  ]);
  return [...new Set(classes.map((m) => m[1]!))].sort();
}
