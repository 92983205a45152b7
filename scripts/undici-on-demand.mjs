// undici on demand for the action bundle. @actions/http-client (inside @actions/core) imports undici statically for
// one class, ProxyAgent, used only when a fetch dispatcher for a proxy is asked for (getAgentDispatcher), and
// @actions/github (inside @actions/artifact) for fetch; this action calls neither on its normal path. Bundled in
// place, undici was 80 % of the action's entry file (about 850 KB), compiled and run at every start before the
// first request. scripts/bundle.js marks it external (`./undici.js`), writes the small module below in its place,
// and bundles undici itself into `undici/index.cjs`, which the module loads on first use: the same undici, the
// same behaviour behind a proxy, paid for only when used. Only the exports the bundle uses are forwarded; the build
// fails when the bundle starts using another one (checked below).
import ncc from '@vercel/ncc';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The import specifier the action bundle uses for undici, relative to dist/. */
export const UNDICI_EXTERNAL = './undici.js';
/** The exports forwarded (what @actions/http-client and @actions/github use). */
export const UNDICI_EXPORTS = ['ProxyAgent', 'fetch'];

const SHIM = `// Written by scripts/undici-on-demand.mjs: do not edit. undici, loaded from ./undici/index.cjs on first use.
import { createRequire } from 'node:module';
let undici;
const load = () => (undici ??= createRequire(import.meta.url)('./undici/index.cjs'));
/** undici's ProxyAgent (\`new ProxyAgent(options)\` returns the real one). */
export function ProxyAgent(...args) {
  return new (load().ProxyAgent)(...args);
}
/** undici's fetch. */
export function fetch(...args) {
  return load().fetch(...args);
}
`;

/**
 * Checks that the bundle uses no undici export beyond UNDICI_EXPORTS (webpack lists the ones an ESM import uses;
 * CommonJS users are found by their property accesses), then writes the shim and the undici bundle into outDir.
 */
export async function writeUndiciOnDemand(outDir, bundleSources) {
  const used = new Set();
  for (const source of bundleSources) {
    for (const m of source.matchAll(
      /\[\s*"(\w+)"\s*\]\s*:\s*\(\)\s*=>\s*\(__WEBPACK_EXTERNAL_MODULE__undici/g,
    ))
      used.add(m[1]);
    for (const m of source.matchAll(/\b(?:external_undici_js_|undici_1)\.(\w+)/g)) used.add(m[1]);
  }
  const unknown = [...used].filter((name) => !UNDICI_EXPORTS.includes(name));
  if (unknown.length)
    throw new Error(
      `The action bundle now uses undici's ${unknown.join(', ')}: add ${unknown.length > 1 ? 'them' : 'it'} to UNDICI_EXPORTS and the shim in scripts/undici-on-demand.mjs.`,
    );
  writeFileSync(join(outDir, UNDICI_EXTERNAL), SHIM);
  // The undici @actions/http-client resolves (the one the bundle would have held).
  const resolveFrom = createRequire(join(process.cwd(), 'node_modules/@actions/http-client/package.json'));
  const entry = resolveFrom.resolve('undici');
  const { code, assets } = await ncc(entry, {
    minify: false,
    sourceMap: false,
    target: 'es2022',
    quiet: true,
    license: 'licenses.txt',
  });
  mkdirSync(join(outDir, 'undici'), { recursive: true });
  writeFileSync(join(outDir, 'undici/index.cjs'), code);
  // ncc lists the licenses of the packages it bundles into an entry, not the entry package's own.
  copyFileSync(
    join(dirname(resolveFrom.resolve('undici/package.json')), 'LICENSE'),
    join(outDir, 'undici/LICENSE'),
  );
  for (const [name, asset] of Object.entries(assets ?? {}))
    writeFileSync(join(outDir, 'undici', name), asset.source);
  return { used: [...used] };
}
