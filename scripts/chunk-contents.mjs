// What each on-demand chunk of a bundle holds, written by scripts/bundle.js to `<bundle dir>/chunks.json` from the
// readable bundle, before it is minified (minifying drops the comments that name each module's package and shortens
// the packages' names). The benchmarks name a chunk by it (docs/performance.md) and the tests tell by it which
// packages and which generated SDK clients a run loaded.

/** A generated Azure SDK client class declared in a chunk (`class ImageBuilderClient`). */
const SDK_CLIENT = /^class (\w+(?:Management|Builder|ServiceIdentity)Client)\b/gm;

/**
 * The packages a chunk's source names, the SDK clients it declares (each concatenated module keeps its path in a comment, `./src/...` is project
 * code, `./node_modules/<package>/...` a package) and what it mostly holds, by bytes. Modules webpack could not
 * concatenate (CommonJS ones, mostly) keep no path: when they are most of the chunk, it is named by the package its
 * paths mention most, as "<package> and unnamed modules".
 */
export function chunkContents(source) {
  const bytes = new Map();
  let current = 'unnamed modules';
  for (const line of source.split('\n')) {
    const concatenated = /CONCATENATED MODULE: \.\/(?:node_modules\/((?:@[^/]+\/)?[^/]+)|src)\//.exec(line);
    if (concatenated) current = concatenated[1] ?? 'project code';
    else if (/^\/\*\*\*\/ \d+:$/.test(line)) current = 'unnamed modules';
    bytes.set(current, (bytes.get(current) ?? 0) + line.length + 1);
  }
  const mentions = new Map();
  for (const m of source.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)\//g))
    mentions.set(m[1], (mentions.get(m[1]) ?? 0) + 1);
  const packages = [...mentions.keys()].sort();
  const clients = [...new Set([...source.matchAll(SDK_CLIENT)].map((m) => m[1]))].sort();
  const [top] = [...bytes.entries()].sort((a, b) => b[1] - a[1]);
  if (top && top[0] !== 'unnamed modules') return { mainly: top[0], packages, clients };
  const named = [...mentions.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  return { mainly: named ? `${named} and unnamed modules` : 'unnamed modules', packages, clients };
}
