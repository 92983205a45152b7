// Packages the Azure Pipelines extension (.vsix) offline with tfx-cli, then checks the task folder inside it.
// Stages exactly what an agent needs: task.json, icon.png and the bundled dist/ (no node_modules: ncc inlines
// everything, azure-pipelines-task-lib's strings included). Usage: npm run package:vsix [-- --skip-bundle]
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkVsix } from './check-vsix.js';

const root = process.cwd();
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const task = JSON.parse(readFileSync(join(root, 'task/task.json'), 'utf8'));
const taskVersion = `${task.version.Major}.${task.version.Minor}.${task.version.Patch}`;
if (taskVersion !== pkg.version)
  throw new Error(`task/task.json version ${taskVersion} differs from package.json ${pkg.version}`);

if (!existsSync(join(root, 'task/dist/index.js')) || !existsSync(join(root, 'task/dist/post.js'))) {
  if (process.argv.includes('--skip-bundle'))
    throw new Error('task/dist is missing: run `node scripts/bundle.js pipelines` first.');
  execFileSync(process.execPath, [join(root, 'scripts/bundle.js'), 'pipelines'], { stdio: 'inherit' });
}

const out = join(root, '.vsix');
const stage = join(out, 'stage');
rmSync(stage, { recursive: true, force: true });
mkdirSync(join(stage, 'AksJumpboxImage'), { recursive: true });
for (const f of ['task.json', 'icon.png']) cpSync(join(root, 'task', f), join(stage, 'AksJumpboxImage', f));
cpSync(join(root, 'task/dist'), join(stage, 'AksJumpboxImage/dist'), { recursive: true });
const manifest = JSON.parse(readFileSync(join(root, 'vss-extension.json'), 'utf8'));
manifest.version = pkg.version;
writeFileSync(join(stage, 'vss-extension.json'), JSON.stringify(manifest, null, 2));
cpSync(join(root, 'docs/azure-pipelines.md'), join(stage, 'overview.md'));

const vsix = join(out, `${manifest.publisher}.${manifest.id}-${pkg.version}.vsix`);
rmSync(vsix, { force: true });
const tfx = join(root, 'node_modules/tfx-cli/_build/tfx-cli.js');
execFileSync(
  process.execPath,
  [
    tfx,
    'extension',
    'create',
    '--root',
    stage,
    '--manifest-globs',
    'vss-extension.json',
    '--output-path',
    vsix,
    '--no-prompt',
    '--no-color',
  ],
  {
    stdio: 'inherit',
    cwd: stage,
    env: { ...process.env, TFX_TRACE: '' },
  },
);
const report = await checkVsix(vsix);
console.log(
  `${vsix}: ${(report.bytes / 1e6).toFixed(1)} MB; task folder ${report.taskFiles.length} files, ${(report.taskBytes / 1e6).toFixed(1)} MB uncompressed`,
);
