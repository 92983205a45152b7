/**
 * The .vsix as the marketplace and an agent see it: packaged with tfx (offline) from the repository's manifest,
 * task.json, overview and LICENSE (stand-in bundles keep it fast), then checked by scripts/check-vsix.js.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript scripts without types
import { checkVsix } from '../../scripts/check-vsix.js';
// @ts-expect-error plain JavaScript scripts without types
import { createVsix, stageExtension, writeChecksum } from '../../scripts/package-vsix.js';

const ROOT = join(import.meta.dirname, '../..');
type Manifest = { publisher: string; id: string; version: string } & Record<string, unknown>;
const stage = stageExtension as (root: string, stage: string, taskDist: string) => Manifest;
const create = createVsix as (root: string, stage: string, out: string, manifest: Manifest) => string;
const check = checkVsix as (file: string) => Promise<{ taskVersion: string; taskFiles: string[] }>;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

let work = '';
let dist = '';
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'vsix-'));
  dist = join(work, 'dist');
  mkdirSync(dist);
  // Stand-ins for the ncc bundles: big enough, with task-lib's inlined strings (the real ones are checked by CI).
  const bundle = `// bundle\nconst s = "LIB_InputRequired";\n${'//'.padEnd(120_000, '.')}\n`;
  for (const f of ['index.js', 'post.js']) writeFileSync(join(dist, f), bundle);
  writeFileSync(join(dist, 'package.json'), '{"type":"module"}\n');
});

function packaged(
  name: string,
  edit?: (dir: string) => void,
  taskDist = dist,
): { vsix: string; manifest: Manifest } {
  const dir = join(work, name);
  const manifest = stage(ROOT, join(dir, 'stage'), taskDist);
  edit?.(join(dir, 'stage'));
  const staged = JSON.parse(readFileSync(join(dir, 'stage/vss-extension.json'), 'utf8')) as Manifest;
  return { vsix: create(ROOT, join(dir, 'stage'), dir, staged), manifest };
}

const editJson = (file: string, edit: (j: Record<string, unknown>) => void) => {
  const json = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  edit(json);
  writeFileSync(file, JSON.stringify(json));
};

describe('.vsix', () => {
  it('from the repository passes the check: task version from package.json, license, links, overview, pickers', async () => {
    const { vsix, manifest } = packaged('repo');
    expect(manifest.version).toBe(pkg.version);
    const report = await check(vsix);
    expect(report.taskVersion).toBe(pkg.version.replace(/-.*$/, ''));
    expect(report.taskFiles).toContain('AksJumpboxImage/task.json');
    const sha = writeChecksum(vsix) as string;
    expect(readFileSync(`${vsix}.sha256`, 'utf8')).toBe(
      `${createHash('sha256').update(readFileSync(vsix)).digest('hex')}  ${vsix.split('/').pop()}\n`,
    );
    expect(sha).toMatch(/^[0-9a-f]{64}$/);
  });

  it('fails, naming each problem, without license, links, overview usage and resource group pickers', async () => {
    const { vsix } = packaged('broken', (dir) => {
      editJson(join(dir, 'vss-extension.json'), (m) => {
        delete m.links;
        delete (m.content as Record<string, unknown>).license;
        m.galleryFlags = ['Private'];
        m.categories = ['Azure Boards'];
      });
      editJson(join(dir, 'AksJumpboxImage/task.json'), (t) => {
        delete t.dataSourceBindings;
        t.helpMarkDown = 'Builds an image.';
      });
      writeFileSync(
        join(dir, 'overview.md'),
        '# AKS jump box image\nSee [the docs](docs/azure-pipelines.md).\n',
      );
    });
    await expect(check(vsix)).rejects.toThrow(
      new RegExp(
        [
          'helpMarkDown has no link to the docs',
          'no AzureResourceGroups dataSourceBinding for builderResourceGroup',
          'no AzureResourceGroups dataSourceBinding for imageResourceGroup',
          'no license file',
          'no https home link',
          'no https repository link',
          'not in the Azure Pipelines category',
          'flagged Private',
          'links the marketplace cannot follow: docs/azure-pipelines.md',
          'no YAML usage',
        ].join('[\\s\\S]*'),
      ),
    );
  });

  it('follows a one-line post entry to the bundle it imports, and names that bundle when it is missing', async () => {
    const layout = (name: string, withBundle: boolean) => {
      const d = join(work, `${name}-dist`);
      mkdirSync(join(d, 'post'), { recursive: true });
      writeFileSync(join(d, 'index.js'), readFileSync(join(dist, 'index.js')));
      writeFileSync(join(d, 'package.json'), '{"type":"module"}\n');
      writeFileSync(join(d, 'post.js'), "import './post/index.js';\n");
      if (withBundle) writeFileSync(join(d, 'post/index.js'), readFileSync(join(dist, 'post.js')));
      return d;
    };
    const good = packaged('shim', undefined, layout('shim', true));
    const report = await check(good.vsix);
    expect(report.taskFiles).toContain('AksJumpboxImage/dist/post/index.js');
    const bad = packaged('shim-missing', undefined, layout('shim-missing', false));
    await expect(check(bad.vsix)).rejects.toThrow(/target dist\/post\/index\.js is not in the package/);
  });
});
