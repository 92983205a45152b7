// Preloaded (NODE_OPTIONS=--import) into a bundled step by tests: appends the file name of each on-demand chunk of
// the bundle (<id>.index.js) the process loads to CHUNKS_OUT, one a line. Prints nothing.
import { appendFileSync } from 'node:fs';
import { registerHooks } from 'node:module';

registerHooks({
  load(url, context, nextLoad) {
    const chunk = /\/(\d+\.index\.js)$/.exec(url);
    if (chunk && process.env.CHUNKS_OUT) appendFileSync(process.env.CHUNKS_OUT, `${chunk[1]}\n`);
    return nextLoad(url, context);
  },
});
