/**
 * undici on demand in the action bundle (scripts/undici-on-demand.mjs): the entry imports a small module in its
 * place, which loads the bundled undici on first use. These tests run that module as the bundle does, and the
 * build-time check that keeps it complete. Needs dist/ (`npm run bundle`).
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script, plain JavaScript without types
import { UNDICI_EXPORTS, writeUndiciOnDemand } from '../../scripts/undici-on-demand.mjs';

const ROOT = join(import.meta.dirname, '../..');
const SHIM = join(ROOT, 'dist/undici.js');

describe.skipIf(!existsSync(SHIM))('undici on demand (dist/undici.js)', () => {
  it('forwards ProxyAgent and fetch to the bundled undici, loaded on first use', async () => {
    const undici = (await import(pathToFileURL(SHIM).href)) as {
      ProxyAgent: new (options: { uri: string }) => { dispatch: unknown; close(): Promise<void> };
      fetch: (url: string) => Promise<{ status: number; text(): Promise<string> }>;
    };
    expect(Object.keys(undici).sort()).toEqual([...(UNDICI_EXPORTS as string[])].sort());

    const agent = new undici.ProxyAgent({ uri: 'http://127.0.0.1:9' });
    expect(agent.constructor.name).toBe('ProxyAgent');
    expect(typeof agent.dispatch).toBe('function');
    await agent.close();

    const server = createServer((_req, res) => res.end('served by loopback'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const response = await undici.fetch(`http://127.0.0.1:${port}/`);
      expect(response.status).toBe(200);
      expect(await response.text()).toBe('served by loopback');
    } finally {
      server.close();
    }
  });
});

describe('undici on demand: the build-time check', () => {
  it('fails the bundle, naming the export and the fix, when the bundle starts using another undici export', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'undici-shim-'));
    const bundle = 'const undici_1 = __webpack_require__(1);\nnew undici_1.Agent({}); undici_1.ProxyAgent;';
    await expect(writeUndiciOnDemand(dir, [bundle])).rejects.toThrow(
      /undici's Agent: add it to UNDICI_EXPORTS and the shim in scripts\/undici-on-demand\.mjs/,
    );
    expect(existsSync(join(dir, 'undici.js'))).toBe(false);
  });
});
