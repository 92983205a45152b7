/**
 * Which generated Azure SDK clients a bundled step loaded: the client classes (src/core/clients.ts) defined in the
 * on-demand chunks it loaded, recorded by chunk-hook.mjs.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const HOOK = join(import.meta.dirname, 'chunk-hook.mjs');

const CLIENT_CLASS =
  /^class (ImageBuilderClient|AuthorizationManagementClient|ManagedServiceIdentityClient|ComputeManagementClient|NetworkManagementClient|ResourceManagementClient|StorageManagementClient)\b/gm;

/** The environment that records the chunks a step loads, and a reader of the SDK clients among them. */
export function chunkRecorder(bundle: string): {
  env: Record<string, string>;
  loadedClients: () => string[];
} {
  const out = join(mkdtempSync(join(tmpdir(), 'chunks-')), 'loaded.txt');
  return {
    env: { NODE_OPTIONS: `--import ${HOOK}`, CHUNKS_OUT: out },
    loadedClients: () => {
      const chunks = existsSync(out) ? readFileSync(out, 'utf8').split('\n').filter(Boolean) : [];
      const sdks = chunks.flatMap((chunk) => [
        ...readFileSync(join(dirname(bundle), chunk), 'utf8').matchAll(CLIENT_CLASS),
      ]);
      return [...new Set(sdks.map((m) => m[1]!))].sort();
    },
  };
}
