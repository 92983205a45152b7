// Bundles each entry point with @vercel/ncc into a self-contained file (committed; CI checks it is current).
import ncc from '@vercel/ncc';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Buffer } from 'node:buffer';
import { execFileSync } from 'node:child_process';
import { UNDICI_EXTERNAL, writeUndiciOnDemand } from './undici-on-demand.mjs';
import { chunkContents } from './chunk-contents.mjs';
import { minify } from './minify.mjs';

const entries = [
  // undici on demand (scripts/undici-on-demand.mjs): not compiled at every start of the action.
  { src: 'src/github/main.ts', out: 'dist/index.js', undiciOnDemand: true },
  { src: 'src/cli/main.ts', out: 'dist/cli/index.js' },
  { src: 'src/pipelines/main.ts', out: 'task/dist/index.js', cjs: true },
  // In its own folder: each entry's on-demand chunks are named <id>.index.js, and two entries in one folder would
  // overwrite each other's. task.json's target, task/dist/post.js, is a one-line entry that imports it.
  { src: 'src/pipelines/post.ts', out: 'task/dist/post/index.js', cjs: true, shim: 'task/dist/post.js' },
];

// The product version is read once, here, from package.json (the bundles carry it; a test keeps the file current).
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const versionFile = 'src/core/version.ts';
const versionSource = `/** Written by scripts/bundle.js from package.json: do not edit. */\nexport const PRODUCT_VERSION = '${version}';\n`;
if (readFileSync(versionFile, 'utf8') !== versionSource) writeFileSync(versionFile, versionSource);
// The built-in definition, resolved here rather than at every start (scripts/resolved-definition.ts).
execFileSync(process.execPath, ['--import', 'tsx', 'scripts/resolved-definition.ts', '--write'], {
  stdio: 'inherit',
});
// The definition schema's validator, compiled here rather than at every start (scripts/schema-validator.mjs).
const { VALIDATOR_FILE, validatorSource } = await import('./schema-validator.mjs');
const validator = validatorSource();
if (!existsSync(VALIDATOR_FILE) || readFileSync(VALIDATOR_FILE, 'utf8') !== validator)
  writeFileSync(VALIDATOR_FILE, validator);

const readable = process.argv.includes('--readable');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
for (const dir of ['dist', 'task/dist']) if (!only.length) rmSync(dir, { recursive: true, force: true });
for (const entry of entries) {
  if (!existsSync(entry.src)) continue;
  if (only.length && !only.some((o) => entry.src.includes(o))) continue;
  const { code, assets } = await ncc(join(process.cwd(), entry.src), {
    minify: false,
    sourceMap: false,
    target: 'es2022',
    quiet: true,
    license: 'licenses.txt',
    ...(entry.undiciOnDemand ? { externals: { undici: UNDICI_EXTERNAL } } : {}),
  });
  const outDir = dirname(entry.out);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(entry.out, readable ? code : await minify(code));
  const chunks = {};
  for (const [name, asset] of Object.entries(assets ?? {})) {
    const file = join(outDir, name);
    mkdirSync(dirname(file), { recursive: true });
    const isJs = name.endsWith('.js');
    if (isJs) chunks[name] = chunkContents(String(asset.source));
    const mangle = isJs && chunks[name].mainly !== 'project code';
    writeFileSync(file, isJs && !readable ? await minify(String(asset.source), { mangle }) : asset.source);
  }
  writeFileSync(join(outDir, 'chunks.json'), `${JSON.stringify(chunks, null, 2)}\n`);
  if (entry.undiciOnDemand) {
    const sources = [
      code,
      ...Object.entries(assets ?? {})
        .filter(([n]) => n.endsWith('.js'))
        .map(([, a]) => String(a.source)),
    ];
    const { used } = await writeUndiciOnDemand(outDir, sources);
    console.log(
      `undici on demand: ${outDir}/undici.js forwards ${used.join(', ')} to ${outDir}/undici/index.cjs`,
    );
  }
  if (entry.shim)
    writeFileSync(entry.shim, `import './${entry.out.slice(dirname(entry.shim).length + 1)}';\n`);
  console.log(
    `bundled ${entry.src} -> ${entry.out} (${(Buffer.byteLength(code) / 1e6).toFixed(1)} MB, ${Object.keys(assets ?? {}).length} assets)`,
  );
}
