// Checks a .vsix: the task folder (task.json name, GUID, version equal to the extension's, handlers, the bundles
// they point at, their ESM package.json, the icon, no node_modules needed), the task's classic-editor metadata
// (helpMarkDown linking to the docs, resource group pickers bound to the service connection) and the marketplace
// metadata (license file, links, repository, category, a public-ready overview, no Private flag).
// Usage: node scripts/check-vsix.js <file.vsix>
import JSZip from 'jszip';
import { readFileSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export async function checkVsix(file) {
  const zip = await JSZip.loadAsync(readFileSync(file));
  const problems = [];
  const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
  const taskFiles = names.filter((n) => n.startsWith('AksJumpboxImage/'));
  const read = async (n) => (zip.file(n) ? zip.file(n).async('nodebuffer') : undefined);
  const taskJsonRaw = await read('AksJumpboxImage/task.json');
  if (!taskJsonRaw) problems.push('AksJumpboxImage/task.json is missing');
  const task = taskJsonRaw ? JSON.parse(taskJsonRaw.toString('utf8')) : {};
  if (task.name !== 'AksJumpboxImage') problems.push(`task.json name is ${task.name}`);
  if (task.id !== '40438047-3fe4-4c56-a903-740f237993ec') problems.push(`task.json id is ${task.id}`);
  const manifest = (await read('extension.vsomanifest'))?.toString('utf8') ?? '';
  if (!manifest.includes('ms.vss-distributed-task.task'))
    problems.push('the extension manifest has no task contribution');
  for (const kind of ['execution', 'postjobexecution']) {
    for (const handler of ['Node24', 'Node20_1']) {
      const target = task[kind]?.[handler]?.target;
      if (!target) problems.push(`${kind}.${handler} is missing`);
      else {
        const { code, bundle } = await followShim(read, target);
        if (!code) problems.push(`${kind}.${handler} target ${bundle} is not in the package`);
        else if (code.length < 100_000) problems.push(`${bundle} is only ${code.length} bytes: not a bundle`);
        else if (/require\(["']azure-pipelines-task-lib/.test(code.toString('utf8')))
          problems.push(`${bundle} requires azure-pipelines-task-lib at run time`);
        else if (!code.toString('utf8').includes('LIB_InputRequired'))
          problems.push(`${bundle} lacks task-lib's inlined strings`);
      }
    }
  }
  const distPkg = await read('AksJumpboxImage/dist/package.json');
  if (!distPkg || JSON.parse(distPkg.toString('utf8')).type !== 'module')
    problems.push(
      'AksJumpboxImage/dist/package.json ({"type":"module"}) is missing: the ESM bundles would not load',
    );
  if (!(await read('AksJumpboxImage/icon.png'))) problems.push('AksJumpboxImage/icon.png is missing');
  const vsixManifest = (await read('extension.vsixmanifest'))?.toString('utf8') ?? '';
  const overview = (await read('overview.md'))?.toString('utf8');
  problems.push(...taskEditorProblems(task), ...marketplaceProblems(vsixManifest, overview, names));
  const version = /<Identity [^>]*Version="([^"]+)"/.exec(vsixManifest)?.[1];
  const taskVersion = task.version && `${task.version.Major}.${task.version.Minor}.${task.version.Patch}`;
  if (!version || !taskVersion || version.replace(/-.*$/, '') !== taskVersion)
    problems.push(`task.json version ${taskVersion} differs from the extension version ${version}`);
  if (taskFiles.some((n) => n.includes('node_modules/')))
    problems.push('the task folder ships node_modules (the bundle should be self-contained)');
  let taskBytes = 0;
  for (const n of taskFiles) taskBytes += (await read(n)).length;
  if (problems.length) throw new Error(`${file}:\n  ${problems.join('\n  ')}`);
  return { bytes: statSync(file).size, taskFiles, taskBytes, taskVersion };
}

/**
 * A handler target may be a one-line entry that imports the bundle from its own folder (the post-job bundle lives
 * in dist/post/ so its on-demand chunks do not overwrite the main bundle's): check the bundle it imports.
 */
async function followShim(read, target) {
  const code = await read(`AksJumpboxImage/${target}`);
  const shim =
    code && code.length < 200 ? /^import '\.\/([\w./-]+\.js)';\s*$/.exec(code.toString('utf8')) : null;
  if (!shim) return { code, bundle: target };
  const bundle = `${target.replace(/[^/]*$/, '')}${shim[1]}`;
  return { code: await read(`AksJumpboxImage/${bundle}`), bundle };
}

const https = (uri) => typeof uri === 'string' && /^https:\/\/[^\s]+$/.test(uri);

/** The classic editor: help that links to the docs, resource group pickers fed by the service connection. */
export function taskEditorProblems(task) {
  const problems = [];
  if (!/\]\(https:\/\/[^)]+\/docs\/[^)]+\)/.test(task.helpMarkDown ?? ''))
    problems.push('task.json helpMarkDown has no link to the docs');
  const connection = (task.inputs ?? []).find((i) => i.type === 'connectedService:AzureRM')?.name;
  for (const name of ['builderResourceGroup', 'imageResourceGroup']) {
    const input = (task.inputs ?? []).find((i) => i.name === name);
    const binding = (task.dataSourceBindings ?? []).find((b) => b.target === name);
    if (input?.type !== 'pickList' || input.properties?.EditableOptions !== 'True')
      problems.push(`task.json input ${name} is not an editable pickList`);
    if (
      !binding ||
      binding.dataSourceName !== 'AzureResourceGroups' ||
      binding.endpointId !== `$(${connection})`
    )
      problems.push(`task.json has no AzureResourceGroups dataSourceBinding for ${name} on $(${connection})`);
  }
  return problems;
}

/** What the marketplace shows: from the generated extension.vsixmanifest, the overview and the file list. */
export function marketplaceProblems(vsixManifest, overview, names) {
  const problems = [];
  const property = (id) =>
    new RegExp(`<Property Id="Microsoft\\.VisualStudio\\.Services\\.${id}" Value="([^"]*)"`).exec(
      vsixManifest,
    )?.[1];
  const license = /<License>([^<]+)<\/License>/.exec(vsixManifest)?.[1];
  if (!license || !names.includes(license))
    problems.push('the extension has no license file (content.license)');
  for (const link of ['Home', 'Getstarted', 'Support', 'Repository', 'License'])
    if (!https(property(`Links.${link}`)))
      problems.push(`the extension has no https ${link.toLowerCase()} link`);
  if (!/<Categories>[^<]*Azure Pipelines[^<]*<\/Categories>/.test(vsixManifest))
    problems.push('the extension is not in the Azure Pipelines category');
  if (/<GalleryFlags>[^<]*\bPrivate\b/.test(vsixManifest)) problems.push('the extension is flagged Private');
  const details =
    /<Asset Type="Microsoft\.VisualStudio\.Services\.Content\.Details"[^>]* Path="([^"]+)"/.exec(
      vsixManifest,
    )?.[1];
  if (!details || !overview) problems.push('the extension has no overview page (content.details)');
  else {
    const relative = [...overview.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1]).filter((u) => !https(u));
    if (relative.length)
      problems.push(`the overview has links the marketplace cannot follow: ${relative.join(', ')}`);
    if (!overview.includes('AksJumpboxImage@')) problems.push('the overview shows no YAML usage of the task');
  }
  return problems;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const file = process.argv[2];
  if (!file) throw new Error('usage: node scripts/check-vsix.js <file.vsix>');
  const r = await checkVsix(file);
  console.log(`${file}: OK (${r.taskFiles.length} task files: ${r.taskFiles.join(', ')})`);
}
