/**
 * Which generated Azure SDK clients a bundled step loaded: the client classes (src/core/clients.ts) defined in the
 * on-demand chunks (`<id>.index.js`) of its bundle that load-recorder.mjs saw it load.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const CLIENT_CLASS =
  /^class (ImageBuilderClient|AuthorizationManagementClient|ManagedServiceIdentityClient|ComputeManagementClient|NetworkManagementClient|ResourceManagementClient|StorageManagementClient)\b/gm;

/** `record`: the file load-recorder.mjs wrote (one URL a line); `bundle`: the entry whose chunks count. */
export function loadedSdkClients(bundle: string, record: string): string[] {
  const dir = dirname(bundle);
  const chunks = readFileSync(record, 'utf8')
    .split('\n')
    .map((url) => /\/(\d+\.index\.js)$/.exec(url))
    .filter(
      (m) =>
        m !== null &&
        m.input.startsWith('file:') &&
        decodeURIComponent(new URL(m.input).pathname) === join(dir, m[1]!),
    )
    .map((m) => m![1]!);
  const classes = [...new Set(chunks)].flatMap((chunk) => [
    ...readFileSync(join(dir, chunk), 'utf8').matchAll(CLIENT_CLASS),
  ]);
  return [...new Set(classes.map((m) => m[1]!))].sort();
}
