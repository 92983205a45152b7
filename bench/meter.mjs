// Preloaded (NODE_OPTIONS=--import) into the action process by bench/live-log.ts: counts the bytes the process
// receives from the storage endpoint (decrypted TLS payload: HTTP headers and bodies) and, at exit, writes them with
// the process's peak RSS, the peaks of process.memoryUsage() and the young generation's size to METER_OUT; with METER_TIMELINE set, also every
// sample (time, RSS, heap, external, array buffers, storage bytes so far) to tell which phase the peak falls in.
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import net from 'node:net';
import { setInterval } from 'node:timers';
import { getHeapSpaceStatistics } from 'node:v8';

const port = Number(process.env.METER_STORAGE_PORT);
let storageBytes = 0;
const emit = net.Socket.prototype.emit;
net.Socket.prototype.emit = function (event, ...args) {
  if (event === 'data' && this.remotePort === port && args[0]?.length) storageBytes += args[0].length;
  return emit.call(this, event, ...args);
};
// When the action printed each generated log line (`unpacking package <n>`, the highest so far): the
// line-to-job-log delay without the time the reader (here the bench, on a GitHub runner the runner) takes.
const printed = [];
const write = process.stdout.write;
process.stdout.write = function (chunk, ...rest) {
  // The live log is written as bytes (src/core/log-lines.ts), other lines as strings: searched without decoding.
  if (typeof chunk === 'string' || Buffer.isBuffer(chunk)) {
    const i = chunk.lastIndexOf('unpacking package ');
    const digits =
      i < 0
        ? ''
        : typeof chunk === 'string'
          ? chunk.slice(i + 18, i + 34)
          : chunk.toString('latin1', i + 18, i + 34);
    const n = Number.parseInt(digits, 10);
    if (n > (printed.at(-1)?.line ?? -1)) printed.push({ line: n, at: Date.now() });
  }
  return write.call(this, chunk, ...rest);
};
const MB = 2 ** 20;
const t0 = Date.now();
const timeline = [];
const peak = { heapUsedMb: 0, heapTotalMb: 0, externalMb: 0, arrayBuffersMb: 0, newSpaceMb: 0 };
setInterval(() => {
  const m = process.memoryUsage();
  // V8's young generation: it grows (up to 64 MB in Node 24) while many short-lived objects survive a scavenge.
  const young = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
  peak.newSpaceMb = Math.max(peak.newSpaceMb, (young?.space_size ?? 0) / MB);
  peak.heapUsedMb = Math.max(peak.heapUsedMb, m.heapUsed / MB);
  peak.heapTotalMb = Math.max(peak.heapTotalMb, m.heapTotal / MB);
  peak.externalMb = Math.max(peak.externalMb, m.external / MB);
  peak.arrayBuffersMb = Math.max(peak.arrayBuffersMb, m.arrayBuffers / MB);
  if (process.env.METER_TIMELINE)
    timeline.push(
      [Date.now() - t0, m.rss, m.heapUsed, m.heapTotal, m.external, m.arrayBuffers, storageBytes].map(
        (x, i) => (i ? Math.round(x / MB) : x),
      ),
    );
}, 100).unref();
process.on('exit', () => {
  writeFileSync(
    process.env.METER_OUT,
    JSON.stringify({ storageBytes, peakRssMb: process.resourceUsage().maxRSS / 1024, ...peak, printed }),
  );
  if (process.env.METER_TIMELINE) writeFileSync(process.env.METER_TIMELINE, JSON.stringify(timeline));
});
