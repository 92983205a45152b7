// Packages the Azure Pipelines extension (.vsix) offline with tfx-cli, then checks it (scripts/check-vsix.js).
// Stages exactly what an agent needs: task.json, icon.png and the bundled dist/ (no node_modules: ncc inlines
// everything, azure-pipelines-task-lib's strings included), plus the marketplace overview and the LICENSE.
// The extension and the task take their version from package.json (a release tag vX.Y.Z equals it), and the
// .vsix gets a `<file>.sha256` beside it (sha256sum format).
// Usage: npm run package:vsix [-- --skip-bundle] [--out <dir>]
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkVsix } from './check-vsix.js';

/** `X.Y.Z` (pre-release suffix allowed) → the task.json version object. */
export function taskVersion(version) {
  const semver = /^(\d+)\.(\d+)\.(\d+)(?:-[0-9A-Za-z.-]+)?$/.exec(version);
  if (!semver) throw new Error(`package.json version ${version} is not X.Y.Z`);
  return { Major: Number(semver[1]), Minor: Number(semver[2]), Patch: Number(semver[3]) };
}

/**
 * Lays out the extension folder in `stage` from the repository at `root`, with the task bundles of `taskDist`.
 * Returns the manifest written there.
 */
export function stageExtension(root, stage, taskDist = join(root, 'task/dist')) {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const task = JSON.parse(readFileSync(join(root, 'task/task.json'), 'utf8'));
  // The agent caches tasks by version: the packaged task always carries package.json's version.
  task.version = taskVersion(pkg.version);
  rmSync(stage, { recursive: true, force: true });
  mkdirSync(join(stage, 'AksJumpboxImage'), { recursive: true });
  cpSync(join(root, 'task/icon.png'), join(stage, 'AksJumpboxImage/icon.png'));
  writeFileSync(join(stage, 'AksJumpboxImage/task.json'), JSON.stringify(task, null, 2));
  cpSync(taskDist, join(stage, 'AksJumpboxImage/dist'), { recursive: true });
  const manifest = JSON.parse(readFileSync(join(root, 'vss-extension.json'), 'utf8'));
  manifest.version = pkg.version;
  writeFileSync(join(stage, 'vss-extension.json'), JSON.stringify(manifest, null, 2));
  cpSync(join(root, 'docs/marketplace-overview.md'), join(stage, 'overview.md'));
  cpSync(join(root, 'LICENSE'), join(stage, 'LICENSE'));
  return manifest;
}

/** Runs `tfx extension create` on a staged folder (offline); returns the .vsix path. */
export function createVsix(root, stage, outDir, manifest) {
  const vsix = join(outDir, `${manifest.publisher}.${manifest.id}-${manifest.version}.vsix`);
  rmSync(vsix, { force: true });
  const tfx = join(root, 'node_modules/tfx-cli/_build/tfx-cli.js');
  const args = ['extension', 'create', '--root', stage, '--manifest-globs', 'vss-extension.json'];
  execFileSync(process.execPath, [tfx, ...args, '--output-path', vsix, '--no-prompt', '--no-color'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    cwd: stage,
    env: { ...process.env, TFX_TRACE: '' },
  });
  return vsix;
}

/** Writes `<vsix>.sha256` in sha256sum format and returns the hash. */
export function writeChecksum(vsix) {
  const sha256 = createHash('sha256').update(readFileSync(vsix)).digest('hex');
  writeFileSync(`${vsix}.sha256`, `${sha256}  ${basename(vsix)}\n`);
  return sha256;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = process.cwd();
  const outArg = process.argv.indexOf('--out');
  const out = resolve(outArg > 0 ? process.argv[outArg + 1] : join(root, '.vsix'));
  if (!existsSync(join(root, 'task/dist/index.js')) || !existsSync(join(root, 'task/dist/post.js'))) {
    if (process.argv.includes('--skip-bundle'))
      throw new Error('task/dist is missing: run `node scripts/bundle.js pipelines` first.');
    execFileSync(process.execPath, [join(root, 'scripts/bundle.js'), 'pipelines'], { stdio: 'inherit' });
  }
  const stage = join(out, 'stage');
  const manifest = stageExtension(root, stage);
  const vsix = createVsix(root, stage, out, manifest);
  const report = await checkVsix(vsix);
  const sha256 = writeChecksum(vsix);
  console.log(
    `${vsix}: ${(report.bytes / 1e6).toFixed(1)} MB, task ${report.taskVersion}; task folder ${report.taskFiles.length} files, ${(report.taskBytes / 1e6).toFixed(1)} MB uncompressed`,
  );
  console.log(`${sha256}  ${basename(vsix)}`);
}
