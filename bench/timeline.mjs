// Preloaded (NODE_OPTIONS=--import) into the action process by bench/first-request.ts: a timeline of what happens
// before the first ARM request, in ms since the process started (performance.now()). It records when each on-demand
// chunk of the bundle is loaded (module load hook), when each HTTP request starts and when its response has been read
// (diagnostics channels of node:http), and when a few known log lines are printed. Only labels, methods, hosts and
// paths are kept: never headers, bodies or the printed text itself (tokens). Written to TIMELINE_OUT at exit.
import { subscribe } from 'node:diagnostics_channel';
import { writeFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { performance } from 'node:perf_hooks';

const events = [];
const now = () => Math.round(performance.now() * 10) / 10;

registerHooks({
  load(url, context, nextLoad) {
    const chunk = /\/(\d+)\.index\.js$/.exec(url);
    const t = now();
    const loaded = nextLoad(url, context);
    if (chunk) events.push({ t, what: 'chunk', chunk: `${chunk[1]}.index.js`, readMs: now() - t });
    return loaded;
  },
});

const requests = new WeakMap();
subscribe('http.client.request.start', ({ request }) => {
  const path = String(request.path ?? '').split('?')[0];
  const entry = { t: now(), what: 'request', method: request.method, host: request.host, path };
  requests.set(request, entry);
  events.push(entry);
});
subscribe('http.client.response.finish', ({ request }) => {
  const entry = requests.get(request);
  if (entry) entry.doneMs = now() - entry.t;
});

/** Log lines that mark a step, by pattern; the line itself is not kept. */
const MARKS = [
  [/^Signing in to /, 'inputs valid, sign-in set up'],
  [/^::group::Resolve/, 'Resolve begins'],
  [/^GitHub OIDC token: /, 'ID token received'],
];
const write = process.stdout.write;
process.stdout.write = function (chunk, ...rest) {
  const text = String(chunk);
  for (const [pattern, label] of MARKS)
    if (pattern.test(text)) events.push({ t: now(), what: 'mark', label });
  return write.call(this, chunk, ...rest);
};

process.on('exit', () => writeFileSync(process.env.TIMELINE_OUT, JSON.stringify(events)));
