/**
 * Azurite's blob server bundled into one file with @vercel/ncc, once per machine and Azurite version, under
 * node_modules/.cache: the package loads about two thousand small modules at every start (most of a start's time),
 * and the test suite starts it for every simulator. The bundle is the same npm Azurite, only read faster;
 * startAzurite falls back to the package's own entry while no bundle is there. Vitest's global set-up starts the
 * build in the background (it takes half a minute of one core): the simulators started meanwhile use the package.
 */
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The package's own entry of the blob server. */
export const azuritePackageMain = (): string =>
  join(require.resolve('azurite/package.json'), '..', 'dist', 'src', 'blob', 'main.js');

function bundleDir(): string {
  const { version } = JSON.parse(readFileSync(require.resolve('azurite/package.json'), 'utf8')) as {
    version: string;
  };
  const nodeModules = join(require.resolve('azurite/package.json'), '..', '..');
  return join(nodeModules, '.cache', 'aks-jumpbox-azurite', version);
}

/** The bundled entry when it was built, else undefined. */
export function azuriteBundleMain(): string | undefined {
  const main = join(bundleDir(), 'index.js');
  return existsSync(main) ? main : undefined;
}

/** Builds the bundle unless it exists (test/azure-sim/azurite-bundle-build.ts runs this). */
export async function ensureAzuriteBundle(): Promise<string> {
  const existing = azuriteBundleMain();
  if (existing) return existing;
  // @vercel/ncc ships no types: imported by a name TypeScript does not resolve.
  const nccPackage = '@vercel/ncc';
  const { default: ncc } = (await import(nccPackage)) as {
    default: (
      entry: string,
      options: Record<string, unknown>,
    ) => Promise<{ code: string; assets?: Record<string, { source: string | Buffer }> }>;
  };
  const { code, assets } = await ncc(azuritePackageMain(), {
    minify: false,
    sourceMap: false,
    quiet: true,
    target: 'es2022',
  });
  const dir = bundleDir();
  // Written aside, then renamed: a half-written bundle is never taken for a built one.
  const staging = `${dir}.${process.pid}.tmp`;
  rmSync(staging, { recursive: true, force: true });
  for (const [name, asset] of Object.entries({ 'index.js': { source: code }, ...assets })) {
    const file = join(staging, name);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, asset.source);
  }
  mkdirSync(dirname(dir), { recursive: true });
  try {
    renameSync(staging, dir);
  } catch (e) {
    // Another build finished first: keep its bundle.
    rmSync(staging, { recursive: true, force: true });
    if (!azuriteBundleMain()) throw e;
  }
  return join(dir, 'index.js');
}

/**
 * Starts building the bundle in a background process unless it exists or a build started less than ten minutes
 * ago; returns at once. The build outlives the test run that started it when that run is short.
 */
export function startAzuriteBundleBuild(): void {
  if (azuriteBundleMain()) return;
  const lock = `${bundleDir()}.building`;
  mkdirSync(dirname(lock), { recursive: true });
  if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs < 10 * 60_000) return;
  writeFileSync(lock, String(process.pid));
  const log = openSync(`${lock}.log`, 'w');
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'azurite-bundle-build.ts'), lock],
    { detached: true, stdio: ['ignore', log, log] },
  );
  child.unref();
}
