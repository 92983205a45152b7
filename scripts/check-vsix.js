// Checks the task folder inside a .vsix: task.json (name, GUID, version, handlers), the bundles its handlers
// point at, their ESM package.json, the icon, and no node_modules needed. Usage: node scripts/check-vsix.js <file.vsix>
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
        const code = await read(`AksJumpboxImage/${target}`);
        if (!code) problems.push(`${kind}.${handler} target ${target} is not in the package`);
        else if (code.length < 100_000) problems.push(`${target} is only ${code.length} bytes: not a bundle`);
        else if (/require\(["']azure-pipelines-task-lib/.test(code.toString('utf8')))
          problems.push(`${target} requires azure-pipelines-task-lib at run time`);
        else if (!code.toString('utf8').includes('LIB_InputRequired'))
          problems.push(`${target} lacks task-lib's inlined strings`);
      }
    }
  }
  const distPkg = await read('AksJumpboxImage/dist/package.json');
  if (!distPkg || JSON.parse(distPkg.toString('utf8')).type !== 'module')
    problems.push(
      'AksJumpboxImage/dist/package.json ({"type":"module"}) is missing: the ESM bundles would not load',
    );
  if (!(await read('AksJumpboxImage/icon.png'))) problems.push('AksJumpboxImage/icon.png is missing');
  if (taskFiles.some((n) => n.includes('node_modules/')))
    problems.push('the task folder ships node_modules (the bundle should be self-contained)');
  let taskBytes = 0;
  for (const n of taskFiles) taskBytes += (await read(n)).length;
  if (problems.length) throw new Error(`${file}:\n  ${problems.join('\n  ')}`);
  return { bytes: statSync(file).size, taskFiles, taskBytes };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const file = process.argv[2];
  if (!file) throw new Error('usage: node scripts/check-vsix.js <file.vsix>');
  const r = await checkVsix(file);
  console.log(`${file}: OK (${r.taskFiles.length} task files: ${r.taskFiles.join(', ')})`);
}
