// Preloaded (NODE_OPTIONS=--import) into a bundle under test: appends the URL of every module the process loads,
// by import or require, to the file named by LOAD_RECORD (one per line). Tests read it to tell which of the
// bundle's files a run really loaded. At exit it adds `node:internal/deps/undici/undici` when Node's own fetch
// implementation was loaded: Node loads it on first use of a fetch global (fetch, FormData, Headers, ...), and its
// load hooks never see it.
import { appendFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

registerHooks({
  load(url, context, nextLoad) {
    appendFileSync(process.env.LOAD_RECORD, `${url}\n`);
    return nextLoad(url, context);
  },
});

process.on('exit', () => {
  if (process.moduleLoadList.includes('NativeModule internal/deps/undici/undici'))
    appendFileSync(process.env.LOAD_RECORD, 'node:internal/deps/undici/undici\n');
});
